import { describe, expect, it } from 'vitest';
import { announcementText, formatSize, nextAnnouncement, progressLabel, REDRAW_INTERVAL_MS, shouldRedraw, uploadPercent } from './upload-progress';

const MO = 1024 ** 2;
const GO = 1024 ** 3;
// Spaces as French typography and fr-FR number formatting write them.
const nbsp = '\u00a0';

describe('uploadPercent', () => {
  it('rounds down, so 100 % only once everything is sent', () => {
    expect(uploadPercent({ loaded: 0, total: 510 * MO })).toBe(0);
    expect(uploadPercent({ loaded: 230 * MO, total: 510 * MO })).toBe(45);
    expect(uploadPercent({ loaded: 510 * MO - 1, total: 510 * MO })).toBe(99);
    expect(uploadPercent({ loaded: 510 * MO, total: 510 * MO })).toBe(100);
  });

  it('stays within 0 and 100, and is 0 for an unknown total', () => {
    expect(uploadPercent({ loaded: 20, total: 10 })).toBe(100);
    expect(uploadPercent({ loaded: 10, total: 0 })).toBe(0);
    expect(uploadPercent({ loaded: 10, total: Number.NaN })).toBe(0);
  });
});

describe('formatSize', () => {
  it('writes megabytes with a decimal comma under 10 Mo, whole above', () => {
    expect(formatSize(0)).toBe(`0${nbsp}Mo`);
    expect(formatSize(722_076)).toBe(`0,7${nbsp}Mo`);
    expect(formatSize(2.5 * MO)).toBe(`2,5${nbsp}Mo`);
    expect(formatSize(230 * MO)).toBe(`230${nbsp}Mo`);
    expect(formatSize(230.6 * MO)).toBe(`231${nbsp}Mo`);
  });

  it('switches to gigabytes from 1 000 Mo, never writing "1 000 Mo"', () => {
    expect(formatSize(999 * MO)).toBe(`999${nbsp}Mo`);
    expect(formatSize(999.6 * MO)).toBe(`1${nbsp}Go`);
    expect(formatSize(1.25 * GO)).toBe(`1,3${nbsp}Go`);
    expect(formatSize(2 * GO)).toBe(`2${nbsp}Go`);
  });
});

describe('progressLabel', () => {
  it('gives the percent and both sizes', () => {
    expect(progressLabel({ loaded: 230 * MO, total: 510 * MO })).toBe(`Envoi du fichier${nbsp}: 45${nbsp}% (230${nbsp}Mo sur 510${nbsp}Mo)`);
    expect(progressLabel({ loaded: 600 * MO, total: 1.5 * GO })).toBe(`Envoi du fichier${nbsp}: 39${nbsp}% (600${nbsp}Mo sur 1,5${nbsp}Go)`);
  });
});

describe('shouldRedraw', () => {
  const halfway = { loaded: 50, total: 100 };
  it('redraws the first event, then at most once per interval', () => {
    expect(shouldRedraw(null, 1000, halfway)).toBe(true);
    expect(shouldRedraw(1000, 1000 + REDRAW_INTERVAL_MS - 1, halfway)).toBe(false);
    expect(shouldRedraw(1000, 1000 + REDRAW_INTERVAL_MS, halfway)).toBe(true);
  });

  it('always redraws the last event, so the bar ends at 100 %', () => {
    expect(shouldRedraw(1000, 1001, { loaded: 100, total: 100 })).toBe(true);
  });
});

describe('nextAnnouncement', () => {
  it('announces the start, then each new multiple of 10 %', () => {
    expect(nextAnnouncement(null, 3)).toBe(0);
    expect(nextAnnouncement(0, 9)).toBeNull();
    expect(nextAnnouncement(0, 10)).toBe(10);
    expect(nextAnnouncement(10, 19)).toBeNull();
    expect(nextAnnouncement(10, 45)).toBe(40);
    expect(nextAnnouncement(40, 100)).toBe(100);
    expect(nextAnnouncement(100, 100)).toBeNull();
  });

  it('never goes backwards nor beyond 100', () => {
    expect(nextAnnouncement(50, 20)).toBeNull();
    expect(nextAnnouncement(null, 140)).toBe(100);
  });

  it('says each step in words, and that the file is sent at 100 %', () => {
    expect(announcementText(40)).toBe(`Envoi du fichier${nbsp}: 40${nbsp}%`);
    expect(announcementText(100)).toBe('Fichier envoyé, enregistrement en cours.');
  });
});
