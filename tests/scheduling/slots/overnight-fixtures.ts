import type { SchedulingClinicianInput } from '../../../src/scheduling/appointments/clinician-profile.js';

// Clinicians whose availability runs past midnight: a Saturday-night crisis line and an evening block.

/** New York, Saturday 22:00 to Sunday 06:00, 50-minute sessions, 10 minutes of notes after each. */
export const nightLine: SchedulingClinicianInput = {
  id: 'dr-night',
  zone: 'America/New_York',
  modalities: ['telehealth'],
  sessionMinutes: [50],
  availability: [{ days: ['sat'], start: '22:00', end: '06:00' }],
};

/** The same line in Sydney. */
export const sydneyLine: SchedulingClinicianInput = { ...nightLine, zone: 'Australia/Sydney' };
