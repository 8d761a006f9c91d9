import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from './errors';

function fieldsFromValidation(validation: { instancePath?: string; message?: string; params?: unknown }[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const v of validation) {
    const path = (v.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.') || 'body';
    fields[path] ??= translateZodMessage(v.message ?? 'Valeur invalide');
  }
  return fields;
}

// zod's own messages (English): what they start with. Any other message is one our schemas wrote,
// in French and about the field (e.g. 'Code NSF attendu (ex. 332 ou 332t)'): it is kept as is.
const ZOD_DEFAULT_MESSAGE = /^(Invalid|Too (big|small)|Unrecognized key|Required|Expected)\b/i;

/** zod speaks English; the user reads French. The raw message stays in the server log. */
function translateZodMessage(message: string): string {
  if (!ZOD_DEFAULT_MESSAGE.test(message)) return message;
  if (/Unrecognized key/i.test(message)) return 'Champ non autorisé : ' + (message.match(/"([^"]+)"/)?.[1] ?? '');
  if (/Required|received undefined/i.test(message)) return 'Ce champ est obligatoire.';
  if (/Invalid (email|e-mail)/i.test(message)) return 'Adresse électronique invalide.';
  if (/Invalid UUID/i.test(message)) return 'Identifiant invalide.';
  if (/Too small|at least/i.test(message)) return 'Valeur trop courte ou trop petite.';
  if (/Too big|at most/i.test(message)) return 'Valeur trop longue ou trop grande.';
  if (/Invalid option|Invalid enum/i.test(message)) return 'Valeur non reconnue.';
  if (/expected/i.test(message)) return 'Type de valeur invalide.';
  return 'Valeur invalide.';
}

/** One handler turns every failure into `{ error: { code, message, details } }`; no stack trace leaves. */
export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError, request, reply) => {
    let appError: AppError;
    if (err instanceof AppError) {
      appError = err;
    } else if (hasZodFastifySchemaValidationErrors(err)) {
      appError = new AppError('VALIDATION_FAILED', undefined, { fields: fieldsFromValidation(err.validation) });
    } else if (err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (err instanceof SyntaxError && err.statusCode === 400)) {
      appError = new AppError('MALFORMED_JSON');
    } else if (err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      appError = new AppError('MALFORMED_JSON', 'Le corps de la requête est vide alors qu’un JSON est attendu.');
    } else if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      appError = new AppError('PAYLOAD_TOO_LARGE');
    } else if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || err.code === 'FST_ERR_CTP_INVALID_CONTENT_LENGTH') {
      appError = new AppError('UNSUPPORTED_MEDIA_TYPE');
    } else if (err.statusCode === 429) {
      appError = new AppError('RATE_LIMITED');
    } else if (isResponseSerializationError(err)) {
      request.log.error({ err, issues: err.cause.issues }, 'response does not match its schema');
      appError = new AppError('INTERNAL');
    } else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      appError = new AppError('VALIDATION_FAILED', undefined, { reason: err.code ?? null });
    } else {
      request.log.error({ err }, 'unhandled error');
      appError = new AppError('INTERNAL');
    }
    if (appError.status >= 500 && err instanceof AppError) request.log.error({ code: appError.code }, appError.message);
    void reply.status(appError.status).send(appError.toBody());
  });
}
