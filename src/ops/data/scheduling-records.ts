import * as z from 'zod';
import { UsState } from '../../core/index.js';
import { idSchema } from '../../core/internal.js';
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
 * classes and payers, birth date and guarantor, quiet hours, preferences), plus a display name and a
 * minor's guardians. No clinical fields.
 */
export const PracticeClient = SchedulingClient.safeExtend({
  name: z.string().min(1).max(200).optional(),
  /**
   * A minor's parents or legal guardians, who may sign the guardian consent (and, with no guarantor, the
   * financial policy). Recorded apart from `guarantorId`, who pays: a guarantor is not taken to be a
   * guardian. A minor with none recorded and papers signed by someone else is undecided in intake.
   */
  guardianIds: z.array(idSchema('GuardianId')).min(1).optional(),
});
export type PracticeClient = z.infer<typeof PracticeClient>;

// The scheduling module's schemas are strict: hand them only the fields they know.
function onlyFields<T>(schema: { readonly shape: object }, record: object): T {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = (record as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = value;
  }
  return out as T;
}

/** The scheduling module's view of a data-file client (its display name left out). */
export function schedulingClientOf(client: PracticeClient): SchedulingClient {
  return onlyFields(SchedulingClient, client);
}

/** The scheduling module's view of a data-file clinician (its name and home state left out). */
export function schedulingClinicianOf(clinician: PracticeClinician): SchedulingClinician {
  return onlyFields(SchedulingClinician, clinician);
}
