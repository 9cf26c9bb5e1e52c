import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import {
  buildPracticeDigest,
  buildWorkQueue,
  DEMO_AS_OF,
  evaluateBooking,
  findReferenceProblems,
  generateDemoPractice,
  generatePractice,
  PracticeData,
  practiceDataJsonSchema,
  safeValidatePracticeData,
} from '../../src/ops/index.js';

const minimal = { practice: { name: 'Calm Harbor', zone: 'America/Chicago', state: 'TX' } };

describe('safeValidatePracticeData', () => {
  it('accepts a minimal file and fills every list and policy with its default', () => {
    const result = safeValidatePracticeData(minimal);
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.data.claims).toEqual([]);
      expect(result.data.policies.intakePacket.completeHoursBeforeSession).toBeGreaterThan(0);
    }
  });

  it('reports every problem of a wrong shape by JSON path, never echoing a value', () => {
    const secret = 'SECRET-VALUE-1234';
    const result = safeValidatePracticeData({
      practice: { name: '', zone: secret, state: 'XX' },
      clients: [{ id: secret }],
      surprise: secret,
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    const at = result.issues.map((i) => i.at);
    expect(at).toEqual(
      expect.arrayContaining(['$.practice.name', '$.practice.zone', '$.practice.state', '$']),
    );
    expect(at.some((a) => a.startsWith('$.clients[0]'))).toBe(true);
    expect(JSON.stringify(result.issues)).not.toContain(secret);
  });

  it('reports a record that refers to an id that does not exist, by path', () => {
    const data = structuredClone(generateDemoPractice());
    const first = data.appointments[0];
    if (first === undefined) throw new Error('fixture');
    first.clinicianId = 'clin-nobody' as typeof first.clinicianId;
    const result = safeValidatePracticeData(JSON.parse(JSON.stringify(data)));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toEqual([
      {
        path: ['appointments', 0, 'clinicianId'],
        at: '$.appointments[0].clinicianId',
        code: 'ops.data.unknown_reference',
        message: 'refers to a clinician that is not in $.clinicians',
      },
    ]);
  });

  it('reports ids used twice, and references inside lists', () => {
    const data = structuredClone(generateDemoPractice());
    data.clients.push(structuredClone(data.clients[0] as (typeof data.clients)[number]));
    const remittance = data.remittances[0];
    if (remittance === undefined) throw new Error('fixture');
    const line = remittance.claims[0];
    if (line === undefined) throw new Error('fixture');
    line.claimId = 'claim-none' as typeof line.claimId;
    const problems = findReferenceProblems(data);
    expect(problems.map((p) => p.code)).toEqual(['ops.data.duplicate_id', 'ops.data.unknown_reference']);
    expect(problems[1]?.at).toBe('$.remittances[0].claims[0].claimId');
  });
});

describe('practice data given to the work queue, the digest and the booking check', () => {
  it('is validated when this package did not validate it, and a bad file is a ValidationError', () => {
    for (const bad of [undefined, 'data.json', {}, { practice: { name: 'A' } }]) {
      expect(() => buildWorkQueue(bad as never, { asOf: DEMO_AS_OF })).toThrow(ValidationError);
      expect(() => buildPracticeDigest(bad as never, { asOf: DEMO_AS_OF })).toThrow(ValidationError);
    }
    const request = {
      clinicianId: 'clin-001',
      clientId: 'client-00001',
      start: '2026-11-24T15:00:00-05:00',
      end: '2026-11-24T15:53:00-05:00',
      type: 'individual',
      modality: 'telehealth',
      clientState: 'NY',
      bookedBy: 'staff-assistant',
    } as const;
    expect(() => evaluateBooking(request, { practice: {} } as never, DEMO_AS_OF)).toThrow(ValidationError);
  });

  it('is validated once: what safeValidatePracticeData returned is used as is, a copy is checked again', () => {
    const result = safeValidatePracticeData(JSON.parse(JSON.stringify(generateDemoPractice())));
    if (!result.success) throw new Error('fixture');
    const copy = structuredClone(result.data);
    // A change the schema rejects (names are at most 200 characters) that the queue never reads.
    result.data.practice.name = 'x'.repeat(300);
    copy.practice.name = 'x'.repeat(300);
    expect(buildPracticeDigest(result.data, { asOf: DEMO_AS_OF }).practiceName).toHaveLength(300);
    expect(() => buildPracticeDigest(copy, { asOf: DEMO_AS_OF })).toThrow(ValidationError);
    expect(findReferenceProblems(result.data)).toEqual([]);
  });

  it('rejects work queue options that are not options', () => {
    const data = generateDemoPractice();
    expect(() => buildWorkQueue(data, undefined as never)).toThrow(ValidationError);
    expect(() => buildWorkQueue(data, { asOf: '2026-02-30' })).toThrow(ValidationError);
    expect(() => buildWorkQueue(data, { asOf: DEMO_AS_OF, role: 'janitor' as never })).toThrow(
      ValidationError,
    );
  });
});

describe('generatePractice', () => {
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

describe('practiceDataJsonSchema', () => {
  it('is a JSON Schema of an object with every section, only practice required', () => {
    const schema = practiceDataJsonSchema() as {
      type: string;
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(['practice']);
    for (const key of Object.keys(PracticeData.shape)) expect(schema.properties).toHaveProperty(key);
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});
