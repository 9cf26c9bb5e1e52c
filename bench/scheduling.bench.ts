import { bench, describe } from 'vitest';
import { findOpenSlots } from '../src/scheduling/open-slots.js';
import { expandSeries } from '../src/scheduling/series-expansion.js';
import { indexWaitlist } from '../src/scheduling/waitlist-index.js';
import { rankWaitlistForOpening } from '../src/scheduling/waitlist-ranking.js';
import {
  makeBookings,
  makeClinicians,
  makeWaitlist,
  naiveOpenSlotCount,
  SEARCH,
} from './scheduling-fixtures.js';

const clinicians100 = makeClinicians(100);
const bookings30k = makeBookings(clinicians100, 30_000);
const clinicians200 = makeClinicians(200);
const bookings60k = makeBookings(clinicians200, 60_000, 8);

describe('open slots: 100 clinicians × 90 days, 30,000 bookings', () => {
  bench(
    'findOpenSlots (indexed sweep)',
    () => {
      findOpenSlots(clinicians100, bookings30k, SEARCH);
    },
    { time: 2_000, iterations: 5 },
  );
  bench(
    'naive: scan every booking for each candidate',
    () => {
      naiveOpenSlotCount(clinicians100, bookings30k);
    },
    { time: 0, iterations: 2, warmupIterations: 0, warmupTime: 0 },
  );
});

describe('open slots: linear scaling (double clinicians and bookings)', () => {
  bench(
    '100 clinicians, 30,000 bookings',
    () => {
      findOpenSlots(clinicians100, bookings30k, SEARCH);
    },
    { time: 2_000, iterations: 5 },
  );
  bench(
    '200 clinicians, 60,000 bookings',
    () => {
      findOpenSlots(clinicians200, bookings60k, SEARCH);
    },
    { time: 2_000, iterations: 5 },
  );
});

const waitlist = indexWaitlist(makeWaitlist(100_000));
const opening = {
  id: 'o-1',
  clinicianId: 'dr-0001',
  start: '2026-03-10T14:00:00Z',
  end: '2026-03-10T14:50:00Z',
  modalities: ['telehealth' as const],
};
const clinician = {
  id: 'dr-0001',
  zone: 'America/New_York',
  modalities: ['telehealth' as const],
  payersAccepted: ['aetna'],
};
const rawWaitlist = makeWaitlist(100_000);

describe('waitlist: 100,000 entries, one opening', () => {
  bench(
    'rankWaitlistForOpening (indexed waitlist)',
    () => {
      rankWaitlistForOpening(waitlist, opening, clinician, {}, { asOf: '2026-03-01T00:00:00Z' });
    },
    { time: 2_000, iterations: 5 },
  );
  bench(
    'indexWaitlist (validate and prepare 100,000 entries, once per load)',
    () => {
      indexWaitlist(rawWaitlist);
    },
    { time: 1_000, iterations: 3 },
  );
});

describe('series: weekly over two years', () => {
  bench(
    'expandSeries weekly 2026-01-05 .. 2027-12-31',
    () => {
      expandSeries({
        id: 's-1',
        clinicianId: 'dr-0001',
        clientIds: ['c-1'],
        type: 'individual',
        modality: { kind: 'telehealth', clientLocationState: 'NY' },
        zone: 'America/New_York',
        startDate: '2026-01-05',
        startTime: '09:00',
        durationMinutes: 50,
        frequency: 'weekly',
        until: '2027-12-31',
      });
    },
    { time: 1_000 },
  );
});
