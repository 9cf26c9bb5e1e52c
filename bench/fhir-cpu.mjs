// Mapping 100,000 appointments to FHIR R4 Appointments in CPU time, against the floor of copying the same
// records with JSON.parse(JSON.stringify(…)), the two alternating in one process so a busy machine slows
// both alike. CPU time (user + system, process.cpuUsage) counts the work done, not the time spent waiting
// for a core; the wall time is printed beside it with the load average. Run on the built package:
// `node scripts/build.mjs --no-types && node bench/fhir-cpu.mjs`.
//
//   BENCH_RUNS=9   runs of each (medians are reported; one warm-up run of each is not counted)
//
// Target: toFhirAppointment over 100,000 records in under 1 s.
import { loadavg } from 'node:os';
import { toFhirAppointment } from '../dist/fhir/index.js';
import { makeAppointments } from './fhir-appointments.mjs';

const N = 100_000;
const runs = Number(process.env.BENCH_RUNS ?? 9);
const appointments = makeAppointments(N);

function measure(work) {
  const cpu = process.cpuUsage();
  const wall = process.hrtime.bigint();
  work();
  const spent = process.cpuUsage(cpu);
  return {
    cpuMs: (spent.user + spent.system) / 1000,
    wallMs: Number(process.hrtime.bigint() - wall) / 1e6,
  };
}

const map = () => {
  for (const a of appointments) toFhirAppointment(a);
};
const floor = () => JSON.parse(JSON.stringify(appointments));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

measure(map);
measure(floor);
const results = { map: [], floor: [] };
const loads = [loadavg()[0]];
for (let i = 0; i < runs; i += 1) {
  results.map.push(measure(map));
  results.floor.push(measure(floor));
}
loads.push(loadavg()[0]);

const row = (name, list) => {
  const cpu = median(list.map((r) => r.cpuMs));
  const wall = median(list.map((r) => r.wallMs));
  console.log(
    `${name.padEnd(44)} cpu ${cpu.toFixed(0).padStart(6)} ms   wall ${wall.toFixed(0).padStart(6)} ms`,
  );
  return cpu;
};
console.log(
  `${N.toLocaleString('en-US')} appointments, median of ${runs} runs each (Node ${process.versions.node})`,
);
const mapCpu = row('toFhirAppointment, each', results.map);
const floorCpu = row('floor: JSON.parse(JSON.stringify(records))', results.floor);
console.log(
  `ratio (cpu) ${(mapCpu / floorCpu).toFixed(2)}x   load average (1 min) ${loads.map((l) => l.toFixed(1)).join(' → ')}`,
);
console.log(`target < 1000 ms cpu: ${mapCpu < 1000 ? 'met' : 'not met'}`);
