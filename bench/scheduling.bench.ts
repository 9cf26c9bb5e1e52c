import { bench, describe } from 'vitest';
import { buildAppointmentIndex } from '../src/scheduling/appointments/appointment-index.js';
import { expandSeries } from '../src/scheduling/series/series-expansion.js';
import { findOpenSlots } from '../src/scheduling/slots/open-slots.js';
import { rankWaitlistForOpening } from '../src/scheduling/waitlist/ranking.js';
import { buildWaitlistIndex } from '../src/scheduling/waitlist/waitlist-index.js';
import {
  makeBookings,
  makeClinicians,
  makeWaitlist,
  naiveOpenSlotCount,
  SEARCH,
} from './scheduling-fixtures.js';

// The machine is shared: compare medians within a describe, not across runs.

const clinicians100 = makeClinicians(100);
const bookings30k = makeBookings(clinicians100, 30_000);
const index30k = buildAppointmentIndex(bookings30k);
const clinicians200 = makeClinicians(200);
const index60k = buildAppointmentIndex(makeBookings(clinicians200, 60_000, 8));

describe('open slots: 100 clinicians × 90 days, 30,000 bookings', () => {
  bench(
    'findOpenSlots on an appointment index (sweep)',
    () => {
      findOpenSlots(clinicians100, index30k, SEARCH);
    },
    { time: 0, iterations: 30, warmupIterations: 3, warmupTime: 0 },
  );
  bench(
    'findOpenSlots on raw records (validates and indexes each call)',
    () => {
      findOpenSlots(clinicians100, bookings30k, SEARCH);
    },
    { time: 0, iterations: 3, warmupIterations: 1, warmupTime: 0 },
  );
  bench(
    'naive: scan every booking for each candidate',
    () => {
      naiveOpenSlotCount(clinicians100, bookings30k);
    },
    { time: 0, iterations: 1, warmupIterations: 0, warmupTime: 0 },
  );
});

describe('open slots: linear scaling (double clinicians and bookings)', () => {
  bench(
    '100 clinicians, 30,000 bookings',
    () => {
      findOpenSlots(clinicians100, index30k, SEARCH);
    },
    { time: 0, iterations: 30, warmupIterations: 3, warmupTime: 0 },
  );
  bench(
    '200 clinicians, 60,000 bookings',
    () => {
      findOpenSlots(clinicians200, index60k, SEARCH);
    },
    { time: 0, iterations: 30, warmupIterations: 3, warmupTime: 0 },
  );
});

const rawWaitlist = makeWaitlist(100_000);
const waitlist = buildWaitlistIndex(rawWaitlist);
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

describe('waitlist: 100,000 entries, one opening', () => {
  bench(
    'rankWaitlistForOpening (indexed waitlist)',
    () => {
      rankWaitlistForOpening(waitlist, opening, clinician, {}, { asOf: '2026-03-01T00:00:00Z' });
    },
    { time: 0, iterations: 10, warmupIterations: 2, warmupTime: 0 },
  );
  bench(
    'buildWaitlistIndex (validate and prepare, once per load)',
    () => {
      buildWaitlistIndex(rawWaitlist);
    },
    { time: 0, iterations: 1, warmupIterations: 0, warmupTime: 0 },
  );
});

describe('series: weekly over two years', () => {
  bench(
    'expandSeries weekly 2026-01-05 .. 2027-12-31 (104 sessions)',
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
    { time: 500 },
  );
});
