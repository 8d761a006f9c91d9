import { loadPdfDocument } from '../../../lib/lazy-libraries';
import { TARGET_SERVICE_LABELS } from '../../../../common/targets';
import type { Database } from '../../../db/client';
import type { Clock } from '../../../lib/clock';
import type { Principal } from '../../../lib/principal';
import { assertAgreement, canReadAgreement } from '../../targets/targets.policy';
import type { TAgreement } from '../../targets/targets.schema';
import { loadAgreement } from '../../targets/targets.store';
import { euros, longDate } from './report-tables';

/**
 * The action starts on the 1st of January of the agreement's year, or on the day the agreement was
 * entered in Jalon when that is later (an agreement signed during the year starts then).
 */
export function actionStart(a: Pick<TAgreement, 'year' | 'createdAt'>): string {
  const yearStart = new Date(`${a.year}-01-01T00:00:00+01:00`);
  const created = new Date(a.createdAt);
  return (created > yearStart ? created : yearStart).toISOString();
}

/** The certificate's text: the parties, the year, the lines, the start date; never a count of people. */
export function certificateLines(a: TAgreement, issuedAt: Date): { heading: string[]; lines: string[]; signature: string[] } {
  const total = a.lines.reduce((x, l) => x + l.budgetCents, 0);
  return {
    heading: [
      `Commanditaire : ${a.commanditaireName}`,
      `${a.party.kind === 'groupement' ? 'Groupement' : 'Structure'} : ${a.party.name}`,
      ...(a.party.kind === 'groupement' ? [`Structures membres : ${a.structures.map((s) => s.name).join(', ')}`] : []),
      `Convention : ${a.title}`,
      `Année : ${a.year}`,
      `Date de démarrage de l’action : ${longDate(actionStart(a))}`,
    ],
    lines: [
      ...a.lines.map((l) => `• ${l.territoryLabel} | ${TARGET_SERVICE_LABELS[l.service]} | objectif : ${l.quantity} | budget : ${euros(l.budgetCents)}`),
      `Budget total de la convention : ${euros(total)}`,
    ],
    signature: [
      `Fait le ${longDate(issuedAt.toISOString())}.`,
      `Pour le commanditaire (${a.commanditaireName}) — nom, qualité et signature :`,
      '',
      `Pour ${a.party.kind === 'groupement' ? 'le groupement' : 'la structure'} (${a.party.name}) — nom, qualité et signature :`,
    ],
  };
}

/** « Attestation de démarrage de l'action », readable by the commanditaire and the agreement's structures. */
export async function startCertificate(opts: { database: Database; clock: Clock; principal: Principal; agreementId: string }): Promise<{ name: string; content: Buffer }> {
  const { view, access } = await loadAgreement(opts.database.db, opts.agreementId);
  assertAgreement(canReadAgreement(opts.principal, access));
  const issuedAt = opts.clock.now();
  const t = certificateLines(view, issuedAt);
  const PDFDocument = await loadPdfDocument();
  const content = await new Promise<Buffer>((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: 'Attestation de démarrage de l’action', Creator: 'Jalon', CreationDate: issuedAt } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(18).text('Attestation de démarrage de l’action', { align: 'center' }).moveDown();
    doc.fontSize(11);
    for (const l of t.heading) doc.text(l);
    doc.moveDown().fontSize(13).text('Objectifs et budget par territoire et par service').fontSize(11).moveDown(0.3);
    for (const l of t.lines) doc.text(l);
    doc.moveDown().text(`Les parties attestent que l’action prévue par la convention « ${view.title} » a démarré à la date indiquée.`).moveDown(2);
    for (const l of t.signature) doc.text(l).moveDown(l ? 0.3 : 3);
    doc.end();
  });
  return { name: `attestation-demarrage-${view.year}-${view.id.slice(0, 8)}.pdf`, content };
}
