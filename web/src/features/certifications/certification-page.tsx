import './certifications.css';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingPage } from '../../components/loading-page';
import { usePageTitle } from '../../components/use-page-title';
import { BlocsSection } from './blocs-section';
import { EnrichmentForm } from './enrichment-form';
import { RecordAccess } from './record-access';
import { RecordCodes } from './record-codes';
import { RecordFacts } from './record-facts';
import { RecordManagers } from './record-managers';
import { RecordOrganisations } from './record-organisations';
import { RecordProfession } from './record-profession';
import { RecordRegistration } from './record-registration';
import { recordSections } from './record-sections';
import { RecordSummary } from './record-summary';
import { StatisticsTable } from './statistics-table';
import type { CertificationView } from './types';
import { VaeSection } from './vae-section';

const EDIT_BUTTON_ID = 'modifier-informations-vae';

/** `/certifications/:code`: the public record of a certification, printable. */
export function CertificationPage() {
  const { code = '' } = useParams();
  const record = useApi<CertificationView>(`/api/certifications/${encodeURIComponent(code)}`);
  const [editing, setEditing] = useState(false);
  // Closing the form gives the focus back to the button that opened it, not to the page's top.
  const [refocus, setRefocus] = useState(false);
  useEffect(() => {
    if (!refocus || editing) return;
    document.getElementById(EDIT_BUTTON_ID)?.focus();
    setRefocus(false);
  }, [refocus, editing]);
  const close = () => {
    setEditing(false);
    setRefocus(true);
  };
  const data = record.data?.code.toUpperCase() === code.toUpperCase() ? record.data : null;
  usePageTitle(data ? `${data.title} (${data.code})` : record.error ? 'Certification introuvable' : 'Certification');

  if (record.error) {
    return (
      <div className="fr-container fr-pb-6w">
        <Breadcrumb currentPageLabel={code} homeLinkProps={{ to: '/' }} segments={[{ label: 'Certifications', linkProps: { to: '/certifications' } }]} />
        <h1>{record.error.status === 404 || record.error.status === 400 ? 'Certification introuvable' : 'La certification n’a pas pu être chargée'}</h1>
        <ErrorAlert error={record.error} title="Erreur" />
      </div>
    );
  }
  if (!data) return <LoadingPage />;
  const sections = recordSections(data);
  const shown = new Set(sections.map((s) => s.id));

  return (
    <div className="fr-container fr-pb-6w jalon-certification">
      <Breadcrumb currentPageLabel={data.code} homeLinkProps={{ to: '/' }} segments={[{ label: 'Certifications', linkProps: { to: '/certifications' } }]} />
      <h1>{data.title}</h1>
      <ul className="fr-badges-group fr-mb-3w">
        <li>
          <Badge severity="info" noIcon>
            {data.code}
          </Badge>
        </li>
        {data.level != null && (
          <li>
            <Badge noIcon>Niveau {data.level}</Badge>
          </li>
        )}
        <li>
          <Badge severity={data.active ? 'success' : 'warning'} noIcon>
            {data.active ? 'Active' : 'Inactive'}
          </Badge>
        </li>
        {data.vaeOpen && (
          <li>
            <Badge severity="success" noIcon>
              Ouverte à la VAE
            </Badge>
          </li>
        )}
      </ul>
      <div className="jalon-no-print fr-mb-3w">
        <Button priority="secondary" onClick={() => window.print()}>
          Imprimer la fiche
        </Button>
      </div>
      <RecordFacts record={data} />
      <RecordSummary sections={sections} />
      {shown.has('metier') && <RecordProfession texts={data.texts} />}
      {shown.has('acces') && <RecordAccess record={data} />}
      <BlocsSection blocs={data.blocs} notes={data.enrichment?.blocNotes ?? []} correspondences={data.blocCorrespondences} codesInCatalogue={data.codesInCatalogue} />
      <VaeSection
        enrichment={data.enrichment}
        registryVaeJury={data.accessRoutes.some((r) => r.route === 'vae' && r.juryComposition?.trim())}
        codesInCatalogue={data.codesInCatalogue}
      />
      {data.viewerCanEditEnrichment && (
        <div className="jalon-no-print fr-mt-3w">
          {editing ? (
            <EnrichmentForm
              code={data.code}
              blocs={data.blocs}
              enrichment={data.enrichment}
              onCancel={close}
              onSaved={close}
              onStored={record.reload}
            />
          ) : (
            <Button priority="secondary" onClick={() => setEditing(true)} nativeButtonProps={{ id: EDIT_BUTTON_ID }}>
              Modifier les informations VAE
            </Button>
          )}
        </div>
      )}
      {shown.has('chiffres') && <StatisticsTable statistics={data.statistics} insertion={data.enrichment?.insertion ?? null} />}
      {shown.has('organismes') && <RecordOrganisations record={data} />}
      {shown.has('codes') && <RecordCodes record={data} />}
      <RecordManagers record={data} />
      <RecordRegistration record={data} />
    </div>
  );
}
