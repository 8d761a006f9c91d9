import { FactList } from './fact-list';
import { codeWithLabel, romeGroups } from './record-format';
import type { CertificationView } from './types';

type Code = { code: string; label: string | null };

function CodeList({ codes }: { codes: Code[] }) {
  if (codes.length === 0) return null;
  return (
    <ul className="fr-mb-0">
      {codes.map((c) => (
        <li key={c.code}>{codeWithLabel(c)}</li>
      ))}
    </ul>
  );
}

/** "Métiers et domaines": ROME job codes with their job titles, NSF specialities, Formacodes, collective agreements (IDCC). */
export function RecordCodes({ record }: { record: CertificationView }) {
  const rome = romeGroups(record.codes.rome, record.enrichment?.romeAppellations ?? []);
  return (
    <section aria-labelledby="codes" className="fr-mt-6w">
      <h2 id="codes">Métiers et domaines (codes)</h2>
      <FactList
        facts={[
          [
            'Métiers (codes ROME) et appellations',
            rome.length > 0 && (
              <ul className="fr-mb-0">
                {rome.map((g) => (
                  <li key={g.code}>
                    {codeWithLabel(g)}
                    {g.appellations.length > 0 && (
                      <ul>
                        {g.appellations.map((a) => (
                          <li key={a}>{a}</li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            ),
          ],
          ['Domaines de formation (codes NSF)', record.codes.nsf.length > 0 && <CodeList codes={record.codes.nsf} />],
          ['Formacodes', record.codes.formacode.length > 0 && <CodeList codes={record.codes.formacode} />],
          ['Conventions collectives (IDCC)', record.codes.idcc.length > 0 && <CodeList codes={record.codes.idcc} />],
        ]}
      />
    </section>
  );
}
