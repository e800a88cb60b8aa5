/**
 * Identity numbers (GB 11643-1999, ISO 7064 MOD 11-2) and masking for publication (SPEC §2.5: name
 * partly, the ID number never in full).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { birthDateOf, idCheckCharacter, idNumberProblem, isValidIdNumber, maskIdNumber, maskName } from '../../rules/index.js';
import { iso7064Mod112 } from './oracle.js';

// The GB 11643-1999 example number (Beijing Chaoyang, born 1949-12-31, check character X).
const VALID = '11010519491231002X';

describe('ID numbers (GB 11643, MOD 11-2)', () => {
  it('GB 11643: the standard’s example is valid, with its birth date', () => {
    expect(idNumberProblem(VALID)).toBeNull();
    expect(isValidIdNumber(VALID)).toBe(true);
    expect(isValidIdNumber(VALID.toLowerCase())).toBe(true); // a lowercase x is the same character
    expect(birthDateOf(VALID)).toBe('1949-12-31');
    expect(idCheckCharacter(VALID.slice(0, 17))).toBe('X');
  });

  it('GB 11643: a wrong check character is refused', () => {
    for (const c of '0123456789') expect(idNumberProblem(VALID.slice(0, 17) + c)).toMatch(/check character/);
  });

  it('GB 11643: an impossible birth date is refused even with a correct check character', () => {
    for (const date of ['19490230', '19491301', '20230229', '18991231']) {
      const first17 = `110105${date}002`;
      expect(idNumberProblem(first17 + iso7064Mod112(first17)), date).toMatch(/impossible birth date/);
    }
    const leap = '110105200002290021'.slice(0, 17);
    expect(isValidIdNumber(leap + iso7064Mod112(leap))).toBe(true); // 2000-02-29 exists
  });

  it('GB 11643: 17 characters, 19 characters, or a letter inside are refused', () => {
    expect(idNumberProblem(VALID.slice(0, 17))).toMatch(/18 characters/);
    expect(idNumberProblem(VALID + '0')).toMatch(/18 characters/);
    expect(idNumberProblem('11010519491231X02X')).toMatch(/17 digits/);
    expect(isValidIdNumber('')).toBe(false);
  });

  it('property: exactly one check character makes a number valid, and it is the MOD 11-2 one', () => {
    const arbFirst17 = fc
      .tuple(fc.integer({ min: 110000, max: 659999 }), fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 0, max: 999 }))
      .map(([region, day, seq]) => `${region}${new Date(Date.UTC(1920, 0, 1) + day * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '')}${String(seq).padStart(3, '0')}`);
    fc.assert(
      fc.property(arbFirst17, (first17) => {
        const valid = [...'0123456789X'].filter((c) => isValidIdNumber(first17 + c));
        expect(valid).toEqual([iso7064Mod112(first17)]);
      }),
    );
  });
});

describe('masking (SPEC §2.5)', () => {
  it.each([
    ['张三', '张*'],
    ['欧阳娜娜', '欧***'],
    ['李', '*'],
    ['  王小明 ', '王**'],
    ['', ''],
  ])('SPEC §2.5 name partly: %j → %j', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });

  it('SPEC §2.5 the ID number never in full: region and last 4 only', () => {
    expect(maskIdNumber(VALID)).toBe('110105********002X');
    expect(maskIdNumber(VALID)).not.toContain('19491231');
  });

  it('property: a masked name keeps only the first character; a masked ID is never the whole number and hides the birth date', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 2, maxLength: 6 }).filter((s) => s.trim() === s && !s.includes('*') && [...s].length >= 2), (name) => {
        const m = maskName(name);
        expect(m).not.toBe(name);
        expect([...m]).toHaveLength([...name].length);
        expect(m.startsWith([...name][0]!)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789X'), minLength: 1, maxLength: 20 }), (id) => {
        const m = maskIdNumber(id);
        expect(m).toHaveLength(id.length);
        expect(m).not.toBe(id);
        if (id.length === 18) expect(m.slice(6, 14)).toBe('********');
      }),
    );
  });
});
