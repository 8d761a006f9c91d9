import { StaticPage } from '../components/static-page';

/** `/donnees-personnelles`: short notice on the processing of personal data (RGPD). */
export function PersonalDataPage() {
  return (
    <StaticPage title="Données personnelles">
      <h2>Finalité</h2>
      <p>
        Jalon permet de suivre les parcours de validation des acquis de l'expérience (VAE) : information, recevabilité,
        accompagnement, assistance renforcée, jury et suites du jury. Les données servent à ce suivi et aux bilans
        statistiques demandés par les commanditaires, sous une forme agrégée.
      </p>
      <h2>Données traitées</h2>
      <ul>
        <li>identité et coordonnées des candidats et des professionnels ;</li>
        <li>informations sur le parcours : certification visée, étapes, rendez-vous, actions et justificatifs ;</li>
        <li>journal des connexions et des actions, à des fins de sécurité.</li>
      </ul>
      <h2>Destinataires</h2>
      <p>
        Seuls les professionnels qui interviennent dans le parcours d'un candidat, dans la limite de leur rôle, accèdent à
        ses données.
      </p>
      <h2>Durée de conservation</h2>
      <p>
        Les données d'un parcours sont conservées pendant la durée du parcours puis archivées pour la durée nécessaire aux
        obligations de compte rendu de l'organisation.
      </p>
      <h2>Cookies</h2>
      <p>
        Jalon n'utilise que des cookies strictement nécessaires au fonctionnement du service (session de connexion et
        protection contre la falsification de requêtes). Aucun cookie de mesure d'audience ni de publicité n'est déposé.
      </p>
      <h2>Vos droits</h2>
      <p>
        Vous disposez d'un droit d'accès, de rectification, d'effacement et de limitation du traitement de vos données.
        Pour les exercer, adressez-vous à la structure qui suit votre parcours ou au délégué à la protection des données de
        l'organisation qui déploie le service. Vous pouvez aussi adresser une réclamation à la CNIL.
      </p>
    </StaticPage>
  );
}
