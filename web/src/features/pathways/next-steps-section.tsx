import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { TransitionForm } from './transition-form';
import type { Pathway } from './types';

/** One button per step the server allows this person now; the chosen step opens its form. */
export function NextStepsSection({ pathway, onDone }: { pathway: Pathway; onDone: (pathway: Pathway, label: string) => void }) {
  const [openType, setOpenType] = useState<string | null>(null);
  const open = pathway.availableTransitions.find((transition) => transition.type === openType) ?? null;

  return (
    <section aria-labelledby="prochaines-etapes" className="fr-mt-4w">
      <h2 id="prochaines-etapes">Prochaines étapes</h2>
      {pathway.availableTransitions.length === 0 ? (
        <p>Aucune étape ne vous revient pour le moment.</p>
      ) : (
        <ul className="fr-btns-group fr-btns-group--inline-md">
          {pathway.availableTransitions.map((transition) => (
            <li key={transition.type}>
              <Button
                priority={transition.type === openType ? 'primary' : 'secondary'}
                nativeButtonProps={{ 'aria-expanded': transition.type === openType, 'aria-controls': 'formulaire-etape' }}
                onClick={() => setOpenType(transition.type === openType ? null : transition.type)}
              >
                {transition.label}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div id="formulaire-etape">
        {open && (
          // The key gives each step a fresh form, without the data typed for another one.
          <TransitionForm
            key={open.type}
            pathway={pathway}
            transition={open}
            onCancel={() => setOpenType(null)}
            onDone={(next) => {
              setOpenType(null);
              onDone(next, open.label);
            }}
          />
        )}
      </div>
    </section>
  );
}
