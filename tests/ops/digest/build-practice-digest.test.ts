import { describe, expect, expectTypeOf, it } from 'vitest';
import { digestNames } from '../../../src/ops/digest/digest-names.js';
import {
  type BuildPracticeDigestOptions,
  type BuildWorkQueueOptions,
  buildPracticeDigest,
  DEMO_AS_OF,
  generateDemoPractice,
} from '../../../src/ops/index.js';

const data = generateDemoPractice();
const digest = buildPracticeDigest(data, { asOf: DEMO_AS_OF });

describe('buildPracticeDigest', () => {
  it('takes options named after it, the same as the work queue’s (types)', () => {
    expectTypeOf(buildPracticeDigest).parameter(1).toEqualTypeOf<BuildPracticeDigestOptions>();
    expectTypeOf<BuildPracticeDigestOptions>().toEqualTypeOf<BuildWorkQueueOptions>();
    const options: BuildPracticeDigestOptions = { asOf: DEMO_AS_OF, role: 'biller' };
    expect(buildPracticeDigest(data, options).queue.role).toBe('biller');
  });

  it('carries the practice name and the assistant’s queue', () => {
    expect(digest.practiceName).toBe(data.practice.name);
    expect(digest.queue.role).toBe('assistant');
  });

  it('gives receivables per aging bucket and payer, every cell positive and in a known bucket', () => {
    expect(digest.charts.agingBuckets).toEqual(['0-30', '31-60', '61-90', '91-120', '121+']);
    expect(digest.charts.receivables.length).toBeGreaterThan(0);
    const payers = new Set(data.payers.map((p) => p.payerId as string));
    for (const cell of digest.charts.receivables) {
      expect(cell.cents).toBeGreaterThan(0);
      expect(digest.charts.agingBuckets).toContain(cell.bucket);
      expect(payers.has(cell.payerId)).toBe(true);
    }
  });

  it('puts only credentialing deadlines on the timeline, each for a known clinician', () => {
    const clinicians = new Set(data.clinicians.map((c) => c.id as string));
    expect(digest.charts.deadlines.length).toBeGreaterThan(0);
    for (const d of digest.charts.deadlines) expect(clinicians.has(d.clinicianId)).toBe(true);
  });

  it('counts every waiting entry once, by clinician or any', () => {
    const waiting = data.waitlist.filter((w) => w.status === 'waiting' || w.status === 'offered').length;
    expect(digest.charts.waitlist.reduce((n, w) => n + w.count, 0)).toBe(waiting);
  });

  it('gives every clinician a utilization between 0 and 100 %', () => {
    expect(digest.charts.utilization).toHaveLength(data.clinicians.length);
    for (const u of digest.charts.utilization) {
      expect(u.basisPoints).toBeGreaterThanOrEqual(0);
      expect(u.basisPoints).toBeLessThanOrEqual(10_000);
    }
    expect(digest.charts.utilization.some((u) => u.basisPoints > 0)).toBe(true);
  });

  it('is plain JSON: serializing and reading it back changes nothing', () => {
    expect(JSON.parse(JSON.stringify(digest))).toEqual(digest);
  });
});

describe('utilization', () => {
  it('is zero for a clinician with no availability, rather than a division by zero', () => {
    const copy = structuredClone(data);
    const clinician = copy.clinicians[0];
    if (clinician === undefined) throw new Error('fixture');
    clinician.availability = [];
    const point = buildPracticeDigest(copy, { asOf: DEMO_AS_OF }).charts.utilization.find(
      (u) => u.clinicianId === clinician.id,
    );
    expect(point?.basisPoints).toBe(0);
  });

  it('counts a block past midnight for its full length, like a daytime block of the same hours', () => {
    const at = (availability: (typeof data.clinicians)[number]['availability']) => {
      const copy = structuredClone(data);
      const clinician = copy.clinicians[0];
      if (clinician === undefined) throw new Error('fixture');
      clinician.availability = availability;
      return buildPracticeDigest(copy, { asOf: DEMO_AS_OF }).charts.utilization.find(
        (u) => u.clinicianId === clinician.id,
      )?.basisPoints;
    };
    const overnight = at([
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '22:00', end: '06:00', modalities: [] },
    ]);
    expect(overnight).toBeGreaterThan(0);
    expect(overnight).toBe(
      at([{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '16:00', modalities: [] }]),
    );
  });
});

describe('buildPracticeDigest for each role', () => {
  const crisis = buildPracticeDigest(data, { asOf: DEMO_AS_OF, role: 'clinician' }).queue.tasks.find(
    (t) => t.priority === 'crisis',
  );
  if (crisis === undefined) throw new Error('the demo has a crisis');

  it('gives the assistant its clients by display name, and only those of its own tasks', () => {
    const ids = new Set(
      digest.queue.tasks.flatMap((t) => t.related.filter((r) => r.kind === 'client').map((r) => r.id)),
    );
    expect(digest.names.clientNames).toBe('full');
    expect(new Set(Object.keys(digest.names.clients))).toEqual(ids);
    for (const id of ids) expect(digest.names.clients[id]).toBe(data.clients.find((c) => c.id === id)?.name);
  });

  it('shows a role without client identity in its minimum-necessary access only initials', () => {
    // The credentialing coordinator's access has no client identity: given client tasks, it sees initials.
    const names = digestNames(data, 'credentialing_coordinator', digest.queue.tasks);
    expect(names.clientNames).toBe('initials');
    const labels = Object.values(names.clients);
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toMatch(/^[A-Z]\.( [A-Z]\.)*$/);
  });

  it('names clinicians and payers, and the clinician of a session task', () => {
    expect(digest.names.clinicians['clin-001']).toBe(data.clinicians[0]?.name);
    expect(Object.keys(digest.names.payers).sort()).toEqual(data.payers.map((p) => p.payerId).sort());
    const clinician = buildPracticeDigest(data, { asOf: DEMO_AS_OF, role: 'clinician' });
    const held = clinician.queue.tasks.find((t) => t.related.some((r) => r.kind === 'appointment'));
    const appointmentId = held?.related.find((r) => r.kind === 'appointment')?.id;
    expect(clinician.names.taskClinicians[held?.id ?? '']).toBe(
      data.appointments.find((a) => a.id === appointmentId)?.clinicianId,
    );
  });

  it('withholds what a crisis says and whom it concerns from every non-clinical role', () => {
    for (const role of ['assistant', 'biller', 'practice_owner', 'credentialing_coordinator'] as const) {
      const d = buildPracticeDigest(data, { asOf: DEMO_AS_OF, role });
      const shown = d.queue.forOtherRoles.flatMap((g) => g.tasks).find((t) => t.kind === crisis.kind);
      // Its id names no record (the crisis task's own names the client: ops37).
      expect(shown?.id).toBe('boundaries.message_crisis:withheld-1');
      expect(shown).toMatchObject({
        priority: 'crisis',
        related: [],
        title: 'A client message needs the on-call clinician now',
      });
      expect(shown?.reasons.map((r) => r.code)).toEqual(['ops.queue.clinical_content_withheld']);
      const json = JSON.stringify(d);
      expect(json).not.toContain('crisis_language');
      expect(json).not.toContain(
        crisis.reasons.flatMap((r) => (r.facts.phrases as string[] | undefined) ?? [])[0],
      );
    }
  });

  it('shows a clinical role the crisis whole, with its client by name', () => {
    const supervisor = buildPracticeDigest(data, { asOf: DEMO_AS_OF, role: 'supervisor' });
    const shown = supervisor.queue.forOtherRoles.flatMap((g) => g.tasks).find((t) => t.id === crisis.id);
    expect(shown).toEqual(crisis);
    const clientId = crisis.related.find((r) => r.kind === 'client')?.id ?? '';
    expect(supervisor.names.clients[clientId]).toBe(data.clients.find((c) => c.id === clientId)?.name);
  });

  it('batches the role’s own tasks and carries the practice’s zone and utilization target', () => {
    expect(digest.batches.reduce((n, b) => n + b.count, 0)).toBe(digest.queue.tasks.length);
    expect(digest.zone).toBe(data.practice.zone);
    expect(digest.charts.utilizationTargetBasisPoints).toBe(7500);
  });
});
