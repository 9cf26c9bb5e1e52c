// Aging and timely-filing risk for 1,000,000 claims: the streaming epoch-day implementation against a
// straightforward one that validates with zod and builds a luxon DateTime per claim.
import { DateTime } from 'luxon';
import { bench, describe } from 'vitest';
import { AgingItem, buildAgingReport } from '../src/billing/claims/aging.js';
import type { FilingWindow } from '../src/billing/coverage/payer-profile.js';

const N = 1_000_000;
const AS_OF = '2026-11-20';
const PAYERS = 40;
const WINDOWS: Record<string, FilingWindow> = {};
for (let p = 0; p < PAYERS; p += 1) {
  WINDOWS[`payer-${p}`] =
    p % 4 === 0 ? { amount: 12, unit: 'months' } : { amount: 90 + (p % 3) * 30, unit: 'days' };
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

// Deterministic input (a linear congruential sequence), built once outside the measured code.
function makeItems(n: number): AgingItem[] {
  const out: AgingItem[] = [];
  let seed = 12_345;
  const next = (m: number): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % m;
  };
  for (let i = 0; i < n; i += 1) {
    const month = 1 + next(12);
    const day = 1 + next(28);
    const year = 2025 + next(2);
    const item = {
      claimId: `claim-${i}`,
      payerId: `payer-${next(PAYERS)}`,
      clientId: `client-${next(20_000)}`,
      serviceDate: `${year}-${pad(month)}-${pad(day)}`,
      balanceCents: 1 + next(40_000),
    } as AgingItem;
    if (next(3) === 0)
      (item as { submittedOn?: string }).submittedOn = `${year}-${pad(month)}-${pad(Math.min(28, day + 1))}`;
    out.push(item);
  }
  return out;
}

const items = makeItems(N);
const BOUNDS = [30, 60, 90, 120];

/** The naive version: zod validation, then a luxon DateTime per claim for the age and the deadline. */
function naiveAging(records: readonly unknown[], asOf: string) {
  const today = DateTime.fromISO(asOf, { zone: 'utc' });
  const buckets = [0, 0, 0, 0, 0];
  const risk: Record<string, number> = {};
  const byPayer = new Map<string, number>();
  const byClient = new Map<string, number>();
  const invalid: number[] = [];
  records.forEach((r, index) => {
    const parsed = AgingItem.safeParse(r);
    if (!parsed.success) {
      invalid.push(index);
      return;
    }
    const v = parsed.data;
    const dos = DateTime.fromISO(v.serviceDate, { zone: 'utc' });
    const age = Math.floor(today.diff(dos, 'days').days);
    const b = age <= 30 ? 0 : age <= 60 ? 1 : age <= 90 ? 2 : age <= 120 ? 3 : 4;
    buckets[b] = (buckets[b] as number) + v.balanceCents;
    byPayer.set(v.payerId, (byPayer.get(v.payerId) ?? 0) + v.balanceCents);
    byClient.set(v.clientId, (byClient.get(v.clientId) ?? 0) + v.balanceCents);
    const w = WINDOWS[v.payerId] as FilingWindow;
    const deadline = w.unit === 'days' ? dos.plus({ days: w.amount }) : dos.plus({ months: w.amount });
    let level: string;
    if (v.submittedOn !== undefined) {
      level = DateTime.fromISO(v.submittedOn, { zone: 'utc' }) > deadline ? 'late' : 'on_time';
    } else {
      const left = Math.floor(deadline.diff(today, 'days').days);
      level = left < 0 ? 'expired' : left <= 14 ? 'high' : left <= 30 ? 'medium' : 'low';
    }
    risk[level] = (risk[level] ?? 0) + v.balanceCents;
  });
  return { buckets, risk, byPayer, byClient, invalid };
}

const fast = () => buildAgingReport(items, { asOf: AS_OF, bucketBounds: BOUNDS, filingWindows: WINDOWS });

// Heap growth of one fast run beyond the input (the input is built before the measurement).
{
  const g = globalThis as { gc?: () => void };
  g.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const report = buildAgingReport(
    (function* () {
      for (let i = 0; i < items.length; i += 1) {
        if (i % 100_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
        yield items[i];
      }
    })(),
    { asOf: AS_OF, bucketBounds: BOUNDS, filingWindows: WINDOWS },
  );
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  const mb = (peak - before) / 1_048_576;
  process.stdout.write(
    `[billing-aging] ${report.total.claimCount} claims; heap growth beyond the input: ${mb.toFixed(1)} MB (peak sampled)\n`,
  );
  const times: number[] = [];
  fast(); // warm-up
  for (let run = 0; run < 5; run += 1) {
    const t0 = performance.now();
    fast();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  process.stdout.write(
    `[billing-aging] 1M claims, median of 5 runs: ${(times[2] as number).toFixed(0)} ms\n`,
  );
}

describe('aging + timely-filing risk, 1,000,000 claims', () => {
  bench(
    'buildAgingReport (epoch days, streaming), 1M',
    () => {
      fast();
    },
    { iterations: 5, warmupIterations: 1 },
  );
});

// Luxon costs tens of microseconds per DateTime on this machine, so the naive version over 1M claims
// takes minutes: the ratio is measured on the first 100,000 claims, both versions on the same input.
const sample = items.slice(0, 100_000);
describe('ratio on 100,000 claims (same input for both)', () => {
  bench(
    'buildAgingReport (epoch days, streaming), 100k',
    () => {
      buildAgingReport(sample, { asOf: AS_OF, bucketBounds: BOUNDS, filingWindows: WINDOWS });
    },
    { iterations: 10, warmupIterations: 2 },
  );
  bench(
    'naive: zod + luxon DateTime per claim, 100k',
    () => {
      naiveAging(sample, AS_OF);
    },
    { iterations: 2, warmupIterations: 0 },
  );
});
