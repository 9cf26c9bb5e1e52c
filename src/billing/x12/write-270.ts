import * as z from 'zod';
import { IanaZone, Instant, LocalDate, Npi } from '../../core/index.js';
import { validateArguments } from '../../core/internal.js';
import { DEFAULT_X12_DELIMITERS } from './delimiters.js';
import { writeDate } from './element-values.js';
import { fileClock, transactionControl, writeInterchange } from './interchange-writer.js';
import { SegmentWriter } from './segment-writer.js';
import { FirstName, Name } from './x12-text.js';

const ControlNumber = z.number().int().min(1).max(999_999_999);
const ServiceType = z.string().regex(/^[0-9A-Z]{1,2}$/, { message: 'must be a service type code' });

/**
 * One person whose benefits a 270 asks about: the member as on their card (2100C), the date the benefits
 * are asked for (DTP*291) and the service types (EQ01).
 *
 * @remarks The 270 TR3 (005010X279A1) asks for the subscriber loop when the patient has a member id of their
 * own, as most plans issue today; a dependent without one is not written by {@link write270} [sources:
 * x12-271-cg-hets].
 * @example
 * ```ts
 * EligibilityInquiry.parse({ traceNumber: 'ELG-0001', memberId: 'W123456789', lastName: 'LANE',
 *   firstName: 'ALEX', birthDate: '1990-02-14', serviceDate: '2026-12-08', serviceTypes: ['MH'] }).serviceTypes;
 * //=> ['MH']
 * ```
 */
export const EligibilityInquiry = z.strictObject({
  /**
   * TRN02: the practice's trace number for the inquiry, which the 271 repeats: give {@link read271} the
   * client for it (`clientIds`). 1–50 letters, digits or -.
   */
  traceNumber: z.string().regex(/^[A-Za-z0-9-]{1,50}$/, { message: 'must be 1–50 letters, digits or -' }),
  /** NM109: the member id on the card. */
  memberId: z.string().regex(/^[A-Za-z0-9-]{2,80}$/, { message: 'must be letters, digits or -' }),
  lastName: Name,
  firstName: FirstName,
  /** DMG02: the member's date of birth, which payers match with the member id. */
  birthDate: LocalDate,
  /** DTP*291: the date the benefits are asked for (the session's date, or today's). */
  serviceDate: LocalDate,
  /**
   * EQ01, one EQ segment each, most specific first: `MH` mental health, `A6` psychotherapy, `A8`
   * psychiatric outpatient, `CF` mental health provider outpatient, `30` the plan's general coverage. Payers
   * that follow CAQH CORE answer `30` and `MH` at least.
   */
  serviceTypes: z.array(ServiceType).min(1).max(99),
});
export type EligibilityInquiry = z.input<typeof EligibilityInquiry>;

/**
 * Options for {@link write270}: the file's date and control numbers (passed in, so the same input writes the
 * same file), who sends and receives it, the payer asked (2100A) and the provider asking (2100B), an
 * organization by its `name` or a person by `lastName` and `firstName`.
 * @example
 * ```ts
 * Write270Options.parse({ asOf: '2026-12-07T17:42:00-05:00',
 *   controlNumbers: { interchange: 901, group: 901, transaction: 1 },
 *   submitter: { id: 'HARBORCNS' }, receiver: { id: '60054' },
 *   payer: { name: 'SUMMIT HEALTH PLAN', id: '60054' },
 *   provider: { name: 'HARBOR COUNSELING GROUP', npi: '1245319599', taxId: '931234567' } }).usage;
 * //=> 'production'
 * ```
 */
export const Write270Options = z.strictObject({
  /** When the file is written (ISA09/10, GS04/05, BHT04/05), an instant with its offset. */
  asOf: Instant,
  /** The practice's time zone: the file's date and time are the local ones there. */
  zone: IanaZone.optional(),
  controlNumbers: z.strictObject({
    interchange: ControlNumber,
    group: ControlNumber,
    transaction: ControlNumber,
  }),
  /** ISA15: `production` (P) or `test` (T). */
  usage: z.enum(['production', 'test']).default('production'),
  /** The submitter's id at the receiver (ISA06, GS02). */
  submitter: z.strictObject({
    id: z.string().regex(/^[A-Za-z0-9]{2,15}$/, { message: 'must be 2–15 letters or digits' }),
  }),
  /** The receiver's id (ISA08, GS03): the clearinghouse or the payer. */
  receiver: z.strictObject({
    id: z.string().regex(/^[A-Za-z0-9]{2,15}$/, { message: 'must be 2–15 letters or digits' }),
  }),
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
  lineBreak: z.enum(['', '\n', '\r\n']).default(''),
});
export type Write270Options = z.input<typeof Write270Options>;

const Inquiries = z.array(EligibilityInquiry).min(1).max(10_000);

/**
 * Writes an X12 005010 270 eligibility inquiry (005010X279A1) asking one payer about one or more members: the
 * payer (2000A/2100A), the provider asking (2000B/2100B, by NPI), and for each member a subscriber loop
 * (2000C/2100C: TRN with the practice's trace number, NM1*IL with the member id, DMG with the date of birth,
 * DTP*291 with the date asked for, one EQ per service type). The payer's 271 repeats each trace number:
 * {@link read271} reads it with `clientIds` mapping the trace numbers to clients.
 *
 * @param inquiries - the members to ask about (1 to 10,000), in the order written
 * @param options - the file's date and control numbers, sender, receiver, payer and provider
 * @returns the file, one interchange holding one 270 transaction set, every segment ended by `~` (and
 * `lineBreak`), SE01 counting ST to SE, GE and IEA repeating their headers' control numbers
 * @throws {@link ValidationError} listing every problem of both arguments by path (`$.inquiries[0].memberId`,
 * `$.options.provider`), never a value.
 * @remarks Loops, segments and the trace number's TRN03 (`1` and the provider's EIN) as the CMS 270/271
 * companion guide describes them (HETS), TRN03 as element 509 defines it; service type codes of the 005010
 * EQ01 list [sources: x12-271-cg-hets, x12-element-509, x12-271].
 * @example
 * ```ts
 * const text = write270(
 *   [{ traceNumber: 'ELG-0001', memberId: 'W123456789', lastName: 'LANE', firstName: 'ALEX',
 *      birthDate: '1990-02-14', serviceDate: '2026-12-08', serviceTypes: ['MH'] }],
 *   { asOf: '2026-12-07T17:42:00-05:00', controlNumbers: { interchange: 901, group: 901, transaction: 1 },
 *     submitter: { id: 'HARBORCNS' }, receiver: { id: '60054' },
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
  const head = { ...o, senderId: o.submitter.id, receiverId: o.receiver.id };
  const clock = fileClock(o);
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
  list.forEach((q, i) => {
    w.write('HL', [String(i + 3), '2', '22', '0']);
    w.write('TRN', ['1', q.traceNumber, `1${p.taxId}`]);
    w.write('NM1', ['IL', '1', q.lastName, q.firstName, '', '', '', 'MI', q.memberId]);
    w.write('DMG', ['D8', writeDate(q.birthDate)]);
    w.write('DTP', ['291', 'D8', writeDate(q.serviceDate)]);
    for (const type of q.serviceTypes) w.write('EQ', [type]);
  });
  return writeInterchange(head, 'HS', '005010X279A1', [w]);
}
