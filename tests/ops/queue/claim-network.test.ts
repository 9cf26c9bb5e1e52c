import { describe, expect, it } from 'vitest';
import { ClinicianId } from '../../../src/core/index.js';
import {
  buildWorkQueue,
  DEMO_AS_OF,
  generateDemoPractice,
  type PracticeData,
} from '../../../src/ops/index.js';

const demo = generateDemoPractice();

/** The demo practice with claim-000111 (bluebird, seen 2026-08-30, waiting to be submitted) rendered by `clinicianId`. */
function renderedBy(
  clinicianId: string | undefined,
  edit: (d: PracticeData) => void = () => {},
): PracticeData {
  const data = structuredClone(demo);
  const claim = data.claims.find((c) => c.claimId === 'claim-000111');
  if (claim === undefined) throw new Error('the demo practice changed: claim-000111 is gone');
  if (clinicianId === undefined) delete claim.renderingClinicianId;
  else claim.renderingClinicianId = ClinicianId.parse(clinicianId);
  edit(data);
  return data;
}

function submitCodes(data: PracticeData): string[] {
  const queue = buildWorkQueue(data, { asOf: DEMO_AS_OF, role: 'biller' });
  const task = queue.tasks.find(
    (t) => t.kind === 'billing.claim_submit' && t.related.some((r) => r.id === 'claim-000111'),
  );
  if (task === undefined) throw new Error('claim-000111 has no submit task');
  return task.reasons.map((r) => r.code);
}

describe('the network check on a claim about to be submitted', () => {
  it('says nothing when the clinician who treated was in network with the payer that day', () => {
    const codes = submitCodes(renderedBy('clin-001'));
    expect(codes.filter((c) => c.includes('network'))).toEqual([]);
  });

  it('warns before submitting when the clinician who treated has no enrollment with the payer', () => {
    const data = renderedBy('clin-001', (d) => {
      d.enrollments = d.enrollments.filter(
        (e) => !(e.clinicianId === 'clin-001' && e.payerId === 'bluebird'),
      );
    });
    const queue = buildWorkQueue(data, { asOf: DEMO_AS_OF, role: 'biller' });
    const task = queue.tasks.find((t) => t.related.some((r) => r.id === 'claim-000111'));
    const network = task?.reasons.find((r) => r.code === 'ops.queue.claim_out_of_network');
    expect(network).toMatchObject({
      severity: 'error',
      facts: { clinicianId: 'clin-001', payerId: 'bluebird', serviceDate: '2026-08-30' },
    });
    expect(task?.reasons.map((r) => r.code)).toContain('credentialing.network.not_enrolled');
  });

  it('reads the enrollment on the date of service, not on the day the queue is built', () => {
    // Approved from 2026-09-01: the session on 2026-08-30 was before it took effect.
    const data = renderedBy('clin-001', (d) => {
      for (const e of d.enrollments) {
        if (e.clinicianId === 'clin-001' && e.payerId === 'bluebird' && e.status === 'approved') {
          e.effectiveOn = '2026-09-01';
        }
      }
    });
    expect(submitCodes(data)).toContain('ops.queue.claim_out_of_network');
    expect(submitCodes(data)).toContain('credentialing.network.before_effective_date');
  });

  it('is not asked when the claim does not record who treated', () => {
    const codes = submitCodes(renderedBy(undefined));
    expect(codes.filter((c) => c.startsWith('ops.queue.claim_') && c.includes('network'))).toEqual([]);
  });
});
