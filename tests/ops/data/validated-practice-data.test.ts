import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import {
  buildPracticeDigest,
  buildWorkQueue,
  DEMO_AS_OF,
  evaluateBooking,
  findReferenceProblems,
  generateDemoPractice,
  safeValidatePracticeData,
} from '../../../src/ops/index.js';

const _minimal = { practice: { name: 'Calm Harbor', zone: 'America/Chicago', state: 'TX' } };

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
    expect(() => evaluateBooking(request, { practice: {} } as never, { asOf: DEMO_AS_OF })).toThrow(
      ValidationError,
    );
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
