import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { assistanceFixture, type AssistanceFixture } from '../../assistance/testing/fixture';
import type { Session } from '../../../test/test-app';

export type AppointmentFixture = AssistanceFixture;

/**
 * The assistance fixture (a structure with a référent and a director, a candidate with an account on
 * a pathway with other actors, a référent of another structure), clock at 2026-03-02 09:00 UTC.
 */
export const appointmentFixture = (): Promise<AppointmentFixture> => assistanceFixture();

export const AT = { startsAt: '2026-03-10T09:00:00Z', endsAt: '2026-03-10T10:00:00Z' };

export const APPOINTMENT = (f: AppointmentFixture, over: Record<string, unknown> = {}) => ({
  organisationId: f.structureId,
  kind: 'individual',
  title: 'Entretien de suivi',
  modality: 'face_to_face',
  place: '12 rue de Caen, Caen',
  ...AT,
  pathwayIds: [f.pathwayId],
  ...over,
});

export async function schedule(f: AppointmentFixture, over: Record<string, unknown> = {}, as: Session = f.referent) {
  return f.ctx.app.inject({ method: 'POST', url: '/api/appointments', headers: as.headers, payload: APPOINTMENT(f, over) });
}

/** The text of every page of a PDF, as a reader (or an auditor's tool) would extract it. */
export async function pdfText(bytes: Buffer | Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '));
  }
  return pages.join('\n');
}
