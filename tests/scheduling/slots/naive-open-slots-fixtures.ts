import { DateTime } from 'luxon';
import { formatInstant, readLocal, resolveLocalTime } from '../../../src/core/index.js';
import {
  compareText,
  fromEpochDay,
  isoWeekday,
  toEpochDay,
  toEpochMs,
  weekdayNumber,
} from '../../../src/core/internal.js';
import type { SchedulingAppointmentInput } from '../../../src/scheduling/appointments/appointment.js';
import type { SchedulingClinicianInput } from '../../../src/scheduling/appointments/clinician-profile.js';

// The naive reference: for each candidate, scan every booking. Used by tests (as an oracle) and by the bench.
// A slot belongs to the local date it starts on; a holiday closes every date a session touches.

export interface NaiveSearch {
  from: string;
  to: string;
  asOf: string;
  sessionMinutes: number;
  displayZone: string;
  stepMinutes?: number;
  minNoticeHours?: number;
  maxHorizonDays?: number;
  holidays?: string[];
}

export function naiveOpenSlots(
  clinicians: readonly SchedulingClinicianInput[],
  bookings: readonly SchedulingAppointmentInput[],
  q: NaiveSearch,
): { clinicianId: string; start: string }[] {
  const out: { clinicianId: string; start: string; ms: number }[] = [];
  const step = (q.stepMinutes ?? 60) * 60_000;
  const duration = q.sessionMinutes * 60_000;
  const asOf = toEpochMs(q.asOf);
  const earliest = asOf + (q.minNoticeHours ?? 24) * 3_600_000;
  const sorted = [...clinicians].sort((a, b) => compareText(a.id, b.id));
  for (const c of sorted) {
    if (!(c.sessionMinutes ?? [50, 60, 90]).includes(q.sessionMinutes)) continue;
    const before = (c.bufferBeforeMinutes ?? 0) * 60_000;
    const after = (c.bufferAfterMinutes ?? 10) * 60_000;
    // The horizon in calendar days on the clinician's clock, as luxon counts them.
    const latest = DateTime.fromMillis(asOf, { zone: c.zone })
      .plus({ days: q.maxHorizonDays ?? 90 })
      .toMillis();
    const live = bookings.filter((b) => b.clinicianId === c.id && b.status?.state !== 'cancelled');
    const count = (date: string) => {
      let day = 0;
      let week = 0;
      const monday = toEpochDay(date) - (isoWeekday(date) - 1);
      for (const b of live) {
        const d = readLocal(b.start, c.zone).date;
        if (d === date) day += 1;
        if (toEpochDay(d) >= monday && toEpochDay(d) < monday + 7) week += 1;
      }
      return { day, week };
    };
    // Windows start on their own day; one that ends at or before its start ends the next day, so the day
    // before the range is scanned too.
    for (let day = toEpochDay(q.from) - 1; day <= toEpochDay(q.to); day += 1) {
      const date = fromEpochDay(day);
      for (const r of c.availability ?? []) {
        if (!r.days.map(weekdayNumber).includes(isoWeekday(date))) continue;
        if ((r.from !== undefined && date < r.from) || (r.until !== undefined && date > r.until)) continue;
        const ws = resolveLocalTime(date, r.start, c.zone).epochMs as number;
        const endDate = r.end <= r.start ? fromEpochDay(day + 1) : date;
        const we = resolveLocalTime(endDate, r.end, c.zone).epochMs as number;
        for (let s = ws; s + duration <= we; s += step) {
          if (s < earliest || s > latest) continue;
          const slotDate = readLocal(s, c.zone).date;
          if (slotDate < q.from || slotDate > q.to) continue;
          const endDateOfSession = readLocal(s + duration - 1, c.zone).date;
          const holidays = q.holidays ?? [];
          if (holidays.includes(slotDate) || holidays.includes(endDateOfSession)) continue;
          const n = count(slotDate);
          if (c.maxSessionsPerDay !== undefined && n.day >= c.maxSessionsPerDay) continue;
          if (c.maxSessionsPerWeek !== undefined && n.week >= c.maxSessionsPerWeek) continue;
          const os = s - before;
          const oe = s + duration + after;
          let free = true;
          for (const b of live) {
            if (os < toEpochMs(b.end) + after && toEpochMs(b.start) - before < oe) free = false;
          }
          for (const t of c.timeOff ?? []) if (os < toEpochMs(t.end) && toEpochMs(t.start) < oe) free = false;
          const repeated = out.some((o) => o.clinicianId === c.id && o.ms === s);
          if (free && !repeated)
            out.push({ clinicianId: c.id, start: formatInstant(s, q.displayZone), ms: s });
        }
      }
    }
  }
  const rank = new Map(sorted.map((c, i) => [c.id, i]));
  out.sort((a, b) => a.ms - b.ms || (rank.get(a.clinicianId) ?? 0) - (rank.get(b.clinicianId) ?? 0));
  return out.map(({ clinicianId, start }) => ({ clinicianId, start }));
}
