import { describe, expect, it } from 'vitest';
import { cleanCodeLabel, cleanSiret, cleanText, parseCertificationCode, parseFrenchDate, parseLevel, ValueError } from './text';

describe('registry value cleaners', () => {
  it('reads dd/mm/yyyy dates and refuses impossible or unreadable ones', () => {
    expect(parseFrenchDate('31/08/2027', 'X')).toBe('2027-08-31');
    expect(parseFrenchDate('1/9/2022', 'X')).toBe('2022-09-01');
    expect(parseFrenchDate('  ', 'X')).toBeNull();
    expect(() => parseFrenchDate('31/02/2024', 'DATE_EFFET')).toThrow(/date impossible « 31\/02\/2024 » dans DATE_EFFET/);
    expect(() => parseFrenchDate('2024.02.01', 'DATE_EFFET')).toThrow(ValueError);
  });

  it('strips the leading TAB of SIRET values and drops anything that is not 14 digits', () => {
    expect(cleanSiret('\t11004301500012')).toBe('11004301500012');
    expect(cleanSiret('110 043 015 00012')).toBe('11004301500012');
    expect(cleanSiret('1100430150')).toBeNull();
  });

  it('removes the code prefix and the doubled apostrophes of labels', () => {
    expect(cleanCodeLabel('251 : Mécanique générale et de précision, usinage', '251')).toBe('Mécanique générale et de précision, usinage');
    expect(cleanCodeLabel("Management et ingénierie d''affaires", 'H1102')).toBe("Management et ingénierie d'affaires");
    expect(cleanCodeLabel('Soins aux animaux', 'A1500')).toBe('Soins aux animaux');
  });

  it('renders HTML texts of old exports as plain text, and restores line breaks of V4 texts', () => {
    expect(cleanText('<p>Le titulaire :</p><ul><li>accueille</li><li>oriente</li></ul>')).toBe('Le titulaire :\n* accueille\n* oriente');
    expect(cleanText('Les activités sont :        * Installation      * Exploitation')).toBe('Les activités sont :\n* Installation\n* Exploitation');
    expect(cleanText(' \n  ')).toBeNull();
  });

  it('canonicalises certification codes and rejects unknown prefixes', () => {
    expect(parseCertificationCode(' rncp 037274 ')).toEqual({ code: 'RNCP37274', kind: 'rncp', number: 37274 });
    expect(parseCertificationCode('RS5000')).toEqual({ code: 'RS5000', kind: 'rs', number: 5000 });
    expect(parseCertificationCode('CQP12')).toBeNull();
  });

  it('maps European levels, knows REPRISE as no level and refuses unknown codes', () => {
    expect(parseLevel('NIV7', 'Niveau 7')).toEqual({ level: 7, code: 'NIV7' });
    expect(parseLevel('REPRISE', 'Sans niveau')).toEqual({ level: null, code: 'REPRISE' });
    expect(parseLevel(null, 'Niveau 5 (Bac + 2)')).toEqual({ level: 5, code: null });
    expect(() => parseLevel('NIV9', null)).toThrow(/niveau inconnu « NIV9 »/);
  });
});
