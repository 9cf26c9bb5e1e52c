import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, ValidationError } from '../../../src/core/index.js';
import { findStalledEnrollments, type PayerEnrollmentInput } from '../../../src/credentialing/index.js';
import { dateArb } from '../credentials/credential-fixtures.js';

const submitted = (over: Partial<PayerEnrollmentInput> = {}): PayerEnrollmentInput => ({
  clinicianId: 'clin-ana',
  payerId: 'aetna',
  status: 'submitted',
  submittedOn: '2026-09-01',
  ...over,
});

describe('findStalledEnrollments', () => {
  it('brings up an application with no movement for 30 days, on the 30th day', () => {
    expect(findStalledEnrollments([submitted()], { asOf: '2026-09-30' }).stalled).toEqual([]);
    const { stalled } = findStalledEnrollments([submitted()], { asOf: '2026-10-01' });
    expect(stalled).toHaveLength(1);
    expect(stalled[0]).toMatchObject({
      daysSinceMovement: 30,
      followUpDueOn: '2026-10-01',
      lastMovementOn: '2026-09-01',
    });
    expect(stalled[0]?.reasons[0]?.code).toBe('credentialing.enrollment.stalled');
  });

  it('counts the latest of submission, contact and status change as movement', () => {
    const e = submitted({
      status: 'info_requested',
      lastContactOn: '2026-10-20',
      history: [
        { status: 'submitted', on: '2026-09-01' },
        { status: 'info_requested', on: '2026-10-05' },
      ],
    });
    expect(findStalledEnrollments([e], { asOf: '2026-11-18' }).stalled).toEqual([]);
    expect(findStalledEnrollments([e], { asOf: '2026-11-19' }).stalled[0]?.lastMovementOn).toBe('2026-10-20');
  });

  it('uses each payer’s own threshold and orders the longest-stalled first', () => {
    const { stalled } = findStalledEnrollments(
      [
        submitted({ payerId: 'cigna', submittedOn: '2026-10-20' }),
        submitted({ clinicianId: 'clin-ben' }),
        submitted(),
        submitted({ status: 'gathering_documents', payerId: 'optum', submittedOn: undefined }),
        submitted({ status: 'approved', effectiveOn: '2026-10-01' }),
        submitted({ status: 'not_started' }),
      ] as PayerEnrollmentInput[],
      { asOf: '2026-11-02', payerPolicies: [{ payerId: 'cigna', stallAfterDays: 10 }] },
    );
    expect(stalled.map((s) => [s.clinicianId, s.payerId, s.daysSinceMovement])).toEqual([
      ['clin-ana', 'optum', null],
      ['clin-ana', 'aetna', 62],
      ['clin-ben', 'aetna', 62],
      ['clin-ana', 'cigna', 13],
    ]);
  });

  it('reports invalid records by index and loses none', () => {
    const records = [
      submitted(),
      { clinicianId: 'x', payerId: 'y', status: 'lost' },
      submitted({ clinicianId: 'clin-ben' }),
    ];
    const report = findStalledEnrollments(records, { asOf: '2026-11-02' });
    expect(report.stalled).toHaveLength(2);
    expect(report.invalid.map((i) => [i.index, i.issues[0]?.at])).toEqual([[1, '$[1].status']]);
    expect(() => findStalledEnrollments([], { asOf: 'Nov 2' })).toThrow(ValidationError);
  });

  it('lists the problems of both arguments at once, each under its name, echoing nothing', () => {
    const issuesOf = (records: unknown, options: unknown) => {
      try {
        findStalledEnrollments(records as never, options as never);
      } catch (e) {
        const error = e as ValidationError;
        expect(error.message).not.toMatch(/Jane|2026-02-30|abc/);
        return error.issues.map((i) => `${i.at} ${i.code}`);
      }
      return [];
    };
    expect(
      issuesOf('abc', { asOf: '2026-02-30', payerPolicies: [{ payerId: 'aetna' }, { payerId: 'aetna' }] }),
    ).toEqual([
      '$.enrollments credentialing.enrollment.not_a_record_list',
      '$.options.asOf core.date.invalid',
      '$.options.payerPolicies[1].payerId credentialing.policy.duplicate_payer',
    ]);
    expect(issuesOf({ Jane: 1 }, { asOf: '2026-11-02', Jane: 'Doe' })).toEqual([
      '$.enrollments credentialing.enrollment.not_a_record_list',
      '$.options core.object.unknown_field',
    ]);
    // A set or a generator of records is a list; its records are still reported by index.
    function* records() {
      yield submitted();
      yield { clinicianId: 'x', payerId: 'y', status: 'lost' };
    }
    expect(findStalledEnrollments(records(), { asOf: '2026-11-02' }).invalid.map((i) => i.index)).toEqual([
      1,
    ]);
    expect(findStalledEnrollments(new Set([submitted()]), { asOf: '2026-11-02' }).stalled).toHaveLength(1);
  });

  it('property: every problem of a broken call names its argument', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.dictionary(fc.string(), fc.integer())),
        fc.string({ maxLength: 12 }),
        (records, asOf) => {
          try {
            findStalledEnrollments(records as never, { asOf });
          } catch (e) {
            const ats = (e as ValidationError).issues.map((i) => i.at);
            expect(ats[0]).toBe('$.enrollments');
            for (const at of ats) expect(at).toMatch(/^\$\.(enrollments|options)/);
            return;
          }
          throw new Error('a string, a number, null or a plain object is not a list of records');
        },
      ),
    );
  });

  it('flags exactly the in-progress applications idle for at least the threshold', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 1, max: 90 }),
        (on, idle, threshold) => {
          const { stalled } = findStalledEnrollments([submitted({ submittedOn: on })], {
            asOf: addDays(on, idle),
            payerPolicies: [{ payerId: 'aetna', stallAfterDays: threshold }],
          });
          expect(stalled.length).toBe(idle >= threshold ? 1 : 0);
        },
      ),
    );
  });
});
