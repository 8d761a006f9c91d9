import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import { FUNDING_ROUTE_LABELS, FUNDING_ROUTES } from '../../../../common/candidates';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { TextField } from '../../components/text-field';
import type { CertificationView } from '../certifications/types';
import type { DraftFieldsProps } from './candidate-fields';
import { CERTIFICATION_CODE, normaliseCode } from './new-pathway-draft';

/**
 * The certification, its blocs (all ticked until the user unticks some), the funding and the
 * documents' language. The blocs are loaded on demand so typing the code sends no request.
 */
export function CertificationFields({ draft, set, errorFor }: DraftFieldsProps) {
  const [loadedCode, setLoadedCode] = useState('');
  const certification = useApi<CertificationView>(loadedCode ? `/api/certifications/${encodeURIComponent(loadedCode)}` : null);
  const record = certification.data?.code.toUpperCase() === loadedCode ? certification.data : null;
  const allCodes = record?.blocs.map((bloc) => bloc.code) ?? [];
  const ticked = draft.blocCodes ?? allCodes;
  const blocError = errorFor('blocCodes');
  const codeError = errorFor('certificationCode');

  const toggle = (code: string, checked: boolean) => {
    const next = checked ? [...ticked, code] : ticked.filter((c) => c !== code);
    // Everything ticked means "all blocs": the server then takes the certification's full list.
    set('blocCodes', next.length === allCodes.length ? null : allCodes.filter((c) => next.includes(c)));
  };

  return (
    <fieldset className="fr-fieldset">
      <legend className="fr-fieldset__legend fr-h4">La certification visée</legend>
      <div className="fr-fieldset__element">
        <div className="jalon-filters fr-mb-0">
          <Input
            label="Code de la certification"
            hintText="Code RNCP ou RS, par exemple RNCP12345"
            state={codeError ? 'error' : 'default'}
            stateRelatedMessage={codeError}
            nativeInputProps={{
              name: 'certificationCode',
              value: draft.certificationCode,
              required: true,
              spellCheck: false,
              maxLength: 40,
              'aria-invalid': codeError ? true : undefined,
              onChange: (e) => {
                set('certificationCode', e.target.value);
                set('blocCodes', null);
                setLoadedCode('');
              },
            }}
          />
          <Button type="button" priority="secondary" disabled={!CERTIFICATION_CODE.test(normaliseCode(draft.certificationCode))} onClick={() => setLoadedCode(normaliseCode(draft.certificationCode))}>
            Choisir les blocs visés
          </Button>
        </div>
        <ErrorAlert error={certification.error} title="La certification n'a pas pu être chargée" />
        {certification.loading && <Loading />}
        {record && (
          <Checkbox
            legend={`Blocs visés de ${record.code} – ${record.title}`}
            hintText={record.blocs.length === 0 ? 'Cette certification n’a pas de blocs de compétences.' : 'Décochez les blocs déjà acquis ou non visés.'}
            state={blocError ? 'error' : 'default'}
            stateRelatedMessage={blocError}
            options={record.blocs.map((bloc) => ({
              label: `${bloc.code} – ${bloc.label}`,
              nativeInputProps: { name: 'blocCodes', value: bloc.code, checked: ticked.includes(bloc.code), onChange: (e) => toggle(bloc.code, e.target.checked) },
            }))}
          />
        )}
        {!record && <p className="fr-hint-text">Sans choix, tous les blocs de la certification sont visés.</p>}
      </div>
      <div className="fr-fieldset__element">
        <Select
          label="Financement"
          state={errorFor('fundingRoute') ? 'error' : 'default'}
          stateRelatedMessage={errorFor('fundingRoute')}
          nativeSelectProps={{ name: 'fundingRoute', value: draft.fundingRoute, required: true, onChange: (e) => set('fundingRoute', e.target.value), 'aria-invalid': errorFor('fundingRoute') ? true : undefined }}
        >
          <option value="" disabled>
            Sélectionner un financement
          </option>
          {FUNDING_ROUTES.map((route) => (
            <option key={route} value={route}>
              {FUNDING_ROUTE_LABELS[route]}
            </option>
          ))}
        </Select>
        <TextField
          label="Langue des documents"
          hint="Code à deux lettres : fr pour le français, en pour l’anglais…"
          name="documentsLanguage"
          value={draft.documentsLanguage}
          onChange={(v) => set('documentsLanguage', v)}
          error={errorFor('documentsLanguage')}
          maxLength={2}
          spellCheck={false}
          required
        />
      </div>
    </fieldset>
  );
}
