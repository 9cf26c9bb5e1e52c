import { RecordsRequest } from '../../boundaries/index.js';
import { ClientId } from '../../core/index.js';
import { idSchema } from '../../core/internal.js';

/**
 * A client's request for access to (or a copy of) their records, as the data file keeps it: its `id`, the
 * client whose records are asked for (`clientId`), and the boundaries module's `RecordsRequest` (when it was
 * received, who asks, psychotherapy notes, the written extension notice, the day access was given, the fee).
 * The queue lists it from the day it was received until it is fulfilled, due 30 days after receipt, or 60
 * once the written notice of the one extension went out in time [sources: cfr-45-164.524].
 */
export const DataRecordsRequest = RecordsRequest.extend({
  id: idSchema('RecordsRequestId'),
  clientId: ClientId,
});
