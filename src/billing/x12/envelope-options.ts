import * as z from 'zod';
import { IanaZone, Instant } from '../../core/index.js';

const ControlNumber = z.number().int().min(1).max(999_999_999);

// ISA05 and ISA07 (element I05) as the HIPAA 005010 guides allow them: 01 DUNS, 14 DUNS with suffix, 20 Health
// Industry Number, 27 Medicare carrier, 28 fiscal intermediary, 29 Medicare provider, 30 US federal tax id,
// 33 NAIC company code, ZZ mutually defined (a clearinghouse's or payer's own id) [sources: x12-837p-cg-cms].
const IdQualifier = z.enum(['01', '14', '20', '27', '28', '29', '30', '33', 'ZZ']);
const Party = z.strictObject({
  /** ISA05 or ISA07: what kind of id `id` is; `ZZ` (mutually defined) by default, as most clearinghouses ask. */
  qualifier: IdQualifier.default('ZZ'),
  /** ISA06 or ISA08, and GS02 or GS03: 2–15 letters or digits (the ISA pads it to 15). */
  id: z.string().regex(/^[A-Za-z0-9]{2,15}$/, { message: 'must be 2–15 letters or digits' }),
});

/**
 * The envelope of a file the library writes ({@link write270}, {@link write837P}): who sends it and who
 * receives it (ISA05–ISA08, GS02–GS03), its control numbers (ISA13 and IEA02, GS06 and GE02, ST02 and SE02),
 * whether it is a test or production file (ISA15 `T` or `P`) and when it is written (ISA09/10, GS04/05 and
 * the transaction's BHT04/05). The date is passed in, never read from a clock, so the same input writes the
 * same file.
 *
 * @remarks Elements as the 005010 companion guides describe the interchange and group envelopes: the ISA at
 * its fixed widths, the sender's and receiver's id qualifier from the list element I05 allows, a control
 * number of up to nine digits [sources: x12-837p-cg-cms, x12-271-cg-hets].
 * @example
 * ```ts
 * X12EnvelopeOptions.parse({ asOf: '2026-12-07T17:42:00-05:00',
 *   controlNumbers: { interchange: 901, group: 901, transaction: 1 },
 *   sender: { id: 'HARBORCNS' }, receiver: { qualifier: '30', id: '591234567' }, usage: 'test' });
 * //=> { asOf: '2026-12-07T17:42:00-05:00', controlNumbers: { interchange: 901, group: 901, transaction: 1 },
 * //     usage: 'test', sender: { qualifier: 'ZZ', id: 'HARBORCNS' }, receiver: { qualifier: '30', id: '591234567' } }
 * ```
 */
export const X12EnvelopeOptions = z.strictObject({
  /**
   * When the file is written (ISA09/10, GS04/05, BHT04/05), an instant with its offset: read in `zone` when
   * one is given, else as written (its own date and time).
   */
  asOf: Instant,
  /**
   * The practice's time zone: the file's date and time are the local ones there, whatever offset `asOf` was
   * written with (03:30 UTC on 11 April is still 10 April in Portland).
   */
  zone: IanaZone.optional(),
  /** ISA13 (nine digits, zero-padded), GS06 and ST02 (four digits at least); each 1 to 999,999,999. */
  controlNumbers: z.strictObject({
    interchange: ControlNumber,
    group: ControlNumber,
    transaction: ControlNumber,
  }),
  /** ISA15: `production` (`P`) or `test` (`T`); receivers process a test file without acting on it. */
  usage: z.enum(['production', 'test']).default('production'),
  /** The sender (ISA05/06, GS02): the practice, or the clearinghouse id it was given. */
  sender: Party,
  /** The receiver (ISA07/08, GS03): the clearinghouse or the payer. */
  receiver: Party,
});
export type X12EnvelopeOptions = z.input<typeof X12EnvelopeOptions>;
