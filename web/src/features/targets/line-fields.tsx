import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { TARGET_SERVICE_LABELS, TARGET_SERVICES, type TargetService } from '../../../../common/targets';
import type { Territories } from '../../api/types';
import type { Zone } from './types';

/** A line being written: the territory is "d:<code>" (a département) or "z:<id>" (a zone). */
export interface LineDraft {
  key: number;
  service: TargetService;
  territory: string;
  quantity: string;
  budgetEuros: string;
}

export const emptyLine = (key: number, service: TargetService = 'assistance_renforcee'): LineDraft => ({ key, service, territory: '', quantity: '', budgetEuros: '' });

/** The request body of a line (quantities and euros as the server wants them: whole numbers, cents). */
export function lineInput(l: LineDraft) {
  const [kind, value] = [l.territory.slice(0, 1), l.territory.slice(2)];
  return {
    service: l.service,
    ...(kind === 'z' ? { zoneId: value } : { departementCode: value }),
    quantity: Number(l.quantity),
    budgetCents: Math.round(Number(l.budgetEuros.replace(',', '.')) * 100),
  };
}

const stateOf = (error: string | undefined) => ({ state: error ? ('error' as const) : ('default' as const), stateRelatedMessage: error });

/** One line of the agreement: service, territory, quantity and budget, each field labelled with the line's number. */
export function LineFields(props: { index: number; line: LineDraft; territories: Territories | null; zones: Zone[]; error: (field: string) => string | undefined; onChange: (l: LineDraft) => void; onRemove?: () => void }) {
  const { index, line, onChange } = props;
  const n = index + 1;
  const set = (patch: Partial<LineDraft>) => onChange({ ...line, ...patch });
  return (
    <fieldset className="fr-fieldset fr-mb-2w" aria-labelledby={`ligne-${line.key}`}>
      <legend id={`ligne-${line.key}`} className="fr-fieldset__legend fr-text--bold">
        Ligne {n}
      </legend>
      <div className="fr-fieldset__element fr-col-12 fr-col-md-3">
        <Select label={`Service (ligne ${n})`} nativeSelectProps={{ value: line.service, onChange: (e) => set({ service: e.target.value as TargetService }) }}>
          {TARGET_SERVICES.map((s) => (
            <option key={s} value={s}>
              {TARGET_SERVICE_LABELS[s]}
            </option>
          ))}
        </Select>
      </div>
      <div className="fr-fieldset__element fr-col-12 fr-col-md-3">
        <Select label={`Territoire (ligne ${n})`} {...stateOf(props.error(`lines.${index}.departementCode`) ?? props.error(`lines.${index}.zoneId`) ?? props.error(`lines.${index}`))} nativeSelectProps={{ value: line.territory, required: true, onChange: (e) => set({ territory: e.target.value }) }}>
          <option value="" disabled>
            Choisir un département ou une zone
          </option>
          {props.zones.length > 0 && (
            <optgroup label="Zones">
              {props.zones.map((z) => (
                <option key={z.id} value={`z:${z.id}`}>
                  {z.name} ({z.departementCodes.join(', ')})
                </option>
              ))}
            </optgroup>
          )}
          <optgroup label="Départements">
            {(props.territories?.departements ?? []).map((d) => (
              <option key={d.code} value={`d:${d.code}`}>
                {d.name} ({d.code})
              </option>
            ))}
          </optgroup>
        </Select>
      </div>
      <div className="fr-fieldset__element fr-col-6 fr-col-md-2">
        <Input label={`Objectif (ligne ${n})`} hintText="Nombre de personnes" {...stateOf(props.error(`lines.${index}.quantity`))} nativeInputProps={{ type: 'number', min: 0, step: 1, required: true, value: line.quantity, onChange: (e) => set({ quantity: e.target.value }) }} />
      </div>
      <div className="fr-fieldset__element fr-col-6 fr-col-md-2">
        <Input label={`Budget en euros (ligne ${n})`} {...stateOf(props.error(`lines.${index}.budgetCents`))} nativeInputProps={{ type: 'number', min: 0, step: 1, required: true, value: line.budgetEuros, onChange: (e) => set({ budgetEuros: e.target.value }) }} />
      </div>
      {props.onRemove && (
        <div className="fr-fieldset__element fr-col-12 fr-col-md-2">
          <Button type="button" priority="tertiary" size="small" onClick={props.onRemove}>
            Retirer la ligne {n}
          </Button>
        </div>
      )}
    </fieldset>
  );
}
