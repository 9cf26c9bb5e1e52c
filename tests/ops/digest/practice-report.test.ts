import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildPracticeDigest,
  DEMO_AS_OF,
  generateDemoPractice,
  generatePractice,
  type PracticeData,
  WorkQueueRole,
} from '../../../src/ops/index.js';
import { buildPracticeReport, practiceReportOf } from '../../../src/ops/internal.js';
import { AS_OF } from '../practice-fixtures.js';

const demo = generateDemoPractice();

/** The report the CLI builds, and the one it would build from the whole digest: they must be equal. */
function bothReports(data: PracticeData, role: WorkQueueRole, asOf = AS_OF) {
  return {
    report: buildPracticeReport(data, { asOf, role }),
    fromDigest: practiceReportOf(buildPracticeDigest(data, { asOf, role })),
  };
}

describe('buildPracticeReport', () => {
  it('equals the report of the whole digest for any practice, role and day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.constantFrom(...WorkQueueRole.options),
        fc.integer({ min: -30, max: 30 }),
        (seed, role, shift) => {
          const data = generatePractice({ seed, asOf: AS_OF, clinicians: 3, clientsPerClinician: 5 });
          const asOf = new Date(Date.UTC(2026, 10, 20 + shift)).toISOString().slice(0, 10);
          const { report, fromDigest } = bothReports(data, role, asOf);
          expect(report).toEqual(fromDigest);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('counts and batches the biller’s claims for the assistant as the digest lists them', () => {
    const { report, fromDigest } = bothReports(demo, 'assistant', DEMO_AS_OF);
    const biller = report.queue.forOtherRoles.find((g) => g.role === 'biller');
    const claims = biller?.batches.filter((b) => b.kind.startsWith('billing.claim_')) ?? [];
    expect(claims.reduce((n, b) => n + b.count, 0)).toBeGreaterThan(0);
    expect(biller?.taskCount).toBe(
      buildPracticeDigest(demo, { asOf: DEMO_AS_OF }).queue.forOtherRoles.find((g) => g.role === 'biller')
        ?.tasks.length,
    );
    expect(report.queue.forOtherRoles).toEqual(fromDigest.queue.forOtherRoles);
  });

  it('leaves out another role’s claim tasks that the log of completed work says are done', () => {
    const data = structuredClone(demo);
    const claimTasks = buildPracticeDigest(data, { asOf: DEMO_AS_OF })
      .queue.forOtherRoles.flatMap((g) => g.tasks)
      .filter((t) => t.kind.startsWith('billing.claim_'))
      .slice(0, 3);
    expect(claimTasks).toHaveLength(3);
    data.completedWork = claimTasks.map((t) => ({
      taskId: t.id,
      at: `${DEMO_AS_OF}T15:00:00Z`,
      by: 'Sam (biller)',
      outcome: 'done' as const,
    }));
    const { report, fromDigest } = bothReports(data, 'assistant', DEMO_AS_OF);
    const before = bothReports(demo, 'assistant', DEMO_AS_OF).report;
    const count = (r: typeof report) => r.queue.forOtherRoles.find((g) => g.role === 'biller')?.taskCount;
    expect(count(report)).toBe((count(before) ?? 0) - 3);
    expect(report).toEqual(fromDigest);
  });

  it('splits the claims between the roles a practice’s scope makes their owners', () => {
    const data = structuredClone(demo);
    data.policies.scope = {
      ...data.policies.scope,
      owners: [{ task: 'submit_claim', role: 'practice_owner' }],
    };
    for (const role of ['assistant', 'practice_owner', 'biller'] as const) {
      const { report, fromDigest } = bothReports(data, role, DEMO_AS_OF);
      expect(report).toEqual(fromDigest);
    }
    const owner = bothReports(data, 'assistant', DEMO_AS_OF).report.queue.forOtherRoles.find(
      (g) => g.role === 'practice_owner',
    );
    expect(owner?.batches.some((b) => b.kind === 'billing.claim_submit')).toBe(true);
  });
});
