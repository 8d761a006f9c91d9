/** `/mon-parcours`: the candidate space, built in features/candidate-space. */
export { CandidateSpacePage as MyPathwayPage } from '../features/candidate-space/candidate-space-page';
