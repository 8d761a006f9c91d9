/** The DSFR convention stated once at the top of each form. */
export function RequiredNotice() {
  return <p className="fr-hint-text fr-mb-3w">Sauf mention contraire, tous les champs sont obligatoires.</p>;
}
