import { describe, expect, it } from 'vitest';
import {
  findReferenceProblems,
  generateDemoPractice,
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
