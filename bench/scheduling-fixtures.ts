import { formatInstant, getWeekday, resolveLocalTime } from '../src/core/index.js';
import { toEpochMs } from '../src/core/internal.js';
import type { SchedulingAppointmentInput } from '../src/scheduling/appointments/appointment.js';
import type { SchedulingClinicianInput } from '../src/scheduling/appointments/clinician-profile.js';
import type { WaitlistEntryInput } from '../src/scheduling/waitlist/waitlist-entry.js';

// Deterministic bench data (a small LCG, no Math.random).

const ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'] as const;

export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 4_294_967_296;
  };
}

export function makeClinicians(n: number): SchedulingClinicianInput[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `dr-${String(i).padStart(4, '0')}`,
    zone: ZONES[i % ZONES.length] as string,
    modalities: ['telehealth', 'in_person'],
    maxSessionsPerDay: 8,
    availability: [
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '12:00' },
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '13:00', end: '18:00' },
    ],
  }));
}

/** `count` bookings spread over the clinicians' working hours in the 90 days from 2026-03-02. */
export function makeBookings(
  clinicians: readonly SchedulingClinicianInput[],
  count: number,
  seed = 7,
): SchedulingAppointmentInput[] {
  const rand = lcg(seed);
  const out: SchedulingAppointmentInput[] = [];
  for (let i = 0; i < count; i += 1) {
    const c = clinicians[Math.floor(rand() * clinicians.length)] as SchedulingClinicianInput;
    let day = Math.floor(rand() * 90);
    let date = new Date(Date.UTC(2026, 2, 2 + day)).toISOString().slice(0, 10);
    while (getWeekday(date) === 'sat' || getWeekday(date) === 'sun') {
      day += 1;
      date = new Date(Date.UTC(2026, 2, 2 + day)).toISOString().slice(0, 10);
    }
    const hour = [9, 10, 11, 13, 14, 15, 16, 17][Math.floor(rand() * 8)] as number;
    const start = resolveLocalTime(date, `${String(hour).padStart(2, '0')}:00`, c.zone).epochMs as number;
    out.push({
      id: `a-${i}`,
      clinicianId: c.id,
      clientIds: [`c-${i % 5000}`],
      type: 'individual',
      modality: { kind: 'telehealth', clientLocationState: 'NY' },
      start: formatInstant(start, c.zone),
      end: formatInstant(start + 50 * 60_000, c.zone),
    });
  }
  return out;
}

export const SEARCH = {
  from: '2026-03-02',
  to: '2026-05-30',
  asOf: '2026-03-01T00:00:00Z',
  sessionMinutes: 50,
  displayZone: 'America/New_York',
  maxHorizonDays: 120,
};

/**
 * The naive baseline: bookings parsed once, then for each candidate slot every booking is scanned.
 * Same candidates and rules as findOpenSlots (availability, buffers, caps), without indexing.
 */
export function naiveOpenSlotCount(
  clinicians: readonly SchedulingClinicianInput[],
  bookings: readonly SchedulingAppointmentInput[],
): number {
  const n = bookings.length;
  const who = bookings.map((b) => b.clinicianId);
  const starts = Float64Array.from(bookings, (b) => toEpochMs(b.start));
  const ends = Float64Array.from(bookings, (b) => toEpochMs(b.end));
  const asOf = toEpochMs(SEARCH.asOf);
  const earliest = asOf + 24 * 3_600_000;
  const duration = 50 * 60_000;
  const after = 10 * 60_000;
  let found = 0;
  for (const c of clinicians) {
    for (let d = 0; d < 90; d += 1) {
      const date = new Date(Date.UTC(2026, 2, 2 + d)).toISOString().slice(0, 10);
      if (getWeekday(date) === 'sat' || getWeekday(date) === 'sun') continue;
      const dayStart = resolveLocalTime(date, '00:00', c.zone).epochMs as number;
      const dayEnd = dayStart + 86_400_000;
      let count = 0;
      for (let k = 0; k < n; k += 1)
        if (who[k] === c.id && (starts[k] as number) >= dayStart && (starts[k] as number) < dayEnd)
          count += 1;
      if (count >= 8) continue;
      for (const w of c.availability ?? []) {
        const ws = resolveLocalTime(date, w.start, c.zone).epochMs as number;
        const we = resolveLocalTime(date, w.end, c.zone).epochMs as number;
        for (let s = ws; s + duration <= we; s += 3_600_000) {
          if (s < earliest) continue;
          let free = true;
          for (let k = 0; k < n; k += 1) {
            if (
              who[k] === c.id &&
              s < (ends[k] as number) + after &&
              (starts[k] as number) < s + duration + after
            ) {
              free = false;
              break;
            }
          }
          if (free) found += 1;
        }
      }
    }
  }
  return found;
}

export function makeWaitlist(count: number): WaitlistEntryInput[] {
  const rand = lcg(11);
  const zones = ['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Asia/Kolkata'];
  const days = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
  return Array.from({ length: count }, (_, i) => {
    const r = rand();
    return {
      id: `w-${i}`,
      clientId: `c-${i}`,
      zone: zones[i % zones.length] as string,
      clinicianId: r < 0.3 ? `dr-${String(i % 100).padStart(4, '0')}` : null,
      modalities: r < 0.5 ? ['telehealth'] : [],
      payerId: r < 0.6 ? 'aetna' : r < 0.8 ? 'cigna' : null,
      preferredDays:
        r < 0.7 ? [days[i % 5] as (typeof days)[number], days[(i + 2) % 5] as (typeof days)[number]] : [],
      preferredHours: r < 0.4 ? [{ start: '08:00', end: '18:00' }] : [],
      addedAt: new Date(Date.UTC(2025, 0, 1) + Math.floor(rand() * 400) * 86_400_000).toISOString(),
      ...(i % 20 === 0
        ? {
            priority: {
              tier: 'urgent' as const,
              setBy: 'dr-0001',
              setByRole: i % 40 === 0 ? ('clinician' as const) : ('assistant' as const),
              setAt: '2026-02-01T00:00:00Z',
            },
          }
        : {}),
    };
  });
}
