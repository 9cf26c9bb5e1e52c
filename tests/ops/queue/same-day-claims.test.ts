// The work queue scrubs a claim about to go out beside the client's other claims of the same dates: NCCI's
// edits and the MUEs count one provider's services to one patient on one date, whatever claim carries them
// (CMS NCCI Policy Manual ch. I; MUE), and an add-on is billed with its primary (AMA CPT).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/billing/index.js';
import {
  buildPracticeDigest,
  buildWorkQueue,
  DEMO_AS_OF,
  generateDemoPractice,
  type PracticeData,
  type WorkTask,
} from '../../../src/ops/index.js';
import { buildPracticeReport, practiceReportOf } from '../../../src/ops/internal.js';
import { sameDayScrubOf } from '../../../src/ops/queue/same-day-claims.js';

const demo = generateDemoPractice();
const TARGET = 'claim-000111'; // client-00041, bluebird, 90834 by video on 2026-08-30, ready to submit
const target = demo.claims.find((c) => c.claimId === TARGET) as Claim;
if (target === undefined) throw new Error('the demo practice changed: claim-000111 is gone');
const bluebird = demo.payers.find((p) => p.payerId === 'bluebird');
if (bluebird === undefined) throw new Error('the demo practice changed: bluebird is gone');

/** A paid claim beside the target: same client, payer, practitioner and date unless changed. */
function another(claimId: string, code: string, change: Partial<Claim> = {}): Claim {
  return {
    ...structuredClone(target),
    claimId,
    lines: [
      {
        ...structuredClone(target.lines[0] as Claim['lines'][number]),
        procedureCode: code,
        modifiers: ['95'],
      },
    ],
    status: 'paid',
    history: [
      { from: 'draft', to: 'ready', on: '2026-09-01' },
      { from: 'ready', to: 'submitted', on: '2026-09-01' },
      { from: 'submitted', to: 'accepted', on: '2026-09-02' },
      { from: 'accepted', to: 'paid', on: '2026-09-20' },
    ],
    ...change,
  } as Claim;
}

/** The demo practice with the target billed as `code` and `others` added to its claims. */
function practice(code: string | null, ...others: Claim[]): PracticeData {
  const data = structuredClone(demo);
  const claim = data.claims.find((c) => c.claimId === TARGET) as Claim;
  if (code !== null) for (const line of claim.lines) line.procedureCode = code as never;
  data.claims.push(...structuredClone(others));
  return data;
}

function targetTask(data: PracticeData): WorkTask {
  const queue = buildWorkQueue(data, { asOf: DEMO_AS_OF, role: 'biller' });
  const task = queue.tasks.find(
    (t) => t.kind.startsWith('billing.claim_') && t.related.some((r) => r.id === TARGET),
  );
  if (task === undefined) throw new Error('claim-000111 has no task');
  return task;
}

const sameDay = (t: WorkTask) =>
  t.reasons.filter((r) => r.code.includes('same_day') || r.code.includes('other_claim'));

describe('the queue’s claim scrub across the client’s day', () => {
  it('submits a claim alone on its date as before: no day findings', () => {
    const task = targetTask(practice(null));
    expect(task.kind).toBe('billing.claim_submit');
    expect(sameDay(task)).toEqual([]);
  });

  it('90791 on the claim and on a paid claim of the same day: fix before submit, naming the other claim (MUE 1)', () => {
    const task = targetTask(practice('90791', another('claim-900001', '90791')));
    expect(task.kind).toBe('billing.claim_fix_before_submit');
    expect(task.title).toMatch(/^Fix what the scrubber found/);
    const summary = task.reasons.find((r) => r.code === 'ops.queue.claim_same_day_findings');
    expect(summary?.severity).toBe('error');
    expect(summary?.message).toContain(
      '90791 is also billed on claim claim-900001 the same day (2026-08-30, same client and practitioner): it is billed once a day.',
    );
    expect(summary?.facts).toEqual({
      otherClaims: [{ claimId: 'claim-900001', status: 'paid' }],
      findings: ['billing.scrub.same_day_code_billed_twice'],
    });
    expect(task.reasons).toContainEqual(
      expect.objectContaining({
        code: 'billing.scrub.same_day_code_billed_twice',
        facts: expect.objectContaining({
          code: '90791',
          serviceDate: '2026-08-30',
          otherClaimIds: ['claim-900001'],
        }),
      }),
    );
  });

  it('90834 on the claim and an E/M (99214) on another of the same day: not billable together, fixed first (NCCI PTP)', () => {
    const task = targetTask(practice('90834', another('claim-900002', '99214')));
    expect(task.kind).toBe('billing.claim_fix_before_submit');
    expect(task.reasons.map((r) => r.code)).toContain('billing.scrub.same_day_codes_not_billable_together');
    expect(task.reasons.find((r) => r.code === 'ops.queue.claim_same_day_findings')?.message).toContain(
      '90834 and 99214 may not be billed together, and one is on claim claim-900002 the same day (2026-08-30',
    );
  });

  it('90833 on the claim and its E/M on another claim the same day: the primary is found there, bill them on one claim', () => {
    const task = targetTask(practice('90833', another('claim-900003', '99214')));
    // Alone the add-on has no primary (an error, fixed first); the day says where its primary is.
    expect(task.kind).toBe('billing.claim_fix_before_submit');
    expect(task.reasons.map((r) => r.code)).toContain('billing.scrub.add_on_without_primary');
    const found = task.reasons.find((r) => r.code === 'billing.scrub.add_on_primary_on_other_claim');
    expect(found).toMatchObject({
      severity: 'warning',
      facts: { code: '90833', otherClaimIds: ['claim-900003'] },
    });
    expect(task.reasons.find((r) => r.code === 'ops.queue.claim_same_day_findings')?.severity).toBe(
      'warning',
    );
  });

  it('never reads another client’s claim: 90791 of client-00042 the same day by the same NPI changes nothing', () => {
    const data = practice('90791', another('claim-900004', '90791', { clientId: 'client-00042' as never }));
    expect(targetTask(data)).toEqual(targetTask(practice('90791')));
  });

  it('leaves out another payer’s claim (that payer’s day) and a draft closed without reaching the payer', () => {
    const medicare = another('claim-900005', '90791', { payerId: 'medicare' as never });
    const abandoned = another('claim-900006', '90791', {
      status: 'closed',
      history: [{ from: 'draft', to: 'closed', on: '2026-09-01' }],
    });
    expect(targetTask(practice('90791', medicare, abandoned))).toEqual(targetTask(practice('90791')));
  });

  it('counts a rejected claim still to be resent: two claims of one 90791 are never both passed', () => {
    const rejected = another('claim-900007', '90791', {
      status: 'rejected',
      history: [
        { from: 'draft', to: 'ready', on: '2026-09-01' },
        { from: 'ready', to: 'submitted', on: '2026-09-01' },
        { from: 'submitted', to: 'rejected', on: '2026-09-02' },
      ],
    });
    const data = practice('90791', rejected);
    expect(targetTask(data).kind).toBe('billing.claim_fix_before_submit');
    const queue = buildWorkQueue(data, { asOf: DEMO_AS_OF, role: 'biller' });
    const resend = queue.tasks.find((t) => t.related.some((r) => r.id === 'claim-900007'));
    expect(resend?.kind).toBe('billing.claim_fix_and_resubmit');
    expect(resend?.reasons.map((r) => r.code)).toContain('billing.scrub.same_day_code_billed_twice');
  });

  it('counts the changed task in the report’s batches of the biller’s work as the queue lists it', () => {
    const data = practice('90791', another('claim-900001', '90791'));
    const options = { asOf: DEMO_AS_OF, role: 'assistant' } as const;
    const counted = buildPracticeReport(data, options).queue.forOtherRoles;
    // The report counts other roles' claims by batch without building them; the digest builds them whole.
    expect(counted).toEqual(practiceReportOf(buildPracticeDigest(data, options)).queue.forOtherRoles);
    const fixFirst = (d: PracticeData) =>
      buildWorkQueue(d, { asOf: DEMO_AS_OF, role: 'biller' }).tasks.filter(
        (t) => t.kind === 'billing.claim_fix_before_submit',
      ).length;
    expect(fixFirst(data)).toBe(fixFirst(practice('90791')) + 1);
  });
});

describe('sameDayScrubOf', () => {
  const CODES = ['90791', '90832', '90834', '90837', '90833', '90839', '99214', '90785'] as const;
  const DATES = ['2026-08-29', '2026-08-30'] as const;
  const claimArb = (clientId: string, id: number) =>
    fc
      .record({
        code: fc.constantFrom(...CODES),
        date: fc.constantFrom(...DATES),
        npi: fc.constantFrom('1234567893', '1245319599'),
        payerId: fc.constantFrom('bluebird', 'medicare'),
      })
      .map(({ code, date, npi, payerId }) =>
        another(`claim-${clientId}-${id}`, code, {
          clientId: clientId as never,
          payerId: payerId as never,
          renderingNpi: npi,
          lines: [
            {
              ...(target.lines[0] as Claim['lines'][number]),
              procedureCode: code as never,
              serviceDate: date,
            },
          ],
        }),
      );

  it('never changes a claim’s findings when another client’s claims are added beside it (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CODES),
        fc.array(
          claimArb('client-00041', 1).chain((c) => fc.constant(c)),
          { maxLength: 3 },
        ),
        fc.array(claimArb('client-00042', 2), { minLength: 1, maxLength: 4 }),
        (code, mine, theirs) => {
          const own = mine.map((c, i) => ({ ...c, claimId: `claim-own-${i}` }) as Claim);
          const strangers = theirs.map((c, i) => ({ ...c, claimId: `claim-other-${i}` }) as Claim);
          const claim = {
            ...target,
            lines: [{ ...(target.lines[0] as Claim['lines'][number]), procedureCode: code }],
          } as Claim;
          const scrub = (claims: Claim[]) =>
            sameDayScrubOf({ ...demo, claims: [claim, ...claims] }, DEMO_AS_OF)(claim, bluebird);
          expect(scrub([...own, ...strangers])).toEqual(scrub(own));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('only ever adds findings that name a claim of the same client (property)', () => {
    fc.assert(
      fc.property(fc.array(claimArb('client-00041', 1), { minLength: 1, maxLength: 3 }), (mine) => {
        const own = mine.map((c, i) => ({ ...c, claimId: `claim-own-${i}` }) as Claim);
        const claim = {
          ...target,
          lines: [{ ...(target.lines[0] as Claim['lines'][number]), procedureCode: '90791' }],
        } as Claim;
        const day = sameDayScrubOf({ ...demo, claims: [claim, ...own] }, DEMO_AS_OF)(claim, bluebird);
        const ids = new Set<string>(own.map((c) => c.claimId));
        for (const r of day.reasons) {
          for (const id of (r.facts.otherClaimIds as string[] | undefined) ?? [])
            expect(ids.has(id)).toBe(true);
        }
        // Blocking exactly when a finding is an error.
        expect(day.blocks).toBe(day.reasons.some((r) => r.severity === 'error'));
      }),
      { numRuns: 60 },
    );
  });

  it('refuses to pass a day it cannot check whole: more than 200 other claims to the payer that date', () => {
    const many = Array.from({ length: 201 }, (_, i) =>
      another(`claim-m-${String(i).padStart(3, '0')}`, '90832'),
    );
    const day = sameDayScrubOf({ ...demo, claims: [target, ...many] }, DEMO_AS_OF)(target, bluebird);
    expect(day.blocks).toBe(true);
    expect(day.reasons).toEqual([
      expect.objectContaining({
        code: 'ops.queue.claim_same_day_not_checked',
        severity: 'error',
        facts: { otherClaims: 201, limit: 200 },
      }),
    ]);
  });
});
