import { toEpochDay, toEpochMs } from '../../core/index.js';
import type { PracticeData } from '../data/practice-data.js';
import type { WorkTask } from '../queue/work-task.js';
import type {
  DeadlinePoint,
  DigestCharts,
  ReceivablesCell,
  UtilizationPoint,
  WaitlistCount,
} from './practice-digest.js';

const BUCKETS = [
  { label: '0-30', max: 30 },
  { label: '31-60', max: 60 },
  { label: '61-90', max: 90 },
  { label: '91-120', max: 120 },
  { label: '120+', max: Number.POSITIVE_INFINITY },
] as const;
const OPEN = new Set([
  'submitted',
  'rejected',
  'accepted',
  'pending',
  'partially_paid',
  'denied',
  'appealed',
  'resubmitted',
]);
const DAY_MS = 86_400_000;

function receivables(data: PracticeData, asOfDay: number): ReceivablesCell[] {
  const totals = new Map<string, number>();
  for (const claim of data.claims) {
    if (!OPEN.has(claim.status)) continue;
    let charge = 0;
    let first = Number.POSITIVE_INFINITY;
    for (const line of claim.lines) {
      charge += line.chargeCents;
      first = Math.min(first, toEpochDay(line.dateOfService));
    }
    let adjusted = 0;
    for (const a of claim.adjustments) if (a.group === 'CO') adjusted += a.amountCents;
    const balance = charge - claim.paidCents - (claim.status === 'denied' ? 0 : adjusted);
    if (balance <= 0) continue;
    const age = asOfDay - first;
    const bucket = BUCKETS.find((b) => age <= b.max)?.label ?? '120+';
    const key = `${bucket}\u0000${claim.payerId}`;
    totals.set(key, (totals.get(key) ?? 0) + balance);
  }
  return [...totals]
    .map(([key, cents]) => {
      const [bucket, payerId] = key.split('\u0000') as [string, string];
      return { bucket, payerId, cents };
    })
    .sort((a, b) => (a.bucket < b.bucket ? -1 : a.bucket > b.bucket ? 1 : a.payerId < b.payerId ? -1 : 1));
}

function deadlines(tasks: readonly WorkTask[]): DeadlinePoint[] {
  return tasks
    .filter((t) => t.module === 'credentialing' && t.kind !== 'credentialing.enrollment_stalled')
    .map((t) => ({
      date: t.due.slice(0, 10),
      clinicianId: t.related.find((r) => r.kind === 'clinician')?.id ?? 'unknown',
      label: t.title,
      severity: t.reasons.some((r) => r.severity === 'error')
        ? 'error'
        : t.reasons.some((r) => r.severity === 'warning')
          ? 'warning'
          : 'info',
    }));
}

function waitlist(data: PracticeData): WaitlistCount[] {
  const counts = new Map<string, number>();
  for (const w of data.waitlist)
    counts.set(w.clinicianId ?? 'any', (counts.get(w.clinicianId ?? 'any') ?? 0) + 1);
  return [...counts]
    .map(([clinicianId, count]) => ({ clinicianId, count }))
    .sort((a, b) => (a.clinicianId < b.clinicianId ? -1 : 1));
}

/** Booked minutes (attended, no-show, late cancel excluded) over available minutes in the 28 days before asOf. */
function utilization(data: PracticeData, asOfDay: number): UtilizationPoint[] {
  const from = (asOfDay - 28) * DAY_MS;
  const to = asOfDay * DAY_MS;
  const booked = new Map<string, number>();
  for (const a of data.appointments) {
    if (a.status.state !== 'completed' && a.status.state !== 'no_show') continue;
    const start = toEpochMs(a.start);
    if (start < from || start >= to) continue;
    booked.set(a.clinicianId, (booked.get(a.clinicianId) ?? 0) + (toEpochMs(a.end) - start) / 60_000);
  }
  return data.clinicians.map((c) => {
    let weekly = 0;
    for (const w of c.availability) {
      const minutes =
        Number(w.end.slice(0, 2)) * 60 +
        Number(w.end.slice(3)) -
        Number(w.start.slice(0, 2)) * 60 -
        Number(w.start.slice(3));
      weekly += Math.max(0, minutes) * w.days.length;
    }
    const available = weekly * 4;
    const used = booked.get(c.id) ?? 0;
    return {
      clinicianId: c.id,
      basisPoints: available === 0 ? 0 : Math.min(10_000, Math.round((used / available) * 10_000)),
    };
  });
}

/** The numbers behind the digest's charts, from the data and the day's tasks. */
export function digestCharts(data: PracticeData, tasks: readonly WorkTask[], asOf: string): DigestCharts {
  const asOfDay = toEpochDay(asOf);
  return {
    agingBuckets: BUCKETS.map((b) => b.label),
    receivables: receivables(data, asOfDay),
    deadlines: deadlines(tasks),
    waitlist: waitlist(data),
    utilization: utilization(data, asOfDay),
  };
}
