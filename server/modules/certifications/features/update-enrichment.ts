import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { certificationBlocs, certificationEnrichments } from '../../../db/schema/certifications';
import type { Clock } from '../../../lib/clock';
import { AppError } from '../../../lib/errors';
import { actorOf, type Principal } from '../../../lib/principal';
import { recordAudit } from '../../audit/record-audit';
import { ZCertificationEnrichmentSchema, type TCertificationEnrichment } from '../certifications.enrichment-schema';
import { blocNoteChecker } from '../../../../common/certifications';
import { canEditEnrichment } from './can-edit-enrichment';
import { findCertificationId } from './find-certification-id';

/**
 * Each bloc note concerns one bloc the record page shows (not one a re-import withdrew), and a bloc
 * has one note at most: the page shows a bloc's note under it. The messages name the fields.
 */
function blocNoteErrors(notes: TCertificationEnrichment['blocNotes'], code: string, blocCodes: string[]): Record<string, string> {
  const check = blocNoteChecker(blocCodes);
  const fields: Record<string, string> = {};
  notes.forEach((note, index) => {
    const problem = check(note.blocCode);
    if (!problem) return;
    fields[`blocNotes.${index}.blocCode`] =
      problem === 'noted_twice'
        ? `Le bloc ${note.blocCode} a déjà une note : réunissez-les en une seule.`
        : blocCodes.length === 0
          ? `La certification ${code} n’a pas de bloc de compétences : la note du bloc « ${note.blocCode} » ne peut pas être enregistrée.`
          : `« ${note.blocCode} » n’est pas un bloc de compétences de la certification ${code} (blocs : ${blocCodes.join(', ')}).`;
  });
  return fields;
}

/**
 * Replaces the VAE enrichment of a record (the whole document: the form always sends it all).
 * The previous and new versions go into the audit event, written in the same transaction.
 */
export async function updateEnrichment(opts: { database: Database; clock: Clock; principal: Principal | null; code: string; input: TCertificationEnrichment }) {
  const { clock, principal, code, input } = opts;
  await opts.database.db.transaction(async (tx) => {
    const certificationId = await findCertificationId(tx, code);
    if (!(await canEditEnrichment({ exec: tx, principal, certificationId }))) {
      throw new AppError('FORBIDDEN', 'Seuls les agents d’un certificateur de cette certification peuvent modifier ses informations VAE.');
    }
    const blocs = await tx
      .select({ code: certificationBlocs.code })
      .from(certificationBlocs)
      .where(and(eq(certificationBlocs.certificationId, certificationId), isNull(certificationBlocs.withdrawnAt)))
      .orderBy(certificationBlocs.position);
    const fields = blocNoteErrors(input.blocNotes, code, blocs.map((b) => b.code));
    if (Object.keys(fields).length > 0) {
      throw new AppError('VALIDATION_FAILED', 'Une note de bloc ne porte pas sur un bloc de cette certification, ou deux notes portent sur le même bloc.', { fields });
    }
    const [current] = await tx.select().from(certificationEnrichments).where(eq(certificationEnrichments.certificationId, certificationId));
    let before: TCertificationEnrichment | null = null;
    if (current) {
      const { certificationId: _id, updatedAt: _at, editedAt: _edited, ...stored } = current;
      before = ZCertificationEnrichmentSchema.parse(stored);
    }
    const now = clock.now();
    await tx
      .insert(certificationEnrichments)
      .values({ ...input, certificationId, updatedAt: now, editedAt: now })
      .onConflictDoUpdate({ target: certificationEnrichments.certificationId, set: { ...input, updatedAt: now, editedAt: now } });
    await recordAudit(tx, {
      actor: actorOf(principal),
      at: now,
      eventType: 'certification.enrichment_updated',
      entityType: 'certification',
      entityId: certificationId,
      details: { code, before, after: input },
    });
  });
}
