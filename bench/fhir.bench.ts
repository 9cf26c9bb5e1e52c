// Mapping 100,000 appointments to FHIR R4 Appointments (target: under 1 s), against the floor of copying
// the same records with JSON.parse(JSON.stringify(…)).
import { bench, describe } from 'vitest';
import { toFhirAppointment } from '../src/fhir/index.js';
import type { SchedulingAppointmentInput } from '../src/scheduling/index.js';

const N = 100_000;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

// Deterministic records (a linear congruential sequence), built once outside the measured code.
function makeAppointments(n: number): SchedulingAppointmentInput[] {
  let seed = 4_242;
  const next = (m: number): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % m;
  };
  const out: SchedulingAppointmentInput[] = [];
  for (let i = 0; i < n; i += 1) {
    const day = `2026-${pad(1 + next(12))}-${pad(1 + next(28))}`;
    const hour = 8 + next(10);
    const kind = next(10);
    out.push({
      id: `a-${i}`,
      clinicianId: `dr-${next(40)}`,
      clientIds: [`c-${next(5_000)}`],
      type: 'individual',
      modality:
        kind < 6
          ? { kind: 'telehealth', clientLocationState: 'IL' }
          : { kind: 'in_person', locationId: 'main', roomId: `room-${next(6)}` },
      start: `${day}T${pad(hour)}:00:00-05:00`,
      end: `${day}T${pad(hour)}:50:00-05:00`,
      status:
        kind === 9
          ? { state: 'cancelled', by: 'client', at: `${day}T06:00:00-05:00` }
          : kind === 8
            ? { state: 'no_show' }
            : { state: 'scheduled' },
      seriesId: `s-${next(3_000)}`,
      sessionFeeCents: 15_000,
    });
  }
  return out;
}

const appointments = makeAppointments(N);

describe(`${N.toLocaleString('en-US')} appointments to FHIR`, () => {
  bench(
    'toFhirAppointment, each',
    () => {
      for (const a of appointments) toFhirAppointment(a);
    },
    { iterations: 5, warmupIterations: 1 },
  );

  bench(
    'floor: JSON.parse(JSON.stringify(records))',
    () => {
      JSON.parse(JSON.stringify(appointments));
    },
    { iterations: 5, warmupIterations: 1 },
  );
});
