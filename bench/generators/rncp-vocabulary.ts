/** The vocabulary of the generated registry: proportions, domains, words and sentences (French, plausible, not real fiches). */
export const RS_SHARE = 4_800 / 30_400;
// Half the RNCP fiches (the older ones) have no blocs; the others 1 to 8, 4.2 on average: 2.19 per fiche.
export const BLOC_COUNTS: readonly (readonly [number, number])[] = [
  [0, 47], [1, 2.6], [2, 7.8], [3, 9.4], [4, 10.4], [5, 8.8], [6, 6.2], [7, 4.2], [8, 2.6],
];
// Partners (habilitated training bodies) weigh most of the real file: most fiches have none,
// a few national networks have hundreds.
export const PARTNER_BANDS: readonly (readonly [readonly [number, number], number])[] = [
  [[0, 0], 52], [[1, 10], 30], [[11, 60], 14], [[61, 200], 3], [[201, 480], 1],
];

export interface Coded {
  code: string;
  label: string;
}

export interface Domain {
  /** Job names, as they appear in titles ("Développeur web"). */
  jobs: readonly string[];
  /** Fields, for diplomas named after a field ("BTS Comptabilité et gestion"). */
  fields: readonly string[];
  /** Verb phrases of the trade: activities, capacities, competences. */
  tasks: readonly string[];
  sectors: string;
  rome: readonly Coded[];
  nsf: readonly Coded[];
  formacode: readonly Coded[];
  /** Short skills certified by the RS (répertoire spécifique). */
  skills: readonly string[];
}

export const DOMAINS: readonly Domain[] = [
  {
    jobs: ['Aide-soignant', 'Auxiliaire de puériculture', 'Accompagnant éducatif et social', 'Assistant de vie aux familles', 'Infirmier', 'Ambulancier', 'Préparateur en pharmacie'],
    fields: ['Services aux personnes', 'Sanitaire et social', 'Soins infirmiers', 'Accompagnement soins et services à la personne'],
    tasks: ['accompagner la personne dans les actes essentiels du quotidien', 'évaluer l’état clinique d’une personne', 'mettre en œuvre des soins adaptés à l’état clinique de la personne', 'assurer l’hygiène et le confort de la personne', 'transmettre les informations utiles à la continuité des soins', 'prévenir les risques liés à la perte d’autonomie', 'établir une communication adaptée avec la personne et son entourage', 'entretenir l’environnement immédiat de la personne', 'participer à la démarche qualité et à la prévention des risques professionnels'],
    sectors: 'Établissements de santé publics et privés, établissements d’hébergement pour personnes âgées dépendantes (EHPAD), services de soins infirmiers à domicile, structures d’accueil de personnes en situation de handicap.',
    rome: [{ code: 'J1501', label: 'Soins d’hygiène, de confort du patient' }, { code: 'K1302', label: 'Assistance auprès d’adultes' }, { code: 'J1506', label: 'Soins infirmiers généralistes' }, { code: 'K1304', label: 'Services domestiques' }],
    nsf: [{ code: '331', label: 'Santé' }, { code: '330t', label: 'Spécialités plurivalentes sanitaires et sociales' }, { code: '332', label: 'Travail social' }],
    formacode: [{ code: '43436', label: 'Aide-soignant' }, { code: '44028', label: 'Aide à domicile' }, { code: '43448', label: 'Soins infirmiers' }],
    skills: ['Gestes et soins d’urgence', 'Accompagner une personne atteinte de la maladie d’Alzheimer', 'Prévention des risques liés à l’activité physique', 'Assistant de soins en gérontologie'],
  },
  {
    jobs: ['Accompagnant éducatif petite enfance', 'Éducateur de jeunes enfants', 'Moniteur éducateur', 'Animateur social', 'Conseiller en insertion professionnelle', 'Médiateur social'],
    fields: ['Petite enfance', 'Intervention sociale', 'Animation sociale et socioculturelle', 'Insertion professionnelle'],
    tasks: ['accueillir l’enfant et sa famille', 'concevoir et animer des activités éducatives adaptées', 'accompagner les personnes dans leur parcours d’insertion sociale et professionnelle', 'conduire des entretiens individuels et collectifs', 'travailler en équipe pluriprofessionnelle et en réseau', 'analyser la situation sociale d’une personne', 'élaborer un projet d’accompagnement personnalisé', 'assurer la sécurité physique et affective des enfants'],
    sectors: 'Crèches, relais petite enfance, accueils collectifs de mineurs, structures d’insertion par l’activité économique, associations du secteur social et médico-social, collectivités territoriales.',
    rome: [{ code: 'K1303', label: 'Assistance auprès d’enfants' }, { code: 'K1801', label: 'Conseil en emploi et insertion socioprofessionnelle' }, { code: 'K1207', label: 'Intervention socioéducative' }, { code: 'G1202', label: 'Animation d’activités culturelles ou ludiques' }],
    nsf: [{ code: '332', label: 'Travail social' }, { code: '332t', label: 'Accueil, orientation, aide sociale' }, { code: '335', label: 'Animation culturelle, sportive et de loisirs' }],
    formacode: [{ code: '44082', label: 'Petite enfance' }, { code: '44054', label: 'Insertion professionnelle' }, { code: '44092', label: 'Travail social' }],
    skills: ['Accompagner les publics éloignés de l’emploi', 'Animer des ateliers de parentalité', 'Mettre en œuvre la médiation numérique'],
  },
  {
    jobs: ['Développeur web et web mobile', 'Concepteur développeur d’applications', 'Administrateur systèmes et réseaux', 'Technicien d’assistance en informatique', 'Data analyst', 'Expert en cybersécurité', 'Chef de projet digital'],
    fields: ['Services informatiques aux organisations', 'Systèmes numériques', 'Informatique', 'Cybersécurité', 'Science des données'],
    tasks: ['développer la partie front-end d’une application web ou web mobile', 'concevoir et mettre en place une base de données relationnelle', 'développer des composants d’accès aux données', 'administrer et sécuriser une infrastructure de serveurs', 'mettre en place une démarche de tests unitaires et fonctionnels', 'déployer une application en production', 'analyser les besoins des utilisateurs et rédiger les spécifications', 'assurer la veille technologique et réglementaire', 'superviser les systèmes et traiter les incidents de sécurité'],
    sectors: 'Entreprises de services du numérique, éditeurs de logiciels, directions des systèmes d’information des entreprises et des administrations, agences web, start-up.',
    rome: [{ code: 'M1805', label: 'Études et développement informatique' }, { code: 'M1810', label: 'Production et exploitation de systèmes d’information' }, { code: 'M1801', label: 'Administration de systèmes d’information' }, { code: 'I1401', label: 'Maintenance informatique et bureautique' }],
    nsf: [{ code: '326', label: 'Informatique, traitement de l’information, réseaux de transmission' }, { code: '326t', label: 'Programmation, mise en place de logiciels' }, { code: '326r', label: 'Assistance informatique, maintenance de logiciels et réseaux' }],
    formacode: [{ code: '31090', label: 'Développement web' }, { code: '31054', label: 'Informatique' }, { code: '31006', label: 'Sécurité informatique' }, { code: '31035', label: 'Système information' }],
    skills: ['Utiliser les fonctions avancées d’un tableur', 'Programmer en Python', 'Administrer un environnement cloud', 'Sensibiliser à la cybersécurité', 'Exploiter la blockchain dans le développement d’applications', 'Utiliser un logiciel de traitement de texte'],
  },
  {
    jobs: ['Comptable assistant', 'Gestionnaire comptable et fiscal', 'Gestionnaire de paie', 'Secrétaire assistant', 'Assistant ressources humaines', 'Contrôleur de gestion', 'Assistant de direction'],
    fields: ['Comptabilité et gestion', 'Gestion de la PME', 'Ressources humaines', 'Support à l’action managériale', 'Finance et contrôle de gestion'],
    tasks: ['assurer les travaux courants de comptabilité', 'préparer la paie et les déclarations sociales', 'établir les déclarations fiscales', 'préparer les opérations de clôture de l’exercice', 'mettre en œuvre des outils d’analyse et de prévision de l’activité', 'assurer la gestion administrative du personnel', 'organiser et planifier les activités de la direction', 'traiter les documents administratifs et commerciaux', 'accompagner le recrutement et l’intégration des salariés'],
    sectors: 'Cabinets d’expertise comptable, services comptables et financiers des entreprises de toutes tailles, associations, collectivités, organismes de gestion agréés.',
    rome: [{ code: 'M1203', label: 'Comptabilité' }, { code: 'M1501', label: 'Assistanat en ressources humaines' }, { code: 'M1607', label: 'Secrétariat' }, { code: 'M1204', label: 'Contrôle de gestion' }],
    nsf: [{ code: '314', label: 'Comptabilité, gestion' }, { code: '315', label: 'Ressources humaines, gestion du personnel, gestion de l’emploi' }, { code: '324', label: 'Secrétariat, bureautique' }],
    formacode: [{ code: '32663', label: 'Comptabilité' }, { code: '33054', label: 'Paie' }, { code: '35054', label: 'Secrétariat' }, { code: '32654', label: 'Gestion financière comptabilité' }],
    skills: ['Établir la paie', 'Maîtriser les fondamentaux de la comptabilité', 'Conduire un entretien professionnel', 'Certificat Voltaire'],
  },
  {
    jobs: ['Vendeur conseil en magasin', 'Conseiller de vente', 'Manager d’unité marchande', 'Négociateur technico-commercial', 'Responsable de petite et moyenne structure', 'Chargé de clientèle'],
    fields: ['Management commercial opérationnel', 'Négociation et digitalisation de la relation client', 'Commerce', 'Métiers du commerce et de la vente', 'Commerce international'],
    tasks: ['accueillir, conseiller et fidéliser la clientèle', 'développer un portefeuille clients', 'animer une équipe commerciale', 'gérer les stocks et l’approvisionnement du rayon', 'mettre en valeur les produits dans l’espace de vente', 'négocier et conclure une vente', 'analyser les résultats commerciaux et proposer des actions correctives', 'piloter la performance économique d’une unité marchande'],
    sectors: 'Commerce de détail et grande distribution, commerce interentreprises, agences commerciales, entreprises industrielles et de services.',
    rome: [{ code: 'D1106', label: 'Vente en alimentation' }, { code: 'D1214', label: 'Vente en habillement et accessoires de la personne' }, { code: 'D1502', label: 'Management/gestion de rayon produits non alimentaires' }, { code: 'D1402', label: 'Relation commerciale grands comptes et entreprises' }],
    nsf: [{ code: '312', label: 'Commerce, vente' }, { code: '312t', label: 'Échanges et gestion (commerce, vente)' }, { code: '310', label: 'Spécialités plurivalentes des échanges et de la gestion' }],
    formacode: [{ code: '34566', label: 'Vente' }, { code: '34054', label: 'Gestion commerciale achats' }, { code: '34254', label: 'Commerce international' }],
    skills: ['Vendre en ligne', 'Négocier avec les grands comptes', 'Prospecter sur les réseaux sociaux'],
  },
  {
    jobs: ['Électricien d’équipement du bâtiment', 'Maçon', 'Plombier chauffagiste', 'Menuisier agenceur', 'Peintre en bâtiment', 'Conducteur de travaux', 'Technicien de maintenance en génie climatique'],
    fields: ['Bâtiment', 'Travaux publics', 'Génie civil', 'Métiers de l’électricité et de ses environnements connectés', 'Énergétique'],
    tasks: ['réaliser les installations électriques d’un bâtiment', 'implanter et monter des ouvrages en maçonnerie', 'installer et mettre en service des équipements de chauffage', 'lire et interpréter des plans d’exécution', 'organiser le chantier dans le respect des règles de sécurité', 'réaliser les travaux de finition', 'diagnostiquer une panne et assurer la maintenance', 'préparer et chiffrer les travaux', 'encadrer une équipe de compagnons'],
    sectors: 'Entreprises du bâtiment et des travaux publics, artisans, entreprises de maintenance, bureaux d’études, collectivités.',
    rome: [{ code: 'F1602', label: 'Électricité bâtiment' }, { code: 'F1703', label: 'Maçonnerie' }, { code: 'F1603', label: 'Installation d’équipements sanitaires et thermiques' }, { code: 'F1201', label: 'Conduite de travaux du BTP et de travaux paysagers' }],
    nsf: [{ code: '232', label: 'Bâtiment : construction et couverture' }, { code: '233', label: 'Bâtiment : finitions' }, { code: '255', label: 'Électricité, électronique' }, { code: '227', label: 'Énergie, génie climatique' }],
    formacode: [{ code: '22454', label: 'Électricité bâtiment' }, { code: '22660', label: 'Maçonnerie' }, { code: '22601', label: 'Installation sanitaire' }],
    skills: ['Habilitation électrique B1V BR BC', 'Travail en hauteur', 'Montage et démontage d’échafaudages', 'Qualification RGE'],
  },
  {
    jobs: ['Conducteur du transport routier de marchandises', 'Agent magasinier', 'Préparateur de commandes en entrepôt', 'Technicien supérieur en méthodes et exploitation logistique', 'Responsable logistique', 'Conducteur de transport en commun sur route'],
    fields: ['Logistique', 'Transport et logistique', 'Gestion des transports et logistique associée', 'Conduite routière'],
    tasks: ['conduire un véhicule poids lourd en sécurité', 'réceptionner et contrôler les marchandises', 'préparer les commandes et les expéditions', 'optimiser les flux et les stocks', 'organiser les tournées de livraison', 'appliquer la réglementation du transport', 'utiliser un système de gestion d’entrepôt', 'conduire un chariot élévateur en sécurité'],
    sectors: 'Entreprises de transport routier, plateformes logistiques, entrepôts de la grande distribution, services logistiques des entreprises industrielles.',
    rome: [{ code: 'N4101', label: 'Conduite de transport de marchandises sur longue distance' }, { code: 'N1103', label: 'Magasinage et préparation de commandes' }, { code: 'N1301', label: 'Conception et organisation de la chaîne logistique' }],
    nsf: [{ code: '311', label: 'Transport, manutention, magasinage' }, { code: '311t', label: 'Transport, manutention, magasinage (organisation)' }],
    formacode: [{ code: '31811', label: 'Conduite poids lourd' }, { code: '31812', label: 'Logistique' }, { code: '31873', label: 'Magasinage' }],
    skills: ['Conduite de chariots de manutention automoteurs (CACES R489)', 'Formation continue obligatoire (FCO) transport de marchandises', 'Transport de matières dangereuses'],
  },
  {
    jobs: ['Cuisinier', 'Commis de cuisine', 'Serveur en restauration', 'Réceptionniste en hôtellerie', 'Boulanger', 'Pâtissier', 'Agent de restauration'],
    fields: ['Cuisine', 'Commercialisation et services en restauration', 'Hôtellerie-restauration', 'Management en hôtellerie restauration', 'Boulangerie'],
    tasks: ['préparer et cuire les produits', 'organiser le poste de travail en cuisine', 'appliquer les règles d’hygiène et de sécurité alimentaire', 'accueillir et servir la clientèle', 'élaborer des cartes et des menus', 'gérer les approvisionnements et les stocks', 'réaliser des pâtisseries et des viennoiseries', 'assurer les opérations de réception et de facturation'],
    sectors: 'Restauration traditionnelle, restauration collective, hôtellerie, boulangeries et pâtisseries artisanales, traiteurs.',
    rome: [{ code: 'G1602', label: 'Personnel de cuisine' }, { code: 'G1803', label: 'Service en restauration' }, { code: 'D1102', label: 'Boulangerie - viennoiserie' }, { code: 'G1703', label: 'Réception en hôtellerie' }],
    nsf: [{ code: '334', label: 'Accueil, hôtellerie, tourisme' }, { code: '221', label: 'Agro-alimentaire, alimentation, cuisine' }],
    formacode: [{ code: '42752', label: 'Cuisine' }, { code: '42708', label: 'Boulangerie' }, { code: '42795', label: 'Service restauration' }],
    skills: ['Hygiène alimentaire en restauration commerciale (HACCP)', 'Permis d’exploitation de débit de boissons', 'Accueillir une clientèle internationale'],
  },
  {
    jobs: ['Technicien de maintenance industrielle', 'Soudeur', 'Opérateur régleur sur machine-outil', 'Technicien en chaudronnerie', 'Pilote de ligne de production', 'Mécanicien automobile', 'Technicien électrotechnicien'],
    fields: ['Maintenance des systèmes de production', 'Conception des processus de réalisation de produits', 'Électrotechnique', 'Maintenance des véhicules', 'Chaudronnerie industrielle'],
    tasks: ['réaliser la maintenance préventive et corrective des équipements', 'diagnostiquer une défaillance mécanique, électrique ou pneumatique', 'régler et conduire une machine à commande numérique', 'réaliser des assemblages soudés', 'contrôler la conformité des pièces produites', 'proposer des améliorations de la production', 'respecter les consignes de sécurité et d’environnement', 'lire un dossier technique et un schéma électrique'],
    sectors: 'Industries mécaniques, métallurgiques, agroalimentaires, chimiques et pharmaceutiques, garages et concessions automobiles, entreprises de maintenance.',
    rome: [{ code: 'I1304', label: 'Installation et maintenance d’équipements industriels et d’exploitation' }, { code: 'H2913', label: 'Soudage manuel' }, { code: 'H2903', label: 'Conduite d’équipement d’usinage' }, { code: 'I1604', label: 'Mécanique automobile et entretien de véhicules' }],
    nsf: [{ code: '250', label: 'Spécialités pluritechnologiques mécanique-électricité' }, { code: '251', label: 'Mécanique générale et de précision, usinage' }, { code: '252', label: 'Moteurs et mécanique auto' }, { code: '254', label: 'Structures métalliques' }],
    formacode: [{ code: '31654', label: 'Maintenance industrielle' }, { code: '23054', label: 'Soudage' }, { code: '31815', label: 'Mécanique automobile' }],
    skills: ['Soudage selon la norme NF EN ISO 9606-1', 'Habilitation électrique BR', 'Maintenance des véhicules électriques et hybrides'],
  },
  {
    jobs: ['Manager des organisations', 'Responsable de projet', 'Chargé de communication', 'Responsable marketing', 'Consultant en management', 'Manager de la transformation digitale'],
    fields: ['Management', 'Management des organisations', 'Communication', 'Marketing digital', 'Management et administration des entreprises'],
    tasks: ['élaborer la stratégie de l’organisation', 'piloter un projet complexe et ses ressources', 'manager une équipe et développer les compétences', 'conduire le changement dans l’organisation', 'concevoir un plan de communication', 'analyser un marché et définir une offre', 'piloter la performance économique et financière', 'intégrer la responsabilité sociétale dans les décisions'],
    sectors: 'Entreprises de toutes tailles et de tous secteurs, cabinets de conseil, agences de communication, associations et organismes publics.',
    rome: [{ code: 'M1302', label: 'Direction de petite ou moyenne entreprise' }, { code: 'M1402', label: 'Conseil en organisation et management d’entreprise' }, { code: 'E1103', label: 'Communication' }, { code: 'M1705', label: 'Marketing' }],
    nsf: [{ code: '310', label: 'Spécialités plurivalentes des échanges et de la gestion' }, { code: '310m', label: 'Spécialités plurivalentes des échanges et de la gestion (management)' }, { code: '320', label: 'Spécialités plurivalentes de la communication' }],
    formacode: [{ code: '32032', label: 'Management' }, { code: '32054', label: 'Gestion des organisations' }, { code: '46324', label: 'Communication entreprise' }],
    skills: ['Manager une équipe', 'Conduire un projet', 'Maîtriser les fondamentaux du management', 'Anglais professionnel (TOEIC)', 'Certification CléA'],
  },
  {
    jobs: ['Agent de prévention et de sécurité', 'Agent de sûreté aéroportuaire', 'Opérateur de vidéoprotection', 'Agent des services de sécurité incendie', 'Responsable sûreté'],
    fields: ['Sécurité', 'Métiers de la sécurité', 'Prévention des risques', 'Hygiène, sécurité, environnement'],
    tasks: ['assurer la surveillance des biens et des personnes', 'contrôler les accès d’un site', 'intervenir en cas d’incendie et porter assistance', 'appliquer les procédures d’urgence', 'rédiger des rapports et des mains courantes', 'prévenir les risques professionnels', 'utiliser les systèmes de vidéoprotection'],
    sectors: 'Entreprises de sécurité privée, aéroports, établissements recevant du public, sites industriels, services internes de sécurité.',
    rome: [{ code: 'K2503', label: 'Sécurité et surveillance privées' }, { code: 'K2502', label: 'Management de sécurité privée' }, { code: 'H1302', label: 'Management et ingénierie Hygiène Sécurité Environnement -HSE- industriels' }],
    nsf: [{ code: '344', label: 'Sécurité des biens et des personnes, police, surveillance' }, { code: '343', label: 'Nettoyage, assainissement, protection de l’environnement' }],
    formacode: [{ code: '42854', label: 'Sécurité' }, { code: '42866', label: 'Sécurité incendie' }],
    skills: ['Sauveteur secouriste du travail', 'Service de sécurité incendie et d’assistance à personnes (SSIAP 1)', 'Agent de sécurité cynophile', 'Palpation de sécurité'],
  },
  {
    jobs: ['Agent d’entretien du bâtiment', 'Jardinier paysagiste', 'Conducteur d’engins agricoles', 'Ouvrier agricole', 'Responsable d’exploitation agricole', 'Agent de propreté et d’hygiène'],
    fields: ['Aménagements paysagers', 'Agriculture', 'Productions végétales', 'Conduite et gestion de l’entreprise agricole', 'Hygiène propreté'],
    tasks: ['entretenir les espaces verts', 'conduire et entretenir les engins agricoles', 'réaliser les travaux de culture et d’élevage', 'gérer l’exploitation agricole', 'appliquer les techniques de nettoyage adaptées', 'respecter les règles environnementales', 'commercialiser les produits de l’exploitation'],
    sectors: 'Exploitations agricoles, entreprises du paysage, collectivités territoriales, entreprises de propreté.',
    rome: [{ code: 'A1203', label: 'Aménagement et entretien des espaces verts' }, { code: 'A1414', label: 'Horticulture et maraîchage' }, { code: 'K2204', label: 'Nettoyage de locaux' }],
    nsf: [{ code: '214', label: 'Aménagement paysager' }, { code: '210', label: 'Spécialités plurivalentes de l’agronomie et de l’agriculture' }, { code: '343', label: 'Nettoyage, assainissement, protection de l’environnement' }],
    formacode: [{ code: '21046', label: 'Espace vert' }, { code: '21054', label: 'Agriculture' }, { code: '42066', label: 'Propreté' }],
    skills: ['Certiphyto', 'Utiliser une tronçonneuse en sécurité', 'Conduite d’engins de chantier (CACES R482)'],
  },
];

export const CERTIFICATEURS: readonly string[] = [
  'MINISTERE DU TRAVAIL DU PLEIN EMPLOI ET DE L’INSERTION', 'MINISTERE DE L’EDUCATION NATIONALE ET DE LA JEUNESSE',
  'MINISTERE DE L’ENSEIGNEMENT SUPERIEUR ET DE LA RECHERCHE', 'MINISTERE DE L’AGRICULTURE ET DE LA SOUVERAINETE ALIMENTAIRE',
  'MINISTERE DE LA SANTE ET DE LA PREVENTION', 'MINISTERE DES SOLIDARITES', 'CESI', 'AFPA', 'CNAM',
  'CCI FRANCE', 'CMA FRANCE', 'SIMPLON.CO', 'OPENCLASSROOMS', 'IFOCOP', 'ISTEC', 'GRETA CFA AQUITAINE',
  'UNIVERSITE DE LILLE', 'UNIVERSITE DE BORDEAUX', 'UNIVERSITE CLERMONT AUVERGNE', 'UNIVERSITE DE RENNES',
  'AIX-MARSEILLE UNIVERSITE', 'IGS', 'STUDI', 'KEDGE BUSINESS SCHOOL', 'NEOMA BUSINESS SCHOOL',
  'COMMISSION PARITAIRE NATIONALE DE L’EMPLOI DE LA METALLURGIE', 'BRANCHE DE LA PROPRETE', 'UNION DES METIERS ET DES INDUSTRIES DE L’HOTELLERIE',
  'INSTITUT NATIONAL DE RECHERCHE ET DE SECURITE (INRS)', 'ECOLE SUPERIEURE DE COMMERCE DE PAU', 'ISEG', 'ENI ECOLE INFORMATIQUE',
  'CENTRE DE FORMATION PROFESSIONNELLE ET DE PROMOTION AGRICOLE', 'COMPAGNONS DU DEVOIR ET DU TOUR DE FRANCE',
];

export const PARTNER_WORDS = ['FORMATION', 'ACADEMIE', 'INSTITUT', 'CENTRE', 'ECOLE', 'CAMPUS', 'ATELIER', 'GRETA', 'CFA', 'IFP', 'ASSOCIATION'];
export const PARTNER_PLACES = ['LYON', 'NANTES', 'LILLE', 'CAEN', 'ROUEN', 'TOULOUSE', 'MARSEILLE', 'BREST', 'DIJON', 'METZ', 'NICE', 'PAU', 'TOURS', 'AMIENS', 'REIMS', 'LIMOGES', 'ORLEANS', 'BESANCON', 'POITIERS', 'GRENOBLE'];

export const INTRO_ACTIVITIES = [
  'Le titulaire de la certification exerce les activités suivantes :',
  'Les activités visées par la certification sont les suivantes :',
  'Le professionnel intervient dans le cadre des activités suivantes :',
];
export const INTRO_CAPACITIES = [
  'Les compétences attestées par la certification sont les suivantes :',
  'À l’issue de son parcours, le candidat est capable de :',
  'Le titulaire de la certification est capable de :',
];
export const QUALIFIERS = [
  'dans le respect de la réglementation en vigueur', 'en tenant compte des contraintes économiques et environnementales',
  'en autonomie ou au sein d’une équipe', 'à l’aide des outils numériques adaptés', 'selon les procédures de l’entreprise',
  'en intégrant les enjeux de développement durable', 'en veillant à la qualité du service rendu', 'auprès de publics variés, y compris les personnes en situation de handicap',
  'en appliquant les règles d’hygiène, de santé et de sécurité au travail', 'afin de répondre aux besoins identifiés',
];
export const EVALUATIONS = [
  'Mise en situation professionnelle reconstituée, suivie d’un entretien technique avec le jury.',
  'Étude de cas écrite portant sur une situation réelle de l’entreprise, et soutenance orale devant un jury de professionnels.',
  'Dossier professionnel présentant les réalisations du candidat, et entretien avec le jury.',
  'Cas pratique réalisé en centre ou en entreprise, évalué sur la base d’une grille de critères.',
  'Épreuve pratique chronométrée et questionnaire de connaissances réglementaires.',
];
export const JURIES = [
  'Jury national composé de professionnels du secteur, dont un président extérieur à l’organisme certificateur, sans lien avec le candidat.',
  'Le jury est composé de quatre membres : un représentant du certificateur et trois professionnels du métier, dont au moins un employeur et un salarié.',
  'Un jury composé de 3 personnes, dont au moins un professionnel du domaine extérieur à l’organisme.',
  'Jury présidé par un enseignant-chercheur, composé à parité de représentants des employeurs et des salariés.',
];
export const PREREQUISITES = [
  'Aucun prérequis n’est exigé pour l’entrée en formation.',
  'Être titulaire d’un diplôme de niveau 4 (baccalauréat) ou justifier d’une expérience professionnelle équivalente.',
  'Les candidats doivent être titulaires d’une certification de niveau 5 dans le domaine, ou justifier de trois années d’expérience professionnelle.',
  'Maîtriser les savoirs de base (lire, écrire, compter) et disposer d’une aptitude médicale au poste.',
];
export const REGULATION = 'L’exercice du métier est soumis à l’obtention d’une carte professionnelle délivrée par l’autorité administrative compétente, et au respect des règles de déontologie de la profession.';
export const HABILITATIONS = ['HABILITATION_ORGA_FORM', 'HABILITATION_FORMER_ORGANISER', 'HABILITATION_ORGA_FORM_CERTIFIER'];

export const LEVELS: readonly (readonly [number, number])[] = [[3, 22], [4, 19], [5, 23], [6, 21], [7, 13], [8, 2]];
export const REGISTRATIONS = ['Enregistrement sur demande', 'Enregistrement de droit'];
