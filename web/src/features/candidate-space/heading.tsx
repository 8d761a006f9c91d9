import type { ReactNode } from 'react';

/**
 * Section titles are h2 when the candidate has one pathway, h3 under each pathway's h2 when there
 * are several; titles inside a section go one level further.
 */
export type HeadingLevel = 2 | 3;

const TAGS = { 2: 'h2', 3: 'h3', 4: 'h4' } as const;

export function Heading({ level, id, children, className }: { level: 2 | 3 | 4; id?: string; children: ReactNode; className?: string }) {
  const Tag = TAGS[level];
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}
