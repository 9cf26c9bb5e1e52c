import * as z from 'zod';

/** The issue a renamed spelling raises: its stable code and the noun its message names (`practitioner kind`). */
export interface RenamedIssue {
  readonly code: string;
  readonly noun: string;
}

/**
 * An enum of `values` that rejects a spelling the library renamed with an issue naming the value to write
 * (`is a renamed <noun>: write "<value>"`, with `code` in `params.code`), beside zod's `invalid_value`. Only
 * the renames whose new value the enum takes are read. The message is built from the table, never from the
 * input, so it echoes nothing a caller sent. Vocabularies shared across modules use it (practitioner kinds,
 * the kinds of session) so that an old spelling is a clear error rather than an alias kept for good.
 */
export function renamedEnum<const V extends readonly [string, ...string[]]>(
  values: V,
  renamed: Readonly<Record<string, string>>,
  issue: RenamedIssue,
) {
  const table = new Map(
    Object.entries(renamed).filter(([, to]) => (values as readonly string[]).includes(to)),
  );
  return z.enum(values).superRefine(
    (value, ctx) => {
      const to = table.get(value);
      if (to === undefined) return;
      ctx.addIssue({
        code: 'custom',
        message: `is a renamed ${issue.noun}: write "${to}"`,
        params: { code: issue.code },
      });
    },
    // Run on the rejected value too: the enum has already turned it down.
    { when: (payload) => typeof payload.value === 'string' && table.has(payload.value) },
  );
}
