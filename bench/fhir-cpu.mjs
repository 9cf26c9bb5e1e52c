// Mapping 100,000 appointments to FHIR R4 Appointments in CPU time, against the floor of copying the same
// records with JSON.parse(JSON.stringify(…)), the two alternating in one process so a busy machine slows
// both alike. CPU time (user + system, process.cpuUsage) counts the work done, not the time spent waiting
// for a core; the wall time is printed beside it with the load average. Run on the built package:
// `node scripts/build.mjs --no-types && node bench/fhir-cpu.mjs`.
//
//   BENCH_RUNS=9   runs of each (medians are reported; one warm-up run of each is not counted)
//
// Target: toFhirAppointment over 100,000 records in under 1 s.
import { toFhirAppointment } from '../dist/fhir/index.js';
import { timeAgainstFloor } from './cpu-against-floor.mjs';
import { makeAppointments } from './fhir-appointments.mjs';

const N = 100_000;
const appointments = makeAppointments(N);

timeAgainstFloor({
  title: `${N.toLocaleString('en-US')} appointments`,
  runs: Number(process.env.BENCH_RUNS ?? 9),
  subject: {
    name: 'toFhirAppointment, each',
    work: () => {
      for (const a of appointments) toFhirAppointment(a);
    },
  },
  floor: {
    name: 'floor: JSON.parse(JSON.stringify(records))',
    work: () => JSON.parse(JSON.stringify(appointments)),
  },
  targetMs: 1000,
});
