import { desc } from 'drizzle-orm';
import { emails } from '../../../db/schema';
import { assistanceFixture, START, type AssistanceFixture } from '../../assistance/testing/fixture';

export interface NetworkFixture extends AssistanceFixture {
  entryId: string;
  contactId: string;
  assistanceId: string;
  planItemId: string;
}

export const HOUSING_ENTRY = (organisationId: string) => ({
  organisationId,
  name: 'Résidence Habitat Jeunes Caen',
  fields: ['housing'],
  visibility: 'private',
  departements: ['14'],
  address: '12 rue de l’Église, 14000 Caen',
  notes: 'Accueil sans rendez-vous le mardi.',
  contacts: [{ name: 'Hélène Lefèvre', jobTitle: 'Chargée d’accueil', phone: '02 31 00 00 00', email: 'helene@habitat.test', hours: 'Mardi 9 h – 12 h' }],
});

/** The assistance fixture plus a housing partner in the structure's book and a plan item to refer from. */
export async function networkFixture(): Promise<NetworkFixture> {
  const f = (await assistanceFixture()) as NetworkFixture;
  const post = (url: string, payload: object) => f.ctx.app.inject({ method: 'POST', url, headers: f.referent.headers, payload });
  const entry = (await post('/api/network/entries', HOUSING_ENTRY(f.structureId))).json<{ id: string; contacts: { id: string }[] }>();
  f.entryId = entry.id;
  f.contactId = entry.contacts[0]?.id ?? '';
  f.assistanceId = (await post(`/api/pathways/${f.pathwayId}/assistance`, START(f.structureId))).json<{ id: string }>().id;
  f.planItemId = (await post(`/api/assistances/${f.assistanceId}/plan-items`, { supportCode: 'SUP-05', carrierKind: 'referent' })).json<{ plan: { id: string }[] }>().plan[0]?.id ?? '';
  return f;
}

/** The newest link sent by email (the outbox keeps the clear link, the database only its hash); tests move the clock between sends. */
export async function lastLinkToken(f: AssistanceFixture): Promise<string> {
  const rows = await f.ctx.database.db.select().from(emails).orderBy(desc(emails.createdAt));
  for (const e of rows) {
    const m = e.bodyText.match(/\/mise-en-relation\/([A-Za-z0-9_-]+)/);
    if (m?.[1]) return m[1];
  }
  throw new Error('no referral link in the outbox');
}
