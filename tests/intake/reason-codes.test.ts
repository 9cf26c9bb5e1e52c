import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTAKE_REASON_CODES, INTAKE_VALIDATION_CODES } from '../../src/intake/index.js';

const SRC = join(__dirname, '../../src/intake');
const source = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts') && f !== 'reason-codes.ts')
  .map((f) => readFileSync(join(SRC, f), 'utf8'))
  .join('\n');
const used = new Set([...source.matchAll(/'(intake\.[a-z_]+\.[a-z_]+)'/g)].map((m) => m[1] as string));

describe('intake reason codes', () => {
  it('lists every code the source emits, as a decision reason or a validation code', () => {
    const known = new Set([...Object.keys(INTAKE_REASON_CODES), ...Object.keys(INTAKE_VALIDATION_CODES)]);
    expect([...used].filter((c) => !known.has(c))).toEqual([]);
  });

  it('holds no code that is never emitted', () => {
    const all = [...Object.keys(INTAKE_REASON_CODES), ...Object.keys(INTAKE_VALIDATION_CODES)];
    expect(all.filter((c) => !used.has(c))).toEqual([]);
  });

  it('names each code <module>.<area>.<name> and explains it in one sentence', () => {
    for (const [code, meaning] of Object.entries({ ...INTAKE_REASON_CODES, ...INTAKE_VALIDATION_CODES })) {
      expect(code).toMatch(/^intake\.[a-z_]+\.[a-z_]+$/);
      expect(meaning.length).toBeGreaterThan(10);
    }
  });
});
