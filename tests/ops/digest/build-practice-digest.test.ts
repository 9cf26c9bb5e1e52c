import { describe, expect, it } from 'vitest';
import { buildPracticeDigest, DEMO_AS_OF, generateDemoPractice } from '../../../src/ops/index.js';

const data = generateDemoPractice();
const digest = buildPracticeDigest(data, { asOf: DEMO_AS_OF });

describe('buildPracticeDigest', () => {
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
});
