// Functions with more than one validated argument check them all: one ValidationError lists the problems
// of every bad argument, each path under the parameter's name, never echoing a value.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluateReplyDraft,
  planRecordAccess,
  type RecordAccessContextInput,
} from '../src/boundaries/index.js';
import { ValidationError, validate } from '../src/core/index.js';
import {
  ClinicianCredentials,
  getRecredentialingDueDate,
  JurisdictionPolicy,
  PayerCredentialingPolicy,
} from '../src/credentialing/index.js';
import { fromFhirPatient, toFhirClaim } from '../src/fhir/index.js';
import { markerArb } from './markers.js';

function thrown(call: () => unknown): ValidationError {
  try {
    call();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

// Each call (a FHIR reader returns its resource's problems instead, so is checked by name below): its parameters, a good value and a bad value (carrying a marker) for each.
interface Call {
  readonly name: string;
  readonly params: readonly string[];
  readonly good: readonly unknown[];
  readonly bad: (marker: string) => readonly unknown[];
  readonly run: (args: readonly unknown[]) => unknown;
}

const CALLS: readonly Call[] = [
  {
    name: 'evaluateReplyDraft',
    params: ['draft', 'context'],
    good: ['See you Tuesday at 3.', { channel: 'sms' }],
    bad: (m) => [{ text: m }, { channel: m }],
    run: ([a, b]) => evaluateReplyDraft(a as string, b as { channel: 'sms' }),
  },
  {
    name: 'planRecordAccess',
    params: ['fieldMap', 'context'],
    good: [{ name: { category: 'identity' } }, { role: 'biller', purpose: 'payment' }],
    bad: (m) => [{ name: { category: m } }, { role: m, purpose: 'payment' }],
    run: ([a, b]) => planRecordAccess(a as never, b as RecordAccessContextInput),
  },
  {
    name: 'getRecredentialingDueDate',
    params: ['credentialedOn', 'options'],
    good: ['2024-02-29', { months: 24 }],
    bad: (m) => [`2026-02-30${m}`, { months: m }],
    run: ([a, b]) => getRecredentialingDueDate(a as string, b as { months: number }),
  },
];

describe('every argument of a call is checked', () => {
  it('lists the problems of both arguments of planRecordAccess for a biller, each under its name', () => {
    const error = thrown(() =>
      planRecordAccess(
        { diagnosis: { category: 'gossip' } } as never,
        {
          role: 'janitor',
          purpose: 'payment',
        } as unknown as RecordAccessContextInput,
      ),
    );
    expect(error.issues.map((i) => i.at)).toEqual(['$.fieldMap.diagnosis.category', '$.context.role']);
  });

  it('names the options of getRecredentialingDueDate after a bad credentialing date, not instead of it', () => {
    const error = thrown(() => getRecredentialingDueDate('2026-02-30', { months: 'x' as unknown as number }));
    expect(error.issues.map((i) => `${i.code}@${i.at}`)).toEqual([
      'core.date.invalid@$.credentialedOn',
      'invalid_type@$.options.months',
    ]);
  });

  it('lists a bad FHIR Patient beside bad options of fromFhirPatient', () => {
    const error = thrown(() =>
      fromFhirPatient({ resourceType: 'Patient', birthDate: 'x' }, { asOf: '2026-13-01' }),
    );
    expect(error.issues.map((i) => i.at)).toEqual(['$.resource.id', '$.options.asOf']);
  });

  it('lists a bad claim beside bad options of toFhirClaim', () => {
    const error = thrown(() =>
      toFhirClaim({ claimId: 'c' } as never, { asOf: 'x', coverageId: 'bad id!' } as never),
    );
    const under = new Set(error.issues.map((i) => i.path[0]));
    expect([...under].sort()).toEqual(['claim', 'options']);
  });

  it('always lists problems under each bad argument and none under a good one, echoing no value', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CALLS),
        fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }),
        markerArb,
        (call, badness, marker) => {
          const bad = call.bad(marker);
          const args = call.good.map((g, i) => (badness[i] ? bad[i] : g));
          const badParams = call.params.filter((_, i) => badness[i]);
          if (badParams.length === 0) {
            expect(() => call.run(args)).not.toThrow();
            return;
          }
          const error = thrown(() => call.run(args));
          expect([...new Set(error.issues.map((i) => i.path[0]))].sort()).toEqual([...badParams].sort());
          expect(error.message).not.toContain(marker);
        },
      ),
    );
  });
});

describe('data files read with validate', () => {
  it.each([
    ['payer policy', PayerCredentialingPolicy, { payerId: 'mc', program: 'medicare', retroBilingDays: 90 }],
    ['jurisdiction policy', JurisdictionPolicy, { psypactMemberState: [] }],
    [
      'clinician credentials',
      ClinicianCredentials,
      { clinicianId: 'c', individualNpi: '1234567893', licenses: [], patientName_JaneDoe: 1 },
    ],
  ] as const)(
    'reads a %s with a ValidationError that never names the unknown key',
    (subject, schema, value) => {
      const error = thrown(() => validate(schema, value, subject));
      expect(error.issues.map((i) => `${i.code}@${i.at}`)).toEqual(['core.object.unknown_field@$']);
      expect(error.message).not.toMatch(/JaneDoe|retroBilingDays|psypactMemberState\b/);
    },
  );
});
