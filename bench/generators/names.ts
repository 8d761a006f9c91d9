/** Small French name lists: enough variety for realistic search and sorting, no real people. */
export const FIRST_NAMES = [
  'Camille', 'Léa', 'Manon', 'Chloé', 'Inès', 'Sarah', 'Emma', 'Zoé', 'Nadia', 'Aïcha', 'Fatou', 'Élise',
  'Lucas', 'Hugo', 'Yanis', 'Karim', 'Thomas', 'Mathis', 'Noah', 'Théo', 'Mamadou', 'Paul', 'Jérôme', 'Loïc',
] as const;

export const LAST_NAMES = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon',
  'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'Benali', 'Haddad', 'Diallo', 'Nguyen', 'Le Gall', 'Caron', 'Roussel',
  'Fontaine', 'Chevalier', 'Saïdi', 'Marie', 'Lebrun', 'Girard', 'Da Silva', 'Traoré',
] as const;
