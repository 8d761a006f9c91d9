import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { REPORT_STATUS_LABELS } from '../../../../common/reports';
import { useApi } from '../../api/use-api';
import { useMe } from '../../auth/auth-context';
import { BackLink } from '../../components/back-link';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { usePageTitle } from '../../components/use-page-title';
import { formatDate } from '../../labels';
import { ReportActions } from './report-actions';
import { ReportFigures } from './report-figures';
import type { Report } from './types';

/** `/rapports/:id`: the report, its figures, and for the director the narrative, signing and sending. */
export function ReportPage() {
  const { id = '' } = useParams();
  const loaded = useApi<Report>(`/api/reports/${id}`);
  const [report, setReport] = useState<Report | null>(null);
  useEffect(() => setReport(loaded.data), [loaded.data]);
  const me = useMe();
  usePageTitle(report ? `Rapport annuel ${report.year} — ${report.party.name}` : 'Rapport annuel');
  if (loaded.loading && !report) return <Loading />;
  if (!report)
    return (
      <div className="fr-container fr-py-4w">
        <h1>Rapport annuel</h1>
        <ErrorAlert error={loaded.error} title="Le rapport n’a pas pu être chargé" />
      </div>
    );
  const director = report.structures.some((s) => me.memberships.some((m) => m.organisationId === s.id && m.role === 'director'));
  return (
    <div className="fr-container fr-pb-6w">
      <BackLink to="/rapports">Rapports et documents</BackLink>
      <h1>
        Rapport annuel {report.year} — {report.party.name}
      </h1>
      <p>
        <Badge severity={report.status === 'draft' ? 'info' : 'success'}>{REPORT_STATUS_LABELS[report.status]}</Badge>
      </p>
      <ul>
        <li>Commanditaire : {report.commanditaire.name}</li>
        {report.party.kind === 'groupement' && <li>Structures du groupement : {report.structures.map((s) => s.name).join(', ')}</li>}
        <li>Conventions : {report.agreements.map((a) => a.title).join(' ; ')}</li>
        <li>Chiffres arrêtés le {formatDate(report.computedAt)}</li>
        {report.signedAt && (
          <li>
            Signé par {report.signedByName} le {formatDate(report.signedAt)} — empreinte SHA-256 : <code>{report.contentSha256}</code>
          </li>
        )}
        {report.sentAt && <li>Envoyé au commanditaire le {formatDate(report.sentAt)}</li>}
      </ul>
      <p>
        <a className="fr-link fr-icon-download-line fr-link--icon-left" href={`/api/reports/${report.id}/report.pdf`} download>
          Télécharger le rapport (PDF)
        </a>
        <a className="fr-link fr-icon-download-line fr-link--icon-left fr-ml-3w" href={`/api/reports/${report.id}/report.xlsx`} download>
          Télécharger le classeur (XLSX)
        </a>
      </p>
      {director && <ReportActions report={report} onChange={setReport} />}
      {!(director && report.status === 'draft') && (
        <section aria-labelledby="bilan-qualitatif">
          <h2 id="bilan-qualitatif">Bilan qualitatif de la direction</h2>
          <p style={{ whiteSpace: 'pre-wrap' }}>{report.narrative || 'La direction n’a pas rédigé de bilan qualitatif.'}</p>
        </section>
      )}
      <ReportFigures view={report.view} />
    </div>
  );
}
