/**
 * Registry texts come as plain text where lines starting with "- " are list items; they are
 * shown as paragraphs and real lists, so screen readers announce the lists.
 */
export function TextBlock({ text }: { text: string | null }) {
  if (!text) return null;
  const groups: { list: boolean; lines: string[] }[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const list = /^[-•*]\s+/.test(line);
    const content = line.replace(/^[-•*]\s+/, '');
    const last = groups.at(-1);
    if (last && last.list === list && list) last.lines.push(content);
    else groups.push({ list, lines: [content] });
  }
  return (
    <>
      {groups.map((group, i) =>
        group.list ? (
          <ul key={i}>
            {group.lines.map((line, j) => (
              <li key={j}>{line}</li>
            ))}
          </ul>
        ) : (
          <p key={i}>{group.lines[0]}</p>
        ),
      )}
    </>
  );
}
