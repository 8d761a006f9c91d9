import { describe, expect, it } from 'vitest';
import { PATHWAY_ACTOR_ROLES } from '../../../../common/candidates';
import { candidateActions, visibilityReason } from './pathway-actions';

describe('actions offered to the candidate', () => {
  it('keeps the transitions a button can do, with their confirmation text', () => {
    const actions = candidateActions([
      { type: 'file_faisabilite', label: 'Déposer mon dossier de faisabilité' },
      { type: 'declare_recevable', label: 'Déclarer recevable' },
    ]);
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ type: 'file_faisabilite', label: 'Déposer mon dossier de faisabilité' });
    expect(actions[0]?.confirmation).toMatch(/Livret 1/);
  });

  it('offers nothing when no transition is available', () => {
    expect(candidateActions([])).toEqual([]);
  });

  it('explains why each kind of organisation sees the file', () => {
    for (const role of PATHWAY_ACTOR_ROLES) expect(visibilityReason(role).length).toBeGreaterThan(10);
    expect(visibilityReason('certificateur_agent')).toMatch(/jury/);
  });
});
