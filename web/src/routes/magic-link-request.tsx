import { EmailLinkRequestPage } from '../components/email-link-request-page';

/** `/connexion/lien`: candidates ask for a single-use sign-in link. */
export function MagicLinkRequest() {
  return (
    <EmailLinkRequestPage
      title="Recevoir un lien de connexion"
      intro="Réservé aux candidats : saisissez votre adresse électronique, vous recevrez un lien pour vous connecter sans mot de passe."
      endpoint="/api/auth/magic-link/request"
      submitLabel="Recevoir le lien"
      sentMessage={(email) =>
        `Si un compte candidat existe pour l'adresse ${email}, un lien de connexion vient d'y être envoyé. Il n'est valable que peu de temps et une seule fois.`
      }
    />
  );
}
