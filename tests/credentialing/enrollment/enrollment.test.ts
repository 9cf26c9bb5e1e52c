import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError, validate } from '../../../src/core/index.js';
import {
  ENROLLMENT_STATUS_TRANSITIONS,
  EnrollmentStatus,
  isEnrollmentInProgress,
  isEnrollmentTransitionAllowed,
  PayerEnrollment,
} from '../../../src/credentialing/index.js';
import { enrollment } from '../credentials/credential-fixtures.js';

describe('enrollment status transitions', () => {
  it('follows the application from start to approval and termination', () => {
    const path = [
      'not_started',
      'gathering_documents',
      'submitted',
      'in_review',
      'info_requested',
      'in_review',
      'approved',
      'terminated',
    ] as const;
    for (let i = 1; i < path.length; i += 1) {
      expect(
        isEnrollmentTransitionAllowed(path[i - 1] as EnrollmentStatus, path[i] as EnrollmentStatus),
      ).toBe(true);
    }
  });

  it('refuses backwards moves and leaves denied and terminated final', () => {
    expect(isEnrollmentTransitionAllowed('approved', 'submitted')).toBe(false);
    expect(isEnrollmentTransitionAllowed('in_review', 'gathering_documents')).toBe(false);
    expect(ENROLLMENT_STATUS_TRANSITIONS.denied).toEqual([]);
    expect(ENROLLMENT_STATUS_TRANSITIONS.terminated).toEqual([]);
  });

  it('never allows a status to move to itself', () => {
    for (const s of EnrollmentStatus.options) expect(isEnrollmentTransitionAllowed(s, s)).toBe(false);
  });

  it('marks only open applications as in progress', () => {
    expect(EnrollmentStatus.options.filter(isEnrollmentInProgress)).toEqual([
      'gathering_documents',
      'submitted',
      'in_review',
      'info_requested',
    ]);
  });
});

describe('PayerEnrollment validation', () => {
  it('rejects an enrollment moving backwards, naming the step, and every other problem', () => {
    const bad = enrollment({
      status: 'submitted',
      history: [
        { status: 'submitted', on: '2026-01-10' },
        { status: 'approved', on: '2026-03-01' },
        { status: 'submitted', on: '2026-02-01' },
      ],
      effectiveOn: '2026-03-01',
      terminatedOn: '2026-02-01',
    });
    let error: ValidationError | undefined;
    try {
      validate(PayerEnrollment, bad, 'enrollment');
    } catch (e) {
      error = e as ValidationError;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect(error?.issues.map((i) => [i.at, i.code])).toEqual([
      ['$.history[2].status', 'credentialing.enrollment.invalid_transition'],
      ['$.history[2].on', 'credentialing.enrollment.history_out_of_order'],
      ['$.terminatedOn', 'credentialing.enrollment.termination_before_effective'],
    ]);
    expect(error?.message).not.toMatch(/2026-0/);
  });

  it('requires the status to be the last of the history and a termination date when terminated', () => {
    const r = PayerEnrollment.safeParse(
      enrollment({ status: 'terminated', history: [{ status: 'approved', on: '2026-02-10' }] }),
    );
    expect(r.success).toBe(false);
    const codes = r.error?.issues.map((i) => (i as { params?: { code?: string } }).params?.code);
    expect(codes).toEqual([
      'credentialing.enrollment.status_mismatch',
      'credentialing.enrollment.termination_date_missing',
    ]);
  });

  it('accepts every history that follows the transition table, and rejects any with one step outside it', () => {
    const statuses = EnrollmentStatus.options;
    const walk = fc
      .tuple(fc.constantFrom(...statuses), fc.array(fc.nat({ max: 3 }), { maxLength: 8 }))
      .map(([start, choices]) => {
        const path = [start];
        for (const c of choices) {
          const next = ENROLLMENT_STATUS_TRANSITIONS[path[path.length - 1] as EnrollmentStatus];
          if (next.length === 0) break;
          path.push(next[c % next.length] as EnrollmentStatus);
        }
        return path;
      });
    fc.assert(
      fc.property(walk, fc.constantFrom(...statuses), (path, extra) => {
        const history = path.map((status, i) => ({ status, on: `2026-01-${String(i + 10)}` }));
        const last = path[path.length - 1] as EnrollmentStatus;
        const ok = PayerEnrollment.safeParse({
          clinicianId: 'c1',
          payerId: 'p1',
          status: last,
          history,
          terminatedOn: last === 'terminated' ? '2027-01-01' : undefined,
        });
        expect(ok.success).toBe(true);
        const bad = PayerEnrollment.safeParse({
          clinicianId: 'c1',
          payerId: 'p1',
          status: extra,
          history: [...history, { status: extra, on: '2026-02-01' }],
          terminatedOn: '2027-01-01',
        });
        expect(bad.success).toBe(isEnrollmentTransitionAllowed(last, extra));
      }),
    );
  });
});
