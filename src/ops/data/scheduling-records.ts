import { z } from 'zod';
import { UsState } from '../../core/index.js';
import { SchedulingClient, SchedulingClinician } from '../../scheduling/index.js';

/**
 * A clinician in the data file: the scheduling module's clinician profile, plus a display name and the
 * state the clinician practices from (used for jurisdiction's home-state rules).
 */
export const PracticeClinician = SchedulingClinician.safeExtend({
  name: z.string().min(1).max(200).optional(),
  homeState: UsState.optional(),
});
export type PracticeClinician = z.infer<typeof PracticeClinician>;

/**
 * A client in the data file: the scheduling module's administrative client (zone, location, payer
 * classes and payers, birth date and guarantor, quiet hours, preferences), plus a display name. No
 * clinical fields.
 */
export const PracticeClient = SchedulingClient.safeExtend({
  name: z.string().min(1).max(200).optional(),
});
export type PracticeClient = z.infer<typeof PracticeClient>;
