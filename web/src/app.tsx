import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { AuthProvider } from './auth/auth-provider';
import { RedirectIfAuthenticated } from './auth/redirect-if-authenticated';
import { RequireAuth } from './auth/require-auth';
import { Layout } from './components/layout';
import { AuditPage } from './features/admin/audit-page';
import { GroupementsPage } from './features/admin/groupements-page';
import { MailMessagePage } from './features/admin/mail-message-page';
import { MailboxPage } from './features/admin/mailbox-page';
import { OrganisationPage } from './features/admin/organisation-page';
import { OrganisationsPage } from './features/admin/organisations-page';
import { RequirePlatformAdmin } from './features/admin/require-platform-admin';
import { UserPage } from './features/admin/user-page';
import { UsersPage } from './features/admin/users-page';
import { AgendaPage } from './features/appointments/agenda-page';
import { FunderDashboardPage, ResourceCentreDashboardPage } from './features/dashboards/funder-dashboard-pages';
import { ReferentDashboardPage } from './features/dashboards/referent-dashboard-page';
import { StructureDashboardPage } from './features/dashboards/structure-dashboard-page';
import { AgreementPage } from './features/targets/agreement-page';
import { AgreementsPage } from './features/targets/agreements-page';
import { AppointmentPage } from './features/appointments/appointment-page';
import { LivretPage } from './features/appointments/livret-page';
import { AssistancePage } from './features/assistance/assistance-page';
import { ToHandlePage } from './features/assistance/to-handle-page';
import { CertificationPage } from './features/certifications/certification-page';
import { CertificationSearchPage } from './features/certifications/certification-search-page';
import { ImportPage } from './features/certifications/import-page';
import { NetworkPage } from './features/network/network-page';
import { ReferralLinkPage } from './features/network/referral-link-page';
import { ReferralDelaysPage } from './features/network/referral-delays-page';
import { InboxPage } from './features/pathways/inbox-page';
import { NewPathwayPage } from './features/pathways/new-pathway-page';
import { PathwayListPage } from './features/pathways/pathway-list-page';
import { PathwayPage } from './features/pathways/pathway-page';
import { AccessibilityPage } from './routes/accessibility-page';
import { ForgotPasswordPage } from './routes/forgot-password-page';
import { HomePage } from './routes/home/home-page';
import { LegalNoticePage } from './routes/legal-notice-page';
import { LoginPage } from './routes/login-page';
import { MagicLinkPage } from './routes/magic-link-page';
import { MyPathwayPage } from './routes/my-pathway-page';
import { NotFoundPage } from './routes/not-found-page';
import { PersonalDataPage } from './routes/personal-data-page';
import { ResetPasswordPage } from './routes/reset-password-page';
import { QuestionnairePage } from './features/satisfaction/questionnaire-page';
import { SatisfactionPage } from './features/satisfaction/satisfaction-page';
import { PlanningPage } from './features/reports/planning-page';
import { ReportPage } from './features/reports/report-page';
import { ReportsPage } from './features/reports/reports-page';

function Admin({ children }: { children: ReactNode }) {
  return (
    <RequireAuth>
      <RequirePlatformAdmin>{children}</RequirePlatformAdmin>
    </RequireAuth>
  );
}

/** The routes of the application (French paths). */
export function App() {
  return (
    <AuthProvider>
      <Layout>
        <Routes>
          <Route
            path="/"
            element={
              <RequireAuth>
                <HomePage />
              </RequireAuth>
            }
          />
          <Route
            path="/connexion"
            element={
              <RedirectIfAuthenticated>
                <LoginPage />
              </RedirectIfAuthenticated>
            }
          />
          <Route path="/connexion/lien" element={<MagicLinkPage />} />
          <Route path="/mot-de-passe-oublie" element={<ForgotPasswordPage />} />
          <Route path="/reinitialiser" element={<ResetPasswordPage />} />
          <Route
            path="/mon-parcours"
            element={
              <RequireAuth>
                <MyPathwayPage />
              </RequireAuth>
            }
          />
          <Route path="/parcours" element={<RequireAuth><PathwayListPage /></RequireAuth>} />
          <Route path="/parcours/nouveau" element={<RequireAuth><NewPathwayPage /></RequireAuth>} />
          <Route path="/parcours/:id" element={<RequireAuth><PathwayPage /></RequireAuth>} />
          <Route path="/parcours/:id/assistance" element={<RequireAuth><AssistancePage /></RequireAuth>} />
          <Route path="/assistance/a-traiter" element={<RequireAuth><ToHandlePage /></RequireAuth>} />
          <Route path="/parcours/:id/livret" element={<RequireAuth><LivretPage /></RequireAuth>} />
          <Route path="/rendez-vous/:id" element={<RequireAuth><AppointmentPage /></RequireAuth>} />
          <Route path="/agenda" element={<RequireAuth><AgendaPage /></RequireAuth>} />
          <Route path="/reseau" element={<RequireAuth><NetworkPage /></RequireAuth>} />
          <Route path="/reseau/delais" element={<RequireAuth><ReferralDelaysPage /></RequireAuth>} />
          <Route path="/mise-en-relation/:token" element={<ReferralLinkPage />} />
          <Route path="/satisfaction" element={<RequireAuth><SatisfactionPage /></RequireAuth>} />
          <Route path="/satisfaction/:token" element={<QuestionnairePage />} />
          <Route path="/objectifs" element={<RequireAuth><AgreementsPage /></RequireAuth>} />
          <Route path="/objectifs/:id" element={<RequireAuth><AgreementPage /></RequireAuth>} />
          <Route path="/tableau-de-bord/referent" element={<RequireAuth><ReferentDashboardPage /></RequireAuth>} />
          <Route path="/tableau-de-bord/structure" element={<RequireAuth><StructureDashboardPage /></RequireAuth>} />
          <Route path="/tableau-de-bord/commanditaire" element={<RequireAuth><FunderDashboardPage /></RequireAuth>} />
          <Route path="/tableau-de-bord/ressources" element={<RequireAuth><ResourceCentreDashboardPage /></RequireAuth>} />
          <Route path="/rapports" element={<RequireAuth><ReportsPage /></RequireAuth>} />
          <Route path="/rapports/planification/:id" element={<RequireAuth><PlanningPage /></RequireAuth>} />
          <Route path="/rapports/:id" element={<RequireAuth><ReportPage /></RequireAuth>} />
          <Route path="/certificateur/dossiers" element={<RequireAuth><InboxPage /></RequireAuth>} />
          <Route path="/admin/organisations" element={<Admin><OrganisationsPage /></Admin>} />
          <Route path="/admin/organisations/:id" element={<Admin><OrganisationPage /></Admin>} />
          <Route path="/admin/utilisateurs" element={<Admin><UsersPage /></Admin>} />
          <Route path="/admin/utilisateurs/:id" element={<Admin><UserPage /></Admin>} />
          <Route path="/admin/groupements" element={<Admin><GroupementsPage /></Admin>} />
          <Route path="/admin/audit" element={<Admin><AuditPage /></Admin>} />
          <Route path="/admin/boite-envoi" element={<Admin><MailboxPage /></Admin>} />
          <Route path="/admin/boite-envoi/:id" element={<Admin><MailMessagePage /></Admin>} />
          <Route path="/admin/certifications/imports" element={<Admin><ImportPage /></Admin>} />
          <Route path="/certifications" element={<CertificationSearchPage />} />
          <Route path="/certifications/:code" element={<CertificationPage />} />
          <Route path="/accessibilite" element={<AccessibilityPage />} />
          <Route path="/mentions-legales" element={<LegalNoticePage />} />
          <Route path="/donnees-personnelles" element={<PersonalDataPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Layout>
    </AuthProvider>
  );
}
