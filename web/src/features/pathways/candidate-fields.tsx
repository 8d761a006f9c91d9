import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import { CANDIDATE_SITUATION_LABELS, CANDIDATE_SITUATIONS } from '../../../../common/candidates';
import { departementOptions } from '../../api/territories';
import type { Page, Territories } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { TextField } from '../../components/text-field';
import type { NewPathwayDraft } from './new-pathway-draft';
import { candidateName } from './pathway-labels';
import type { CandidateListItem } from './types';

export interface DraftFieldsProps {
  draft: NewPathwayDraft;
  set: <K extends keyof NewPathwayDraft>(key: K, value: NewPathwayDraft[K]) => void;
  errorFor: (name: string) => string | undefined;
}

/** Search among the candidates already known, then pick one. */
function ExistingCandidate({ draft, set, errorFor }: DraftFieldsProps) {
  const [q, setQ] = useState('');
  const [searched, setSearched] = useState('');
  const list = useApi<Page<CandidateListItem>>('/api/candidates', { q: searched, pageSize: 10 });
  const error = errorFor('candidateId');
  const items = list.data?.items ?? [];
  return (
    <>
      {/* Not a nested form: the search button only updates the list below. */}
      <div className="jalon-filters fr-mb-0">
        <Input
          label="Rechercher un candidat"
          hintText="Nom, prénom ou adresse électronique"
          nativeInputProps={{
            type: 'search',
            name: 'candidateSearch',
            value: q,
            onChange: (e) => setQ(e.target.value),
            onKeyDown: (e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              setSearched(q.trim());
            },
          }}
        />
        <Button type="button" priority="secondary" onClick={() => setSearched(q.trim())}>
          Rechercher
        </Button>
      </div>
      <ErrorAlert error={list.error} title="Les candidats n'ont pas pu être chargés" />
      {list.loading && <Loading />}
      {list.data && items.length === 0 && <p role="status">Aucun candidat trouvé. Vous pouvez en créer un.</p>}
      {items.length > 0 && (
        <RadioButtons
          legend={`Candidat (${list.data?.total ?? items.length} trouvé${(list.data?.total ?? 0) > 1 ? 's' : ''}${(list.data?.total ?? 0) > items.length ? ', affinez la recherche pour voir les autres' : ''})`}
          name="candidateId"
          state={error ? 'error' : 'default'}
          stateRelatedMessage={error}
          options={items.map((candidate, index) => ({
            label: candidateName(candidate),
            hintText: [candidate.email, candidate.departementCode && `département ${candidate.departementCode}`].filter(Boolean).join(' – ') || undefined,
            nativeInputProps: { value: candidate.id, checked: draft.candidateId === candidate.id, onChange: () => set('candidateId', candidate.id), 'aria-invalid': error && index === 0 ? true : undefined },
          }))}
        />
      )}
      {error && items.length === 0 && <p className="fr-error-text">{error}</p>}
    </>
  );
}

/** The few facts needed to open a candidate's file; the rest is completed later. */
function NewCandidate({ draft, set, errorFor, territories }: DraftFieldsProps & { territories: Territories | null }) {
  return (
    <>
      <TextField label="Prénom" name="firstName" autoComplete="off" required value={draft.firstName} onChange={(v) => set('firstName', v)} error={errorFor('firstName')} maxLength={100} />
      <TextField label="Nom" name="lastName" autoComplete="off" required value={draft.lastName} onChange={(v) => set('lastName', v)} error={errorFor('lastName')} maxLength={100} />
      <TextField label="Adresse électronique (facultatif)" hint="Format attendu : nom@domaine.fr" name="email" type="email" autoComplete="off" spellCheck={false} value={draft.email} onChange={(v) => set('email', v)} error={errorFor('email')} />
      <Select
        label="Situation"
        state={errorFor('situation') ? 'error' : 'default'}
        stateRelatedMessage={errorFor('situation')}
        nativeSelectProps={{ name: 'situation', value: draft.situation, required: true, onChange: (e) => set('situation', e.target.value), 'aria-invalid': errorFor('situation') ? true : undefined }}
      >
        <option value="" disabled>
          Sélectionner une situation
        </option>
        {CANDIDATE_SITUATIONS.map((value) => (
          <option key={value} value={value}>
            {CANDIDATE_SITUATION_LABELS[value]}
          </option>
        ))}
      </Select>
      <Select
        label="Département de résidence (facultatif)"
        state={errorFor('departementCode') ? 'error' : 'default'}
        stateRelatedMessage={errorFor('departementCode')}
        nativeSelectProps={{ name: 'departementCode', value: draft.departementCode, onChange: (e) => set('departementCode', e.target.value) }}
      >
        <option value="">Non renseigné</option>
        {departementOptions(territories).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </>
  );
}

/** Picks an existing candidate or describes a new one. */
export function CandidateFields(props: DraftFieldsProps & { territories: Territories | null }) {
  const { draft, set } = props;
  return (
    <fieldset className="fr-fieldset">
      <legend className="fr-fieldset__legend fr-h4">
        Le candidat
      </legend>
      <div className="fr-fieldset__element">
        <RadioButtons
          legend="Le candidat a-t-il déjà un dossier ?"
          name="candidateMode"
          orientation="horizontal"
          options={[
            { label: 'Oui, choisir un candidat existant', nativeInputProps: { value: 'existing', checked: draft.candidateMode === 'existing', onChange: () => set('candidateMode', 'existing') } },
            { label: 'Non, créer son dossier', nativeInputProps: { value: 'new', checked: draft.candidateMode === 'new', onChange: () => set('candidateMode', 'new') } },
          ]}
        />
      </div>
      <div className="fr-fieldset__element">{draft.candidateMode === 'existing' ? <ExistingCandidate {...props} /> : <NewCandidate {...props} />}</div>
    </fieldset>
  );
}
