import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { apiFetch } from '../../api/client';
import type { Territories } from '../../api/types';
import { useApi } from '../../api/use-api';
import { useAuth } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/error-alert';
import { RequiredNotice } from '../../components/required-notice';
import { useMutation } from '../../components/use-mutation';
import { usePageTitle } from '../../components/use-page-title';
import { focusFirstInvalid } from '../../components/validation';
import { ROLE_LABELS } from '../../labels';
import { CandidateFields } from './candidate-fields';
import { CertificationFields } from './certification-fields';
import { FocusOnChange } from './focus-on-change';
import { buildNewPathwayBodies, EMPTY_NEW_PATHWAY, type Membership, type NewPathwayDraft } from './new-pathway-draft';
import type { Candidate, Pathway } from './types';

const FIELDS = ['candidateId', 'firstName', 'lastName', 'email', 'situation', 'departementCode', 'certificationCode', 'blocCodes', 'fundingRoute', 'documentsLanguage'];
const TITLE = 'Nouveau parcours';

/** The membership the professional acts for: the active space, when its role may open a pathway. */
function useCreatorMembership(): (Membership & { organisationName: string }) | null {
  const { activeSpace } = useAuth();
  if (activeSpace?.kind !== 'membership') return null;
  const { role, organisationId, organisationName } = activeSpace.membership;
  if (role !== 'referent' && role !== 'accompagnateur' && role !== 'conseiller') return null;
  return { role, organisationId, organisationName };
}

function NewPathwayForm({ membership }: { membership: Membership }) {
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const territories = useApi<Territories>('/api/territories');
  const [draft, setDraft] = useState<NewPathwayDraft>(EMPTY_NEW_PATHWAY);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const mutation = useMutation();
  const errorFor = (name: string) => localErrors[name] ?? mutation.fieldError(name);
  const set = <K extends keyof NewPathwayDraft>(key: K, value: NewPathwayDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const built = buildNewPathwayBodies(draft, membership);
    setLocalErrors(built.ok ? {} : built.errors);
    if (!built.ok) {
      mutation.clearError();
      focusFirstInvalid(formRef.current);
      return;
    }
    const result = await mutation.run(async () => {
      let candidateId = draft.candidateId;
      if (built.candidate) {
        const created = await apiFetch<Candidate>('/api/candidates', { method: 'POST', body: built.candidate });
        candidateId = created.id;
        // If the pathway then fails, a second submit must reuse this file, not create another.
        setDraft((current) => ({ ...current, candidateMode: 'existing', candidateId: created.id }));
      }
      return apiFetch<Pathway>('/api/pathways', { method: 'POST', body: { ...built.pathway, candidateId } });
    });
    if (result.ok) void navigate(`/parcours/${encodeURIComponent(result.value.id)}`);
    else focusFirstInvalid(formRef.current);
  };

  return (
    <form ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate>
      <FocusOnChange trigger={mutation.error}>
        <ErrorAlert error={mutation.error} title="Le parcours n'a pas été créé" fields={FIELDS} />
      </FocusOnChange>
      <RequiredNotice />
      <CandidateFields draft={draft} set={set} errorFor={errorFor} territories={territories.data} />
      <CertificationFields draft={draft} set={set} errorFor={errorFor} />
      <Button type="submit" disabled={mutation.pending}>
        Créer le parcours
      </Button>
    </form>
  );
}

/** `/parcours/nouveau`: opens a pathway for an existing or a new candidate. */
export function NewPathwayPage() {
  usePageTitle(TITLE);
  const membership = useCreatorMembership();
  return (
    <div className="fr-container fr-pb-6w">
      <Breadcrumb currentPageLabel={TITLE} homeLinkProps={{ to: '/' }} segments={[{ label: 'Parcours', linkProps: { to: '/parcours' } }]} />
      <h1>{TITLE}</h1>
      {membership ? (
        <>
          <p>
            Vous ouvrez ce parcours en tant que {ROLE_LABELS[membership.role].toLowerCase()} pour {membership.organisationName}.
          </p>
          <NewPathwayForm membership={membership} />
        </>
      ) : (
        <p>Seuls les référents, accompagnateurs et conseillers peuvent ouvrir un parcours. Changez d’espace si vous en avez un de ce type.</p>
      )}
    </div>
  );
}
