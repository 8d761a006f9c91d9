import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { policies } from '../../lib/policy';
import { ZErrorBody } from '../auth/auth.schema';
import { principalOf } from '../candidates/candidates.routes';
import { attachmentHeader } from '../pathways/pathways.routes';
import { mayReadReport } from '../sharing/features/report-access';
import { assertCanOnAppointment } from './appointments.policy';
import { ZAgendaQuery, ZAppointment, ZAppointmentCancel, ZAppointmentCreate, ZAppointmentReschedule, ZAppointmentSummary, ZAttendanceInput, ZDecline, ZIdParams, ZReportInput, ZSignatureInput } from './appointments.schema';
import { loadAppointment } from './appointments.store';
import { presentAppointment } from './appointments.view';
import { declineAppointment, recordAttendance, signAttendance } from './features/attendance';
import { attendanceSheet } from './features/attendance-sheet';
import { agendaOf, appointmentsOfPathway, myAppointments } from './features/list-appointments';
import { writeMeetingReport } from './features/meeting-report';
import { cancelAppointment, rescheduleAppointment, scheduleAppointment } from './features/schedule-appointment';
import { ZAvailabilityCreate, ZAvailabilitySlot } from './availability.schema';
import { addAvailability, listAvailability, removeAvailability } from './features/availability';

const tags = ['rendez-vous'];
const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody };
const ZNoQuery = z.strictObject({});
const anyone = { policy: policies.authenticated() };
const candidate = { policy: policies.candidate() };
const schedulers = { policy: policies.roles('referent', 'accompagnateur', 'conseiller') };
const agendaReaders = { policy: policies.roles('referent', 'accompagnateur', 'conseiller', 'director') };
const list = z.object({ items: z.array(ZAppointmentSummary) });
const pdf = z.unknown().describe('Le PDF, en pièce jointe');

/** Appointments, convocations, attendance and signatures, reports and agendas (the livret de suivi: livret.routes.ts). */
export const appointmentsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock, env } = app.deps;
  const publicUrl = env.PUBLIC_URL;

  app.post('/api/appointments', { config: schedulers, schema: { tags, summary: 'Fixer un rendez-vous (convocation avec invitation de calendrier)', body: ZAppointmentCreate, response: { 201: ZAppointment, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await scheduleAppointment({ database, clock, principal: principalOf(request), input: request.body, publicUrl })),
  );
  app.get('/api/appointments/:id', { config: anyone, schema: { tags, summary: 'Un rendez-vous', params: ZIdParams, querystring: ZNoQuery, response: { 200: ZAppointment, ...errors } } }, async (request) => {
    const principal = principalOf(request);
    const loaded = await loadAppointment(database.db, request.params.id);
    assertCanOnAppointment(principal, loaded.access, 'view');
    const shown = await presentAppointment(database.db, loaded, principal, clock.now());
    // The report is a part of the candidate's file: shared or not (sharing.policy.ts).
    return (await mayReadReport(database.db, principal, loaded, clock.now())) ? shown : { ...shown, report: null };
  });
  app.patch('/api/appointments/:id', { config: schedulers, schema: { tags, summary: 'Déplacer un rendez-vous', params: ZIdParams, body: ZAppointmentReschedule, response: { 200: ZAppointment, ...errors } } }, async (request) =>
    rescheduleAppointment({ database, clock, principal: principalOf(request), id: request.params.id, input: request.body, publicUrl }),
  );
  app.post('/api/appointments/:id/cancellation', { config: schedulers, schema: { tags, summary: 'Annuler un rendez-vous, avec son motif', params: ZIdParams, body: ZAppointmentCancel, response: { 200: ZAppointment, ...errors } } }, async (request) =>
    cancelAppointment({ database, clock, principal: principalOf(request), id: request.params.id, reason: request.body.reason, publicUrl }),
  );
  app.post('/api/appointments/:id/attendance', { config: schedulers, schema: { tags, summary: 'Noter la présence des participants', params: ZIdParams, body: ZAttendanceInput, response: { 200: ZAppointment, ...errors } } }, async (request) =>
    recordAttendance({ database, clock, principal: principalOf(request), id: request.params.id, items: request.body.items }),
  );
  app.post('/api/appointments/:id/signatures', { config: anyone, schema: { tags, summary: 'Émarger (depuis son compte, ou le candidat sur l’écran du professionnel)', params: ZIdParams, body: ZSignatureInput, response: { 200: ZAppointment, ...errors } } }, async (request) =>
    signAttendance({ database, clock, principal: principalOf(request), id: request.params.id, participantId: request.body.participantId, via: request.body.via }),
  );
  app.put('/api/appointments/:id/report', { config: schedulers, schema: { tags, summary: 'Écrire le compte rendu', params: ZIdParams, body: ZReportInput, response: { 200: ZAppointment, ...errors } } }, async (request) =>
    writeMeetingReport({ database, clock, principal: principalOf(request), id: request.params.id, input: request.body }),
  );
  app.get('/api/appointments/:id/attendance-sheet.pdf', { config: anyone, schema: { tags, summary: 'Feuille d’émargement (PDF)', params: ZIdParams, querystring: ZNoQuery, response: { 200: pdf, ...errors } } }, async (request, reply) => {
    const doc = await attendanceSheet({ database, principal: principalOf(request), id: request.params.id });
    return reply.header('content-type', 'application/pdf').header('content-disposition', attachmentHeader(doc.name)).send(doc.content);
  });
  app.get('/api/agenda', { config: agendaReaders, schema: { tags, summary: 'Agenda d’une structure ou d’un professionnel (semaine, mois)', querystring: ZAgendaQuery, response: { 200: list, ...errors } } }, async (request) => ({
    items: await agendaOf({ database, clock, principal: principalOf(request), query: request.query }),
  }));
  app.get('/api/pathways/:id/appointments', { config: anyone, schema: { tags, summary: 'Les rendez-vous d’un parcours', params: ZIdParams, querystring: ZNoQuery, response: { 200: list, ...errors } } }, async (request) => ({
    items: await appointmentsOfPathway({ database, clock, principal: principalOf(request), pathwayId: request.params.id }),
  }));
  app.get('/api/me/appointments', { config: candidate, schema: { tags, summary: 'Mes rendez-vous (candidat)', querystring: ZNoQuery, response: { 200: list, ...errors } } }, async (request) => ({
    items: await myAppointments({ database, clock, principal: principalOf(request) }),
  }));
  app.post('/api/me/appointments/:id/absence', { config: candidate, schema: { tags, summary: 'Je ne pourrai pas venir', params: ZIdParams, body: ZDecline, response: { 200: ZAppointment, ...errors } } }, async (request) =>
    declineAppointment({ database, clock, principal: principalOf(request), id: request.params.id, reason: request.body.reason, publicUrl }),
  );
  app.post('/api/availability', { config: schedulers, schema: { tags, summary: 'Ouvrir un créneau de disponibilité', body: ZAvailabilityCreate, response: { 201: ZAvailabilitySlot, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await addAvailability({ database, clock, principal: principalOf(request), input: request.body })),
  );
  app.get('/api/availability', { config: agendaReaders, schema: { tags, summary: 'Créneaux de disponibilité d’une structure ou d’un professionnel', querystring: ZAgendaQuery, response: { 200: z.object({ items: z.array(ZAvailabilitySlot) }), ...errors } } }, async (request) => ({
    items: await listAvailability({ database, principal: principalOf(request), query: request.query }),
  }));
  app.delete('/api/availability/:id', { config: schedulers, schema: { tags, summary: 'Retirer un de ses créneaux', params: ZIdParams, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    await removeAvailability({ database, principal: principalOf(request), id: request.params.id });
    return reply.status(204).send(null);
  });
};
