/**
 * State of the "new pathway" form and the bodies it sends: the candidate (when created inline)
 * then the pathway. Pure, so the checks made before sending are unit-tested.
 */
import { CANDIDATE_SITUATIONS, FUNDING_ROUTES, type CandidateSituation, type FundingRoute } from '../../../../common/candidates';
import { emailError, REQUIRED_MESSAGE } from '../../components/validation';
import type { CandidateCreate, PathwayCreate } from './types';

export interface NewPathwayDraft {
  candidateMode: 'existing' | 'new';
  candidateId: string;
  firstName: string;
  lastName: string;
  email: string;
  situation: string;
  departementCode: string;
  certificationCode: string;
  /** The blocs ticked, once the certification's blocs are loaded; null sends none (all blocs). */
  blocCodes: string[] | null;
  fundingRoute: string;
  documentsLanguage: string;
}

export const EMPTY_NEW_PATHWAY: NewPathwayDraft = {
  candidateMode: 'existing',
  candidateId: '',
  firstName: '',
  lastName: '',
  email: '',
  situation: '',
  departementCode: '',
  certificationCode: '',
  blocCodes: null,
  fundingRoute: '',
  documentsLanguage: 'fr',
};

export const CERTIFICATION_CODE = /^(RNCP|RS)\d+$/;

export function normaliseCode(code: string): string {
  return code.trim().toUpperCase().replace(/\s+/g, '');
}

function isSituation(value: string): value is CandidateSituation {
  return (CANDIDATE_SITUATIONS as readonly string[]).includes(value);
}

function isFundingRoute(value: string): value is FundingRoute {
  return (FUNDING_ROUTES as readonly string[]).includes(value);
}

export type Membership = { organisationId: string; role: PathwayCreate['role'] };
export type BuiltBodies =
  | { ok: true; candidate: CandidateCreate | null; pathway: Omit<PathwayCreate, 'candidateId'> }
  | { ok: false; errors: Record<string, string> };

/** Checks the form; the candidate body is null when an existing candidate was picked. */
export function buildNewPathwayBodies(draft: NewPathwayDraft, membership: Membership): BuiltBodies {
  const errors: Record<string, string> = {};
  const creating = draft.candidateMode === 'new';
  if (!creating && draft.candidateId === '') errors.candidateId = 'Choisissez un candidat ou créez-en un.';
  if (creating) {
    if (draft.firstName.trim() === '') errors.firstName = REQUIRED_MESSAGE;
    if (draft.lastName.trim() === '') errors.lastName = REQUIRED_MESSAGE;
    const email = draft.email.trim() === '' ? undefined : emailError(draft.email);
    if (email) errors.email = email;
    if (!isSituation(draft.situation)) errors.situation = REQUIRED_MESSAGE;
  }
  const code = normaliseCode(draft.certificationCode);
  if (!CERTIFICATION_CODE.test(code)) errors.certificationCode = 'Saisissez un code RNCP ou RS, par exemple RNCP12345.';
  if (draft.blocCodes !== null && draft.blocCodes.length === 0) errors.blocCodes = 'Cochez au moins un bloc.';
  if (!isFundingRoute(draft.fundingRoute)) errors.fundingRoute = REQUIRED_MESSAGE;
  const language = draft.documentsLanguage.trim().toLowerCase();
  if (!/^[a-z]{2}$/.test(language)) errors.documentsLanguage = 'Code de langue à deux lettres, par exemple fr.';
  if (Object.keys(errors).length > 0 || !isFundingRoute(draft.fundingRoute)) return { ok: false, errors };

  const situation = isSituation(draft.situation) ? draft.situation : null;
  const candidate: CandidateCreate | null =
    creating && situation
      ? {
          organisationId: membership.organisationId,
          firstName: draft.firstName.trim(),
          lastName: draft.lastName.trim(),
          email: draft.email.trim() === '' ? null : draft.email.trim(),
          situation,
          departementCode: draft.departementCode === '' ? null : draft.departementCode,
          createAccount: false,
          experiences: [],
          diplomas: [],
        }
      : null;
  const pathway = {
    certificationCode: code,
    ...(draft.blocCodes === null ? {} : { blocCodes: draft.blocCodes }),
    organisationId: membership.organisationId,
    role: membership.role,
    actors: [],
    fundingRoute: draft.fundingRoute,
    documentsLanguage: language,
  };
  return { ok: true, candidate, pathway };
}
