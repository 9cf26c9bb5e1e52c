import * as z from 'zod';
import { PracticeData } from './practice-data.js';

/**
 * The JSON Schema (draft 2020-12) of the practice data file, generated from its zod schema, for editors
 * and other languages. Refinements zod cannot express (real calendar dates, IANA zones, NPI check digits,
 * references between records) are checked by {@link safeValidatePracticeData} only.
 *
 * @example
 * ```ts
 * practiceDataJsonSchema().required; //=> ['practice']
 * ```
 */
export function practiceDataJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PracticeData, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
