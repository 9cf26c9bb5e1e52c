import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import {
  DEMO_AS_OF,
  generateDemoPractice,
  generatePractice,
  PracticeData,
  safeValidatePracticeData,
} from '../../../src/ops/index.js';

describe('generatePractice', () => {
  it('makes a demo practice that passes its own data-file validation', () => {
    const data = generateDemoPractice();
    const result = safeValidatePracticeData(JSON.parse(JSON.stringify(data)));
    if (!result.success) expect(result.issues.slice(0, 5)).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('is deterministic: the same seed gives the same practice, byte for byte', () => {
    const a = JSON.stringify(generatePractice({ seed: 42, asOf: '2026-03-09', clinicians: 3 }));
    const b = JSON.stringify(generatePractice({ seed: 42, asOf: '2026-03-09', clinicians: 3 }));
    expect(a).toBe(b);
    expect(JSON.stringify(generatePractice({ seed: 43, asOf: '2026-03-09', clinicians: 3 }))).not.toBe(a);
  });

  it('has what the demo promises: zones, a weekly series, late cancels, claims in every status, a crisis', () => {
    const data = generateDemoPractice();
    expect(new Set(data.clinicians.map((c) => c.zone)).size).toBeGreaterThanOrEqual(4);
    expect(data.clients.length).toBeGreaterThanOrEqual(24);
    expect(data.appointments.some((a) => a.seriesId !== undefined)).toBe(true);
    expect(data.appointments.some((a) => a.status.state === 'cancelled' && a.status.by === 'client')).toBe(
      true,
    );
    expect(data.appointments.some((a) => a.status.state === 'no_show')).toBe(true);
    const statuses = new Set(data.claims.map((c) => c.status));
    expect(statuses.size).toBe(13);
    expect(data.enrollments.some((e) => e.status !== 'approved')).toBe(true);
    expect(data.messages.length).toBeGreaterThan(0);
    expect(DEMO_AS_OF).toBe('2026-11-20');
  });

  it('scales to the requested counts and stays valid', () => {
    const data = generatePractice({
      seed: 7,
      asOf: '2026-06-15',
      clinicians: 20,
      appointments: 3000,
      claims: 2500,
    });
    expect(data.clinicians).toHaveLength(20);
    expect(data.appointments).toHaveLength(3000);
    expect(data.claims).toHaveLength(2500);
    expect(PracticeData.safeParse(JSON.parse(JSON.stringify(data))).success).toBe(true);
  });
});

describe('generatePractice for any seed', () => {
  it('always makes a valid data file, references included', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 5 }),
        (seed, clinicians) => {
          const data = generatePractice({ seed, asOf: '2026-03-09', clinicians, clientsPerClinician: 4 });
          const result = safeValidatePracticeData(JSON.parse(JSON.stringify(data)));
          expect(result.success ? [] : result.issues.slice(0, 3)).toEqual([]);
        },
      ),
      { numRuns: 6 },
    );
  });
});

describe('generatePractice options', () => {
  it('rejects sizes that are not counts, or would ask for a billion records', () => {
    for (const bad of [
      { seed: 1.5, asOf: DEMO_AS_OF },
      { seed: 1, asOf: '2026-02-30' },
      { seed: 1, asOf: '9999-12-31' },
      { seed: 1, asOf: DEMO_AS_OF, clinicians: 0 },
      { seed: 1, asOf: DEMO_AS_OF, appointments: 1e9 },
    ]) {
      expect(() => generatePractice(bad)).toThrow(ValidationError);
    }
  });
});
