import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCents, readDate, writeCents, writeDate } from '../../../src/billing/x12/element-values.js';

describe('readCents', () => {
  it.each([
    ['150', 15_000],
    ['150.00', 15_000],
    ['87.81', 8_781],
    ['22.4', 2_240],
    ['.5', 50],
    ['-1.23', -123],
    ['-0', 0],
    ['12.500', 1_250],
    ['1000000', 100_000_000],
  ])('reads %s as %i cents', (text, cents) => {
    expect(readCents(text)).toBe(cents);
  });

  it.each(['', '.', '-', '1.005', '1,000.00', '$10', '1e3', ' 10', '10.00.0', '99999999999999999'])(
    'refuses %j',
    (text) => {
      expect(readCents(text)).toBeNull();
    },
  );

  it('reads back every amount it writes, never through a float', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 50), max: 2 ** 50 }), (cents) => {
        expect(readCents(writeCents(cents))).toBe(cents);
      }),
    );
  });

  it('writes amounts without trailing zeros', () => {
    expect([15_000, 1_250, 1_205, -123, 0, 5].map(writeCents)).toEqual([
      '150',
      '12.5',
      '12.05',
      '-1.23',
      '0',
      '0.05',
    ]);
  });
});

describe('readDate', () => {
  it('reads CCYYMMDD, leap days included', () => {
    expect(readDate('20260410')).toBe('2026-04-10');
    expect(readDate('20280229')).toBe('2028-02-29');
    expect(readDate('20000229')).toBe('2000-02-29');
  });

  it.each(['20260229', '21000229', '20261301', '20260400', '20260431', '260410', '2026-04-10', ''])(
    'refuses %j',
    (text) => {
      expect(readDate(text)).toBeNull();
    },
  );

  it('writes a calendar date as CCYYMMDD', () => {
    expect(writeDate('2026-04-10')).toBe('20260410');
  });
});
