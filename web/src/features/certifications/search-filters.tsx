import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useEffect, useState, type FormEvent } from 'react';
import { CertificateurFinder } from './certificateur-finder';
import { LEVEL_OPTIONS, levelLabel } from './certification-labels';
import type { SearchValues } from './search-params';
import type { CertificationFacets } from './types';

const CERTIFICATEUR_SELECT_ID = 'filtre-certificateur';

const countOf = (n: number | undefined) => (n === undefined ? '' : ` (${n.toLocaleString('fr-FR')})`);

/**
 * The search form: words, then filters. Counts next to the options are those of the current
 * results (facets), so the visitor sees how many records a filter keeps.
 */
export function SearchFilters(props: { initial: SearchValues; facets: CertificationFacets | null; onApply: (values: SearchValues) => void }) {
  const [values, setValues] = useState<SearchValues>(props.initial);
  const set = (key: keyof SearchValues, value: string) => setValues((current) => ({ ...current, [key]: value }));
  const facets = props.facets;
  const levelCount = (level: number) => facets?.levels.find((l) => l.level === level)?.count;
  const certificateurs = facets?.certificateurs ?? [];
  const selectedMissing = values.certificateur !== '' && !certificateurs.some((c) => (c.siret ?? c.name) === values.certificateur);
  // The name of a certificateur chosen with the finder, for the list's extra option.
  const [chosenName, setChosenName] = useState<string | null>(null);
  // The finder's button goes once used: the focus moves to the list that now shows the choice.
  const [focusCertificateur, setFocusCertificateur] = useState(false);
  useEffect(() => {
    if (!focusCertificateur) return;
    document.getElementById(CERTIFICATEUR_SELECT_ID)?.focus();
    setFocusCertificateur(false);
  }, [focusCertificateur]);
  const kindCount = (kind: 'rncp' | 'rs') => facets?.kinds.find((k) => k.kind === kind)?.count;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onApply(values);
  };

  return (
    <form role="search" aria-label="Rechercher une certification" onSubmit={submit} className="fr-mb-4w">
      <Input
        label="Mots recherchés"
        hintText="Intitulé, métier, compétence ou code (ex. RNCP37274). Les fautes de frappe sont tolérées."
        nativeInputProps={{ name: 'q', type: 'search', value: values.q, onChange: (e) => set('q', e.target.value), maxLength: 200 }}
      />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <Select label="Niveau" nativeSelectProps={{ name: 'level', value: values.level, onChange: (e) => set('level', e.target.value) }}>
            <option value="">Tous les niveaux</option>
            {LEVEL_OPTIONS.map((level) => (
              <option key={level} value={String(level)}>
                {levelLabel(level)}
                {countOf(levelCount(level))}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Select label="Répertoire" nativeSelectProps={{ name: 'kind', value: values.kind, onChange: (e) => set('kind', e.target.value) }}>
            <option value="">RNCP et Répertoire spécifique</option>
            <option value="rncp">RNCP (certifications professionnelles){countOf(kindCount('rncp'))}</option>
            <option value="rs">Répertoire spécifique (RS){countOf(kindCount('rs'))}</option>
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Select label="Certificateur" nativeSelectProps={{ id: CERTIFICATEUR_SELECT_ID, name: 'certificateur', value: values.certificateur, onChange: (e) => set('certificateur', e.target.value) }}>
            <option value="">Tous les certificateurs</option>
            {selectedMissing && <option value={values.certificateur}>{chosenName ?? values.certificateur}</option>}
            {certificateurs.map((c) => (
              <option key={c.siret ?? c.name} value={c.siret ?? c.name}>
                {c.name}
                {countOf(c.count)}
              </option>
            ))}
          </Select>
          <CertificateurFinder
            onChoose={(chosen) => {
              setChosenName(chosen.name);
              set('certificateur', chosen.value);
              setFocusCertificateur(true);
            }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Input
            label="Code ROME"
            hintText="Ex. K1801"
            nativeInputProps={{ name: 'rome', value: values.rome, onChange: (e) => set('rome', e.target.value), maxLength: 5, pattern: '[A-Na-n][0-9]{4}' }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Input label="Code NSF" hintText="Ex. 332 ou 332t" nativeInputProps={{ name: 'nsf', value: values.nsf, onChange: (e) => set('nsf', e.target.value), maxLength: 4 }} />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Input label="Formacode" hintText="5 chiffres" nativeInputProps={{ name: 'formacode', value: values.formacode, onChange: (e) => set('formacode', e.target.value), maxLength: 5, inputMode: 'numeric' }} />
        </div>
      </div>
      <Checkbox
        legend="Options"
        orientation="horizontal"
        options={[
          { label: `Ouvertes à la VAE${countOf(facets?.vaeOpen)}`, nativeInputProps: { name: 'vaeOpen', checked: values.vaeOpen === '1', onChange: (e) => set('vaeOpen', e.target.checked ? '1' : '') } },
          { label: `Avec blocs de compétences${countOf(facets?.withBlocs)}`, nativeInputProps: { name: 'hasBlocs', checked: values.hasBlocs === '1', onChange: (e) => set('hasBlocs', e.target.checked ? '1' : '') } },
          { label: 'Inclure les certifications qui ne sont plus actives', nativeInputProps: { name: 'inactive', checked: values.inactive === '1', onChange: (e) => set('inactive', e.target.checked ? '1' : '') } },
        ]}
      />
      <Button type="submit">Rechercher</Button>
    </form>
  );
}
