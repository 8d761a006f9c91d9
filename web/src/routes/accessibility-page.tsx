import { Link } from 'react-router-dom';
import { StaticPage } from '../components/static-page';

/** `/accessibilite`: the accessibility statement (RGAA 4.1 template). */
export function AccessibilityPage() {
  return (
    <StaticPage title="Déclaration d'accessibilité">
      <p>
        L'équipe de Jalon s'engage à rendre ses services numériques accessibles, conformément à l'article 47 de la loi
        n° 2005-102 du 11 février 2005.
      </p>
      <p>Cette déclaration d'accessibilité s'applique au site Jalon, plateforme de suivi des parcours de validation des acquis de l'expérience (VAE).</p>

      <h2>État de conformité</h2>
      <p>
        Jalon est <strong>partiellement conforme</strong> avec le référentiel général d'amélioration de l'accessibilité
        (RGAA), version 4.1, en raison des non-conformités et des dérogations énumérées ci-dessous.
      </p>

      <h2>Résultats des tests</h2>
      <p>
        L'audit de conformité au RGAA n'a pas encore été réalisé. Il est programmé ; ses résultats seront publiés sur cette
        page. En attendant, le service est conçu avec le Système de design de l'État (DSFR) et vérifié par des tests
        automatisés et manuels au fil des développements.
      </p>

      <h2>Contenus non accessibles</h2>
      <h3>Non-conformités</h3>
      <p>Les non-conformités seront listées à l'issue de l'audit.</p>
      <h3>Dérogations pour charge disproportionnée</h3>
      <p>Aucune.</p>
      <h3>Contenus non soumis à l'obligation d'accessibilité</h3>
      <p>Les documents déposés par les utilisateurs (pièces justificatives numérisées) lorsqu'ils ne sont pas produits par le service.</p>

      <h2>Établissement de cette déclaration d'accessibilité</h2>
      <p>Cette déclaration a été établie le 23 novembre 2026.</p>
      <h3>Technologies utilisées pour la réalisation du site</h3>
      <ul>
        <li>HTML5</li>
        <li>CSS</li>
        <li>JavaScript (React)</li>
        <li>WAI-ARIA</li>
      </ul>
      <h3>Environnement de test</h3>
      <p>
        Les vérifications de restitution de contenus seront réalisées lors de l'audit avec les combinaisons de navigateurs et
        lecteurs d'écran de la base de référence du RGAA (notamment Firefox avec NVDA, Safari avec VoiceOver).
      </p>

      <h2>Retour d'information et contact</h2>
      <p>
        Si vous n'arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter l'équipe de Jalon pour être
        orienté·e vers une alternative accessible ou obtenir le contenu sous une autre forme, en écrivant à la structure qui
        suit votre parcours ou à l'adresse de contact indiquée dans les <Link to="/mentions-legales">mentions légales</Link>.
      </p>

      <h2>Voies de recours</h2>
      <p>
        Cette procédure est à utiliser dans le cas suivant : vous avez signalé au responsable du site un défaut
        d'accessibilité qui vous empêche d'accéder à un contenu ou à un des services et vous n'avez pas obtenu de réponse
        satisfaisante.
      </p>
      <p>Vous pouvez :</p>
      <ul>
        <li>
          écrire un message au{' '}
          <a href="https://formulaire.defenseurdesdroits.fr/" target="_blank" rel="noopener noreferrer" title="Défenseur des droits - nouvelle fenêtre">
            Défenseur des droits
          </a>
          ,
        </li>
        <li>
          contacter{' '}
          <a href="https://www.defenseurdesdroits.fr/saisir/delegues" target="_blank" rel="noopener noreferrer" title="délégué du Défenseur des droits dans votre région - nouvelle fenêtre">
            le délégué du Défenseur des droits dans votre région
          </a>
          ,
        </li>
        <li>
          envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) :
          <br />
          Défenseur des droits
          <br />
          Libre réponse 71120
          <br />
          75342 Paris CEDEX 07
        </li>
      </ul>
    </StaticPage>
  );
}
