/** Turning the free text of a field into the lists the API expects. */

/** One entry per non-empty line, trimmed ("one objective per line"). */
export function parseLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Entries separated by commas, semicolons or line breaks, trimmed, without duplicates. */
export function parseList(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(/[,;\r\n]+/)) {
    const entry = part.trim();
    if (entry !== '') seen.add(entry);
  }
  return [...seen];
}
