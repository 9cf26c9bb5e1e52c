import * as z from 'zod';
import { PracticeData } from './practice-data.js';

// The schema's `$id`: a name, not a URL (no server hosts the schema; `practice-ops schema` prints it).
const PRACTICE_DATA_SCHEMA_ID = 'urn:practice-ops:practice-data';

/**
 * The JSON Schema (draft 2020-12) of the practice data file, generated from its zod schema, for editors
 * and other languages. It says what the zod schema enforces field by field: real calendar dates, instants
 * and times as patterns, ids with their pattern, no unknown keys (`additionalProperties: false`), with the
 * zod schemas' descriptions. What a pattern cannot say (whether the runtime knows a zone, NPI check
 * digits, rules across fields and references between records) is checked by
 * {@link safeValidatePracticeData} only.
 *
 * @example
 * ```ts
 * getPracticeDataJsonSchema().required; //=> ['practice']
 * getPracticeDataJsonSchema().$id;      //=> 'urn:practice-ops:practice-data'
 * ```
 */
export function getPracticeDataJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(PracticeData, { io: 'input', unrepresentable: 'any' });
  return { $schema, $id: PRACTICE_DATA_SCHEMA_ID, ...rest };
}
