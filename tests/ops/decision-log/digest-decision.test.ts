import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import { digestDecision } from '../../../src/ops/decision-log/digest-decision.js';
import {
  CancellationPolicy,
  evaluateMissedSessionFee,
  type SchedulingAppointmentInput,
  type SchedulingClientInput,
} from '../../../src/scheduling/index.js';
import { thrown } from '../../validation-subject.js';

const policy = CancellationPolicy.parse({ practiceZone: 'America/New_York' });
const client: SchedulingClientInput = {
  id: 'c-1',
  zone: 'America/New_York',
  locationState: 'NY',
  payerClasses: ['commercial'],
  cancellationPolicyAcknowledgedAt: '2026-01-05T12:00:00-05:00',
  // An adult: born 1988-04-12 (a client with neither a birth date nor a guarantor is not charged).
  birthDate: '1988-04-12',
};
// Tuesday 2026-03-10 10:00 in New York, cancelled at 07:00 the same morning.
const appointment: SchedulingAppointmentInput = {
  id: 'a-1',
  clinicianId: 'clin-1',
  clientIds: ['c-1'],
  type: 'individual',
  modality: { kind: 'telehealth', clientLocationState: 'NY' },
  start: '2026-03-10T10:00:00-04:00',
  end: '2026-03-10T10:50:00-04:00',
  sessionFeeCents: 15_000,
  status: { state: 'cancelled', by: 'client', at: '2026-03-10T07:00:00-04:00' },
};
const decision = evaluateMissedSessionFee(appointment, client, policy, {
  asOf: '2026-03-10T08:00:00-04:00',
});
const options = {
  rule: 'evaluateMissedSessionFee',
  policy,
  input: { appointment, client },
  asOf: '2026-03-10T08:00:00-04:00',
};

describe('digestDecision', () => {
  it('records the rule, version, hashes, asOf, outcome and reason codes of a late-cancel charge', () => {
    const record = digestDecision(decision, options);
    expect(record).toEqual({
      rule: 'evaluateMissedSessionFee',
      libraryVersion: JSON.parse(readFileSync('package.json', 'utf8')).version,
      policyHash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      inputHash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      asOf: '2026-03-10T08:00:00-04:00',
      outcome: 'charge',
      reasonCodes: [
        'scheduling.cancellation.fee_charged',
        'scheduling.cancellation.late',
        'scheduling.cancellation.responsible_party',
      ],
      decisionHash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    });
  });

  it('keeps no part of the input: no client id or time appears in the record', () => {
    const text = JSON.stringify(digestDecision(decision, options));
    expect(text).not.toContain('c-1');
    expect(text).not.toContain('07:00');
  });

  it('gives the same record in every host time zone', () => {
    const saved = process.env.TZ;
    const records = ['UTC', 'Pacific/Chatham', 'America/St_Johns', 'Asia/Kathmandu'].map((zone) => {
      process.env.TZ = zone;
      return digestDecision(decision, options);
    });
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
    for (const r of records) expect(r).toEqual(records[0]);
  });

  it('hashes a policy the same whatever order its fields were written in', () => {
    const reordered = Object.fromEntries(Object.entries(policy).reverse());
    expect(digestDecision(decision, { ...options, policy: reordered }).policyHash).toBe(
      digestDecision(decision, options).policyHash,
    );
  });

  it('changes the policy hash when any policy field changes', () => {
    const base = digestDecision(decision, options).policyHash;
    const fields = Object.keys(policy) as (keyof typeof policy)[];
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.jsonValue(), (field, value) => {
        fc.pre(JSON.stringify(value) !== JSON.stringify(policy[field]));
        const changed = { ...policy, [field]: value };
        expect(digestDecision(decision, { ...options, policy: changed }).policyHash).not.toBe(base);
      }),
    );
  });

  it('changes the input hash when the input changes, and keeps it when it does not', () => {
    const other = { appointment: { ...appointment, sessionFeeCents: 15_001 }, client };
    expect(digestDecision(decision, { ...options, input: other }).inputHash).not.toBe(
      digestDecision(decision, options).inputHash,
    );
    expect(digestDecision(decision, { ...options, input: structuredClone(options.input) })).toEqual(
      digestDecision(decision, options),
    );
  });

  it('refuses a policy that is not plain JSON, naming only the field', () => {
    const call = () => digestDecision(decision, { ...options, policy: { at: new Date(0) } });
    expect(call).toThrow(ValidationError);
    expect(call).toThrow(/\$\.options\.policy: must be plain JSON/);
    expect(() => digestDecision(decision, { ...options, input: { secretName: Number.NaN } })).toThrow(
      /\$\.options\.input: must be plain JSON[\s\S]*ops\.decision_log\.not_json/,
    );
  });

  it('lists every argument’s problems at once, each under its parameter’s name', () => {
    const notJson = thrown(() =>
      digestDecision({ reasons: [] }, { ...options, policy: { at: new Date(0) }, input: Number.NaN }),
    );
    expect(notJson.issues.map((i) => `${i.code}@${i.at}`)).toEqual([
      'invalid_type@$.decision.outcome',
      'ops.decision_log.not_json@$.options.policy',
      'ops.decision_log.not_json@$.options.input',
    ]);
    const badDate = thrown(() => digestDecision({ outcome: 'charge' }, { ...options, asOf: 'March 10' }));
    expect(badDate.issues.map((i) => i.at)).toEqual(['$.decision.reasons', '$.options.asOf']);
  });

  it('refuses what is not a decision, and options it does not know', () => {
    expect(() => digestDecision({ reasons: [] }, options)).toThrow(ValidationError);
    expect(() => digestDecision(decision, { ...options, when: 'now' } as never)).toThrow(ValidationError);
    expect(() => digestDecision(decision, { ...options, asOf: 'March 10' })).toThrow(ValidationError);
  });
});
