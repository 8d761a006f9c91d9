import { describe, expect, it } from 'vitest';
import {
  buildAcceptanceBody,
  buildAgreementBody,
  buildAssessmentBody,
  buildClosureBody,
  buildCommitmentBody,
  buildCustomItemBody,
  buildPlanItemUpdate,
  buildStartBody,
  buildSuggestedItemBody,
  EMPTY_CARRIER,
} from './request-bodies';
import type { Condition } from './types';

const ORG = '4f6a1c2e-0b7d-4a53-9a51-3f0d8a6b9c11';

describe('buildStartBody', () => {
  const draft = { organisationId: ORG, proposerKind: 'certificateur', startPhase: 'recevabilite_to_jury', welcomeProject: ' Devenir aide-soignante ', welcomeSituation: '', welcomeObstacles: ' Pas de voiture ', needIndicators: 'mobilité, numérique\nmobilité' };

  it('trims the interview and splits the need indicators', () => {
    expect(buildStartBody(draft)).toEqual({
      ok: true,
      body: {
        organisationId: ORG,
        proposerKind: 'certificateur',
        startPhase: 'recevabilite_to_jury',
        eligibility: [],
        welcomeProject: 'Devenir aide-soignante',
        welcomeSituation: '',
        welcomeObstacles: 'Pas de voiture',
        needIndicators: ['mobilité', 'numérique'],
      },
    });
  });

  it('asks for the proposer and the phase', () => {
    const result = buildStartBody({ ...draft, proposerKind: '', startPhase: '' });
    expect(result.ok ? [] : Object.keys(result.errors).sort()).toEqual(['proposerKind', 'startPhase']);
  });
});

describe('buildAssessmentBody', () => {
  const conditions: Condition[] = [
    { code: 'M1', list: 'material', wording: 'Accès à un ordinateur', importance: 'important', field: 'referent' },
    { code: 'B1', list: 'behavioural', wording: 'Disponibilité', importance: 'desirable', field: 'referent' },
  ];

  it('sends every condition, untouched ones as not assessed, and leaves out empty notes', () => {
    const result = buildAssessmentBody(conditions, { statuses: { M1: 'missing' }, comments: { M1: ' Ordinateur en panne ' }, summary: ' Bilan ', sensitiveNotes: '  ' });
    expect(result).toEqual({
      ok: true,
      body: {
        items: [
          { conditionCode: 'M1', status: 'missing', comment: 'Ordinateur en panne' },
          { conditionCode: 'B1', status: 'not_assessed', comment: '' },
        ],
        summary: 'Bilan',
      },
    });
  });

  it('keeps confidential notes when given', () => {
    const result = buildAssessmentBody(conditions, { statuses: {}, comments: {}, summary: '', sensitiveNotes: ' Logement précaire ' });
    expect(result.ok && result.body.sensitiveNotes).toBe('Logement précaire');
  });
});

describe('plan item bodies', () => {
  it('adds a suggested support carried by the candidate without an organisation', () => {
    expect(buildSuggestedItemBody('P3', { carrierKind: 'candidate', carrierOrganisationId: ORG, dueOn: '2026-03-01' })).toEqual({
      ok: true,
      body: { supportCode: 'P3', carrierKind: 'candidate', dueOn: '2026-03-01' },
    });
  });

  it('requires the organisation of another actor', () => {
    expect(buildSuggestedItemBody('P3', { ...EMPTY_CARRIER, carrierKind: 'funder' })).toEqual({ ok: false, errors: { carrierOrganisationId: 'Choisissez l’organisation qui porte cet appui.' } });
    expect(buildSuggestedItemBody('P3', { ...EMPTY_CARRIER, carrierKind: 'funder', carrierOrganisationId: ORG })).toEqual({ ok: true, body: { supportCode: 'P3', carrierKind: 'funder', carrierOrganisationId: ORG } });
  });

  it('builds a support of the référent’s own, phases in the catalogue order', () => {
    const draft = { carrierKind: 'referent', carrierOrganisationId: '', dueOn: '', wording: ' Atelier mémoire ', nature: 'pedagogical', phases: ['after_jury', 'before_recevabilite'] as const };
    expect(buildCustomItemBody({ ...draft, phases: [...draft.phases] })).toEqual({
      ok: true,
      body: { custom: { wording: 'Atelier mémoire', nature: 'pedagogical', phases: ['before_recevabilite', 'after_jury'] }, carrierKind: 'referent' },
    });
  });

  it('lists every missing field of an own support', () => {
    const result = buildCustomItemBody({ ...EMPTY_CARRIER, wording: 'ab', nature: '', phases: [] });
    expect(result.ok ? [] : Object.keys(result.errors).sort()).toEqual(['carrierKind', 'custom.nature', 'custom.phases', 'custom.wording']);
  });
});

describe('buildAgreementBody', () => {
  const draft = { objectives: 'Déposer le livret 2\n\nPréparer le jury', durationMonths: '12', candidateCommitments: 'Venir aux rendez-vous', appointmentDay: '2026-02-03', appointmentTime: '14:30' };

  it('builds the lists and the appointment with the local offset', () => {
    const result = buildAgreementBody(draft);
    if (!result.ok) throw new Error('expected a body');
    expect(result.body.objectives).toEqual(['Déposer le livret 2', 'Préparer le jury']);
    expect(result.body.durationMonths).toBe(12);
    expect(result.body.candidateCommitments).toEqual(['Venir aux rendez-vous']);
    expect(result.body.nextAppointmentAt).toMatch(/^2026-02-03T14:30:00[+-]\d{2}:\d{2}$/);
  });

  it('refuses a duration beyond the 24 months of the mandate and a missing appointment', () => {
    const result = buildAgreementBody({ ...draft, durationMonths: '25', appointmentTime: '' });
    expect(result.ok ? [] : Object.keys(result.errors).sort()).toEqual(['durationMonths', 'nextAppointmentAt']);
    expect(buildAgreementBody({ ...draft, durationMonths: '1.5' }).ok).toBe(false);
  });

  it('asks for at least one objective', () => {
    expect(buildAgreementBody({ ...draft, objectives: ' \n ' })).toEqual({ ok: false, errors: { objectives: 'Saisissez au moins un objectif.' } });
  });
});

describe('commitment and closure bodies', () => {
  it('requires a label and a due date', () => {
    expect(buildCommitmentBody({ label: ' ', dueOn: '' })).toEqual({ ok: false, errors: { label: 'Ce champ est obligatoire.', dueOn: 'Ce champ est obligatoire.' } });
    expect(buildCommitmentBody({ label: ' Envoyer le CV ', dueOn: '2026-04-01' })).toEqual({ ok: true, body: { label: 'Envoyer le CV', dueOn: '2026-04-01' } });
  });

  it('requires a reason and an outcome to close', () => {
    expect(buildClosureBody({ reason: 'x', outcome: '', candidateLastWord: '' }).ok).toBe(false);
    expect(buildClosureBody({ reason: 'relay', outcome: ' Relais vers le PAC 69 ', candidateLastWord: ' Merci ' })).toEqual({
      ok: true,
      body: { reason: 'relay', outcome: 'Relais vers le PAC 69', candidateLastWord: 'Merci' },
    });
  });
});

describe('buildPlanItemUpdate', () => {
  it('sends the status with the trimmed feedback and effect', () => {
    expect(buildPlanItemUpdate({ status: 'done', feedback: ' Ordinateur prêté ', effect: ' Dossier avancé ' })).toEqual({ ok: true, body: { status: 'done', feedback: 'Ordinateur prêté', effect: 'Dossier avancé' } });
    expect(buildPlanItemUpdate({ status: 'finished', feedback: '', effect: '' }).ok).toBe(false);
  });
});

describe('buildAcceptanceBody', () => {
  const agreement = { sha256: 'a'.repeat(64) };

  it('sends the fingerprint of the version read by the candidate from their account', () => {
    expect(buildAcceptanceBody(agreement)).toEqual({ ok: true, body: { via: 'account', sha256: agreement.sha256 } });
  });

  it('needs the candidate’s name for a signature on screen', () => {
    expect(buildAcceptanceBody(agreement, ' ')).toEqual({ ok: false, errors: { signatureName: 'Saisissez le nom du candidat tel qu’il l’a signé.' } });
    expect(buildAcceptanceBody(agreement, ' Awa Diallo ')).toEqual({ ok: true, body: { via: 'on_screen', sha256: agreement.sha256, signatureName: 'Awa Diallo' } });
  });
});
