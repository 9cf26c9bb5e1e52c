import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BILLING_REASON_CODES } from '../../src/billing/index.js';

// Every quoted `billing.<area>.<name>` literal in billing's sources: reasons, validation-issue codes and
// error codes alike. Reasons are typed by the list already; validation codes are plain strings, so this
// is what keeps them in it.
const dir = join(import.meta.dirname, '../../src/billing');
function emittedCodes(): Set<string> {
  const codes = new Set<string>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts') || file === 'reason-codes.ts') continue;
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/'(billing\.[a-z0-9_]+\.[a-z0-9_]+)'/g))
      codes.add(m[1] as string);
  }
  return codes;
}

describe('BILLING_REASON_CODES', () => {
  const listed = Object.keys(BILLING_REASON_CODES);

  it('lists every code billing emits, and billing emits every code it lists', () => {
    const emitted = [...emittedCodes()].sort();
    expect(emitted.filter((c) => !(c in BILLING_REASON_CODES))).toEqual([]);
    expect(listed.filter((c) => !emitted.includes(c))).toEqual([]);
  });

  it('namespaces every code as billing.<area>.<name> with a one-sentence meaning', () => {
    for (const [code, meaning] of Object.entries(BILLING_REASON_CODES)) {
      expect(code).toMatch(/^billing\.[a-z_]+\.[a-z0-9_]+$/);
      expect(meaning).toMatch(/^[A-Z].*\.$/);
    }
  });

  it('groups codes by area, each area spelled one way', () => {
    expect([...new Set(listed.map((c) => c.split('.')[1]))].sort()).toEqual([
      'aging',
      'authorization',
      'claim',
      'codes',
      'denial',
      'eligibility',
      'estimate',
      'filing',
      'follow_up',
      'payer_profile',
      'remittance',
      'scrub',
      'superbill',
      'supervision',
      'telehealth',
    ]);
  });
});
