import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, ValidationError } from '../../../src/core/index.js';
import {
  type PolicyVersionsInput,
  selectPolicyVersion,
} from '../../../src/ops/decision-log/policy-versions.js';
import { thrown } from '../../validation-subject.js';

const versions: PolicyVersionsInput = [
  {
    version: '2026-03',
    effectiveFrom: '2026-03-01',
    cancellation: { practiceZone: 'America/New_York', notice: { unit: 'hours', hours: 48 } },
  },
  { version: '2026-01', effectiveFrom: '2026-01-01' },
];

describe('selectPolicyVersion', () => {
  it('answers the January version for a late-February miss and the March version from March 1', () => {
    expect(selectPolicyVersion(versions, { asOf: '2026-02-28' }).policies?.version).toBe('2026-01');
    const march = selectPolicyVersion(versions, { asOf: '2026-03-01' });
    expect(march).toMatchObject({ outcome: 'in_force', policies: { version: '2026-03' } });
    expect(march.policies?.cancellation?.notice).toEqual({ unit: 'hours', hours: 48 });
    expect(march.reasons[0]).toMatchObject({
      code: 'ops.policy_version.in_force',
      facts: { asOf: '2026-03-01', version: '2026-03', effectiveFrom: '2026-03-01' },
    });
  });

  it('is undecided for a date before the first version, and never falls back to it', () => {
    expect(selectPolicyVersion(versions, { asOf: '2025-12-31' })).toEqual({
      outcome: 'undecided',
      policies: null,
      reasons: [
        expect.objectContaining({
          code: 'ops.policy_version.before_first',
          severity: 'error',
          facts: { asOf: '2025-12-31', firstEffectiveFrom: '2026-01-01', firstVersion: '2026-01' },
        }),
      ],
    });
  });

  it('refuses two versions with one name or one date, and an empty list', () => {
    const twice = [
      { version: 'a', effectiveFrom: '2026-01-01' },
      { version: 'a', effectiveFrom: '2026-02-01' },
      { version: 'b', effectiveFrom: '2026-02-01' },
    ];
    expect(() => selectPolicyVersion(twice, { asOf: '2026-03-01' })).toThrow(
      /\$\.versions\[1\]\.version[\s\S]*\$\.versions\[2\]\.effectiveFrom/,
    );
    expect(() => selectPolicyVersion([], { asOf: '2026-03-01' })).toThrow(ValidationError);
    expect(() => selectPolicyVersion([{ version: 'a' }] as never, { asOf: '2026-03-01' })).toThrow(
      ValidationError,
    );
  });

  it('lists bad versions beside bad options, each under its parameter’s name', () => {
    const error = thrown(() =>
      selectPolicyVersion([{ version: 'a', effectiveFrom: '2026-02-30' }], { asOf: '2026-13-01' }),
    );
    expect(error.issues.map((i) => `${i.code}@${i.at}`)).toEqual([
      'core.date.invalid@$.versions[0].effectiveFrom',
      'core.date.invalid@$.options.asOf',
    ]);
  });

  it('answers the latest version that took effect on or before the date', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: -10, max: 3010 }),
        (offsets, at) => {
          const list = offsets.map((o, i) => ({ version: `v${i}`, effectiveFrom: addDays('2020-01-01', o) }));
          const d = selectPolicyVersion(list, { asOf: addDays('2020-01-01', at) });
          const inForce = offsets.filter((o) => o <= at);
          if (inForce.length === 0) expect(d.outcome).toBe('undecided');
          else expect(d.policies?.version).toBe(`v${offsets.indexOf(Math.max(...inForce))}`);
        },
      ),
    );
  });
});
