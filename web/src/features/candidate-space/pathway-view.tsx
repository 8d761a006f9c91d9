import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { MyAppointmentsSection } from '../appointments/my-appointments-section';
import { MyAssistanceSection } from '../assistance/my-assistance-section';
import { DocumentsSection } from './documents-section';
import { FollowersSection } from './followers-section';
import type { HeadingLevel } from './heading';
import { MyBlocsSection } from './my-blocs-section';
import { NextActionSection } from './next-action-section';
import { SharingSection } from '../sharing/sharing-section';
import { ReferentialSection } from './referential-section';
import type { MyPathway, PathwayDetail } from './types';
import { VisibilitySection } from './visibility-section';
import { WhereIAmSection } from './where-i-am-section';

/** One pathway of the candidate, section by section. */
export function PathwayView({ pathway, level, onChanged }: { pathway: MyPathway; level: HeadingLevel; onChanged: () => void }) {
  // Documents and the organisations taking part only come with the full pathway.
  const detail = useApi<PathwayDetail>(`/api/pathways/${encodeURIComponent(pathway.id)}`);
  const changed = () => {
    onChanged();
    detail.reload();
  };
  return (
    <>
      <WhereIAmSection pathway={pathway} level={level} />
      <NextActionSection pathway={pathway} level={level} onChanged={changed} />
      <MyBlocsSection pathway={pathway} level={level} />
      <ErrorAlert error={detail.error} title="Vos documents n’ont pas pu être chargés" />
      {detail.loading && !detail.data && <Loading label="Chargement de vos documents…" />}
      {detail.data && <DocumentsSection pathway={pathway} documents={detail.data.documents} level={level} onUploaded={changed} />}
      <FollowersSection pathway={pathway} level={level} />
      <MyAssistanceSection pathwayId={pathway.id} level={level} />
      <MyAppointmentsSection pathwayId={pathway.id} level={level} />
      {detail.data && <VisibilitySection pathwayId={pathway.id} actors={detail.data.actors} level={level} />}
      <SharingSection pathwayId={pathway.id} level={level} />
      <ReferentialSection pathway={pathway} level={level} />
    </>
  );
}
