import { z } from 'zod';

/** The roles a task can be owned by (the boundaries module's roles). */
export const OpsRole = z.enum([
  'clinician',
  'supervisor',
  'practice_owner',
  'assistant',
  'biller',
  'credentialing_coordinator',
]);
export type OpsRole = z.infer<typeof OpsRole>;
