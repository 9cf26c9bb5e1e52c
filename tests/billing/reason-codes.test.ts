import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BILLING_REASON_CODES } from '../../src/billing/index.js';

// Billing I's files; billing II keeps its own catalog in claim-reason-codes.ts.
const BILLING_I_FILES = [
  'coverage/authorizations.ts',
  'coverage/eligibility-flags.ts',
  'coverage/eligibility-verification.ts',
  'coverage/patient-estimate.ts',
  'coding/service-code-day.ts',
  'coding/service-code-pairing.ts',
  'coding/service-code-selection.ts',
  'coding/superbill.ts',
  'coding/supervised-billing.ts',
  'coding/telehealth-coding.ts',
];
const dir = join(import.meta.dirname, '../../src/billing');

function emittedCodes(): Set<string> {
  const codes = new Set<string>();
  for (const file of BILLING_I_FILES) {
    // Every reason is built with reason('billing.…', …); validation-issue and error codes are not reasons.
    const text = readFileSync(join(dir, file), 'utf8');
    for (const m of text.matchAll(/reason\(\s*'(billing\.[a-z0-9_]+\.[a-z0-9_]+)'/g))
      codes.add(m[1] as string);
  }
  return codes;
}

describe('BILLING_REASON_CODES', () => {
  it('contains every code emitted, and every code in it is emitted', () => {
    const emitted = [...emittedCodes()].sort();
    expect(emitted.filter((c) => !(c in BILLING_REASON_CODES))).toEqual([]);
    expect(Object.keys(BILLING_REASON_CODES).filter((c) => !emitted.includes(c))).toEqual([]);
  });

  it('namespaces every code as billing.<area>.<name> with a one-sentence meaning', () => {
    for (const [code, meaning] of Object.entries(BILLING_REASON_CODES)) {
      expect(code).toMatch(/^billing\.[a-z_]+\.[a-z0-9_]+$/);
      expect(meaning).toMatch(/^[A-Z].*\.$/);
    }
  });
});
