import * as z from 'zod';

/**
 * A phone number in E.164 form: `+`, country code and number, at most 15 digits, e.g. `+15555550123`.
 *
 * @example
 * ```ts
 * Phone.parse('+15125550100'); //=> '+15125550100'
 * ```
 */
export const Phone = /* @__PURE__ */ z.string().regex(/^\+[1-9]\d{6,14}$/, {
  message: 'must be an E.164 phone number (+ and 7 to 15 digits)',
});
export type Phone = z.infer<typeof Phone>;

/**
 * An email address.
 *
 * @example
 * ```ts
 * Email.safeParse('front-desk@example.org').success; //=> true
 * ```
 */
export const Email = /* @__PURE__ */ z.email({ message: 'must be an email address' });
export type Email = z.infer<typeof Email>;
