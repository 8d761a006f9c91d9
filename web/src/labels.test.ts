import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDate } from './labels';

describe('formatDate', () => {
  let tz: string | undefined;
  beforeEach(() => {
    tz = process.env.TZ;
    // West of UTC, as in Guadeloupe, Martinique or French Guiana: midnight UTC is still the day before.
    process.env.TZ = 'America/Guadeloupe';
  });
  afterEach(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it('shows a date without time as the calendar day it names, whatever the time zone', () => {
    expect(new Date('2022-09-01').getDate()).toBe(31); // the trap the formatter avoids
    expect(formatDate('2022-09-01')).toBe('1 septembre 2022');
    expect(formatDate('2026-01-01')).toBe('1 janvier 2026');
  });

  it('shows a date-time on its day in the user’s time zone', () => {
    expect(formatDate('2022-09-01T02:00:00Z')).toBe('31 août 2022');
    expect(formatDate('2022-09-01T12:00:00Z')).toBe('1 septembre 2022');
  });

  it('shows a dash for no value and an unreadable value as it is', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDate('')).toBe('—');
    expect(formatDate('pas une date')).toBe('pas une date');
  });
});
