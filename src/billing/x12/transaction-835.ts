import type { LocalDate } from '../../core/index.js';
import type { AdjustmentGroupCode } from '../index.js';
import { ClosedClaims } from './closed-claims.js';
import type { X12Delimiters } from './delimiters.js';
import { elementName, ownString, readDate } from './element-values.js';
import type { X12Problems } from './problems.js';
import { PROVIDER_ADJUSTMENT_REASONS, type ProviderAdjustment } from './remittance-advice.js';
import type { ClaimDraft, LineDraft, ModelCodes } from './remittance-claim-draft.js';
import type { ScannedSegment } from './scanned-segment.js';

// The 835's loops in order, and the segments each may hold besides the one that opens the next loop
// [sources: x12-835-cg-cms].
type Loop = 'header' | 'payer' | 'payee' | 'header_number' | 'claim' | 'line' | 'summary';
const OTHER_SEGMENTS: Record<Loop, ReadonlySet<string>> = {
  header: new Set(['BPR', 'TRN', 'CUR', 'REF', 'DTM']),
  payer: new Set(['N3', 'N4', 'REF', 'PER']),
  payee: new Set(['N3', 'N4', 'REF', 'RDM']),
  header_number: new Set(['TS3', 'TS2']),
  claim: new Set(['CAS', 'NM1', 'MIA', 'MOA', 'REF', 'DTM', 'PER', 'AMT', 'QTY']),
  line: new Set(['DTM', 'CAS', 'REF', 'AMT', 'QTY', 'LQ']),
  summary: new Set(),
};
// The segments that open a loop, and the loops they may follow.
const AFTER_PAYEE: ReadonlySet<Loop> = new Set(['payee', 'header_number', 'claim', 'line']);
// Maps, not objects: an element that reads `constructor` must find nothing.
type Opening = { readonly loop: Loop; readonly after: ReadonlySet<Loop> };
const OPENS: ReadonlyMap<string, Opening> = new Map([
  ['LX', { loop: 'header_number', after: AFTER_PAYEE }],
  ['CLP', { loop: 'claim', after: AFTER_PAYEE }],
  ['SVC', { loop: 'line', after: new Set<Loop>(['claim', 'line']) }],
  ['PLB', { loop: 'summary', after: new Set<Loop>([...AFTER_PAYEE, 'summary']) }],
]);
const N1_OPENS: ReadonlyMap<string, Opening> = new Map([
  ['PR', { loop: 'payer', after: new Set<Loop>(['header']) }],
  ['PE', { loop: 'payee', after: new Set<Loop>(['payer']) }],
]);
// 19–21 processed and forwarded; 23 not our claim, forwarded to additional payer(s) (the 003040 list's "not our
// claim and crossed over") [sources: x12-835-clp].
const CROSSOVER_STATUSES = new Set(['19', '20', '21', '23']);
// MA07 forwarded to Medicaid, MA18 forwarded to the supplemental insurer, N89 forwarded to more than one
// payer [sources: x12-rarc].
const CROSSOVER_REMARKS = new Set(['MA07', 'MA18', 'N89']);

/** Reads one 835 transaction set, segment by segment. */
export class Transaction835 {
  readonly #problems: X12Problems;
  readonly #codes: ModelCodes;
  readonly #delimiters: X12Delimiters;
  readonly #dates = new Map<number, LocalDate | null>();
  readonly st: ScannedSegment;
  loop: Loop = 'header';
  bpr: ScannedSegment | null = null;
  trn: ScannedSegment | null = null;
  payerName = '';
  payeeName = '';
  payeeNpi: string | null = null;
  /** The claims read so far, each closed when the next one starts or the transaction set ends. */
  readonly closed: ClosedClaims;
  claim: ClaimDraft | null = null;
  line: LineDraft | null = null;
  providerAdjustments: ProviderAdjustment[] = [];
  /** The interest the claims report in AMT*I (claim loop), in cents: information only, never posted. */
  claimInterestCents = 0;

  constructor(st: ScannedSegment, delimiters: X12Delimiters, problems: X12Problems, codes: ModelCodes) {
    this.st = st;
    this.#delimiters = delimiters;
    this.#problems = problems;
    this.#codes = codes;
    this.closed = new ClosedClaims(codes);
  }

  /** Closes the last claim: the transaction set has ended. */
  end(): void {
    if (this.claim !== null) this.closed.add(this.claim);
    this.claim = null;
    this.line = null;
  }

  accept(s: ScannedSegment): void {
    const opens = s.tag === 'N1' ? N1_OPENS.get(s.element(1)) : OPENS.get(s.tag);
    if (opens === undefined) {
      if (OTHER_SEGMENTS[this.loop].has(s.tag)) this.#other(s);
      else this.#unexpected(s);
      return;
    }
    if (!opens.after.has(this.loop)) {
      this.#unexpected(s);
      return;
    }
    this.loop = opens.loop;
    switch (opens.loop) {
      case 'payer':
        this.payerName = ownString(s.element(2));
        break;
      case 'payee':
        this.payeeName = ownString(s.element(2));
        this.payeeNpi = s.element(3) === 'XX' && s.has(4) ? s.element(4) : null;
        break;
      case 'claim':
        this.#startClaim(s);
        break;
      case 'line':
        this.#startLine(s);
        break;
      case 'summary':
        this.#providerAdjustments(s);
        break;
      default:
        break;
    }
  }

  #unexpected(s: ScannedSegment): void {
    this.#problems.add(
      s.position,
      null,
      'x12.segment.unexpected',
      `is not a segment an 835 allows here (${LOOP_NAMES[this.loop]})`,
    );
  }

  #other(s: ScannedSegment): void {
    const loop = this.loop;
    switch (s.tag) {
      case 'BPR':
        if (loop !== 'header') return;
        this.bpr = s;
        this.#amount(s, 2, true);
        this.#date(s, 16, true);
        return;
      case 'TRN':
        if (loop !== 'header') return;
        this.trn = s;
        this.#required(s, 2);
        this.#required(s, 3);
        return;
      case 'CAS':
        this.#adjustments(s, loop === 'line' ? (this.line as LineDraft) : (this.claim as ClaimDraft));
        return;
      case 'NM1':
        if (loop === 'claim' && s.element(1) === 'TT') {
          const claim = this.claim as ClaimDraft;
          claim.evidence.add('crossover_carrier');
          claim.carrierName = s.has(3) ? ownString(s.element(3)) : null;
        }
        return;
      case 'MOA':
        this.#remarks(s, MOA_REMARKS);
        return;
      case 'MIA':
        this.#remarks(s, MIA_REMARKS);
        return;
      case 'DTM': {
        if (loop !== 'line') return;
        const line = this.line as LineDraft;
        const qualifier = s.element(1);
        if (qualifier === '472' || (qualifier === '150' && line.serviceDate === undefined)) {
          line.serviceDate = this.#date(s, 2, true) ?? undefined;
        }
        return;
      }
      case 'REF':
        if (loop === 'line' && s.element(1) === '6R') {
          const ref = s.element(2);
          // A reference that cannot be one of our line ids matches no claim line: it is left out.
          const lineRef = this.#codes.canonical('lineRef', ref);
          if (lineRef !== null) (this.line as LineDraft).lineRef = lineRef;
        }
        return;
      case 'AMT':
        // A claim's interest (AMT01 I) takes no part in balancing; its total is checked against PLB L6.
        if (loop === 'claim' && s.element(1) === 'I')
          this.claimInterestCents += this.#amount(s, 2, true) ?? 0;
        return;
      case 'LQ':
        if (s.element(1) === 'HE') {
          const line = this.line as LineDraft;
          const code = this.#required(s, 2);
          if (code === null) return;
          const remark = this.#codes.canonical('rarc', code);
          if (remark !== null) line.remarks.push(remark);
          else line.unreadable.push(`LQ02 of segment ${s.position}`);
        }
        return;
      default:
        return;
    }
  }

  #required(s: ScannedSegment, n: number): string | null {
    const value = s.element(n);
    if (value.length > 0) return value;
    this.#problems.add(s.position, elementName(s, n), 'x12.element.missing', 'is required');
    return null;
  }

  #amount(s: ScannedSegment, n: number, required: boolean): number | null {
    const cents = s.cents(n);
    if (cents === undefined) {
      if (required)
        this.#problems.add(s.position, elementName(s, n), 'x12.element.missing', 'is required (an amount)');
      return null;
    }
    if (cents === null) {
      this.#problems.add(
        s.position,
        elementName(s, n),
        'x12.element.invalid',
        'must be an amount in dollars with at most two decimal places',
      );
    }
    return cents;
  }

  #date(s: ScannedSegment, n: number, required: boolean): LocalDate | null {
    const digits = s.dateDigits(n);
    if (digits === 0) {
      if (required)
        this.#problems.add(s.position, elementName(s, n), 'x12.element.missing', 'is required (a date)');
      return null;
    }
    // Dates repeat across claims: one string per date, as with codes, read once from its digits.
    let date = digits < 0 ? null : this.#dates.get(digits);
    if (date === undefined) {
      date = readDate(s.element(n));
      if (this.#dates.size < 10_000) this.#dates.set(digits, date);
    }
    if (date === null) {
      this.#problems.add(
        s.position,
        elementName(s, n),
        'x12.element.invalid',
        'must be a date written CCYYMMDD',
      );
    }
    return date;
  }

  #startClaim(s: ScannedSegment): void {
    this.end();
    const claimId = ownString(this.#required(s, 1) ?? '');
    const status = this.#required(s, 2) ?? '';
    const charge = this.#amount(s, 3, true);
    const paid = this.#amount(s, 4, true);
    const patientResponsibility = this.#amount(s, 5, false);
    const claim: ClaimDraft = {
      segment: s.position,
      index: this.closed.count,
      claimId,
      status,
      chargeCents: charge ?? 0,
      paidCents: paid ?? 0,
      patientResponsibilityCents: patientResponsibility,
      payerClaimControlNumber: ownString(s.element(7)),
      adjustments: [],
      remarks: [],
      lines: [],
      evidence: new Set(),
      carrierName: null,
      unreadable: [],
    };
    if (CROSSOVER_STATUSES.has(status)) claim.evidence.add('claim_status');
    this.claim = claim;
  }

  #startLine(s: ScannedSegment): void {
    const charge = this.#amount(s, 2, true);
    const paid = this.#amount(s, 3, true);
    // SVC06, when given, is the procedure as billed; SVC01 is what the payer adjudicated instead. The
    // billed code is what matches a claim line.
    const billed = s.isEmpty(6) ? 1 : 6;
    const procedure = s.element(billed).split(this.#delimiters.component);
    const line: LineDraft = {
      segment: s.position,
      procedure,
      chargeCents: charge ?? 0,
      paidCents: paid ?? 0,
      units: s.element(5),
      serviceDate: undefined,
      lineRef: undefined,
      adjustments: [],
      remarks: [],
      unreadable: [],
    };
    if ((procedure[1] ?? '').length === 0) {
      this.#problems.add(
        s.position,
        `SVC0${billed}-2`,
        'x12.element.missing',
        'is required (the procedure code)',
      );
    }
    (this.claim as ClaimDraft).lines.push(line);
    this.line = line;
  }

  #adjustments(s: ScannedSegment, owner: ClaimDraft | LineDraft): void {
    const text = this.#required(s, 1) ?? '';
    const group = this.#codes.canonical('group', text) as AdjustmentGroupCode | null;
    if (group === null && text.length > 0) owner.unreadable.push(`CAS01 of segment ${s.position}`);
    for (let at = 2; at <= 17; at += 3) {
      if (s.isEmpty(at)) {
        if (!s.isEmpty(at + 1)) this.#required(s, at);
        continue;
      }
      const carc = s.element(at);
      const amount = this.#amount(s, at + 1, true);
      if (amount === null) continue;
      const code = this.#codes.canonical('carc', carc);
      if (code === null) {
        owner.unreadable.push(`${elementName(s, at)} of segment ${s.position}`);
        continue;
      }
      // The 835 carries remarks per claim (MOA) and line (LQ), never per adjustment.
      if (group !== null) owner.adjustments.push(this.#codes.adjustment(group, code, amount));
    }
  }

  #remarks(s: ScannedSegment, positions: readonly number[]): void {
    const claim = this.claim as ClaimDraft;
    for (const n of positions) {
      const code = s.element(n);
      if (code.length === 0) continue;
      const remark = this.#codes.canonical('rarc', code);
      if (remark === null) {
        claim.unreadable.push(`${elementName(s, n)} of segment ${s.position}`);
        continue;
      }
      claim.remarks.push(remark);
      if (CROSSOVER_REMARKS.has(code)) claim.evidence.add('remark');
    }
  }

  #providerAdjustments(s: ScannedSegment): void {
    const providerId = this.#required(s, 1) ?? '';
    const date = this.#date(s, 2, true);
    let found = 0;
    for (let at = 3; at <= 13; at += 2) {
      const composite = s.element(at);
      if (composite.length === 0) continue;
      found += 1;
      const [code = '', reference = ''] = composite.split(this.#delimiters.component);
      if (code.length === 0) {
        this.#problems.add(
          s.position,
          `${elementName(s, at)}-1`,
          'x12.element.missing',
          'is required (the adjustment reason)',
        );
      }
      const amount = this.#amount(s, at + 1, true);
      if (amount === null || date === null || code.length === 0) continue;
      this.providerAdjustments.push({
        providerId,
        fiscalPeriodDate: date,
        reasonCode: code,
        reference: reference.length > 0 ? reference : null,
        amountCents: amount,
        known: Object.hasOwn(PROVIDER_ADJUSTMENT_REASONS, code),
        segment: s.position,
      });
    }
    if (found === 0) this.#required(s, 3);
  }
}

const MOA_REMARKS = [3, 4, 5, 6, 7];
const MIA_REMARKS = [5, 20, 21, 22, 23];

const LOOP_NAMES: Record<Loop, string> = {
  header: 'the header',
  payer: 'the payer loop 1000A',
  payee: 'the payee loop 1000B',
  header_number: 'the header number loop 2000',
  claim: 'the claim loop 2100',
  line: 'the service line loop 2110',
  summary: 'the provider adjustments after the claims',
};
