import { EmailLinkRequestPage } from '../components/email-link-request-page';

/** `/mot-de-passe-oublie`: asks for a password reset link (the answer never says if the account exists). */
export function ForgotPasswordPage() {
  return (
    <EmailLinkRequestPage
      title="Mot de passe oublié"
      intro="Saisissez l'adresse électronique de votre compte : vous recevrez un lien pour choisir un nouveau mot de passe."
      endpoint="/api/auth/password-reset/request"
      submitLabel="Recevoir un lien de réinitialisation"
      sentMessage={(email) =>
        `Si un compte existe pour l'adresse ${email}, un courriel contenant un lien pour choisir un nouveau mot de passe vient d'y être envoyé. Pensez à vérifier vos courriers indésirables.`
      }
    />
  );
}
