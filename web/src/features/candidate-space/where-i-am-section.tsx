import { Heading, type HeadingLevel } from './heading';
import type { MyPathway } from './types';
import { bigStepOf, nextBigStepTitle, VAE_STEPS } from './vae-steps';

/** "Où j'en suis": the state, placed among the five big steps. */
export function WhereIAmSection({ pathway, level }: { pathway: MyPathway; level: HeadingLevel }) {
  const id = `ou-j-en-suis-${pathway.id}`;
  const step = bigStepOf(pathway.state);
  return (
    <section aria-labelledby={id} className="fr-mt-4w">
      <Heading level={level} id={id}>
        Où j’en suis
      </Heading>
      <p>
        État de mon parcours : <strong>{pathway.stateLabel}</strong>
        {pathway.cycle > 1 && <> (passage n° {pathway.cycle} devant le jury)</>}
      </p>
      {step === null ? <p>Ce parcours est clos : il n’avance plus.</p> : <StepIndicator step={step} />}
    </section>
  );
}

/**
 * The DSFR stepper's markup, with a paragraph as title: the react-dsfr component always renders an
 * h2, which would break the page outline inside this section.
 */
function StepIndicator({ step }: { step: number }) {
  const next = nextBigStepTitle(step);
  return (
    <div className="fr-stepper">
      <p className="fr-stepper__title">
        {VAE_STEPS[step - 1]?.title}
        <span className="fr-stepper__state">
          Étape {step} sur {VAE_STEPS.length}
        </span>
      </p>
      <div className="fr-stepper__steps" data-fr-current-step={step} data-fr-steps={VAE_STEPS.length} />
      {next && (
        <p className="fr-stepper__details">
          <span className="fr-text--bold">Étape suivante :</span> {next}
        </p>
      )}
    </div>
  );
}
