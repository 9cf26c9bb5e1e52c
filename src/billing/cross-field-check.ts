/**
 * A `when` for zod refinements that compare fields: run whenever the value is an object, even if a single
 * field already failed, so one ValidationError lists every problem. The refinement must then guard each
 * field it reads. (Internal; a candidate for core.)
 */
export function isObjectPayload(payload: { readonly value: unknown }): boolean {
  return typeof payload.value === 'object' && payload.value !== null;
}
