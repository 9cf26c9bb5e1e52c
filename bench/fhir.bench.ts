// Mapping 100,000 appointments to FHIR R4 Appointments (target: under 1 s), against the floor of copying
// the same records with JSON.parse(JSON.stringify(…)). Wall-clock means; bench/fhir-cpu.mjs measures the
// same work in CPU time, which a busy machine disturbs less.
import { bench, describe } from 'vitest';
import { toFhirAppointment } from '../src/fhir/index.js';
import { makeAppointments } from './fhir-appointments.mjs';

const N = 100_000;

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
