import * as z from 'zod';
import { validate } from '../../core/index.js';

/**
 * A role someone plays in the practice. `clinician` and `supervisor` are the clinical (licensed) roles;
 * the others are administrative. A practice owner who is also licensed acts as `clinician` for clinical
 * work: the role, not the person, decides.
 *
 * @example
 * ```ts
 * PracticeRole.parse('assistant'); //=> 'assistant'
 * ```
 * @remarks Roles follow the role matrices of TherapyNotes, TheraNest and TherapyAppointment
 * [sources: peer-role-matrices].
 */
export const PracticeRole = z.enum([
  'clinician',
  'supervisor',
  'practice_owner',
  'assistant',
  'biller',
  'credentialing_coordinator',
]);
export type PracticeRole = z.infer<typeof PracticeRole>;

/** One role, described as data for a work queue or settings screen. */
export interface PracticeRoleEntry {
  readonly role: PracticeRole;
  readonly clinical: boolean;
  readonly description: string;
}

/**
 * The role list as data, in a fixed order: clinical roles first.
 *
 * @example
 * ```ts
 * PRACTICE_ROLES.filter((r) => r.clinical).map((r) => r.role); //=> ['clinician', 'supervisor']
 * ```
 * @remarks Clinical roles are those licensed for the practice of psychology or counseling
 * [sources: tx-22-tac-465].
 */
export const PRACTICE_ROLES: readonly PracticeRoleEntry[] = Object.freeze([
  { role: 'clinician', clinical: true, description: 'Licensed or pre-licensed clinician treating clients.' },
  { role: 'supervisor', clinical: true, description: 'Licensed clinician supervising other clinicians.' },
  {
    role: 'practice_owner',
    clinical: false,
    description: 'Runs the business; acts as clinician only when signed in as one.',
  },
  { role: 'assistant', clinical: false, description: 'Administrative or virtual assistant.' },
  { role: 'biller', clinical: false, description: 'Verifies coverage, submits and follows up claims.' },
  {
    role: 'credentialing_coordinator',
    clinical: false,
    description: 'Gathers documents and tracks payer enrollment.',
  },
]);

const ROLES: ReadonlySet<unknown> = new Set(PracticeRole.options);

/**
 * Whether a role is clinical (licensed to do clinical work).
 *
 * @example
 * ```ts
 * isClinicalRole('supervisor'); //=> true
 * isClinicalRole('assistant');  //=> false
 * ```
 * @remarks Unlicensed staff may not do anything that is the practice of psychology [sources: tx-22-tac-465].
 * @throws {@link ValidationError} when `role` is not a practice role.
 */
export function isClinicalRole(role: PracticeRole): boolean {
  if (!ROLES.has(role)) validate(PracticeRole, role, 'role');
  return role === 'clinician' || role === 'supervisor';
}
