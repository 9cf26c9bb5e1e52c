import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { X12_REASON_CODES } from '../../../src/billing/x12/index.js';

const dir = join(import.meta.dirname, '../../../src/billing/x12');
const sources = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'reason-codes.ts')
  .map((f) => readFileSync(join(dir, f), 'utf8'))
  .join('\n');
const used = new Set([...sources.matchAll(/'(x12\.[a-z0-9_]+\.[a-z0-9_]+)'/g)].map((m) => m[1] as string));

describe('X12_REASON_CODES', () => {
  it('lists every code the X12 readers and writers emit', () => {
    expect([...used].filter((c) => !Object.hasOwn(X12_REASON_CODES, c))).toEqual([]);
  });

  it('lists no code that nothing emits', () => {
    expect(Object.keys(X12_REASON_CODES).filter((c) => !used.has(c))).toEqual([]);
  });

  it('spells every code module.concept.detail in snake case', () => {
    for (const code of Object.keys(X12_REASON_CODES))
      expect(code).toMatch(/^x12\.[a-z0-9]+\.[a-z][a-z0-9_]*$/);
  });
});
