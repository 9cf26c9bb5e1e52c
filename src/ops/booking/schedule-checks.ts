import {
  isoWeekday,
  type Reason,
  readLocal,
  reason,
  toEpochDay,
  toEpochMs,
  weekdayOf,
} from '../../core/index.js';
import type { PracticeData } from '../data/practice-data.js';
import type { BookingRequest } from './booking-request.js';

type Clinician = PracticeData['clinicians'][number];
const minute = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

/** Scheduling checks: the slot is free for clinician and client, inside availability, within caps. */
export function scheduleReasons(request: BookingRequest, clinician: Clinician, data: PracticeData): Reason[] {
  const out: Reason[] = [];
  const start = toEpochMs(request.start);
  const end = toEpochMs(request.end);
  if (!clinician.modalities.includes(request.modality)) {
    out.push(
      reason('ops.booking.modality_not_offered', 'error', 'The clinician does not offer this modality.', {
        modality: request.modality,
      }),
    );
  }
  const localStart = readLocal(start, clinician.zone);
  const localEnd = readLocal(end - 1, clinician.zone);
  const day = weekdayOf(localStart.date);
  const inside = clinician.availability.some(
    (w) =>
      w.day === day &&
      localEnd.date === localStart.date &&
      minute(w.start) <= localStart.minuteOfDay &&
      localEnd.minuteOfDay < minute(w.end),
  );
  if (!inside) {
    out.push(
      reason(
        'ops.booking.outside_availability',
        'error',
        'The session is outside the clinician’s availability.',
        { localDate: localStart.date, localTime: localStart.time },
      ),
    );
  }
  let sameDay = 0;
  let sameWeek = 0;
  const monday = toEpochDay(localStart.date) - (isoWeekday(localStart.date) - 1);
  const clash = new Set<string>();
  for (const a of data.appointments) {
    if (a.status === 'cancelled') continue;
    const mineClinician = a.clinicianId === request.clinicianId;
    if (!mineClinician && a.clientId !== request.clientId) continue;
    const s = toEpochMs(a.start);
    const e = toEpochMs(a.end);
    if (s < end && start < e) clash.add(mineClinician ? 'clinician' : 'client');
    if (!mineClinician) continue;
    const localDay = toEpochDay(readLocal(s, clinician.zone).date);
    if (localDay === toEpochDay(localStart.date)) sameDay += 1;
    if (localDay >= monday && localDay < monday + 7) sameWeek += 1;
  }
  for (const who of [...clash].sort()) {
    out.push(
      reason('ops.booking.slot_taken', 'error', `The ${who} already has a session at that time.`, { who }),
    );
  }
  if (sameDay >= clinician.dailyCap) {
    out.push(
      reason('ops.booking.daily_cap_reached', 'error', 'The clinician’s daily session cap is reached.', {
        sessions: sameDay,
        cap: clinician.dailyCap,
      }),
    );
  }
  if (sameWeek >= clinician.weeklyCap) {
    out.push(
      reason('ops.booking.weekly_cap_reached', 'error', 'The clinician’s weekly session cap is reached.', {
        sessions: sameWeek,
        cap: clinician.weeklyCap,
      }),
    );
  }
  return out;
}
