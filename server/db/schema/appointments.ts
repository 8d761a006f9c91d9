import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { AppointmentKind, AppointmentModality, AppointmentStatus, AttendanceStatus, NotificationKind, ParticipantKind, SignatureVia } from '../../../common/appointments';

// Mirrors migrations/20261124T1200_appointments.sql; the schema drift test compares the two.
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const appointments = pgTable('appointments', {
  id: uuid('id').primaryKey().defaultRandom(),
  pathwayId: uuid('pathway_id'),
  organisationId: uuid('organisation_id').notNull(),
  kind: text('kind').$type<AppointmentKind>().notNull(),
  title: text('title').notNull(),
  modality: text('modality').$type<AppointmentModality>().notNull(),
  place: text('place'),
  link: text('link'),
  startsAt: ts('starts_at').notNull(),
  endsAt: ts('ends_at').notNull(),
  status: text('status').$type<AppointmentStatus>().notNull().default('scheduled'),
  cancellationReason: text('cancellation_reason'),
  planItemId: uuid('plan_item_id'),
  reminderHoursBefore: integer('reminder_hours_before').notNull().default(48),
  sequence: integer('sequence').notNull().default(0),
  createdByUserId: uuid('created_by_user_id'),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const appointmentParticipants = pgTable('appointment_participants', {
  id: uuid('id').primaryKey().defaultRandom(),
  appointmentId: uuid('appointment_id').notNull(),
  kind: text('kind').$type<ParticipantKind>().notNull(),
  userId: uuid('user_id'),
  candidateId: uuid('candidate_id'),
  pathwayId: uuid('pathway_id'),
  displayName: text('display_name').notNull(),
  attendance: text('attendance').$type<AttendanceStatus>(),
  declinedAt: ts('declined_at'),
  declinedReason: text('declined_reason'),
  signedAt: ts('signed_at'),
  signedByUserId: uuid('signed_by_user_id'),
  signedVia: text('signed_via').$type<SignatureVia>(),
});

export const meetingReports = pgTable('meeting_reports', {
  appointmentId: uuid('appointment_id').primaryKey(),
  sessionObjectives: text('session_objectives').notNull().default(''),
  pointsWorked: text('points_worked').notNull().default(''),
  difficulties: text('difficulties').notNull().default(''),
  objectivesReached: text('objectives_reached').notNull().default(''),
  personalWork: text('personal_work').notNull().default(''),
  nextSteps: text('next_steps').notNull().default(''),
  writtenByUserId: uuid('written_by_user_id'),
  writtenAt: ts('written_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const appointmentNotifications = pgTable('appointment_notifications', {
  id: uuid('id').primaryKey().defaultRandom(),
  appointmentId: uuid('appointment_id').notNull(),
  kind: text('kind').$type<NotificationKind>().notNull(),
  sequence: integer('sequence').notNull(),
  emailId: uuid('email_id'),
  createdAt: ts('created_at').notNull(),
});

export const availabilitySlots = pgTable('availability_slots', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  startsAt: ts('starts_at').notNull(),
  endsAt: ts('ends_at').notNull(),
  createdAt: ts('created_at').notNull(),
});
