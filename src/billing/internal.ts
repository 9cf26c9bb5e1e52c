// What other layers of this package (the work queue) need from billing but users must not see (not in
// the package's exports): the follow-up queue on records validated once, when the data file was read.
export {
  buildFollowUpQueueFromValidated,
  type ValidatedFollowUpInput,
  type ValidatedFollowUpPolicy,
} from './claims/follow-up.js';
