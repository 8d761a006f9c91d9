import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { apiFetch } from '../../api/client';
import type { Territories } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { useMutation } from '../../components/use-mutation';
import { emptyLine, lineInput, LineFields, type LineDraft } from './line-fields';
import type { Agreement, Parties, Zone } from './types';

const stateOf = (error: string | undefined) => ({ state: error ? ('error' as const) : ('default' as const), stateRelatedMessage: error });

/** The commanditaire writes its yearly agreement: with whom, its lines (territory × service, quantity, budget), the alert margin. */
export function AgreementForm({ commanditaireId, year }: { commanditaireId: string; year: number }) {
  const navigate = useNavigate();
  const parties = useApi<Parties>('/api/target-parties', { commanditaireId });
  const territories = useApi<Territories>('/api/territories');
  const zones = useApi<{ items: Zone[] }>('/api/zones');
  const mutation = useMutation();
  const [title, setTitle] = useState(`Convention conseil et assistance renforcée VAE ${year}`);
  const [agreementYear, setAgreementYear] = useState(String(year));
  const [party, setParty] = useState('');
  const [margin, setMargin] = useState('10');
  const [lines, setLines] = useState<LineDraft[]>([emptyLine(1)]);
  const [nextKey, setNextKey] = useState(2);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const [kind, id] = [party.slice(0, 1), party.slice(2)];
    const body = { commanditaireId, year: Number(agreementYear), title, alertMarginPct: Number(margin), ...(kind === 'g' ? { groupementId: id } : { organisationId: id }), lines: lines.map(lineInput) };
    const result = await mutation.run(() => apiFetch<Agreement>('/api/target-agreements', { method: 'POST', body }));
    if (result.ok) void navigate(`/objectifs/${result.value.id}`);
  };
  const field = mutation.fieldError;
  return (
    <form aria-labelledby="nouvelle-convention" onSubmit={(e) => void submit(e)} className="fr-p-3w fr-mb-4w fr-background-alt--grey">
      <h2 id="nouvelle-convention" className="fr-h4">
        Nouvelle convention
      </h2>
      <p className="fr-text--sm">Chaque ligne fixe, pour un territoire et un service, le nombre de personnes à accompagner dans l’année et son budget. L’objectif est lissé également sur les douze mois ; le plan se modifie ensuite sur la page de la convention.</p>
      <Input label="Intitulé" {...stateOf(field('title'))} nativeInputProps={{ value: title, required: true, maxLength: 200, onChange: (e) => setTitle(e.target.value) }} />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-3">
          <Input label="Année" {...stateOf(field('year'))} nativeInputProps={{ type: 'number', min: 2000, max: 2100, required: true, value: agreementYear, onChange: (e) => setAgreementYear(e.target.value) }} />
        </div>
        <div className="fr-col-12 fr-col-md-5">
          <Select label="Convention passée avec" {...stateOf(field('groupementId') ?? field('organisationId'))} nativeSelectProps={{ value: party, required: true, onChange: (e) => setParty(e.target.value) }}>
            <option value="" disabled>
              Choisir un groupement ou une structure
            </option>
            <optgroup label="Groupements">
              {(parties.data?.groupements ?? []).map((g) => (
                <option key={g.id} value={`g:${g.id}`}>
                  {g.name} ({g.members.map((m) => m.name).join(', ')})
                </option>
              ))}
            </optgroup>
            <optgroup label="Structures">
              {(parties.data?.structures ?? []).map((s) => (
                <option key={s.id} value={`s:${s.id}`}>
                  {s.name}
                </option>
              ))}
            </optgroup>
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Input label="Marge d’alerte (%)" hintText="Alerte quand le réalisé est en retard sur le plan cumulé de plus de cette marge" {...stateOf(field('alertMarginPct'))} nativeInputProps={{ type: 'number', min: 0, max: 100, required: true, value: margin, onChange: (e) => setMargin(e.target.value) }} />
        </div>
      </div>
      <ErrorAlert error={parties.error ?? territories.error} title="Les choix du formulaire n’ont pas pu être chargés" />
      {lines.map((line, i) => (
        <LineFields
          key={line.key}
          index={i}
          line={line}
          territories={territories.data}
          zones={zones.data?.items ?? []}
          error={field}
          onChange={(l) => setLines((all) => all.map((x) => (x.key === l.key ? l : x)))}
          onRemove={lines.length > 1 ? () => setLines((all) => all.filter((x) => x.key !== line.key)) : undefined}
        />
      ))}
      <Button
        type="button"
        priority="secondary"
        className="fr-mb-3w"
        onClick={() => {
          setLines((all) => [...all, emptyLine(nextKey)]);
          setNextKey((k) => k + 1);
        }}
      >
        Ajouter une ligne
      </Button>
      <ErrorAlert error={mutation.error} title="La convention n’a pas été créée" fields={['title', 'year', 'groupementId', 'organisationId', 'alertMarginPct', ...lines.flatMap((_, i) => [`lines.${i}`, `lines.${i}.departementCode`, `lines.${i}.zoneId`, `lines.${i}.quantity`, `lines.${i}.budgetCents`])]} />
      <div>
        <Button type="submit" disabled={mutation.pending}>
          Créer la convention
        </Button>
      </div>
    </form>
  );
}
