import { describe, expect, it } from 'vitest';
import { RECASED, triageCharTables } from '../../src/boundaries/triage-char-classes.js';
import { charClass, DIGIT, LETTER, OTHER } from '../../src/boundaries/triage-text.js';

const { leetCode: LEET_CODE, letterCode: LETTER_CODE, loweredClass: LOWERED_CLASS } = triageCharTables();

// Where a code unit's table entries disagree with toLowerCase, as "U+hex" (none expected).
function disagreement(code: number): string | null {
  const cls = LOWERED_CLASS[code];
  if (code >= 0xd800 && code <= 0xdfff) return cls === OTHER ? null : `U+${code.toString(16)}`;
  const lower = String.fromCharCode(code).toLowerCase();
  const lowered = lower.charCodeAt(0);
  // RECASED only where the lower case has another length, or another class than the unit's own.
  if (cls === RECASED)
    return lower.length !== 1 || charClass(lowered) !== charClass(code) ? null : `U+${code.toString(16)}`;
  const agrees =
    lower.length === 1 && cls === charClass(lowered) && LETTER_CODE[code] === (cls === LETTER ? lowered : 0);
  return agrees ? null : `U+${code.toString(16)}`;
}

describe('triageCharTables: loweredClass', () => {
  it('classes every code unit as toLowerCase would have it, or marks it RECASED', () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code += 1) {
      const found = disagreement(code);
      if (found !== null) wrong.push(found);
    }
    expect(wrong).toEqual([]);
  });

  it('marks İ, the Kelvin and Ångström signs and capital sharp s RECASED', () => {
    for (const ch of ['İ', '\u212A', '\u212B', 'ẞ'])
      expect(LOWERED_CLASS[ch.charCodeAt(0)], ch).toBe(RECASED);
  });

  it('has nothing RECASED in any lower-cased character, so a lower-cased copy is always read in full', () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0x10ffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const lower = String.fromCodePoint(code).toLowerCase();
      for (let k = 0; k < lower.length; k += 1) {
        if (LOWERED_CLASS[lower.charCodeAt(k)] === RECASED) wrong.push(`U+${code.toString(16)}`);
      }
      // Above the BMP, lower case stays above it: no letter, digit or apostrophe of the tables.
      if (code > 0xffff && lower.length !== 2) wrong.push(`U+${code.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('triageCharTables: leetCode', () => {
  it('builds the tables once', () => {
    expect(triageCharTables()).toBe(triageCharTables());
  });

  it('reads 0 1 3 4 5 7 as o i e a s t and leaves other codes alone', () => {
    const read = [...'0134572a'].map((ch) => LEET_CODE[ch.charCodeAt(0)] as number);
    expect(String.fromCharCode(...read)).toBe('oieast2a');
    expect(LOWERED_CLASS['2'.charCodeAt(0)]).toBe(DIGIT);
  });
});
