import type { SchedulingAppointmentInput } from '../../src/scheduling/appointments/appointment.js';
import type { SchedulingClientInput } from '../../src/scheduling/appointments/client-profile.js';
import type { SchedulingClinicianInput } from '../../src/scheduling/appointments/clinician-profile.js';
import type { SchedulingSeriesInput } from '../../src/scheduling/series/series.js';

// Shared test data: a New York clinician with weekday availability, a client, a weekly series.

export const drLee: SchedulingClinicianInput = {
  id: 'dr-lee',
  zone: 'America/New_York',
  modalities: ['in_person', 'telehealth'],
  availability: [
    { days: ['mon', 'tue', 'wed', 'thu'], start: '09:00', end: '12:00' },
    { days: ['mon', 'tue', 'wed', 'thu'], start: '13:00', end: '17:00', modalities: ['telehealth'] },
  ],
};

/** A commercially insured New York client who acknowledged the cancellation policy on 2026-01-05. */
export const nyClient: SchedulingClientInput = {
  id: 'c-1',
  zone: 'America/New_York',
  locationState: 'NY',
  payerClasses: ['commercial'],
  cancellationPolicyAcknowledgedAt: '2026-01-05T12:00:00-05:00',
  // An adult: born 1988-04-12 (a client with neither a birth date nor a guarantor is not charged).
  birthDate: '1988-04-12',
};

export function session(
  id: string,
  start: string,
  end: string,
  extra: Partial<SchedulingAppointmentInput> = {},
): SchedulingAppointmentInput {
  return {
    id,
    clinicianId: 'dr-lee',
    clientIds: ['c-1'],
    type: 'individual',
    modality: { kind: 'telehealth', clientLocationState: 'NY' },
    start,
    end,
    ...extra,
  };
}

export const weeklySeries: SchedulingSeriesInput = {
  id: 's-1',
  clinicianId: 'dr-lee',
  clientIds: ['c-1'],
  type: 'individual',
  modality: { kind: 'telehealth', clientLocationState: 'NY' },
  zone: 'America/New_York',
  startDate: '2026-03-02',
  startTime: '09:00',
  durationMinutes: 50,
  frequency: 'weekly',
  count: 10,
};

/** Zones with DST, without DST, and with half-hour or 45-minute offsets. */
export const ZONES = [
  'America/New_York',
  'America/Los_Angeles',
  'America/Phoenix',
  'America/St_Johns',
  'Europe/London',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Adelaide',
  'Australia/Lord_Howe',
  'Pacific/Honolulu',
  'Pacific/Chatham',
  'America/Sao_Paulo',
  'UTC',
] as const;
