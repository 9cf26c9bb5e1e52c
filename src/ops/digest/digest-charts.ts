import {
  type AgingItem,
  type Claim,
  type ClaimBalance,
  getRemainingClaimBalance,
} from '../../billing/index.js';
import { buildAgingReportFromValidated, filedDateOf, firstServiceDate } from '../../billing/internal.js';
import { getLocalDate, type IanaZone } from '../../core/index.js';
import { resolveLocalMinute, toEpochDay, toEpochMs } from '../../core/internal.js';
import type { PracticeData } from '../data/practice-data.js';
import { claimBalancesInOrder } from '../queue/queue-context.js';
import type { WorkTask } from '../queue/work-task.js';
import type {
  DeadlinePoint,
  DigestCharts,
  ReceivablesCell,
  UtilizationPoint,
  WaitlistCount,
} from './practice-digest.js';

const NOT_RECEIVABLE: ReadonlySet<string> = new Set(['draft', 'ready', 'paid', 'closed', 'written_off']);

/**
 * The open receivables to age, one at a time: the aging report tallies each as it comes, so 100,000 items
 * are never held at once (each dies young, instead of outliving a list of them all).
 */
function* receivableItems(
  data: PracticeData,
  balanceAt: readonly (ClaimBalance | undefined)[],
): Generator<AgingItem> {
  for (let i = 0; i < data.claims.length; i += 1) {
    const c = data.claims[i] as Claim;
    if (NOT_RECEIVABLE.has(c.status)) continue;
    const balance = balanceAt[i];
    const submittedOn = filedDateOf(c.history);
    const { claimId, payerId, clientId } = c;
    const serviceDate = firstServiceDate(c.lines);
    const balanceCents =
      balance === undefined
        ? c.lines.reduce((sum, l) => sum + l.chargeCents, 0)
        : getRemainingClaimBalance(balance);
    yield submittedOn === undefined
      ? { claimId, payerId, clientId, serviceDate, balanceCents }
      : { claimId, payerId, clientId, serviceDate, submittedOn, balanceCents };
  }
}

/** Receivables by aging bucket and payer, from the billing module's aging report. */
function receivables(
  data: PracticeData,
  asOf: string,
  balanceAt: readonly (ClaimBalance | undefined)[],
): { buckets: string[]; cells: ReceivablesCell[] } {
  // The items are read from the validated file's claims and balances: the aging report takes them as valid.
  const report = buildAgingReportFromValidated(receivableItems(data, balanceAt), {
    asOf,
    ...data.policies.aging,
  });
  const buckets = report.buckets.map((b) => b.label);
  const cells = report.byPayer.flatMap((p) =>
    p.bucketCents.flatMap((cents, i) =>
      cents === 0 ? [] : [{ bucket: buckets[i] as string, payerId: p.id, cents }],
    ),
  );
  return { buckets, cells };
}

function deadlines(tasks: readonly WorkTask[], zone: IanaZone): DeadlinePoint[] {
  return (
    tasks
      // Follow-ups and a payer policy to configure are work, not credential deadlines.
      .filter(
        (t) =>
          t.module === 'credentialing' &&
          t.kind !== 'credentialing.enrollment_follow_up' &&
          t.kind !== 'credentialing.payer_policy_needed',
      )
      .map((t) => ({
        // A deadline at an instant falls on its day on the practice's clock, not UTC's.
        date: t.due.length === 10 ? t.due : getLocalDate(t.due, zone),
        // Every credentialing task names its clinician.
        clinicianId: t.related.find((r) => r.kind === 'clinician')!.id,
        label: t.title,
        // The queue keeps only deadlines that are overdue (error) or inside a lead window (warning).
        severity: t.reasons.some((r) => r.severity === 'error') ? 'error' : 'warning',
      }))
  );
}

function waitlist(data: PracticeData): WaitlistCount[] {
  const counts = new Map<string, number>();
  for (const w of data.waitlist) {
    if (w.status !== 'waiting' && w.status !== 'offered') continue;
    counts.set(w.clinicianId ?? 'any', (counts.get(w.clinicianId ?? 'any') ?? 0) + 1);
  }
  return [...counts]
    .map(([clinicianId, count]) => ({ clinicianId, count }))
    .sort((a, b) => (a.clinicianId < b.clinicianId ? -1 : 1));
}

/** Minutes of sessions held or no-showed over the weekly availability, in the 28 days before asOf. */
function utilization(data: PracticeData, asOfDay: number): UtilizationPoint[] {
  // The 28 days before the digest's date on the practice's clock: local midnights, not UTC ones.
  const from = resolveLocalMinute(asOfDay - 28, 0, data.practice.zone).epochMs as number;
  const to = resolveLocalMinute(asOfDay, 0, data.practice.zone).epochMs as number;
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
      // A block whose end is at or before its start runs past midnight.
      weekly += (minutes > 0 ? minutes : minutes + 1440) * w.days.length;
    }
    const available = weekly * 4;
    const used = booked.get(c.id) ?? 0;
    return {
      clinicianId: c.id,
      basisPoints: available === 0 ? 0 : Math.min(10_000, Math.round((used / available) * 10_000)),
    };
  });
}

/**
 * The numbers behind the digest's charts, from the data and the day's tasks; `balanceAt` holds the claims'
 * balances in claim order when the caller has them already (the queue's context).
 */
export function digestCharts(
  data: PracticeData,
  tasks: readonly WorkTask[],
  asOf: string,
  balanceAt: readonly (ClaimBalance | undefined)[] = claimBalancesInOrder(data),
): DigestCharts {
  const aging = receivables(data, asOf, balanceAt);
  return {
    agingBuckets: aging.buckets,
    receivables: aging.cells,
    deadlines: deadlines(tasks, data.practice.zone),
    waitlist: waitlist(data),
    utilization: utilization(data, toEpochDay(asOf)),
    utilizationTargetBasisPoints: data.policies.utilizationTargetBasisPoints,
  };
}
