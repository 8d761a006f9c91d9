/**
 * Imports a France Compétences export (XML, or the zip of CSV files) into the catalogue.
 *
 *   npm run import:rncp -- <file.zip|file.xml> [--partial] [--force-deactivation] [--batch-size=200] [--json]
 *
 * Opens the database as the server does (DATABASE_URL, else PGlite under DATA_DIR, default
 * ./data), applies pending migrations, then imports. By default the file is taken as a full export
 * of the kinds it holds: records of those kinds absent from it are deactivated; `--partial` turns
 * that off. When more than a fifth of the active records (and over 100) are absent, nothing is
 * deactivated and the report says why, unless `--force-deactivation`. The progress bar goes to stderr, the report to stdout (`--json`: one line of JSON, for
 * scripts and the benchmark), with the process's peak memory; the exit code is 1 on failure.
 * `npm run import:rncp` caps the V8 heap at 256 MB: the import keeps at most three batches alive (two
 * being written on a PostgreSQL server, one being read), and without the cap V8 lets garbage pile
 * up to ~280 MB of heap before collecting (peak RSS ~460 MB).
 */
import { existsSync } from 'node:fs';
import { SingleBar } from 'cli-progress';
import { openDatabase } from '../server/db/client';
import { migrate } from '../server/db/migrate';
import { processPeakRssMb } from '../server/lib/peak-rss';
import { importCertifications } from '../server/modules/certifications/features/import-certifications';
import type { ImportReport } from '../server/modules/certifications/features/import-certifications';

function usage(message: string): never {
  process.stderr.write(`${message}\nUsage : import-rncp <fichier.zip|fichier.xml> [--partial] [--force-deactivation] [--batch-size=N] [--json]\n`);
  process.exit(2);
}

function formatReport(r: ImportReport, peakRssMb: number): string {
  const lines = [
    `Import de ${r.file} (${r.format ?? 'format inconnu'}${r.version ? ` v${r.version}` : ''}) : ${r.status === 'completed' ? 'terminé' : 'ÉCHEC'} en ${(r.durationMs / 1000).toFixed(1)} s, mémoire maximale ${Math.round(peakRssMb)} Mo`,
    `  lues : ${r.read}  créées : ${r.created}  mises à jour : ${r.updated}  inchangées : ${r.unchanged}  désactivées : ${r.deactivated}  rejetées : ${r.rejected.length}`,
  ];
  if (r.error) lines.push(`  Erreur : ${r.error.message}`);
  for (const rejection of r.rejected.slice(0, 50)) lines.push(`  - rejet ${rejection.code} : ${rejection.reason}`);
  if (r.rejected.length > 50) lines.push(`  … et ${r.rejected.length - 50} autres rejets (voir certification_import_runs).`);
  for (const warning of r.warnings.slice(0, 20)) lines.push(`  ! ${warning.reason}`);
  if (r.warnings.length > 20) lines.push(`  … et ${r.warnings.length - 20} autres avertissements.`);
  return `${lines.join('\n')}\n`;
}

async function main() {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) usage('Fichier à importer manquant.');
  if (!existsSync(file)) usage(`Fichier introuvable : ${file}`);
  const batchArg = args.find((a) => a.startsWith('--batch-size='));
  const batchSize = batchArg ? Number(batchArg.split('=')[1]) : undefined;
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0)) usage('--batch-size attend un entier positif.');
  const json = args.includes('--json');

  const database = await openDatabase({
    databaseUrl: process.env.DATABASE_URL || undefined,
    dataDir: process.env.DATA_DIR || './data',
  });
  const bar = new SingleBar(
    { stream: process.stderr, format: '{bar} {percentage}% | {records} fiches | {value}/{total} Mo', hideCursor: true },
  );
  let started = false;
  try {
    await migrate(database);
    const report = await importCertifications({
      database,
      filePath: file,
      full: !args.includes('--partial'),
      // A full export that leaves out more than a fifth of the catalogue deactivates nothing unless told.
      forceDeactivation: args.includes('--force-deactivation'),
      batchSize,
      onProgress: ({ bytesRead, totalBytes, records }) => {
        const mb = (n: number) => Math.round((n / 1_048_576) * 10) / 10;
        if (!started) {
          started = true;
          bar.start(mb(totalBytes), 0, { records: 0 });
        }
        bar.update(Math.min(mb(bytesRead), mb(totalBytes)), { records });
      },
    });
    if (started) bar.stop();
    const peakRssMb = processPeakRssMb();
    process.stdout.write(json ? `${JSON.stringify({ ...report, peakRssMb })}\n` : formatReport(report, peakRssMb));
    process.exitCode = report.status === 'completed' ? 0 : 1;
  } finally {
    if (started) bar.stop();
    await database.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`Import impossible : ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
