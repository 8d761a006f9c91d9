import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../test/test-app';
import { appointmentFixture, schedule, type AppointmentFixture } from './testing/fixture';

let f: AppointmentFixture;
let slotId = '';
const SLOT = (f: AppointmentFixture) => ({ organisationId: f.structureId, startsAt: '2026-03-10T08:00:00Z', endsAt: '2026-03-10T12:00:00Z' });
const range = (f: AppointmentFixture) => `/api/availability?organisationId=${f.structureId}&from=2026-03-09T00:00:00Z&to=2026-03-16T00:00:00Z`;
const post = (payload: object, as: Session = f.referent) => f.ctx.app.inject({ method: 'POST', url: '/api/availability', headers: as.headers, payload });

beforeAll(async () => {
  f = await appointmentFixture();
  slotId = (await post(SLOT(f))).json().id;
});
afterAll(async () => f.ctx.close());

describe('availability slots', () => {
  it('401 without a session, 400 for a slot ending before it starts, 403 for another structure', async () => {
    expect((await f.ctx.app.inject({ method: 'GET', url: range(f) })).statusCode).toBe(401);
    const backwards = await post({ ...SLOT(f), endsAt: '2026-03-10T07:00:00Z' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.code).toBe('VALIDATION_FAILED');
    expect((await post(SLOT(f), f.otherReferent)).statusCode).toBe(403);
    expect((await f.ctx.app.inject({ method: 'GET', url: range(f), headers: f.otherReferent.headers })).statusCode).toBe(403);
    expect((await f.ctx.app.inject({ method: 'DELETE', url: `/api/availability/${slotId}`, headers: f.otherReferent.headers })).statusCode).toBe(403);
  });

  it('refuses a slot overlapping one already open', async () => {
    const res = await post({ ...SLOT(f), startsAt: '2026-03-10T11:00:00Z', endsAt: '2026-03-10T13:00:00Z' });
    expect(res.statusCode).toBe(409);
  });

  it('shows a slot as booked once an appointment takes part of it, to the direction too', async () => {
    const before = (await f.ctx.app.inject({ method: 'GET', url: range(f), headers: f.director.headers })).json();
    expect(before.items).toEqual([expect.objectContaining({ id: slotId, booked: false })]);
    expect((await schedule(f)).statusCode).toBe(201);
    const after = (await f.ctx.app.inject({ method: 'GET', url: range(f), headers: f.director.headers })).json();
    expect(after.items[0].booked).toBe(true);
  });

  it('is withdrawn by its owner only', async () => {
    const res = await f.ctx.app.inject({ method: 'DELETE', url: `/api/availability/${slotId}`, headers: f.referent.headers });
    expect(res.statusCode).toBe(204);
    expect((await f.ctx.app.inject({ method: 'GET', url: range(f), headers: f.referent.headers })).json().items).toEqual([]);
  });
});
