import * as z from 'zod';
import { LocalDate, Npi } from '../../core/index.js';
import { validateArguments } from '../../core/internal.js';
import { DEFAULT_X12_DELIMITERS } from './delimiters.js';
import { writeDate } from './element-values.js';
import { X12EnvelopeOptions } from './envelope-options.js';
import { fileClock, transactionControl, writeInterchange } from './interchange-writer.js';
import { SegmentWriter } from './segment-writer.js';
import { FirstName, Name } from './x12-text.js';

const ServiceType = z.string().regex(/^[0-9A-Z]{1,2}$/, { message: 'must be a service type code' });

const Dependent = z.strictObject({
  lastName: Name,
  firstName: FirstName,
  /** DMG02 of 2100D: the dependent's date of birth, which the payer matches with the subscriber's id. */
  birthDate: LocalDate,
});

/**
 * One person whose benefits a 270 asks about: the subscriber as on the card (2100C: member id and name),
 * the date the benefits are asked for (DTP*291) and the service types (EQ01). When the patient is the
 * subscriber's dependent and has no member id of their own (a child, a spouse on a family plan), `dependent`
 * names them: the inquiry is then written at the dependent's level (2000D/2100D), under the subscriber's.
 *
 * @remarks The 270 TR3 (005010X279A1) puts the patient at the subscriber level whenever the patient has a
 * member id of their own, as most plans issue today; only a dependent known by the subscriber's id alone is
 * written in 2000D. The subscriber's date of birth (2100C DMG) is asked for when the subscriber is the
 * patient; a dependent inquiry is matched on the subscriber's id and the dependent's name and date of birth,
 * the guide's primary search, so no INS segment is written [sources: x12-271-cg-hets, x12-rfi-922].
 * @example
 * ```ts
 * EligibilityInquiry.parse({ traceNumber: 'ELG-0001', memberId: 'W123456789', lastName: 'LANE',
 *   firstName: 'ALEX', birthDate: '1990-02-14', serviceDate: '2026-12-08', serviceTypes: ['MH'] }).serviceTypes;
 * //=> ['MH']
 * EligibilityInquiry.parse({ traceNumber: 'ELG-0002', memberId: 'W123456789', lastName: 'LANE',
 *   firstName: 'ALEX', serviceDate: '2026-12-08', serviceTypes: ['MH'],
 *   dependent: { lastName: 'LANE', firstName: 'SAM', birthDate: '2012-06-01' } }).dependent?.firstName;
 * //=> 'SAM'
 * ```
 */
export const EligibilityInquiry = z
  .strictObject({
    /**
     * TRN02: the practice's trace number for the inquiry, which the 271 repeats: give {@link read271} the
     * client for it (`clientIds`). 1–50 letters, digits or -. Written at the patient's level: 2000C for the
     * subscriber, 2000D for a dependent.
     */
    traceNumber: z.string().regex(/^[A-Za-z0-9-]{1,50}$/, { message: 'must be 1–50 letters, digits or -' }),
    /** NM109 of 2100C: the member id on the card (the subscriber's). */
    memberId: z.string().regex(/^[A-Za-z0-9-]{2,80}$/, { message: 'must be letters, digits or -' }),
    /** The subscriber's last name, as on the card. */
    lastName: Name,
    firstName: FirstName,
    /**
     * DMG02 of 2100C: the subscriber's date of birth, which payers match with the member id; required when
     * the subscriber is the patient (no `dependent`), left out of the file otherwise.
     */
    birthDate: LocalDate.optional(),
    /** DTP*291: the date the benefits are asked for (the session's date, or today's). */
    serviceDate: LocalDate,
    /**
     * EQ01, one EQ segment each, most specific first: `MH` mental health, `A6` psychotherapy, `A8`
     * psychiatric outpatient, `CF` mental health provider outpatient, `30` the plan's general coverage. Payers
     * that follow CAQH CORE answer `30` and `MH` at least.
     */
    serviceTypes: z.array(ServiceType).min(1).max(99),
    /** The patient, when it is the subscriber's dependent without a member id of their own (2000D/2100D). */
    dependent: Dependent.optional(),
  })
  .refine((q) => q.dependent !== undefined || q.birthDate !== undefined, {
    message: 'must give the birthDate of the subscriber, who is the patient when no dependent is named',
    path: ['birthDate'],
  });
export type EligibilityInquiry = z.input<typeof EligibilityInquiry>;

/**
 * Options for {@link write270}: the file's envelope (its date, control numbers, sender and receiver, as
 * {@link X12EnvelopeOptions}), the payer asked (2100A) and the provider asking (2100B), an organization by its
 * `name` or a person by `lastName` and `firstName`.
 * @example
 * ```ts
 * Write270Options.parse({ envelope: { asOf: '2026-12-07T17:42:00-05:00',
 *     controlNumbers: { interchange: 901, group: 901, transaction: 1 },
 *     sender: { id: 'HARBORCNS' }, receiver: { id: '60054' } },
 *   payer: { name: 'SUMMIT HEALTH PLAN', id: '60054' },
 *   provider: { name: 'HARBOR COUNSELING GROUP', npi: '1245319599', taxId: '931234567' } }).envelope.usage;
 * //=> 'production'
 * ```
 */
export const Write270Options = z.strictObject({
  /** The interchange's envelope: ISA, GS, their trailers and the date written in the BHT. */
  envelope: X12EnvelopeOptions,
  /** The payer asked (2100A NM1*PR): its name and its payer id (NM108 PI). */
  payer: z.strictObject({
    name: Name,
    id: z.string().regex(/^[A-Za-z0-9]{2,80}$/, { message: 'must be letters or digits' }),
  }),
  /**
   * The provider asking (2100B NM1*1P, by NPI): a group by `name`, or a clinician asking under their own
   * NPI by `lastName` and `firstName`; `taxId`, the provider's EIN, traces the inquiry (TRN03 `1` and the
   * EIN).
   */
  provider: z
    .strictObject({
      npi: Npi,
      taxId: z.string().regex(/^\d{9}$/, { message: 'must be 9 digits' }),
      name: Name.optional(),
      lastName: Name.optional(),
      firstName: FirstName.optional(),
    })
    .refine(
      (p) =>
        p.name !== undefined
          ? p.lastName === undefined && p.firstName === undefined
          : p.lastName !== undefined && p.firstName !== undefined,
      { message: "must give either an organization's name, or a person's lastName and firstName" },
    ),
  /** What follows each segment terminator: nothing, `\n` or `\r\n`. */
  lineBreak: z.enum(['', '\n', '\r\n']).default(''),
});
export type Write270Options = z.input<typeof Write270Options>;

const Inquiries = z.array(EligibilityInquiry).min(1).max(10_000);

/**
 * Writes an X12 005010 270 eligibility inquiry (005010X279A1) asking one payer about one or more patients:
 * the payer (2000A/2100A), the provider asking (2000B/2100B, by NPI), and for each inquiry a subscriber loop
 * (2000C/2100C: NM1*IL with the member id). When the subscriber is the patient, 2000C carries the TRN with the
 * practice's trace number and 2100C the DMG with the date of birth, DTP*291 with the date asked for and one EQ
 * per service type. When the patient is a dependent, 2000C says a child follows (HL04 `1`) and the dependent
 * loop (2000D/2100D) carries the TRN, NM1*03 with the dependent's name, DMG, DTP*291 and the EQs. The payer's
 * 271 repeats each trace number: {@link read271} reads it with `clientIds` mapping the trace numbers to clients.
 *
 * @param inquiries - the patients to ask about (1 to 10,000), in the order written
 * @param options - the file's envelope, the payer and the provider
 * @returns the file, one interchange holding one 270 transaction set, every segment ended by `~` (and
 * `lineBreak`), SE01 counting ST to SE, GE and IEA repeating their headers' control numbers
 * @throws {@link ValidationError} listing every problem of both arguments by path (`$.inquiries[0].memberId`,
 * `$.options.provider`, `$.options.envelope.sender.id`), never a value.
 * @remarks Loops, segments and the trace number's TRN03 (`1` and the provider's EIN) as the CMS 270/271
 * companion guide describes them (HETS), TRN03 as element 509 defines it; the dependent's primary search
 * without INS as X12's RFI 922 reads the TR3; service type codes of the 005010 EQ01 list
 * [sources: x12-271-cg-hets, x12-element-509, x12-rfi-922, x12-271].
 * @example
 * ```ts
 * const text = write270(
 *   [{ traceNumber: 'ELG-0001', memberId: 'W123456789', lastName: 'LANE', firstName: 'ALEX',
 *      birthDate: '1990-02-14', serviceDate: '2026-12-08', serviceTypes: ['MH'] }],
 *   { envelope: { asOf: '2026-12-07T17:42:00-05:00', controlNumbers: { interchange: 901, group: 901, transaction: 1 },
 *       sender: { id: 'HARBORCNS' }, receiver: { id: '60054' } },
 *     payer: { name: 'SUMMIT HEALTH PLAN', id: '60054' },
 *     provider: { name: 'HARBOR COUNSELING GROUP', npi: '1245319599', taxId: '931234567' } },
 * );
 * text.split('~').slice(2, 15);
 * //=> ['ST*270*0001*005010X279A1', 'BHT*0022*13*0001*20261207*1742', 'HL*1**20*1',
 * //    'NM1*PR*2*SUMMIT HEALTH PLAN*****PI*60054', 'HL*2*1*21*1',
 * //    'NM1*1P*2*HARBOR COUNSELING GROUP*****XX*1245319599', 'HL*3*2*22*0', 'TRN*1*ELG-0001*1931234567',
 * //    'NM1*IL*1*LANE*ALEX****MI*W123456789', 'DMG*D8*19900214', 'DTP*291*D8*20261208', 'EQ*MH', 'SE*13*0001']
 * ```
 */
export function write270(inquiries: readonly EligibilityInquiry[], options: Write270Options): string {
  const [list, o] = validateArguments([
    ['inquiries', Inquiries, inquiries, 'eligibility inquiries'],
    ['options', Write270Options, options, '270 options'],
  ]);
  const head = o.envelope;
  const clock = fileClock(head);
  const st = transactionControl(head);
  const w = new SegmentWriter(DEFAULT_X12_DELIMITERS, o.lineBreak, 'x12');
  w.write('ST', ['270', st, '005010X279A1']);
  // BHT02 13: a request; BHT03 the practice's reference for the whole inquiry.
  w.write('BHT', ['0022', '13', st, clock.date.replaceAll('-', ''), clock.time]);
  w.write('HL', ['1', '', '20', '1']);
  w.write('NM1', ['PR', '2', o.payer.name, '', '', '', '', 'PI', o.payer.id]);
  w.write('HL', ['2', '1', '21', '1']);
  const p = o.provider;
  w.write(
    'NM1',
    p.name !== undefined
      ? ['1P', '2', p.name, '', '', '', '', 'XX', p.npi]
      : ['1P', '1', p.lastName as string, p.firstName as string, '', '', '', 'XX', p.npi],
  );
  let hl = 3;
  for (const q of list) {
    const subscriberHl = String(hl);
    const d = q.dependent;
    // HL04: 1 when the dependent's level follows under this subscriber.
    w.write('HL', [subscriberHl, '2', '22', d === undefined ? '0' : '1']);
    hl += 1;
    const trace = ['1', q.traceNumber, `1${p.taxId}`];
    // The trace number, date of birth, date asked for and service types stand at the patient's level
    // (2000C/2100C/2110C for the subscriber, 2000D/2100D/2110D for a dependent) [sources: x12-271-cg-hets].
    if (d === undefined) w.write('TRN', trace);
    w.write('NM1', ['IL', '1', q.lastName, q.firstName, '', '', '', 'MI', q.memberId]);
    if (d !== undefined) {
      w.write('HL', [String(hl), subscriberHl, '23', '0']);
      hl += 1;
      w.write('TRN', trace);
      w.write('NM1', ['03', '1', d.lastName, d.firstName]);
    }
    w.write('DMG', ['D8', writeDate(d?.birthDate ?? (q.birthDate as string))]);
    w.write('DTP', ['291', 'D8', writeDate(q.serviceDate)]);
    for (const type of q.serviceTypes) w.write('EQ', [type]);
  }
  return writeInterchange(head, o.lineBreak, 'HS', '005010X279A1', [w]);
}
