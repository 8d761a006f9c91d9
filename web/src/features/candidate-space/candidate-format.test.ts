import { describe, expect, it } from 'vitest';
import { dueDateText, formatDay, formatFileSize, mostRecentFirst, nextActionWhoLabel } from './candidate-format';

describe('candidate space formatting', () => {
  it('writes dates in French', () => {
    expect(formatDay('2025-03-12T10:00:00.000Z', 'Europe/Paris')).toBe('12 mars 2025');
    expect(formatDay('2025-12-31T23:30:00.000Z', 'Europe/Paris')).toBe('1 janvier 2026');
    expect(formatDay('pas une date')).toBe('pas une date');
  });

  it('gives the due date only when there is one', () => {
    expect(dueDateText('2025-06-02T08:00:00.000Z', 'Europe/Paris')).toBe('Échéance : le 2 juin 2025');
    expect(dueDateText(null)).toBeNull();
  });

  it('writes sizes people can read', () => {
    expect(formatFileSize(512)).toBe('512 octets');
    expect(formatFileSize(850 * 1024)).toBe('850 ko');
    expect(formatFileSize(1.5 * 1024 * 1024)).toBe('1,5 Mo');
  });

  it('puts the most recent pathway first without changing the list', () => {
    const items = ['2019', '2023'];
    expect(mostRecentFirst(items)).toEqual(['2023', '2019']);
    expect(items).toEqual(['2019', '2023']);
  });

  it('says who acts next in words', () => {
    expect(nextActionWhoLabel('candidate')).toBe('À vous de jouer');
    expect(nextActionWhoLabel('certificateur')).toMatch(/certificateur/);
  });
});
