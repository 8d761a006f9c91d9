import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import {
  certificationBlocs,
  certificationCertificateurs,
  certificationCodes,
  certificationEnrichments,
  certificationLinks,
  certifications,
  nomenclatureEntries,
} from '../../../db/schema/certifications';
import { AppError } from '../../../lib/errors';
import { ZCertificationEnrichmentSchema } from '../certifications.enrichment-schema';
import { presentCertificationDetail } from '../certifications.presenter';
import type { TCertificationDetail } from '../certifications.schema';
import { parseCertificationCode } from '../import/text';

/**
 * The whole record of a certification: registry fields, certificateurs, partners (the first
 * `partnersLimit`, some fiches have over a thousand), blocs, codes, links and VAE enrichment.
 */
export async function getCertification(options: { database: Database; code: string; partnersLimit?: number }): Promise<TCertificationDetail> {
  const { db } = options.database;
  const code = parseCertificationCode(options.code)?.code;
  if (!code) throw new AppError('NOT_FOUND', `Certification introuvable : « ${options.code} » n'est pas un code RNCP ou RS.`);
  const [certification] = await db.select().from(certifications).where(eq(certifications.code, code));
  if (!certification) throw new AppError('NOT_FOUND', `Certification ${code} introuvable dans le catalogue.`);
  const id = certification.id;

  const [certificateurs, blocs, codes, links, [enrichmentRow], [level]] = await Promise.all([
    db.select().from(certificationCertificateurs).where(eq(certificationCertificateurs.certificationId, id)).orderBy(asc(certificationCertificateurs.position)),
    db.select().from(certificationBlocs).where(and(eq(certificationBlocs.certificationId, id), isNull(certificationBlocs.withdrawnAt))).orderBy(asc(certificationBlocs.position)),
    db.select().from(certificationCodes).where(eq(certificationCodes.certificationId, id)).orderBy(asc(certificationCodes.system), asc(certificationCodes.position)),
    db.select().from(certificationLinks).where(eq(certificationLinks.certificationId, id)),
    db.select().from(certificationEnrichments).where(eq(certificationEnrichments.certificationId, id)),
    certification.level == null
      ? Promise.resolve([])
      : db
          .select({ label: nomenclatureEntries.label })
          .from(nomenclatureEntries)
          .where(and(eq(nomenclatureEntries.system, 'level'), eq(nomenclatureEntries.code, String(certification.level)))),
  ]);

  let enrichment = null;
  if (enrichmentRow) {
    const { certificationId: _id, updatedAt: _at, editedAt: _edited, ...stored } = enrichmentRow;
    // Written through the same schema; a failure here is a bug to surface, not data to hide.
    enrichment = ZCertificationEnrichmentSchema.parse(stored);
  }
  const named = [
    ...links.map((l) => l.linkedCode),
    ...certification.blocCorrespondences.flatMap((c) => (c.targetCode ? [c.targetCode] : [])),
    ...(enrichment?.equivalences ?? []).flatMap((e) => (e.targetCode ? [e.targetCode] : [])),
  ];
  const namedCodes = [...new Set(named)];
  const held =
    namedCodes.length === 0 ? [] : await db.select({ code: certifications.code }).from(certifications).where(inArray(certifications.code, namedCodes));
  return presentCertificationDetail({
    certification,
    levelLabel: level?.label ?? (certification.level == null ? null : `Niveau ${certification.level}`),
    certificateurs,
    partners: certification.partners.slice(0, options.partnersLimit ?? 200),
    partnersTotal: certification.partners.length,
    blocs,
    codes,
    links,
    enrichment,
    codesInCatalogue: held.map((t) => t.code).sort(),
  });
}
