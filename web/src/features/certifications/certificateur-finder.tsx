import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useEffect, useState } from 'react';
import { useApi } from '../../api/use-api';
import type { CertificateurMatches } from './types';

export interface ChosenCertificateur {
  /** What the search filters on: the SIRET, or the name of a certificateur without one. */
  value: string;
  name: string;
}

// Waits for a pause in the typing before asking the server, so each keystroke is not a request.
const TYPING_PAUSE_MS = 250;

/**
 * Finds any certificateur of the catalogue by its name or SIRET: the filter's list holds only the
 * 20 that certify the most records among the results.
 */
export function CertificateurFinder({ onChoose }: { onChoose: (chosen: ChosenCertificateur) => void }) {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const asking = query.length >= 2;
  const matches = useApi<CertificateurMatches>(asking ? '/api/certifications/certificateurs' : null, { q: query, limit: 10 });
  const items = asking ? (matches.data?.items ?? []) : [];

  return (
    <div className="fr-mb-2w">
      <Input
        label="Chercher un autre certificateur"
        hintText="Quelques lettres de son nom, ou les premiers chiffres de son SIRET"
        nativeInputProps={{ type: 'search', value: text, onChange: (e) => setText(e.target.value), maxLength: 100, autoComplete: 'off' }}
      />
      <p role="status" className="fr-hint-text fr-mb-1w">
        {asking && matches.data ? (items.length === 0 ? 'Aucun certificateur ne correspond.' : `${items.length} certificateur${items.length > 1 ? 's' : ''} trouvé${items.length > 1 ? 's' : ''}.`) : ''}
      </p>
      {items.length > 0 && (
        <ul className="fr-btns-group fr-btns-group--sm fr-btns-group--left" aria-label="Certificateurs trouvés">
          {items.map((c) => (
            <li key={c.siret ?? c.name}>
              <Button
                type="button"
                priority="tertiary"
                onClick={() => {
                  onChoose({ value: c.siret ?? c.name, name: c.name });
                  setText('');
                }}
              >
                {`${c.name}${c.siret ? ` (SIRET ${c.siret})` : ''} : ${c.count.toLocaleString('fr-FR')} certification${c.count > 1 ? 's' : ''}`}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
