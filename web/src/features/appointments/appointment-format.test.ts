import { describe, expect, it } from 'vitest';
import { formatWhere, toInstant } from './appointment-format';

describe('appointment format', () => {
  it('turns the form’s local day and time into the instant the API expects', () => {
    const instant = toInstant('2026-03-10', '10:30');
    const local = new Date(instant);
    expect([local.getFullYear(), local.getMonth() + 1, local.getDate(), local.getHours(), local.getMinutes()]).toEqual([2026, 3, 10, 10, 30]);
  });

  it('says how and where, leaving out what is not given', () => {
    expect(formatWhere({ modality: 'face_to_face', place: 'Caen', link: null })).toBe('En présentiel — Caen');
    expect(formatWhere({ modality: 'video', place: null, link: 'https://visio.example.org/a' })).toBe('En visioconférence — https://visio.example.org/a');
  });
});
