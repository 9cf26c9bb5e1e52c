import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, ValidationError, validate } from '../../../src/core/index.js';
import {
  canMoveEnrollment,
  ENROLLMENT_TRANSITIONS,
  EnrollmentStatus,
  moveEnrollment,
  PayerEnrollment,
} from '../../../src/credentialing/index.js';
import { isEnrollmentInProgress } from '../../../src/credentialing/internal.js';
import { thrown } from '../../validation-subject.js';
import { enrollment } from '../credentials/credential-fixtures.js';

describe('enrollment status transitions', () => {
  it('lists both bad statuses of canMoveEnrollment at once, each under its parameter’s name', () => {
    const error = thrown(() => canMoveEnrollment('lost' as never, null as never));
    expect(error.issues.map((i) => `${i.code}@${i.at}`)).toEqual([
      'invalid_value@$.from',
      'invalid_value@$.to',
    ]);
    expect(thrown(() => canMoveEnrollment('submitted', 'lost' as never)).issues.map((i) => i.at)).toEqual([
      '$.to',
    ]);
  });

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
      expect(canMoveEnrollment(path[i - 1] as EnrollmentStatus, path[i] as EnrollmentStatus)).toBe(true);
    }
  });

  it('refuses backwards moves and leaves denied and terminated final', () => {
    expect(canMoveEnrollment('approved', 'submitted')).toBe(false);
    expect(canMoveEnrollment('in_review', 'gathering_documents')).toBe(false);
    expect(ENROLLMENT_TRANSITIONS.denied).toEqual([]);
    expect(ENROLLMENT_TRANSITIONS.terminated).toEqual([]);
  });

  it('never allows a status to move to itself', () => {
    for (const s of EnrollmentStatus.options) expect(canMoveEnrollment(s, s)).toBe(false);
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

describe('moveEnrollment', () => {
  const open = (status: EnrollmentStatus, history: { status: EnrollmentStatus; on: string }[] = []) =>
    enrollment({ status, history, effectiveOn: undefined, credentialedOn: undefined });

  it('approves an application on 2026-09-20, effective 2026-10-01 as the payer stated, and records both', () => {
    const d = moveEnrollment(
      open('in_review', [{ status: 'in_review', on: '2026-08-01' }]),
      { to: 'approved', effectiveOn: '2026-10-01' },
      { asOf: '2026-09-20' },
    );
    expect(d.outcome).toBe('moved');
    expect(d.enrollment).toMatchObject({
      status: 'approved',
      approvedOn: '2026-09-20',
      effectiveOn: '2026-10-01',
    });
    expect(d.enrollment.history).toEqual([
      { status: 'in_review', on: '2026-08-01' },
      { status: 'approved', on: '2026-09-20' },
    ]);
  });

  it('dates the first submission and keeps it when the application is sent again after a request for information', () => {
    const first = moveEnrollment(open('gathering_documents'), { to: 'submitted' }, { asOf: '2026-09-01' });
    expect(first.enrollment.submittedOn).toBe('2026-09-01');
    const asked = moveEnrollment(first.enrollment, { to: 'info_requested' }, { asOf: '2026-10-01' });
    const again = moveEnrollment(asked.enrollment, { to: 'submitted' }, { asOf: '2026-10-05' });
    expect(again.outcome).toBe('moved');
    expect(again.enrollment.submittedOn).toBe('2026-09-01');
    expect(again.enrollment.history.map((h) => h.status)).toEqual([
      'submitted',
      'info_requested',
      'submitted',
    ]);
  });

  it('refuses any move of a denied application, and a backwards move with the moves allowed', () => {
    const denied = moveEnrollment(open('denied'), { to: 'submitted' }, { asOf: '2026-09-20' });
    expect(denied.outcome).toBe('refused');
    expect(denied.reasons.map((r) => r.code)).toEqual(['credentialing.enrollment.final_status']);
    expect(denied.enrollment.status).toBe('denied');
    const back = moveEnrollment(open('approved'), { to: 'submitted' }, { asOf: '2026-09-20' });
    expect(back.reasons[0]).toMatchObject({
      code: 'credentialing.enrollment.illegal_transition',
      severity: 'error',
      facts: { from: 'approved', to: 'submitted', allowed: ['terminated'] },
    });
  });

  it('refuses a termination without its date, and terminates with one', () => {
    const approved = enrollment({ effectiveOn: '2026-03-01' });
    const without = moveEnrollment(approved, { to: 'terminated' }, { asOf: '2026-12-01' });
    expect(without.reasons.map((r) => r.code)).toEqual(['credentialing.enrollment.termination_date_needed']);
    const moved = moveEnrollment(
      approved,
      { to: 'terminated', terminatedOn: '2027-01-01' },
      { asOf: '2026-12-01' },
    );
    expect(moved.enrollment).toMatchObject({ status: 'terminated', terminatedOn: '2027-01-01' });
  });

  it('refuses an approval without its effective date (2026-09-20 approval, no date stated), accepts it with one', () => {
    const inReview = open('in_review');
    const without = moveEnrollment(inReview, { to: 'approved' }, { asOf: '2026-09-20' });
    expect(without.outcome).toBe('refused');
    expect(without.reasons.map((r) => r.code)).toEqual(['credentialing.enrollment.effective_date_needed']);
    expect(without.enrollment.status).toBe('in_review');
    const moved = moveEnrollment(
      inReview,
      { to: 'approved', effectiveOn: '2026-08-15' },
      { asOf: '2026-09-20' },
    );
    expect(moved.enrollment).toMatchObject({
      status: 'approved',
      approvedOn: '2026-09-20',
      effectiveOn: '2026-08-15',
    });
    // An effective date the enrollment already records (stated earlier) is enough.
    const stated = moveEnrollment(
      { ...inReview, effectiveOn: '2026-10-01' },
      { to: 'approved' },
      { asOf: '2026-09-20' },
    );
    expect(stated.enrollment).toMatchObject({ status: 'approved', effectiveOn: '2026-10-01' });
  });

  it('property: a move to approved is refused for its date exactly when neither the move nor the enrollment has one', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EnrollmentStatus.options.filter((s) => canMoveEnrollment(s, 'approved'))),
        fc.boolean(),
        fc.boolean(),
        (from, inMove, onRecord) => {
          const start = { ...open(from), ...(onRecord ? { effectiveOn: '2026-10-01' } : {}) };
          const d = moveEnrollment(
            start,
            { to: 'approved', ...(inMove ? { effectiveOn: '2026-09-01' } : {}) },
            { asOf: '2026-09-20' },
          );
          const needed = d.reasons.some((r) => r.code === 'credentialing.enrollment.effective_date_needed');
          expect(needed).toBe(!inMove && !onRecord);
          expect(d.outcome).toBe(needed ? 'refused' : 'moved');
          if (d.outcome === 'moved') expect(d.enrollment.effectiveOn).toBeDefined();
        },
      ),
    );
  });

  it('refuses a move dated before the last status change', () => {
    const d = moveEnrollment(
      open('submitted', [{ status: 'submitted', on: '2026-09-01' }]),
      { to: 'in_review' },
      { asOf: '2026-08-31' },
    );
    expect(d.reasons).toEqual([
      expect.objectContaining({
        code: 'credentialing.enrollment.move_before_last',
        facts: { on: '2026-08-31', lastMoveOn: '2026-09-01' },
      }),
    ]);
  });

  it('throws a ValidationError for a bad date, an unknown status, or a termination before the effective date', () => {
    expect(() => moveEnrollment(open('submitted'), { to: 'in_review' }, { asOf: '2026-02-30' })).toThrow(
      ValidationError,
    );
    expect(() =>
      moveEnrollment(open('submitted'), { to: 'lost' as 'in_review' }, { asOf: '2026-09-01' }),
    ).toThrow(ValidationError);
    expect(() =>
      moveEnrollment(
        enrollment({ effectiveOn: '2026-03-01' }),
        { to: 'terminated', terminatedOn: '2026-02-01' },
        { asOf: '2026-12-01' },
      ),
    ).toThrow(ValidationError);
  });

  it('reports a termination on or before the effective date at the move’s own date, echoing neither date', () => {
    const issuesOf = (terminatedOn: string) => {
      try {
        moveEnrollment(
          enrollment({ effectiveOn: '2026-03-01' }),
          { to: 'terminated', terminatedOn },
          { asOf: '2026-12-01' },
        );
      } catch (e) {
        const error = e as ValidationError;
        expect(error.message).not.toMatch(/2026-0[23]/);
        return error.issues.map((i) => `${i.at} ${i.code}`);
      }
      return [];
    };
    for (const day of ['2026-02-28', '2026-03-01']) {
      expect(issuesOf(day)).toEqual([
        '$.move.terminatedOn credentialing.enrollment.termination_before_effective',
      ]);
    }
    // The day after the effective date is the first day a participation can end.
    expect(issuesOf('2026-03-02')).toEqual([]);
  });

  it('property: every problem of a moved enrollment names an argument ($.move or $.enrollment)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -40, max: 40 }), (offset) => {
        const terminatedOn = addDays('2026-03-01', offset);
        try {
          const d = moveEnrollment(
            enrollment({ effectiveOn: '2026-03-01' }),
            { to: 'terminated', terminatedOn },
            { asOf: '2026-12-01' },
          );
          expect(offset).toBeGreaterThan(0);
          expect(d.outcome).toBe('moved');
        } catch (e) {
          expect(offset).toBeLessThanOrEqual(0);
          for (const i of (e as ValidationError).issues) expect(i.at).toMatch(/^\$\.(move|enrollment)\./);
        }
      }),
    );
  });

  it('property: any sequence of requested moves leaves a valid enrollment whose history the table allows', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...EnrollmentStatus.options), { maxLength: 12 }), (targets) => {
        let current = validate(PayerEnrollment, open('not_started'), 'enrollment');
        let on = '2026-01-05';
        for (const to of targets) {
          const before = current.status;
          const d = moveEnrollment(
            current,
            { to, effectiveOn: on, terminatedOn: addDays(on, 30) },
            { asOf: on },
          );
          expect(d.outcome === 'moved').toBe(canMoveEnrollment(before, to));
          expect(d.enrollment.status).toBe(d.outcome === 'moved' ? to : before);
          current = d.enrollment;
          on = addDays(on, 3);
        }
        const h = current.history;
        for (let i = 1; i < h.length; i += 1)
          expect(
            canMoveEnrollment(h[i - 1]?.status as EnrollmentStatus, h[i]?.status as EnrollmentStatus),
          ).toBe(true);
        expect(validate(PayerEnrollment, current, 'enrollment')).toEqual(current);
      }),
      { numRuns: 200 },
    );
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
          const next = ENROLLMENT_TRANSITIONS[path[path.length - 1] as EnrollmentStatus];
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
        expect(bad.success).toBe(canMoveEnrollment(last, extra));
      }),
    );
  });
});
