import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  AgingItem,
  buildAgingReport,
  buildAgingReportFromValidated,
} from '../../../src/billing/claims/aging.js';
import { ValidationError } from '../../../src/core/index.js';
import { fromEpochDay } from '../../../src/core/internal.js';

const ASOF = '2026-11-20';
type AgingItemInput = z.input<typeof AgingItem>;
const item = (o: Partial<AgingItemInput> & { serviceDate: string }): AgingItemInput => ({
  claimId: 'c-1',
  payerId: 'payer-a',
  clientId: 'client-1',
  balanceCents: 10_000,
  ...o,
});

describe('buildAgingReport', () => {
  it('ages from the date of service into 0–30, 31–60, 61–90, 91–120 and 121+ by default', () => {
    const r = buildAgingReport(
      [
        item({ claimId: 'a', serviceDate: '2026-10-21' }), // 30 days
        item({ claimId: 'b', serviceDate: '2026-10-20' }), // 31 days
        item({ claimId: 'c', serviceDate: '2026-08-22' }), // 90 days
        item({ claimId: 'd', serviceDate: '2026-07-23' }), // 120 days
        item({ claimId: 'e', serviceDate: '2026-07-22', balanceCents: 1 }), // 121 days
      ],
      { asOf: ASOF },
    );
    expect(r.buckets.map((b) => [b.label, b.claimCount, b.balanceCents])).toEqual([
      ['0-30', 1, 10_000],
      ['31-60', 1, 10_000],
      ['61-90', 1, 10_000],
      ['91-120', 1, 10_000],
      ['121+', 1, 1],
    ]);
    expect(r.total).toEqual({ claimCount: 5, balanceCents: 40_001 });
    expect(r.filingRisk).toBeNull();
  });

  it('totals by payer and by client, in id order', () => {
    const r = buildAgingReport(
      [
        item({ claimId: 'a', payerId: 'payer-b', clientId: 'client-2', serviceDate: '2026-11-01' }),
        item({
          claimId: 'b',
          payerId: 'payer-a',
          clientId: 'client-2',
          serviceDate: '2026-09-01',
          balanceCents: 500,
        }),
      ],
      { asOf: ASOF },
    );
    expect(r.byPayer).toEqual([
      { id: 'payer-a', bucketCents: [0, 0, 500, 0, 0], balanceCents: 500, claimCount: 1 },
      { id: 'payer-b', bucketCents: [10_000, 0, 0, 0, 0], balanceCents: 10_000, claimCount: 1 },
    ]);
    expect(r.byClient).toEqual([
      { id: 'client-2', bucketCents: [10_000, 0, 500, 0, 0], balanceCents: 10_500, claimCount: 2 },
    ]);
  });

  it('ages from submission when asked, counting unsubmitted claims apart', () => {
    const r = buildAgingReport(
      [
        item({ serviceDate: '2026-06-01', submittedOn: '2026-11-01' }),
        item({ claimId: 'x', serviceDate: '2026-06-01' }),
      ],
      { asOf: ASOF, basis: 'submission' },
    );
    expect(r.buckets[0]?.claimCount).toBe(1);
    expect(r.notSubmitted).toEqual({ claimCount: 1, balanceCents: 10_000 });
    expect(r.total.claimCount).toBe(2);
    expect(r.byPayer[0]?.bucketCents).toEqual([10_000, 0, 0, 0, 0]);
  });

  it('takes configurable bounds and puts future-dated claims in the first bucket, counted', () => {
    const r = buildAgingReport([item({ serviceDate: '2026-12-01' }), item({ serviceDate: '2026-11-05' })], {
      asOf: ASOF,
      bucketBounds: [14],
    });
    expect(r.buckets.map((b) => [b.label, b.claimCount])).toEqual([
      ['0-14', 1],
      ['15+', 1],
    ]);
    expect(r.futureDatedCount).toBe(1);
  });

  it('reports every invalid record by index, names each problem, echoes nothing, and goes on', () => {
    const r = buildAgingReport(
      [
        item({ serviceDate: '2026-11-01' }),
        {
          claimId: 'c-2',
          payerId: 'payer-a',
          clientId: 'client-1',
          serviceDate: '2026-02-30',
          balanceCents: 1.5,
        },
        null,
        item({ serviceDate: '2026-11-02', submittedOn: 'yesterday' }),
        item({ serviceDate: '2026-11-03', claimId: 'bad id!' }),
        { ...item({ serviceDate: '2026-11-03' }), clientId: 7 },
        item({ serviceDate: '2026-11-03', payerId: '-payer' }),
        item({ serviceDate: '2026-11-03', clientId: '' }),
      ],
      { asOf: ASOF },
    );
    expect(r.total.claimCount).toBe(1);
    expect(r.invalid.map((i) => [i.index, i.issues.map((x) => [x.at, x.code])])).toEqual([
      [
        1,
        [
          ['$[1].serviceDate', 'core.date.invalid'],
          ['$[1].balanceCents', 'invalid_type'],
        ],
      ],
      [2, [['$[2]', 'invalid_type']]],
      [3, [['$[3].submittedOn', 'core.date.invalid']]],
      [4, [['$[4].claimId', 'invalid_format']]],
      [5, [['$[5].clientId', 'invalid_type']]],
      [6, [['$[6].payerId', 'invalid_format']]],
      [7, [['$[7].clientId', 'invalid_format']]],
    ]);
    expect(JSON.stringify(r.invalid)).not.toMatch(/yesterday|bad id|2026-02-30/);
  });

  it('accepts an explicit undefined submission date, and refuses an unknown key without naming it', () => {
    const r = buildAgingReport(
      [
        { ...item({ serviceDate: '2026-11-01' }), submittedOn: undefined },
        { ...item({ serviceDate: '2026-11-01' }), ssn: '123-45-6789' },
      ],
      { asOf: ASOF },
    );
    expect(r.total.claimCount).toBe(1);
    expect(r.invalid.map((i) => [i.index, i.issues.map((x) => [x.at, x.code])])).toEqual([
      [1, [['$[1]', 'core.object.unknown_field']]],
    ]);
    expect(JSON.stringify(r.invalid)).not.toMatch(/ssn|123-45/);
  });

  it('tallies timely-filing risk of unfiled claims and filing outcome of filed ones', () => {
    const r = buildAgingReport(
      [
        item({ claimId: 'late', serviceDate: '2026-06-01', submittedOn: '2026-10-01' }),
        item({ claimId: 'ontime', serviceDate: '2026-06-01', submittedOn: '2026-06-05' }),
        item({ claimId: 'expired', serviceDate: '2026-06-01' }),
        item({ claimId: 'high', serviceDate: '2026-08-25' }), // deadline 11-23: 3 days left
        item({ claimId: 'medium', serviceDate: '2026-09-15' }), // 24 days left
        item({ claimId: 'low', serviceDate: '2026-11-01' }),
        item({ claimId: 'unknown', payerId: 'payer-z', serviceDate: '2026-11-01' }),
        item({ claimId: 'medicare', payerId: 'payer-m', serviceDate: '2025-11-30' }), // deadline 2026-11-30
      ],
      {
        asOf: ASOF,
        filingWindows: { 'payer-a': { amount: 90, unit: 'days' }, 'payer-m': { amount: 12, unit: 'months' } },
      },
    );
    const risk = r.filingRisk;
    expect(risk && Object.fromEntries(Object.entries(risk).map(([k, v]) => [k, v.claimCount]))).toEqual({
      filedOnTime: 1,
      filedLate: 1,
      low: 1,
      medium: 1,
      high: 2,
      expired: 1,
      undecided: 1,
    });
  });

  it('moves a payer’s deadline off a weekend or holiday when its window says so, days and months alike', () => {
    // As of Monday 2026-11-23. Monthly: DOS 2025-11-22 ends Sunday 2026-11-22, moved to Monday 11-23.
    // Daily: DOS 2026-08-24 + 90 days is the same Sunday.
    const items = [
      item({ claimId: 'm', payerId: 'payer-m', serviceDate: '2025-11-22' }),
      item({ claimId: 'd', payerId: 'payer-d', serviceDate: '2026-08-24' }),
    ];
    const rolled = buildAgingReport(items, {
      asOf: '2026-11-23',
      filingWindows: {
        'payer-m': { amount: 12, unit: 'months', rollToNextWorkday: true },
        'payer-d': { amount: 90, unit: 'days', rollToNextWorkday: true },
      },
    });
    expect(rolled.filingRisk?.high.claimCount).toBe(2);
    const plain = buildAgingReport(items, {
      asOf: '2026-11-23',
      filingWindows: { 'payer-m': { amount: 12, unit: 'months' }, 'payer-d': { amount: 90, unit: 'days' } },
    });
    expect(plain.filingRisk?.expired.claimCount).toBe(2);
  });

  it('uses a default filing window for payers without one', () => {
    const r = buildAgingReport([item({ serviceDate: '2026-11-01' })], {
      asOf: ASOF,
      defaultFilingWindow: { amount: 90, unit: 'days' },
    });
    expect(r.filingRisk?.low.claimCount).toBe(1);
  });

  it('throws a ValidationError for bounds that do not increase, and a bad as-of date', () => {
    expect(() => buildAgingReport([], { asOf: ASOF, bucketBounds: [30, 30] })).toThrow(ValidationError);
    expect(() => buildAgingReport([], { asOf: '2026-13-01' })).toThrow(ValidationError);
  });

  it('throws rather than lose a cent when totals leave the safe-integer range', () => {
    const big = Number.MAX_SAFE_INTEGER;
    expect(() =>
      buildAgingReport(
        [
          item({ serviceDate: '2026-11-01', balanceCents: big }),
          item({ serviceDate: '2026-11-01', balanceCents: big }),
        ],
        { asOf: ASOF },
      ),
    ).toThrow(/safe-integer/);
  });

  // Filed on or after the date of service (an earlier filing is an invalid record, tested apart).
  const itemArb = fc
    .record({
      claimId: fc.integer({ min: 0, max: 999 }).map((n) => `c-${n}`),
      payerId: fc.constantFrom('payer-a', 'payer-b', 'payer-c'),
      clientId: fc.integer({ min: 0, max: 9 }).map((n) => `client-${n}`),
      service: fc.integer({ min: 20_000, max: 20_800 }),
      filedAfter: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
      balanceCents: fc.integer({ min: -50_000, max: 5_000_000 }),
    })
    .map(({ service, filedAfter, ...rest }) => ({
      ...rest,
      serviceDate: fromEpochDay(service),
      submittedOn: filedAfter === undefined ? undefined : fromEpochDay(service + filedAfter),
    }));
  const boundsArb = fc
    .uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 6 })
    .map((b) => b.sort((x, y) => x - y));

  it('property: buckets partition the claims and add to the grand total to the cent, whatever the order or chunking', () => {
    fc.assert(
      fc.property(
        fc.array(itemArb, { maxLength: 60 }),
        boundsArb,
        fc.constantFrom('date_of_service' as const, 'submission' as const),
        fc.integer({ min: 1, max: 7 }),
        (items, bucketBounds, basis, chunk) => {
          const asOf = fromEpochDay(20_700);
          const r = buildAgingReport(items, { asOf, bucketBounds, basis });
          const expected = items.reduce((s, i) => s + i.balanceCents, 0);
          const bucketSum = r.buckets.reduce((s, b) => s + b.balanceCents, 0) + r.notSubmitted.balanceCents;
          const bucketCount = r.buckets.reduce((s, b) => s + b.claimCount, 0) + r.notSubmitted.claimCount;
          expect(bucketSum).toBe(expected);
          expect(r.total).toEqual({ claimCount: items.length, balanceCents: expected });
          expect(bucketCount).toBe(items.length);
          expect(r.byPayer.reduce((s, p) => s + p.balanceCents, 0)).toBe(expected);
          expect(r.byClient.reduce((s, p) => s + p.claimCount, 0)).toBe(items.length);
          // The same items reversed and fed as a lazy generator in chunks give the same report.
          const reversed = [...items].reverse();
          function* chunks() {
            for (let i = 0; i < reversed.length; i += chunk) yield* reversed.slice(i, i + chunk);
          }
          const again = buildAgingReport(chunks(), { asOf, bucketBounds, basis });
          expect(again).toEqual(r);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('property: items already validated are aged exactly as buildAgingReport ages them (the digest’s entry)', () => {
    fc.assert(
      fc.property(
        fc.array(itemArb, { maxLength: 60 }),
        boundsArb,
        fc.constantFrom('date_of_service' as const, 'submission' as const),
        fc.integer({ min: 1, max: 200 }),
        fc.constantFrom('days' as const, 'months' as const),
        (items, bucketBounds, basis, windowAmount, unit) => {
          const options = {
            asOf: fromEpochDay(20_700),
            bucketBounds,
            basis,
            defaultFilingWindow: { amount: windowAmount, unit },
          };
          const validated = items.map((i) => AgingItem.parse(i));
          expect(buildAgingReportFromValidated(validated, options)).toEqual(buildAgingReport(items, options));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('property: a claim lands in the one bucket whose day range holds its age (future-dated in the first)', () => {
    const today = 20_700;
    fc.assert(
      fc.property(
        boundsArb,
        fc.integer({ min: -30, max: 500 }),
        fc.constantFrom('date_of_service' as const, 'submission' as const),
        (bucketBounds, age, basis) => {
          const dated = fromEpochDay(today - age);
          const r = buildAgingReport(
            [
              item({
                serviceDate: basis === 'submission' ? fromEpochDay(today - 600) : dated,
                submittedOn: dated,
              }),
            ],
            { asOf: fromEpochDay(today), bucketBounds, basis },
          );
          const expected = r.buckets.findIndex(
            (b) => Math.max(age, 0) >= b.fromDays && (b.toDays === null || Math.max(age, 0) <= b.toDays),
          );
          // The buckets cover every age from 0 up, without overlap: exactly one range holds it.
          expect(
            r.buckets.filter(
              (b) => Math.max(age, 0) >= b.fromDays && (b.toDays === null || Math.max(age, 0) <= b.toDays),
            ),
          ).toHaveLength(1);
          expect(r.buckets.map((b) => b.claimCount)).toEqual(
            r.buckets.map((_, i) => (i === expected ? 1 : 0)),
          );
          expect(r.futureDatedCount).toBe(age < 0 ? 1 : 0);
          // The bucket ranges follow the bounds: b0 = 0..bounds[0], then (bounds[i-1]+1)..bounds[i], then the rest.
          expect(r.buckets.map((b) => [b.fromDays, b.toDays])).toEqual([
            ...bucketBounds.map((to, i) => [i === 0 ? 0 : (bucketBounds[i - 1] as number) + 1, to]),
            [(bucketBounds[bucketBounds.length - 1] as number) + 1, null],
          ]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('property: a record is aged exactly when the AgingItem schema accepts it', () => {
    const idArb = fc.string({
      maxLength: 6,
      unit: fc.constantFrom('a', 'Z', '7', '.', '_', ':', '-', ' ', '/', 'é'),
    });
    const dateArb = fc.oneof(
      fc.integer({ min: 19_000, max: 21_000 }).map(fromEpochDay),
      fc.constantFrom('2026-02-29', '2026-1-01', 'x'),
    );
    const recordArb = fc.record(
      {
        claimId: fc.oneof(idArb, fc.constant(7)),
        payerId: idArb,
        clientId: idArb,
        serviceDate: dateArb,
        submittedOn: dateArb,
        balanceCents: fc.oneof(fc.integer(), fc.double(), fc.constant(2 ** 53)),
        note: fc.constant('an unknown key'),
      },
      { requiredKeys: ['claimId', 'payerId', 'clientId', 'serviceDate', 'balanceCents'] },
    );
    fc.assert(
      fc.property(recordArb, (record) => {
        const r = buildAgingReport([record], { asOf: ASOF });
        const valid = AgingItem.safeParse(record).success;
        expect(r.total.claimCount).toBe(valid ? 1 : 0);
        expect(r.invalid.length).toBe(valid ? 0 : 1);
      }),
      { numRuns: 500 },
    );
  });
});

// The hand-written quick check must accept exactly what AgingItem accepts: each rule at its edge.
describe('buildAgingReport: records at the edges of the AgingItem schema', () => {
  const agedOrRefused = (record: unknown) => {
    const r = buildAgingReport([record], { asOf: ASOF });
    return r.total.claimCount === 1 && r.invalid.length === 0 ? 'aged' : 'refused';
  };
  const bySchema = (record: unknown) => (AgingItem.safeParse(record).success ? 'aged' : 'refused');

  it('ages an id exactly when the id pattern takes it: every ASCII character first and later, 128 and 129 long', () => {
    const ids = [
      ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).flatMap((ch) => [
        `${ch}x`,
        `x${ch}`,
      ]),
      'a'.repeat(128),
      'a'.repeat(129),
      '',
    ];
    for (const field of ['claimId', 'payerId', 'clientId'] as const) {
      for (const id of ids) {
        const record = { ...item({ serviceDate: '2026-11-01' }), [field]: id };
        expect([field, id, agedOrRefused(record)]).toEqual([field, id, bySchema(record)]);
      }
    }
    expect(agedOrRefused(item({ serviceDate: '2026-11-01', claimId: '0.9_A:Z-z' }))).toBe('aged');
  });

  it('refuses a record that is not a plain object, a non-string id, date or balance, and a bad date', () => {
    const valid = item({ serviceDate: '2026-11-01', submittedOn: '2026-11-02' });
    const records: unknown[] = [
      Object.assign(() => 0, valid),
      'c-1',
      { ...valid, claimId: 7 },
      { ...valid, payerId: 7 },
      { ...valid, clientId: 7 },
      { ...valid, serviceDate: 20_000 },
      { ...valid, serviceDate: '2026-02-30' },
      { ...valid, submittedOn: 20_000 },
      { ...valid, submittedOn: '2026-02-30' },
      { ...valid, balanceCents: '100' },
      { ...valid, balanceCents: 2 ** 53 },
    ];
    const r = buildAgingReport(records, { asOf: ASOF });
    expect(r.total.claimCount).toBe(0);
    expect(r.invalid.map((i) => i.index)).toEqual(records.map((_, i) => i));
    expect(agedOrRefused(valid)).toBe('aged');
  });

  it('lists payers and clients in id order whatever order they came in', () => {
    const r = buildAgingReport(
      ['payer-c', 'payer-a', 'payer-b'].map((payerId, i) =>
        item({ serviceDate: '2026-11-01', payerId, clientId: `client-${3 - i}` }),
      ),
      { asOf: ASOF },
    );
    expect(r.byPayer.map((p) => p.id)).toEqual(['payer-a', 'payer-b', 'payer-c']);
    expect(r.byClient.map((c) => c.id)).toEqual(['client-1', 'client-2', 'client-3']);
    expect(r.basis).toBe('date_of_service');
  });

  it('counts a claim filed on its last day (2026-08-30, 90 days from 2026-06-01) on time and the next day late, to the cent', () => {
    const r = buildAgingReport(
      [
        item({
          claimId: 'on-the-day',
          serviceDate: '2026-06-01',
          submittedOn: '2026-08-30',
          balanceCents: 100,
        }),
        item({
          claimId: 'a-day-late',
          serviceDate: '2026-06-01',
          submittedOn: '2026-08-31',
          balanceCents: 20,
        }),
        item({ claimId: 'early', serviceDate: '2026-06-01', submittedOn: '2026-06-05', balanceCents: 3 }),
        item({ claimId: 'unfiled', serviceDate: '2026-11-01', balanceCents: 4000 }),
      ],
      { asOf: ASOF, filingWindows: { 'payer-a': { amount: 90, unit: 'days' } } },
    );
    expect(r.filingRisk).toMatchObject({
      filedOnTime: { claimCount: 2, balanceCents: 103 },
      filedLate: { claimCount: 1, balanceCents: 20 },
      low: { claimCount: 1, balanceCents: 4000 },
    });
  });

  it('keeps totals of exactly ±Number.MAX_SAFE_INTEGER cents, and names the overflow one cent beyond', () => {
    const big = Number.MAX_SAFE_INTEGER;
    for (const sign of [1, -1]) {
      const at = (last: number) => [
        item({ claimId: 'a', serviceDate: '2026-11-01', balanceCents: sign * (big - 1) }),
        item({ claimId: 'b', serviceDate: '2026-11-01', balanceCents: sign * last }),
      ];
      expect(buildAgingReport(at(1), { asOf: ASOF }).total.balanceCents).toBe(sign * big);
      try {
        buildAgingReport(at(2), { asOf: ASOF });
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).subject).toBe('sum of cents');
        expect((error as ValidationError).issues[0]).toMatchObject({
          code: 'core.money.overflow',
          message: 'must stay within the safe-integer range',
        });
      }
    }
  });

  it('names bounds that do not increase, bad options and a non-iterable batch', () => {
    const thrown = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        const e = error as ValidationError;
        return [e.subject, e.issues.map((i) => [i.code, i.message])];
      }
      return 'no error';
    };
    expect(thrown(() => buildAgingReport([], { asOf: ASOF, bucketBounds: [30, 30] }))).toEqual([
      'aging options',
      [['billing.aging.bounds_not_increasing', 'must be strictly increasing']],
    ]);
    expect(thrown(() => buildAgingReport(7 as never, { asOf: ASOF }))[0]).toBe('aging items');
  });
});

describe('buildAgingReport: a submission dated before the date of service', () => {
  it('reports an item submitted 2026-10-30 for a session on 2026-11-02 invalid, by index and code, and ages the rest', () => {
    const records = [
      item({ claimId: 'c-1', serviceDate: '2026-11-02', submittedOn: '2026-10-30' }),
      item({ claimId: 'c-2', serviceDate: '2026-11-02', submittedOn: '2026-11-02' }),
    ];
    const r = buildAgingReport(records, { asOf: ASOF });
    expect(r.total).toEqual({ claimCount: 1, balanceCents: 10_000 });
    expect(r.invalid).toEqual([
      {
        index: 0,
        issues: [
          expect.objectContaining({ at: '$[0].submittedOn', code: 'billing.aging.submitted_before_service' }),
        ],
      },
    ]);
    // The validated path (the digest's) reports it the same way rather than aging it.
    const validated = buildAgingReportFromValidated(records as AgingItem[], { asOf: ASOF });
    expect(validated.total.claimCount).toBe(1);
    expect(validated.invalid.map((i) => i.index)).toEqual([0]);
  });

  it('property: an item is aged exactly when the schema takes it, whatever its submission and service dates', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 19_000, max: 21_000 }),
        fc.integer({ min: -60, max: 60 }),
        (service, lag) => {
          const record = item({
            serviceDate: fromEpochDay(service),
            submittedOn: fromEpochDay(service + lag),
          });
          const r = buildAgingReport([record], { asOf: ASOF, basis: 'submission' });
          const aged = r.total.claimCount === 1;
          expect(aged).toBe(AgingItem.safeParse(record).success);
          expect(aged).toBe(lag >= 0);
          expect(r.total.claimCount + r.invalid.length).toBe(1);
        },
      ),
    );
  });
});

describe('buildAgingReport: what its totals need read beside them', () => {
  it('says a claim dated 2026-12-01, after the as-of date 2026-11-20, was counted in 0-30', () => {
    const r = buildAgingReport(
      [item({ serviceDate: '2026-12-01', balanceCents: 7_500 }), item({ serviceDate: '2026-11-05' })],
      { asOf: ASOF },
    );
    expect(r.buckets[0]?.claimCount).toBe(2);
    expect(r.reasons).toEqual([
      {
        code: 'billing.aging.future_dated',
        severity: 'warning',
        message:
          'Some items are dated after the as-of date: they are counted in the first bucket; check their dates (a service not yet given is not a receivable).',
        facts: { asOf: ASOF, basis: 'date_of_service', claimCount: 1, balanceCents: 7_500 },
      },
    ]);
  });

  it('says a credit balance of -$50 lowered its bucket, and still counts it', () => {
    const r = buildAgingReport(
      [item({ serviceDate: '2026-01-01', balanceCents: -5_000 }), item({ serviceDate: '2026-01-02' })],
      { asOf: ASOF },
    );
    expect(r.total.claimCount).toBe(2);
    expect(r.reasons.map((x) => [x.code, x.severity, x.facts])).toEqual([
      ['billing.aging.credit_balance', 'warning', { claimCount: 1, balanceCents: -5_000 }],
    ]);
    expect(r.reasons[0]?.message).toMatch(/credit balance .* money owed back/);
  });

  it('counts a credit on a claim never filed, under the submission basis, too; a zero balance is no credit', () => {
    const r = buildAgingReport(
      [
        item({ serviceDate: '2026-01-01', balanceCents: -1 }),
        item({ serviceDate: '2026-01-02', balanceCents: 0 }),
      ],
      { asOf: ASOF, basis: 'submission' },
    );
    expect(r.notSubmitted.claimCount).toBe(2);
    expect(r.reasons.map((x) => [x.code, x.facts])).toEqual([
      ['billing.aging.credit_balance', { claimCount: 1, balanceCents: -1 }],
    ]);
  });

  it('says nothing when every item is dated by the as-of date with a balance of zero or more', () => {
    expect(buildAgingReport([item({ serviceDate: ASOF })], { asOf: ASOF }).reasons).toEqual([]);
  });

  it('property: the reasons count exactly the future-dated items and the credit balances, with their cents', () => {
    const spec = fc.record({
      offset: fc.integer({ min: -200, max: 30 }),
      balanceCents: fc.integer({ min: -20_000, max: 20_000 }),
    });
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 20 }), (specs) => {
        const today = 20_000;
        const r = buildAgingReport(
          specs.map((s, i) =>
            item({
              claimId: `c-${i}`,
              serviceDate: fromEpochDay(today + s.offset),
              balanceCents: s.balanceCents,
            }),
          ),
          { asOf: fromEpochDay(today) },
        );
        const future = specs.filter((s) => s.offset > 0);
        const credits = specs.filter((s) => s.balanceCents < 0);
        const sum = (list: typeof specs) => list.reduce((t, s) => t + s.balanceCents, 0);
        const facts = (code: string) => r.reasons.find((x) => x.code === code)?.facts ?? null;
        expect(facts('billing.aging.future_dated')).toEqual(
          future.length === 0
            ? null
            : {
                asOf: fromEpochDay(today),
                basis: 'date_of_service',
                claimCount: future.length,
                balanceCents: sum(future),
              },
        );
        expect(facts('billing.aging.credit_balance')).toEqual(
          credits.length === 0 ? null : { claimCount: credits.length, balanceCents: sum(credits) },
        );
        expect(r.futureDatedCount).toBe(future.length);
      }),
    );
  });
});
