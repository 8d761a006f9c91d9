import { describe, expect, it } from 'vitest';
import { PATHWAY_STATES } from '../../../../common/pathway';
import { bigStepOf, nextBigStepTitle, VAE_STEPS } from './vae-steps';

describe('big steps of a pathway', () => {
  it('places each state in one of the five steps, in order', () => {
    expect(bigStepOf('information')).toBe(1);
    expect(bigStepOf('faisabilite_filed')).toBe(2);
    expect(bigStepOf('non_recevable')).toBe(2);
    expect(bigStepOf('validation_writing')).toBe(3);
    expect(bigStepOf('jury_scheduled')).toBe(4);
    expect(bigStepOf('post_jury')).toBe(5);
    const steps = PATHWAY_STATES.filter((s) => s !== 'non_recevable' && s !== 'closed').map(bigStepOf);
    expect(steps).toEqual([...steps].sort());
  });

  it('gives no step to a pathway closed without the certification', () => {
    expect(bigStepOf('closed')).toBeNull();
    expect(bigStepOf('closed_certified')).toBe(VAE_STEPS.length);
  });

  it('names the next step, and none after the last', () => {
    expect(nextBigStepTitle(1)).toBe('Recevabilité');
    expect(nextBigStepTitle(5)).toBeUndefined();
  });
});
