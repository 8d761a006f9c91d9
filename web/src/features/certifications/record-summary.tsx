import type { RecordSection } from './record-sections';

/** The DSFR "sommaire" of the record page: one link per section shown (not printed). */
export function RecordSummary({ sections }: { sections: RecordSection[] }) {
  return (
    <nav className="fr-summary jalon-no-print fr-mb-4w" aria-labelledby="sommaire-titre">
      <p className="fr-summary__title" id="sommaire-titre">
        Sommaire
      </p>
      <ol>
        {sections.map((s) => (
          <li key={s.id}>
            <a className="fr-summary__link" href={`#${s.id}`}>
              {s.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
