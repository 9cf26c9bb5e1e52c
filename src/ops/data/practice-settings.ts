import * as z from 'zod';
import { IanaZone, LocalDate, Phone, UsState } from '../../core/index.js';
import { LocationId, StaffId } from '../../core/internal.js';
import { WorkQueueRole } from '../queue/work-queue-role.js';

/**
 * The practice itself: its name, home zone and state, and the days it is closed.
 *
 * @example
 * ```ts
 * PracticeSettings.parse({ name: 'Calm Harbor', zone: 'America/Chicago', state: 'TX' }).holidays; //=> []
 * ```
 */
export const PracticeSettings = z.strictObject({
  name: z.string().min(1).max(200),
  /** The practice's IANA zone: business days, notice windows and "today" are read here. */
  zone: IanaZone,
  state: UsState,
  /**
   * The practice's offices and the state each is in: an in-person session happens where its office is,
   * so its licensure is checked in the office's state (whatever state a booking names) and PSYPACT
   * temporary in-person days are counted per state from them. An office not listed is in an unknown state.
   * An office's `zone` (optional IANA zone) is where its sessions' local dates are read: a booking's
   * practice holidays and its date of service. Left out, the clinician's zone is read for holidays, and said.
   */
  offices: z
    .array(z.strictObject({ id: LocationId, state: UsState, zone: IanaZone.optional() }))
    .max(1000)
    .optional(),
  /** Days the practice is closed (e.g. from core `getUsFederalHolidays`). */
  holidays: z.array(LocalDate).default([]),
  /**
   * Whom staff call when a client message is a crisis: the on-call clinician or line. Staff see this, never
   * the message. Without it, the alert tells them to reach the on-call clinician by the practice's own
   * procedure.
   */
  onCall: z.strictObject({ name: z.string().min(1).max(200), phone: Phone }).optional(),
});
export type PracticeSettings = z.infer<typeof PracticeSettings>;

/**
 * A member of staff and the role they act in (a boundaries `PracticeRole`).
 *
 * @example
 * ```ts
 * StaffMember.parse({ id: 'staff-1', name: 'Front desk', role: 'assistant' }).role; //=> 'assistant'
 * ```
 */
export const StaffMember = z.strictObject({
  id: StaffId,
  name: z.string().min(1).max(200),
  role: WorkQueueRole,
});
export type StaffMember = z.infer<typeof StaffMember>;
