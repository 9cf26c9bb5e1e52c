import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCents, readDate } from '../../../src/billing/x12/element-values.js';
import { ScannedSegment } from '../../../src/billing/x12/scanned-segment.js';

// A segment as it lies in a chunk: other text before and after it, the terminator right after it.
function inChunk(segment: string): ScannedSegment {
  const chunk = `LX*1~${segment}~CLP*c-1*1*150*150~`;
  const start = chunk.indexOf(segment);
  return new ScannedSegment(segment.slice(0, 3), 2, chunk, start, start + segment.length, '*');
}

const element = fc.oneof(
  fc.stringMatching(/^[A-Z0-9 .:-]{0,14}$/),
  fc.stringMatching(/^-?\d{0,6}(\.\d{0,3})?$/),
  fc.stringMatching(/^\d{8}$/),
);

describe('ScannedSegment', () => {
  it('reads CLP03 as 150.25 dollars and SVC06 as absent, without cutting out the other elements', () => {
    const clp = inChunk('CLP*c-1*1*150.25*90**12*EC123');
    expect(clp.cents(3)).toBe(15_025);
    expect(clp.cents(5)).toBeUndefined();
    expect(clp.element(7)).toBe('EC123');
    expect(clp.element(1)).toBe('c-1');
    expect(clp.has(7)).toBe(true);
    expect(clp.has(8)).toBe(false);
    expect(clp.isEmpty(8)).toBe(true);
    expect(clp.element(8)).toBe('');
  });

  it('reads DTM02 20260305 as its digits, a date of seven digits or of zeros as none, an empty one as absent', () => {
    expect(inChunk('DTM*472*20260305').dateDigits(2)).toBe(20_260_305);
    expect(inChunk('DTM*472*2026035').dateDigits(2)).toBe(-1);
    expect(inChunk('DTM*472*00000000').dateDigits(2)).toBe(-1);
    expect(inChunk('DTM*472*').dateDigits(2)).toBe(0);
    expect(inChunk('DTM*472').dateDigits(2)).toBe(0);
  });

  it('answers every element as split would, in any order of look-ups', () => {
    fc.assert(
      fc.property(
        fc.array(element, { minLength: 1, maxLength: 10 }),
        fc.array(fc.nat({ max: 12 }), { minLength: 1, maxLength: 20 }),
        (elements, lookups) => {
          const text = ['CAS', ...elements].join('*');
          const s = inChunk(text);
          const split = text.split('*');
          for (const n of lookups) {
            const value = split[n];
            expect(s.has(n)).toBe(value !== undefined);
            expect(s.element(n)).toBe(value ?? '');
            expect(s.isEmpty(n)).toBe((value ?? '').length === 0);
            expect(s.cents(n)).toBe((value ?? '').length === 0 ? undefined : readCents(value ?? ''));
            const digits = s.dateDigits(n);
            if ((value ?? '').length === 0) expect(digits).toBe(0);
            else if (digits < 0) expect(readDate(value ?? '')).toBeNull();
            else expect(String(digits).padStart(8, '0')).toBe(value);
          }
          expect(s.elements).toEqual(split);
          expect(s.toSegment()).toEqual({ tag: 'CAS', elements: split, position: 2 });
        },
      ),
    );
  });
});
