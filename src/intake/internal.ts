// What other layers of this package need from intake but users must not see (not in the package's
// exports): the daily queue on client files validated once, when the data file was read.
export { buildIntakeQueueFromValidated } from './readiness/intake-queue.js';
