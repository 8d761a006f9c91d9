import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { JURY_ATTENDANCE } from '../../../../common/pathway';
import { TextAreaField } from './form-fields';
import { JURY_ATTENDANCE_LABELS } from './pathway-labels';
import type { BlocChoice } from './transition-body';
import type { TransitionFieldsProps } from './transition-fields';

const NO_CHOICE: BlocChoice = { validated: '', preconisations: '' };

/**
 * Attendance, then — when the candidate was present — one group per remaining bloc: the server
 * wants a result for each bloc presented, and none for an absent or excused candidate.
 */
export function JuryResultFields({ draft, set, errorFor, pathway }: TransitionFieldsProps) {
  const attendanceError = errorFor('attendance');
  const setBloc = (code: string, change: Partial<BlocChoice>) => set('blocs', { ...draft.blocs, [code]: { ...(draft.blocs[code] ?? NO_CHOICE), ...change } });
  const remaining = pathway.blocs.remaining.map((code) => ({ code, label: pathway.blocs.board.find((bloc) => bloc.code === code)?.label ?? '' }));

  return (
    <>
      <RadioButtons
        legend="Présence du candidat"
        name="attendance"
        state={attendanceError ? 'error' : 'default'}
        stateRelatedMessage={attendanceError}
        options={JURY_ATTENDANCE.map((attendance, index) => ({
          label: JURY_ATTENDANCE_LABELS[attendance],
          nativeInputProps: { value: attendance, checked: draft.attendance === attendance, onChange: () => set('attendance', attendance), 'aria-invalid': attendanceError && index === 0 ? true : undefined },
        }))}
      />
      {draft.attendance === 'present' && (
        <fieldset className="fr-fieldset">
          <legend className="fr-fieldset__legend">Résultat par bloc présenté</legend>
          {remaining.length === 0 && <p>Aucun bloc ne reste à valider.</p>}
          {remaining.map((bloc) => {
            const choice = draft.blocs[bloc.code] ?? NO_CHOICE;
            const error = errorFor(`blocs.${bloc.code}`);
            return (
              <div key={bloc.code} className="fr-fieldset__element">
                <RadioButtons
                  legend={bloc.label ? `${bloc.code} – ${bloc.label}` : bloc.code}
                  name={`bloc-${bloc.code}`}
                  orientation="horizontal"
                  state={error ? 'error' : 'default'}
                  stateRelatedMessage={error}
                  options={[
                    { label: 'Validé', nativeInputProps: { value: 'yes', checked: choice.validated === 'yes', onChange: () => setBloc(bloc.code, { validated: 'yes' }), 'aria-invalid': error ? true : undefined } },
                    { label: 'Non validé', nativeInputProps: { value: 'no', checked: choice.validated === 'no', onChange: () => setBloc(bloc.code, { validated: 'no' }) } },
                  ]}
                />
                <TextAreaField
                  label={`Préconisations du jury pour ${bloc.code} (facultatif)`}
                  name={`preconisations-${bloc.code}`}
                  value={choice.preconisations}
                  onChange={(value) => setBloc(bloc.code, { preconisations: value })}
                />
              </div>
            );
          })}
          {errorFor('blocs') && <p className="fr-error-text">{errorFor('blocs')}</p>}
        </fieldset>
      )}
    </>
  );
}
