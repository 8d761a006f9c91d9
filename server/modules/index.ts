import type { FastifyInstance } from 'fastify';
import { accountsRoutes } from './accounts/accounts.routes';
import { appointmentsRoutes } from './appointments/appointments.routes';
import { livretRoutes } from './appointments/livret.routes';
import { assistanceRoutes } from './assistance/assistance.routes';
import { organisationRoutes } from './accounts/organisation.routes';
import { auditRoutes } from './audit/audit.routes';
import { authRoutes } from './auth/auth.routes';
import { candidatesRoutes } from './candidates/candidates.routes';
import { meRoutes } from './candidates/me.routes';
import { certificationsAdminRoutes } from './certifications/certifications-admin.routes';
import { certificationsRoutes } from './certifications/certifications.routes';
import { healthRoutes } from './health/health.routes';
import { mailboxRoutes } from './mailbox/mailbox.routes';
import { networkRoutes } from './network/network.routes';
import { satisfactionRoutes } from './satisfaction/satisfaction.routes';
import { pathwaysRoutes } from './pathways/pathways.routes';
import { sharingRoutes } from './sharing/sharing.routes';
import { territoriesRoutes } from './territories/territories.routes';
import { testingClockRoutes } from './testing/clock.routes';
import { targetsRoutes } from './targets/targets.routes';
import { dashboardsRoutes } from './dashboards/dashboards.routes';
import { reportsRoutes } from './reports/reports.routes';

/** Every module's routes, registered once here so the route enumeration test sees them all. */
export async function registerModules(app: FastifyInstance): Promise<void> {
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(accountsRoutes);
  await app.register(organisationRoutes);
  await app.register(auditRoutes);
  await app.register(mailboxRoutes);
  await app.register(territoriesRoutes);
  await app.register(certificationsRoutes);
  await app.register(certificationsAdminRoutes);
  await app.register(candidatesRoutes);
  await app.register(pathwaysRoutes);
  await app.register(meRoutes);
  await app.register(assistanceRoutes);
  await app.register(appointmentsRoutes);
  await app.register(livretRoutes);
  await app.register(networkRoutes);
  await app.register(satisfactionRoutes);
  await app.register(sharingRoutes);
  await app.register(targetsRoutes);
  await app.register(dashboardsRoutes);
  await app.register(reportsRoutes);
  await app.register(testingClockRoutes);
}
