import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsState, ValidationError } from '../../../src/core/index.js';
import {
  buildPracticeDigest,
  type CreateStarterPracticeOptions,
  createStarterPractice,
  STATE_ZONES,
  safeValidatePracticeData,
} from '../../../src/ops/index.js';

const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('createStarterPractice', () => {
  it('makes a valid practice with the clinicians, clients and sessions it was asked for, whatever the options', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom(...UsState.options),
        fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2090-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (clinicians, state, day) => {
          const asOf = day.toISOString().slice(0, 10);
          const data = createStarterPractice({ asOf, clinicians, state });
          const result = safeValidatePracticeData(asJson(data));
          expect(result.success ? [] : result.issues).toEqual([]);
          expect(data.clinicians).toHaveLength(clinicians);
          expect(data.clients).toHaveLength(3 * clinicians);
          expect(data.practice).toMatchObject({ state, zone: STATE_ZONES[state] });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('gives the same file for the same options', () => {
    const options: CreateStarterPracticeOptions = { asOf: '2026-11-17', clinicians: 3, state: 'CO' };
    expect(JSON.stringify(createStarterPractice(options))).toBe(
      JSON.stringify(createStarterPractice(options)),
    );
  });

  it('books each client’s next session after the start day and completed one before it', () => {
    const data = createStarterPractice({ asOf: '2026-11-17', zone: 'America/Phoenix', state: 'AZ' });
    for (const a of data.appointments ?? []) {
      const day = a.start.slice(0, 10);
      if (a.status?.state === 'scheduled') expect(day > '2026-11-17').toBe(true);
      else expect(day < '2026-11-17').toBe(true);
      expect(a.start.endsWith('-07:00')).toBe(true);
    }
  });

  it('gives a queue to work on: reminders for the coming sessions', () => {
    const result = safeValidatePracticeData(asJson(createStarterPractice({ asOf: '2026-11-17' })));
    if (!result.success) throw new Error('the starter file is invalid');
    const kinds = buildPracticeDigest(result.data, { asOf: '2026-11-17' }).queue.tasks.map((t) => t.kind);
    expect(kinds).toContain('scheduling.reminder_due');
  });

  it('rejects options its schema does not allow', () => {
    for (const bad of [
      { asOf: '2026-02-30' },
      { asOf: '2026-11-17', clinicians: 0 },
      { asOf: '2026-11-17', clinicians: 51 },
      { asOf: '2026-11-17', state: 'XX' },
      { asOf: '2026-11-17', zone: 'Mars/Olympus' },
      { asOf: '2026-11-17', clinicianz: 2 },
    ]) {
      expect(() => createStarterPractice(bad as CreateStarterPracticeOptions)).toThrow(ValidationError);
    }
  });
});

describe('docs/examples/practice.json', () => {
  const example = readFileSync(
    join(import.meta.dirname, '..', '..', '..', 'docs', 'examples', 'practice.json'),
    'utf8',
  );

  it('is a valid practice data file', () => {
    const result = safeValidatePracticeData(JSON.parse(example));
    expect(result.success ? [] : result.issues).toEqual([]);
  });

  // Payers come from billing's example profiles, which grow with billing: only the starter's own
  // sections are compared (regenerate with `practice-ops init docs/examples/practice.json --as-of
  // 2026-11-17 --force`).
  it('holds the practice, people and sessions `practice-ops init --as-of 2026-11-17` writes', () => {
    const written = asJson(createStarterPractice({ asOf: '2026-11-17' })) as Record<string, unknown>;
    const shipped = JSON.parse(example) as Record<string, unknown>;
    for (const section of [
      'practice',
      'staff',
      'clinicians',
      'clients',
      'appointments',
      'recordsRequests',
      'credentials',
    ]) {
      expect(shipped[section], section).toEqual(written[section]);
    }
  });
});
