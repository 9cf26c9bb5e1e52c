import * as z from 'zod';
import {
  ClaimId,
  ClientId,
  ClinicianId,
  type InvalidRecord,
  LocalDate,
  Npi,
  PayerId,
  type Reason,
  reason,
  UsState,
  validateBatch,
} from '../../core/index.js';
import { recordsArgument, validateArguments } from '../../core/internal.js';
import type { ClaimOrderingProvider } from '../claims/ordering-provider.js';
import { claimsByClient } from '../claims/same-day-claims.js';
import { evaluateClaimScrub, scrubFindingsOfDay } from '../claims/scrubbing.js';
import type { ClaimServiceFacility } from '../claims/service-facility.js';
import { Claim, type ClaimInput, PayerProfile } from '../index.js';
import type { BillingReasonCode } from '../reason-codes.js';
import { type ClaimFrequency, claimFrequency, FREQUENCY_CODES } from './claim-frequency.js';
import { DEFAULT_X12_DELIMITERS } from './delimiters.js';
import { writeCents, writeDate } from './element-values.js';
import { X12EnvelopeOptions } from './envelope-options.js';
import { fileClock, transactionControl, writeInterchange } from './interchange-writer.js';
import type { X12ReasonCode } from './reason-codes.js';
import { SegmentWriter } from './segment-writer.js';
import {
  lineFacilityLoop,
  serviceFacilityRefusals,
  serviceFacilityToWrite,
} from './service-facility-loop.js';
import type { Write837PDecision } from './write-837p-result.js';
import { FirstName, Name, toX12Text, x12Text } from './x12-text.js';

/** An address line (N301, N302): 1 to 55 characters. */
const AddressLine = x12Text(1, 55);
/** A city (N401): 2 to 30 characters. */
const City = x12Text(2, 30);
const Address = z.strictObject({
  line1: AddressLine,
  line2: AddressLine.optional(),
  city: City,
  state: UsState,
  postalCode: z.string().regex(/^\d{5}(\d{4})?$/, { message: 'must be 5 or 9 digits' }),
});
// The billing provider's address is where it practises: a street address (a post office or lock box goes in
// the pay-to loop, 2010AB) with the full nine-digit ZIP code (2010AA N3, N403); clearinghouses reject
// either [sources: x12-837p-cg-cms].
const Street = AddressLine.refine(
  (line) => !/^\s*(P\.?\s*O\.?\s*BOX|POST\s+OFFICE\s+BOX|LOCK\s*BOX)\b/i.test(line),
  {
    message: 'must be a street address, not a post office or lock box',
    params: { code: 'x12.element.invalid' },
  },
);
const BillingAddress = Address.extend({
  line1: Street,
  line2: Street.optional(),
  postalCode: z
    .string()
    .regex(/^\d{9}$/, { message: 'must be the 9-digit ZIP+4 code for the billing provider' }),
});
const Taxonomy = z
  .string()
  .regex(/^[0-9A-Z]{9}X$/, { message: 'must be a 10-character provider taxonomy code' });
const Person = z.strictObject({
  lastName: Name,
  firstName: FirstName,
  birthDate: LocalDate,
  sex: z.enum(['F', 'M', 'U']),
  address: Address,
});
const GroupNumber = z
  .string()
  .regex(/^[A-Za-z0-9-]{1,50}$/, { message: 'must be 1–50 letters, digits or -' });
const PayerEntry = z.strictObject({
  name: Name,
  /** The payer's id at the clearinghouse (2010BB NM109). */
  id: z.string().regex(/^[A-Za-z0-9]{2,80}$/, { message: 'must be letters or digits' }),
  /** SBR09 claim filing indicator: `MB` Medicare Part B, `MC` Medicaid, `CI` commercial, `BL` Blue Cross, `HM` HMO, … */
  filingIndicator: z.enum([
    'MB',
    'MC',
    'CI',
    'BL',
    'HM',
    '12',
    '13',
    '14',
    '15',
    '16',
    '17',
    'CH',
    'DS',
    'LM',
    'OF',
    'TV',
    'VA',
    'WC',
    'ZZ',
  ]),
  /**
   * The payer's profile (telehealth convention, filing windows, prior-authorization codes): every claim is
   * scrubbed against it before it is written, and a claim the scrubber refuses is left out.
   */
  profile: PayerProfile,
});
const ClientEntry = z.strictObject({
  memberId: z.string().regex(/^[A-Za-z0-9-]{2,80}$/, { message: 'must be letters, digits or -' }),
  /** The group or policy number on the subscriber's card (SBR03), which payers require when the card shows one. */
  groupNumber: GroupNumber.optional(),
  ...Person.shape,
  /** The policy holder when it is not the client, and the client's relationship to them (PAT01: 01 spouse, 19 child, G8 other). */
  subscriber: z
    .strictObject({ ...Person.shape, relationship: z.enum(['01', '19', '20', '21', '39', '40', '53', 'G8']) })
    .optional(),
});
const ClinicianEntry = z.strictObject({
  npi: Npi,
  lastName: Name,
  firstName: FirstName,
  taxonomy: Taxonomy.optional(),
});
type PayerEntry = z.output<typeof PayerEntry>;
type ClientEntry = z.output<typeof ClientEntry>;
type ClinicianEntry = z.output<typeof ClinicianEntry>;

/**
 * What {@link write837P} needs besides the claims: the file's envelope ({@link X12EnvelopeOptions}: its date
 * and control numbers, passed in so the same input writes the same file, who sends and receives it), the
 * submitter's and receiver's names, the billing provider, and the payers, clients and clinicians the claims
 * name by id.
 *
 * @remarks Loops and elements as the CMS 837P companion guide describes them [sources: x12-837p-cg-cms].
 * @example
 * ```ts
 * Write837POptions.parse(options).envelope.usage; //=> 'production'
 * ```
 */
export const Write837POptions = z.strictObject({
  /**
   * The interchange's envelope: when the file is written (`asOf`, read in `zone` when one is given: the
   * file's date and time, and the scrubber's calendar date, are the local ones there, so an instant in UTC at
   * 03:30 on 11 April is still 10 April in Portland), its control numbers, test or production, and who sends
   * and receives it (ISA06 and ISA08, which 1000A and 1000B name again in their NM109).
   */
  envelope: X12EnvelopeOptions,
  /** The submitter (1000A): its name and the contact a payer calls about the file; its id is the envelope's sender id. */
  submitter: z.strictObject({
    name: Name,
    contactName: Name,
    phone: z.string().regex(/^\d{10}$/, { message: 'must be 10 digits' }),
  }),
  /** The receiver (1000B): its name; its id is the envelope's receiver id. */
  receiver: z.strictObject({ name: Name }),
  billingProvider: z.strictObject({
    name: Name,
    npi: Npi,
    /** Employer identification number, 9 digits (REF*EI). */
    taxId: z.string().regex(/^\d{9}$/, { message: 'must be 9 digits' }),
    address: BillingAddress,
    taxonomy: Taxonomy.optional(),
  }),
  payers: z.record(PayerId, PayerEntry),
  clients: z.record(
    ClientId,
    z.strictObject({
      memberId: z.string().regex(/^[A-Za-z0-9-]{2,80}$/, { message: 'must be letters, digits or -' }),
      groupNumber: GroupNumber.optional(),
      ...Person.shape,
      /** The policy holder when it is not the client, and the client's relationship to them (PAT01: 01 spouse, 19 child, G8 other). */
      subscriber: z
        .strictObject({
          ...Person.shape,
          relationship: z.enum(['01', '19', '20', '21', '39', '40', '53', 'G8']),
        })
        .optional(),
    }),
  ),
  clinicians: z.record(
    ClinicianId,
    z.strictObject({ npi: Npi, lastName: Name, firstName: FirstName, taxonomy: Taxonomy.optional() }),
  ),
  /**
   * Claims to cancel (CLM05-3 `8`, a void) rather than write anew or replace: each must be among the
   * claims given, decided by the payer and hold its claim control number.
   */
  voidClaimIds: z.array(ClaimId).max(10_000).default([]),
  /**
   * The practice's other claims of the written claims' dates, of any client, payer and practitioner: each
   * claim is scrubbed beside its own client's (as {@link evaluateClaimScrub}'s `sameDayClaims`; a rejected
   * claim still open counts, one closed without reaching the payer does not), and beside the other claims of
   * this file, which go out with it (a claim listed in both is read as written here; one the file voids is not
   * the day). Left out, each claim is
   * scrubbed alone and the result says so (`billing.scrub.same_day_claims_not_given`, info).
   */
  sameDayClaims: z.array(Claim).max(100_000).optional(),
  lineBreak: z.enum(['', '\n', '\r\n']).default(''),
});
export type Write837POptions = z.input<typeof Write837POptions>;
type Options = z.output<typeof Write837POptions>;
type Address = z.output<typeof Address>;

function refusal(
  code: X12ReasonCode,
  message: string,
  facts: Record<string, string | number>,
): Reason<X12ReasonCode> {
  return reason(code, 'error', message, facts);
}

const MAX_CLAIM_ID = 20;

/** Why a valid claim cannot be written (in the order a biller would fix them), or nothing. */
function refusals(c: Claim, o: Options, frequency: Reason<X12ReasonCode>[]): Reason<X12ReasonCode>[] {
  const out: Reason<X12ReasonCode>[] = [...frequency];
  // The TR3's CLM01 note: characters beyond 20 need not be stored nor returned; the 835 would then name a
  // claim the practice never sent, and clearinghouses (Stedi) reject such claims [sources: x12-837p-cg-cms].
  if (c.claimId.length > MAX_CLAIM_ID) {
    out.push(
      refusal(
        'x12.837p.claim_id_too_long',
        'The claim’s id is longer than the 20 characters CLM01 may carry.',
        {
          length: c.claimId.length,
        },
      ),
    );
  }
  if (c.diagnosisCodes.length === 0) {
    out.push(
      refusal('x12.837p.claim_incomplete', 'The claim has no diagnosis code; an 837P needs one (HI).', {
        claimId: c.claimId,
      }),
    );
  }
  if (o.payers[c.payerId] === undefined) {
    out.push(
      refusal('x12.837p.payer_missing', 'The claim’s payer is not among the payers given.', {
        claimId: c.claimId,
        payerId: c.payerId,
      }),
    );
  }
  if (o.clients[c.clientId] === undefined) {
    out.push(
      refusal('x12.837p.client_missing', 'The claim’s client is not among the clients given.', {
        claimId: c.claimId,
      }),
    );
  }
  if (c.billingNpi !== undefined && c.billingNpi !== o.billingProvider.npi) {
    out.push(
      refusal('x12.837p.provider_mismatch', 'The claim’s billing NPI is not the billing provider’s.', {
        claimId: c.claimId,
      }),
    );
  }
  const rendering = c.renderingClinicianId === undefined ? undefined : o.clinicians[c.renderingClinicianId];
  if (rendering === undefined) {
    out.push(
      refusal(
        'x12.837p.provider_missing',
        'The claim’s rendering clinician is not linked, or not among the clinicians given.',
        { claimId: c.claimId, role: 'rendering' },
      ),
    );
  } else if (c.renderingNpi !== undefined && c.renderingNpi !== rendering.npi) {
    out.push(
      refusal('x12.837p.provider_mismatch', 'The claim’s rendering NPI is not its rendering clinician’s.', {
        claimId: c.claimId,
      }),
    );
  }
  if (c.supervisingClinicianId !== undefined && o.clinicians[c.supervisingClinicianId] === undefined) {
    out.push(
      refusal(
        'x12.837p.provider_missing',
        'The claim’s supervising clinician is not among the clinicians given.',
        { claimId: c.claimId, role: 'supervising' },
      ),
    );
  }
  return out;
}

type Write837PReasonCode = X12ReasonCode | BillingReasonCode;

/**
 * The scrubber's blocking findings for a claim about to be written: all of them (the filing window
 * included) for a new claim; for a replacement, all but the filing window (a corrected claim's clock is
 * the payer's correction rule, not the original window); none for a void, which carries no service to
 * check. The scrubber's date is the file's own calendar date.
 */
function scrubRefusals(
  c: Claim,
  profile: PayerProfile,
  frequency: ClaimFrequency,
  o: Options,
  sameDayClaims: readonly Claim[] | undefined,
): Reason<BillingReasonCode>[] {
  const today = fileClock(o.envelope).date;
  const day = sameDayClaims === undefined ? {} : { sameDayClaims: [...sameDayClaims] };
  switch (frequency) {
    case 'void':
      return [];
    case 'replacement':
      return scrubFindingsOfDay(c, profile, today, sameDayClaims).filter((r) => r.severity === 'error');
    case 'original':
      return evaluateClaimScrub(c, profile, { asOf: today, ...day }).reasons.filter(
        (r) => r.severity === 'error',
      );
    default: {
      const unhandled: never = frequency;
      return unhandled;
    }
  }
}

function address(w: SegmentWriter, a: Address): void {
  w.write('N3', a.line2 === undefined ? [a.line1] : [a.line1, a.line2]);
  w.write('N4', [a.city, a.state, a.postalCode]);
}

/**
 * A service facility location loop (2310C or 2420C): NM1*77 with the place's name, its NPI (NM108 XX) only
 * when it is an organization apart from the billing provider (RFI 1210), N3 and N4
 * [sources: x12-837p-cg-cms, x12-rfi-service-facility].
 */
function facilityLoop(w: SegmentWriter, facility: ClaimServiceFacility, billingNpi: string): void {
  const npi = facility.npi === undefined || facility.npi === billingNpi ? [] : ['XX', facility.npi];
  w.write('NM1', ['77', '2', toX12Text(facility.name), '', '', '', '', ...npi]);
  const a = facility.address;
  w.write('N3', a.line2 === undefined ? [toX12Text(a.line1)] : [toX12Text(a.line1), toX12Text(a.line2)]);
  w.write('N4', [toX12Text(a.city), a.state, a.postalCode]);
}

/** The name segment of a referring (2310A, NM1*DN) or ordering (2420E, NM1*DK) provider: a person, by NPI. */
function orderingProviderName(w: SegmentWriter, entity: 'DN' | 'DK', p: ClaimOrderingProvider): void {
  const first = p.firstName === undefined ? '' : toX12Text(p.firstName);
  w.write('NM1', [entity, '1', toX12Text(p.lastName), first, '', '', '', 'XX', p.npi]);
}

/** Writes one claim's loops (2000B to 2400) and returns how many HL levels it used. */
function writeClaim(w: SegmentWriter, c: Claim, o: Options, hl: number, frequency: ClaimFrequency): number {
  const client = o.clients[c.clientId] as ClientEntry;
  const payer = o.payers[c.payerId] as PayerEntry;
  const subscriber = client.subscriber;
  // 2000B subscriber, 2010BA subscriber name, 2010BB payer.
  w.write('HL', [String(hl), '1', '22', subscriber === undefined ? '0' : '1']);
  w.write('SBR', [
    c.coverage === 'secondary' ? 'S' : 'P',
    subscriber === undefined ? '18' : '',
    client.groupNumber ?? '',
    '',
    '',
    '',
    '',
    '',
    payer.filingIndicator,
  ]);
  const holder = subscriber ?? client;
  w.write('NM1', ['IL', '1', holder.lastName, holder.firstName, '', '', '', 'MI', client.memberId]);
  address(w, holder.address);
  w.write('DMG', ['D8', writeDate(holder.birthDate), holder.sex]);
  w.write('NM1', ['PR', '2', payer.name, '', '', '', '', 'PI', payer.id]);
  if (subscriber !== undefined) {
    // 2000C patient, when the client is not the policy holder.
    w.write('HL', [String(hl + 1), String(hl), '23', '0']);
    w.write('PAT', [subscriber.relationship]);
    w.write('NM1', ['QC', '1', client.lastName, client.firstName]);
    address(w, client.address);
    w.write('DMG', ['D8', writeDate(client.birthDate), client.sex]);
  }
  // 2300 claim: CLM05 is the place of service, B (professional) and the frequency code (1, 7 or 8).
  const pos = c.lines[0]?.placeOfService ?? '11';
  let total = 0;
  for (const l of c.lines) total += l.chargeCents;
  w.write('CLM', [
    c.claimId,
    writeCents(total),
    '',
    '',
    [pos, 'B', FREQUENCY_CODES[frequency]],
    'Y',
    'A',
    'Y',
    'Y',
  ]);
  if (c.priorAuthorizationNumber !== undefined) w.write('REF', ['G1', c.priorAuthorizationNumber]);
  // A replacement or void names the claim it changes: the payer's claim control number (CLP07).
  if (frequency !== 'original') w.write('REF', ['F8', c.payerClaimControlNumber as string]);
  w.write(
    'HI',
    c.diagnosisCodes.map((d, i) => [i === 0 ? 'ABK' : 'ABF', d.replace('.', '')]),
  );
  // 2310A referring provider, when the claim's services were referred: NM1*DN with the NPI (NM108 XX)
  // [sources: x12-837p-cg-cms].
  if (c.referringProvider !== undefined) orderingProviderName(w, 'DN', c.referringProvider);
  // 2310B rendering provider, only when it is not the billing provider (a clinician billing under their own
  // NPI is the billing provider in 2010AA, and validators refuse a 2310B that repeats it); 2310D supervising
  // provider [sources: x12-837p-cg-cms, x12-rfi-rendering].
  const rendering = o.clinicians[c.renderingClinicianId as ClinicianId] as ClinicianEntry;
  if (rendering.npi !== o.billingProvider.npi) {
    w.write('NM1', ['82', '1', rendering.lastName, rendering.firstName, '', '', '', 'XX', rendering.npi]);
    if (rendering.taxonomy !== undefined) w.write('PRV', ['PE', 'PXC', rendering.taxonomy]);
  }
  // 2310C service facility location, only where the services were not at the billing provider's address and
  // not by telehealth or at the client's home; its NPI only when it is an organization apart from the billing
  // provider [sources: x12-837p-cg-cms, x12-rfi-service-facility].
  const facility = serviceFacilityToWrite(c, pos, o.billingProvider.address);
  if (facility !== null) facilityLoop(w, facility, o.billingProvider.npi);
  if (c.supervisingClinicianId !== undefined) {
    const supervisor = o.clinicians[c.supervisingClinicianId] as ClinicianEntry;
    w.write('NM1', ['DQ', '1', supervisor.lastName, supervisor.firstName, '', '', '', 'XX', supervisor.npi]);
  }
  // 2400 service lines.
  c.lines.forEach((l, i) => {
    w.write('LX', [String(i + 1)]);
    w.write('SV1', [
      ['HC', l.procedureCode, ...l.modifiers],
      writeCents(l.chargeCents),
      'UN',
      String(l.units),
      l.placeOfService === pos ? '' : l.placeOfService,
      '',
      l.diagnosisPointers.map(String),
    ]);
    w.write('DTP', ['472', 'D8', writeDate(l.serviceDate)]);
    w.write('REF', ['6R', l.lineId]);
    // 2420C, after the line's REF segments, only for a line given elsewhere than 2310C (or 2010AA) says
    // [sources: x12-837p-cg-cms]; a claim with a conflicting line was refused before it got here.
    const own = lineFacilityLoop(c, l, pos, o.billingProvider);
    if (own.loop === '2420C') facilityLoop(w, own.facility, o.billingProvider.npi);
    // 2420E ordering provider, after 2420C, when another practitioner ordered the line's service: NM1*DK
    // [sources: x12-837p-cg-cms].
    if (l.orderingProvider !== undefined) orderingProviderName(w, 'DK', l.orderingProvider);
  });
  return subscriber === undefined ? 1 : 2;
}

/**
 * Writes scrubbed claims as one X12 005010 837P file (005010X222A1): the envelope, submitter and
 * receiver (1000A/B), billing provider (2000A, 2010AA), then for each claim its subscriber and payer
 * (2000B, 2010BA/BB), patient when not the subscriber (2000C), the claim (2300: CLM, prior authorization
 * REF*G1, HI diagnoses), its rendering provider (2310B) from the clinician the claim links, its service
 * facility (2310C) when the services were not at the billing provider's address (never for telehealth,
 * POS 02 and 10, or the client's home, 12), its supervising provider (2310D) when it has one, and its lines (2400: SV1 with modifiers, units and place
 * of service, DTP*472, REF*6R, and 2420C when the line was given elsewhere than 2310C says). 2310B is left out when the rendering clinician is the billing provider
 * (same NPI). Every value keeps to the X12 character set (printable ASCII) and names and addresses to their
 * elements' lengths [sources: x12-character-set]. Control numbers and the date are passed in, so the same
 * input writes the same file; SE01 counts the segments written. A claim that is malformed, not yet scrubbed (status
 * `ready`), or names a payer, client or clinician not given is left out and reported by its index; the
 * rest are written. With `sameDayClaims`, each claim is scrubbed beside its client's other claims of its dates
 * (those given and those in the file); without, alone, and the result says so in an info reason
 * (`billing.scrub.same_day_claims_not_given`, naming the claims written), which leaves a `written` file `written`.
 *
 * @param claims - the claims, in the order to write them
 * @param options - the envelope (date, control numbers, sender and receiver), the parties and the directories
 * the claims refer to
 * @returns the file (or `null` when no claim could be written), the claims written and those left out
 * @throws {@link ValidationError} listing every problem of malformed options and claims that are not a list
 * at once, each under its parameter's name (`$.options.envelope.asOf`, `$.claims`); a bad claim never throws: it is
 * reported by index.
 * @remarks [sources: x12-837p-cg-cms, x12-837p]
 * @example
 * ```ts fragment
 * const out = write837P([claim], options);
 * out.outcome; //=> 'written'
 * out.text; //=> 'ISA*00*          *00*          *ZZ*HARBOR…~GS*HC*…~ST*837*0001*005010X222A1~BHT*0019*00*0001*20260410*0930*CH~…'
 * ```
 */
export function write837P(
  claims: readonly (ClaimInput | Claim)[],
  options: Write837POptions,
): Write837PDecision {
  // Both arguments' problems at once, each under its parameter's name (`$.claims` when it is not a list,
  // `$.options.envelope.sender.id`); a bad claim in the list is reported by index instead.
  const [list, o] = validateArguments([
    ['claims', recordsArgument, claims, 'claims'],
    ['options', Write837POptions, options, '837P options'],
  ]);
  const batch = validateBatch(Claim, list);
  const d = DEFAULT_X12_DELIMITERS;
  const written: { index: number; claimId: string; frequency: ClaimFrequency }[] = [];
  const refused: {
    index: number;
    claimId: string;
    reasons: [Reason<Write837PReasonCode>, ...Reason<Write837PReasonCode>[]];
  }[] = [];
  const body = new SegmentWriter(d, o.lineBreak, 'x12');
  let hl = 2;
  const voids = new Set<string>(o.voidClaimIds);
  const given = new Set<string>();
  // Each claim's day: its client's other claims given and in this file (which go out together), but a claim
  // this file voids: its services leave the day.
  const days =
    o.sameDayClaims === undefined
      ? undefined
      : claimsByClient(
          [...o.sameDayClaims, ...batch.valid.map((v) => v.value)].filter((c) => !voids.has(c.claimId)),
        );
  const alone: string[] = [];
  for (const { index, value: c } of batch.valid) {
    given.add(c.claimId);
    const payer = o.payers[c.payerId];
    const { frequency, reasons: why } = claimFrequency(
      c,
      voids.has(c.claimId),
      payer?.filingIndicator === 'MB',
    );
    const reasons: Reason<Write837PReasonCode>[] = refusals(c, o, why);
    const pos = c.lines[0]?.placeOfService ?? '11';
    reasons.push(
      ...serviceFacilityRefusals(
        c,
        serviceFacilityToWrite(c, pos, o.billingProvider.address),
        c.lines.map((l) => lineFacilityLoop(c, l, pos, o.billingProvider)),
      ),
    );
    if (c.coverage === 'secondary' && frequency !== 'void') {
      // A secondary claim carries the primary payer's adjudication (2320 with AMT*D, 2330A/B, 2430 SVD,
      // CAS, DTP*573) [sources: x12-837p-cg-cms]; this writer does not write those loops, so it never sends
      // a secondary claim without them.
      reasons.push(
        refusal(
          'x12.837p.secondary_adjudication_not_written',
          'A secondary claim must carry the primary payer’s adjudication (loops 2320, 2330A/B, 2430), which this writer does not write: send it another way (the clearinghouse’s secondary claim, or paper with the primary’s EOB).',
          { claimId: c.claimId, coverage: 'secondary' },
        ),
      );
    }
    // Only a claim the scrubber passes is written (its warnings do not block it) [sources: x12-837p-cg-cms].
    if (payer !== undefined && why.length === 0) {
      const sameDay = days === undefined ? undefined : (days.get(c.clientId) ?? []);
      reasons.push(...scrubRefusals(c, payer.profile, frequency, o, sameDay));
      if (sameDay === undefined && frequency !== 'void') alone.push(c.claimId);
    }
    const [first, ...rest] = reasons;
    if (first !== undefined) {
      refused.push({ index, claimId: c.claimId, reasons: [first, ...rest] });
      continue;
    }
    // Written on its own first: a value holding a delimiter leaves the claim out, not the file broken.
    const trial = new SegmentWriter(d, o.lineBreak, 'x12');
    const used = writeClaim(trial, c, o, hl, frequency);
    if (trial.unwritable.length > 0) {
      refused.push({
        index,
        claimId: c.claimId,
        reasons: [
          refusal(
            'x12.837p.unwritable_value',
            'A value of the claim holds an X12 delimiter, a line break or a character outside the X12 character set.',
            { claimId: c.claimId, elements: [...new Set(trial.unwritable)].join(' ') },
          ),
        ],
      });
      continue;
    }
    writeClaim(body, c, o, hl, frequency);
    hl += used;
    written.push({ index, claimId: c.claimId, frequency });
  }
  const invalid: InvalidRecord[] = [...batch.invalid];
  const reasons: Reason<Write837PReasonCode>[] = [
    ...invalid.map((r) =>
      reason<X12ReasonCode>('x12.837p.claim_invalid', 'error', 'A claim fails its schema; it was left out.', {
        index: r.index,
        problems: r.issues.length,
      }),
    ),
    ...refused.flatMap((r) => r.reasons.map((x) => ({ ...x, facts: { ...x.facts, index: r.index } }))),
  ];
  // A void asked for a claim that is not here (or failed its schema) is reported, never dropped.
  for (const claimId of voids) {
    if (given.has(claimId)) continue;
    reasons.push(
      reason('x12.837p.void_claim_missing', 'error', 'A claim to void is not among the valid claims given.', {
        claimId,
      }),
    );
  }
  // Written claims scrubbed without their day are named once for the file (a refused one has its errors).
  const writtenIds = new Set(written.map((w) => w.claimId));
  const aloneWritten = alone.filter((id) => writtenIds.has(id));
  const notes: Reason<Write837PReasonCode>[] = [];
  if (aloneWritten.length > 0) {
    notes.push(
      reason(
        'billing.scrub.same_day_claims_not_given',
        'info',
        'Each claim was scrubbed as its own day: the clients’ other claims of the same dates were not given (sameDayClaims), so codes billed on another claim were not checked with these.',
        { claimIds: aloneWritten },
      ),
    );
  }
  const text = written.length === 0 ? null : envelope(o, body);
  const data = { text, written, refused, invalid };
  const [first, ...rest] = reasons;
  if (first === undefined) return { ...data, outcome: 'written', reasons: notes };
  return {
    ...data,
    outcome: written.length === 0 ? 'not_written' : 'partly_written',
    reasons: [first, ...rest, ...notes],
  };
}

function envelope(o: Options, body: SegmentWriter): string {
  const head = o.envelope;
  const d = DEFAULT_X12_DELIMITERS;
  const clock = fileClock(head);
  const date = clock.date.replaceAll('-', '');
  const time = clock.time;
  const st = transactionControl(head);
  const header = new SegmentWriter(d, o.lineBreak, 'x12');
  header.write('ST', ['837', st, '005010X222A1']);
  header.write('BHT', ['0019', '00', st, date, time, 'CH']);
  header.write('NM1', ['41', '2', o.submitter.name, '', '', '', '', '46', head.sender.id]);
  header.write('PER', ['IC', o.submitter.contactName, 'TE', o.submitter.phone]);
  header.write('NM1', ['40', '2', o.receiver.name, '', '', '', '', '46', head.receiver.id]);
  header.write('HL', ['1', '', '20', '1']);
  const bp = o.billingProvider;
  if (bp.taxonomy !== undefined) header.write('PRV', ['BI', 'PXC', bp.taxonomy]);
  // NPIs are unique across people and organizations, so a billing NPI that is a clinician's is that person's
  // (a type 1 NPI): 2010AA names them as a person (NM102 1), as clearinghouses check against NPPES
  // [sources: x12-837p-cg-cms, cms-npi-entity-types].
  const person = Object.values(o.clinicians).find((c) => c.npi === bp.npi);
  header.write(
    'NM1',
    person === undefined
      ? ['85', '2', bp.name, '', '', '', '', 'XX', bp.npi]
      : ['85', '1', person.lastName, person.firstName, '', '', '', 'XX', bp.npi],
  );
  address(header, bp.address);
  header.write('REF', ['EI', bp.taxId]);
  return writeInterchange(head, o.lineBreak, 'HC', '005010X222A1', [header, body]);
}
