/**
 * Steps of the targets journey (issue 8) that other screens already cover: the référent's signed
 * assistance agreement is set up through the API, from the référent's signed-in page.
 */
import type { Page } from 'playwright-core';
import { api } from './api';

interface Me {
  memberships: { organisationId: string; role: string }[];
}

/**
 * The référent's daily work that fills a target: a candidate living in `departementCode`, a pathway
 * the référent's structure follows, an assistance renforcée opened, its agreement written and signed
 * on screen by the candidate (the first accepted version counts it as realised).
 */
export async function signAssistanceAgreement(page: Page, opts: { firstName: string; lastName: string; departementCode: string; now: Date }): Promise<string> {
  const me = await api<Me>(page, 'GET', '/api/auth/me');
  const organisationId = me.memberships.find((m) => m.role === 'referent')?.organisationId ?? '';
  const candidate = await api<{ id: string }>(page, 'POST', '/api/candidates', { organisationId, firstName: opts.firstName, lastName: opts.lastName, situation: 'job_seeker', departementCode: opts.departementCode });
  const pathway = await api<{ id: string }>(page, 'POST', '/api/pathways', { candidateId: candidate.id, certificationCode: 'RNCP37274', organisationId, role: 'referent', fundingRoute: 'region' });
  const assistance = await api<{ id: string }>(page, 'POST', `/api/pathways/${pathway.id}/assistance`, {
    organisationId,
    proposerKind: 'counselling_structure',
    startPhase: 'before_recevabilite',
    welcomeProject: 'Obtenir le titre professionnel par la VAE.',
  });
  const written = await api<{ agreements: { id: string; sha256: string }[] }>(page, 'POST', `/api/assistances/${assistance.id}/agreements`, {
    objectives: ['Déposer le livret 1'],
    durationMonths: 12,
    nextAppointmentAt: new Date(opts.now.getTime() + 7 * 86_400_000).toISOString(),
  });
  const agreement = written.agreements.at(-1);
  if (!agreement) throw new Error('aucun accord rédigé');
  await api(page, 'POST', `/api/agreements/${agreement.id}/acceptance`, { via: 'on_screen', sha256: agreement.sha256, signatureName: `${opts.firstName} ${opts.lastName}` });
  return pathway.id;
}

/** The calendar month (1–12), year and day of `at` in Paris, and how many days that month has. */
export function parisCalendar(at: Date): { year: number; month: number; day: number; daysInMonth: number } {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(at).map((p) => [p.type, p.value]));
  const year = Number(parts.year);
  const month = Number(parts.month);
  return { year, month, day: Number(parts.day), daysInMonth: new Date(Date.UTC(year, month, 0)).getUTCDate() };
}
