import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIM_REASON_CODES } from '../../src/billing/claim-reason-codes.js';

// Billing II's files: claims, scrubbing, filing, aging, denials, remittances and follow-up.
const dir = join(import.meta.dirname, '../../src/billing');
const MINE = /^(claims|remittance)\//;
const PREFIXES = 'claim|scrub|aging|filing|denial|remittance|followup';
const CODE = new RegExp(`'(billing\\.(?:${PREFIXES})\\.[a-z0-9_]+)'`, 'g');

function emittedCodes(): Set<string> {
  const codes = new Set<string>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (f) => MINE.test(f) && f.endsWith('.ts'),
  )) {
    // Reason codes and validation-issue codes alike are written as quoted literals.
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(CODE)) codes.add(m[1] as string);
  }
  return codes;
}

describe('CLAIM_REASON_CODES', () => {
  it('lists every code billing II emits, and emits every code it lists', () => {
    const emitted = [...emittedCodes()].sort();
    expect(emitted.filter((c) => !(c in CLAIM_REASON_CODES))).toEqual([]);
    expect(Object.keys(CLAIM_REASON_CODES).filter((c) => !emitted.includes(c))).toEqual([]);
  });

  it('namespaces every code under billing II’s prefixes with a one-sentence meaning', () => {
    for (const [code, meaning] of Object.entries(CLAIM_REASON_CODES)) {
      expect(code).toMatch(new RegExp(`^billing\\.(${PREFIXES})\\.[a-z0-9_]+$`));
      expect(meaning).toMatch(/^[A-Z].*\.$/);
    }
  });
});
