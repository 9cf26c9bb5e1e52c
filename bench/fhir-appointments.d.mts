import type { SchedulingAppointmentInput } from '../src/scheduling/index.js';

/** `n` deterministic appointment records: 60 % telehealth, one in ten cancelled, one in ten no-shows. */
export function makeAppointments(n: number): SchedulingAppointmentInput[];
