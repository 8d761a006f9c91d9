import { Link } from 'react-router-dom';

/** "Mes données": everything the platform holds about me, as one file. */
export function MyDataSection() {
  return (
    <section aria-labelledby="mes-donnees" className="fr-mt-6w">
      <h2 id="mes-donnees">Mes données</h2>
      <p>
        Vous pouvez récupérer à tout moment l’ensemble des informations que Jalon conserve sur vous et sur vos parcours, dans un
        fichier (format JSON).
      </p>
      <a className="fr-btn fr-btn--secondary" href="/api/me/export" download>
        Télécharger toutes mes données
      </a>
      <p className="fr-text--sm fr-mt-2w">
        Pour en savoir plus sur vos droits, consultez la page <Link to="/donnees-personnelles">Données personnelles</Link>.
      </p>
    </section>
  );
}
