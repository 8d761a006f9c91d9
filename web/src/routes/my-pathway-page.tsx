import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useMe } from '../auth/auth-context';
import { usePageTitle } from '../components/use-page-title';
import { ForbiddenPage } from './forbidden-page';

const STEPS = [
  {
    title: 'Information et conseil',
    text: 'Vous choisissez, avec un conseiller, la certification (ou les blocs de compétences) qui correspond à votre expérience.',
  },
  {
    title: 'Recevabilité',
    text: "Votre dossier de faisabilité est envoyé au certificateur, qui dispose de deux mois pour se prononcer sur sa recevabilité.",
  },
  {
    title: 'Dossier de validation',
    text: "Vous rédigez votre dossier avec votre accompagnateur, au cours de séances d'une à trois heures, avec un travail personnel entre les séances.",
  },
  {
    title: 'Jury',
    text: "Le certificateur vous convoque devant un jury. L'entretien dure environ 45 minutes et commence par une présentation libre. Le jury peut décider une validation totale, partielle, ou aucune validation.",
  },
  {
    title: 'Après le jury',
    text: 'Un entretien permet d\'analyser le résultat et de construire la suite (expérience ou formation complémentaire, nouveau jury) jusqu\'à la validation totale.',
  },
];

/** `/mon-parcours`: the candidate's pathway area. */
export function MyPathwayPage() {
  const me = useMe();
  usePageTitle('Mon parcours VAE');
  if (me.kind !== 'candidate') return <ForbiddenPage />;
  return (
    <div className="fr-container fr-pb-6w">
      <Breadcrumb currentPageLabel="Mon parcours VAE" homeLinkProps={{ to: '/' }} segments={[]} />
      <h1>Mon parcours VAE</h1>
      <p className="fr-text--lead">
        Un parcours de validation des acquis de l'expérience suit cinq étapes. Il peut durer jusqu'à cinq ans ; votre
        référent de parcours vous aide à lever ce qui freine votre avancée.
      </p>
      <ol className="jalon-steps">
        {STEPS.map((step) => (
          <li key={step.title} className="fr-mb-3w">
            <h2 className="fr-h5 fr-mb-1v">{step.title}</h2>
            <p className="fr-mb-0">{step.text}</p>
          </li>
        ))}
      </ol>
      <section aria-labelledby="contact-titre" className="fr-mt-6w">
        <h2 id="contact-titre">Contact</h2>
        <p>
          Pour toute question sur votre parcours, adressez-vous à la personne qui vous suit. Les messages qui vous
          concernent sont envoyés à l'adresse <strong>{me.email}</strong>.
        </p>
      </section>
    </div>
  );
}
