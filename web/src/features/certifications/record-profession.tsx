import { TextBlock } from './text-block';
import type { CertificationView } from './types';

/** "Le métier": what the holder does, the capacities attested, where and in which jobs, the context, the level of mastery, the regulations. */
export function RecordProfession({ texts }: { texts: CertificationView['texts'] }) {
  const parts: [title: string, text: string | null][] = [
    ['Capacités attestées', texts.capacities],
    ['Secteurs d’activité', texts.sectors],
    ['Emplois visés', texts.jobs],
    ['Objectifs et contexte de la certification', texts.objectivesContext],
    ['Niveau de maîtrise des compétences', texts.skillLevel],
    ['Activités réglementées', texts.regulatedActivities],
  ];
  return (
    <section aria-labelledby="metier" className="fr-mt-6w">
      <h2 id="metier">Le métier</h2>
      {texts.activities && (
        <>
          <h3>Activités visées</h3>
          <TextBlock text={texts.activities} />
        </>
      )}
      {parts.map(
        ([title, text]) =>
          text && (
            <div key={title}>
              <h3>{title}</h3>
              <TextBlock text={text} />
            </div>
          ),
      )}
    </section>
  );
}
