import { VAE_STEPS } from './vae-steps';

/** The five steps of a VAE pathway, explained. */
export function VaeStepsList({ titleAs: Title = 'h3' }: { titleAs?: 'h2' | 'h3' | 'h4' }) {
  return (
    <ol className="jalon-steps">
      {VAE_STEPS.map((step) => (
        <li key={step.title} className="fr-mb-3w">
          <Title className="fr-h5 fr-mb-1v">{step.title}</Title>
          <p className="fr-mb-0">{step.text}</p>
        </li>
      ))}
    </ol>
  );
}
