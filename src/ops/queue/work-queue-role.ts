import { PracticeRole } from '../../boundaries/index.js';

/**
 * The roles a work queue can be asked for and a task can be owned by: the boundaries module's
 * `PracticeRole` (clinician, supervisor, practice_owner, assistant, biller, credentialing_coordinator).
 *
 * @example
 * ```ts
 * WorkQueueRole.parse('biller'); //=> 'biller'
 * ```
 */
export const WorkQueueRole = PracticeRole;
export type WorkQueueRole = PracticeRole;
