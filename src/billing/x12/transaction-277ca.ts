import type { LocalDate } from '../../core/index.js';
import type { ReportedStatus277 } from './claim-acknowledgment.js';
import type { X12Delimiters } from './delimiters.js';
import { readCents, readDate } from './element-values.js';
import type { X12Problems } from './problems.js';
import type { X12Segment } from './scanned-segment.js';

/**
 * Which 277 is read: the claim acknowledgment (005010X214, the 277CA), or the claim status response to a
 * 276 inquiry (005010X212). Both share the STC, REF, SVC and DTP segments of a claim; they differ in the
 * levels above it and in how a claim's loop starts.
 */
export type Guide277 = 'acknowledgment' | 'status';

/** One hierarchical level of a 277 as read: its statuses, and its parent. */
export interface Level277 {
  readonly segment: number;
  readonly level: 'source' | 'receiver' | 'provider' | 'subscriber' | 'dependent' | 'patient';
  readonly parent: Level277 | null;
  readonly statuses: ReportedStatus277[];
}

/** One claim as read: an HL PT of a 277CA, or a TRN loop (2200D/E) of a claim status response. */
export interface Patient277 extends Level277 {
  readonly level: 'patient';
  claimId: string | null;
  /** TRN02: the 277CA's patient control number, or the 276's trace number in a claim status response. */
  traceNumber: string | null;
  /** REF*EJ of a claim status response: the patient control number (CLM01). */
  patientControlNumber: string | null;
  payerClaimControlNumber: string | null;
  clearinghouseTraceNumber: string | null;
  chargeCents: number | null;
  paidCents: number | null;
  adjudicatedOn: LocalDate | null;
  paidOn: LocalDate | null;
  paymentTraceNumber: string | null;
  readonly lines: { segment: number; procedureCode: string | null; statuses: ReportedStatus277[] }[];
}

type LevelRule = { level: Level277['level']; parent: Level277['level'] | null };
// HL03 [sources: x12-277ca]: 20 information source, 21 information receiver, 19 provider of service, PT patient.
const ACKNOWLEDGMENT_LEVELS: ReadonlyMap<string, LevelRule> = new Map([
  ['20', { level: 'source', parent: null }],
  ['21', { level: 'receiver', parent: 'source' }],
  ['19', { level: 'provider', parent: 'receiver' }],
  ['PT', { level: 'patient', parent: 'provider' }],
] as const);
// HL03 [sources: x12-276-277]: 20 payer, 21 information receiver, 19 service provider, 22 subscriber, 23 dependent;
// each claim is a TRN loop (2200D, 2200E) under the subscriber or dependent.
const STATUS_LEVELS: ReadonlyMap<string, LevelRule> = new Map([
  ['20', { level: 'source', parent: null }],
  ['21', { level: 'receiver', parent: 'source' }],
  ['19', { level: 'provider', parent: 'receiver' }],
  ['22', { level: 'subscriber', parent: 'provider' }],
  ['23', { level: 'dependent', parent: 'subscriber' }],
] as const);

type Place = 'header' | Level277['level'] | 'line';
const ACKNOWLEDGMENT_SEGMENTS: Record<Place, ReadonlySet<string>> = {
  header: new Set(['BHT']),
  source: new Set(['NM1', 'TRN', 'DTP']),
  receiver: new Set(['NM1', 'TRN', 'STC', 'QTY', 'AMT']),
  provider: new Set(['NM1', 'TRN', 'STC', 'REF', 'QTY', 'AMT']),
  subscriber: new Set(),
  dependent: new Set(),
  patient: new Set(['NM1', 'TRN', 'STC', 'REF', 'DTP', 'SVC']),
  line: new Set(['SVC', 'STC', 'REF', 'DTP']),
};
const STATUS_SEGMENTS: Record<Place, ReadonlySet<string>> = {
  header: new Set(['BHT']),
  source: new Set(['NM1', 'PER']),
  receiver: new Set(['NM1']),
  provider: new Set(['NM1']),
  subscriber: new Set(['NM1', 'TRN']),
  dependent: new Set(['NM1', 'TRN']),
  patient: new Set(['TRN', 'STC', 'REF', 'DTP', 'SVC']),
  line: new Set(['TRN', 'SVC', 'STC', 'REF', 'DTP']),
};

/**
 * Reads one 277 transaction set segment by segment: a 277CA (005010X214) or a claim status response
 * (005010X212), as `guide` says.
 */
export class Transaction277CA {
  readonly #problems: X12Problems;
  readonly #component: string;
  readonly #guide: Guide277;
  readonly #levels: ReadonlyMap<string, LevelRule>;
  readonly #segments: Record<Place, ReadonlySet<string>>;
  readonly st: X12Segment;
  bht: X12Segment | null = null;
  readonly patients: Patient277[] = [];
  readonly levels: Level277[] = [];
  #place: Place = 'header';
  #level: Level277 | null = null;
  #line: Patient277['lines'][number] | null = null;
  readonly #hl = new Map<string, Level277>();

  constructor(
    st: X12Segment,
    delimiters: X12Delimiters,
    problems: X12Problems,
    guide: Guide277 = 'acknowledgment',
  ) {
    this.st = st;
    this.#component = delimiters.component;
    this.#problems = problems;
    this.#guide = guide;
    this.#levels = guide === 'status' ? STATUS_LEVELS : ACKNOWLEDGMENT_LEVELS;
    this.#segments = guide === 'status' ? STATUS_SEGMENTS : ACKNOWLEDGMENT_SEGMENTS;
  }

  /** A claim status response's TRN opens a claim (2200D, 2200E) under the member level it stands in. */
  #openClaim(s: X12Segment): void {
    let member = this.#level;
    while (member !== null && member.level === 'patient') member = member.parent;
    if (member === null) return;
    const claim = newClaim(s.position, member);
    this.levels.push(claim);
    this.patients.push(claim);
    this.#level = claim;
    this.#line = null;
    this.#place = 'patient';
  }

  accept(s: X12Segment): void {
    const e = s.elements;
    if (s.tag === 'HL') {
      this.#hierarchy(s);
      return;
    }
    if (!this.#segments[this.#place].has(s.tag)) {
      this.#problems.add(s.position, null, 'x12.segment.unexpected', 'is not a segment a 277 allows here');
      return;
    }
    if (this.#guide === 'status' && s.tag === 'TRN') this.#openClaim(s);
    const patient = this.#level?.level === 'patient' ? (this.#level as Patient277) : null;
    switch (s.tag) {
      case 'BHT':
        this.bht = s;
        return;
      case 'TRN':
        // 2200D TRN02: the 277CA's patient control number (CLM01), or the trace number the 276 gave.
        if (patient !== null && this.#place === 'patient') {
          if ((e[2] ?? '') === '')
            this.#problems.add(
              s.position,
              'TRN02',
              'x12.element.missing',
              this.#guide === 'status'
                ? 'is required (the trace number)'
                : 'is required (the patient control number)',
            );
          else {
            patient.traceNumber = e[2] as string;
            patient.claimId = patient.patientControlNumber ?? patient.traceNumber;
          }
        }
        return;
      case 'REF':
        if (patient !== null && this.#place === 'patient') {
          if (e[1] === '1K') patient.payerClaimControlNumber = (e[2] ?? '') || null;
          else if (e[1] === 'D9') patient.clearinghouseTraceNumber = (e[2] ?? '') || null;
          else if (e[1] === 'EJ' && this.#guide === 'status' && (e[2] ?? '') !== '') {
            // A claim status response names the claim by its patient control number, CLM01 of the 837.
            patient.patientControlNumber = e[2] as string;
            patient.claimId = patient.patientControlNumber;
          }
        }
        return;
      case 'SVC': {
        if (patient === null) return;
        const [, code] = (e[1] ?? '').split(this.#component);
        this.#line = {
          segment: s.position,
          procedureCode: code === undefined || code === '' ? null : code,
          statuses: [],
        };
        patient.lines.push(this.#line);
        this.#place = 'line';
        return;
      }
      case 'STC':
        this.#status(s, patient);
        return;
      default:
        return;
    }
  }

  #status(s: X12Segment, patient: Patient277 | null): void {
    const e = s.elements;
    const date = (e[2] ?? '') === '' ? null : readDate(e[2] ?? '');
    if ((e[2] ?? '') !== '' && date === null) {
      this.#problems.add(s.position, 'STC02', 'x12.element.invalid', 'must be a date written CCYYMMDD');
    }
    const target =
      this.#place === 'line' && this.#line !== null
        ? this.#line.statuses
        : (this.#level as Level277).statuses;
    for (const n of [1, 10, 11]) {
      const composite = e[n] ?? '';
      if (composite === '') {
        if (n === 1)
          this.#problems.add(s.position, 'STC01', 'x12.element.missing', 'is required (the claim status)');
        continue;
      }
      const [category = '', code = '', entity = ''] = composite.split(this.#component);
      if (category === '') {
        this.#problems.add(
          s.position,
          `STC${String(n).padStart(2, '0')}-1`,
          'x12.element.missing',
          'is required (the claim status category)',
        );
        continue;
      }
      target.push({
        segment: s.position,
        category,
        code: code || null,
        entity: entity || null,
        date,
        actionCode: (e[3] ?? '') || null,
      });
    }
    if (
      patient !== null &&
      this.#place === 'patient' &&
      patient.chargeCents === null &&
      (e[4] ?? '') !== ''
    ) {
      const cents = readCents(e[4] ?? '');
      if (cents === null)
        this.#problems.add(
          s.position,
          'STC04',
          'x12.element.invalid',
          'must be an amount in dollars with at most two decimal places',
        );
      patient.chargeCents = cents;
    }
    if (patient !== null && this.#place === 'patient' && this.#guide === 'status') this.#payment(s, patient);
  }

  /** STC05 paid, STC06 adjudicated, STC08 paid on, STC09 check or EFT number: the first claim status giving each. */
  #payment(s: X12Segment, patient: Patient277): void {
    const e = s.elements;
    if (patient.paidCents === null && (e[5] ?? '') !== '') {
      patient.paidCents = readCents(e[5] ?? '');
      if (patient.paidCents === null)
        this.#problems.add(
          s.position,
          'STC05',
          'x12.element.invalid',
          'must be an amount in dollars with at most two decimal places',
        );
    }
    for (const [n, key] of [
      [6, 'adjudicatedOn'],
      [8, 'paidOn'],
    ] as const) {
      if (patient[key] !== null || (e[n] ?? '') === '') continue;
      patient[key] = readDate(e[n] ?? '');
      if (patient[key] === null)
        this.#problems.add(s.position, `STC0${n}`, 'x12.element.invalid', 'must be a date written CCYYMMDD');
    }
    if (patient.paymentTraceNumber === null && (e[9] ?? '') !== '')
      patient.paymentTraceNumber = e[9] as string;
  }

  #hierarchy(s: X12Segment): void {
    const e = s.elements;
    const kind = this.#levels.get(e[3] ?? '');
    const parent = (e[2] ?? '') === '' ? null : (this.#hl.get(e[2] ?? '') ?? undefined);
    if (kind === undefined) {
      this.#problems.add(
        s.position,
        'HL03',
        'x12.element.invalid',
        this.#guide === 'status'
          ? 'must be a hierarchical level 20, 21, 19, 22 or 23 (a claim status response)'
          : 'must be a hierarchical level 20, 21, 19 or PT (a claim acknowledgment)',
      );
      return;
    }
    if ((e[1] ?? '') === '') {
      this.#problems.add(s.position, 'HL01', 'x12.element.missing', 'is required (the hierarchical id)');
      return;
    }
    if (parent === undefined || (parent?.level ?? null) !== kind.parent) {
      this.#problems.add(
        s.position,
        'HL02',
        'x12.element.invalid',
        this.#guide === 'status'
          ? 'must name the HL segment of the level above (20 ← 21 ← 19 ← 22 ← 23)'
          : 'must name the HL segment of the level above (20 ← 21 ← 19 ← PT)',
      );
      return;
    }
    const level: Level277 =
      kind.level === 'patient'
        ? newClaim(s.position, parent)
        : { segment: s.position, level: kind.level, parent, statuses: [] };
    this.#hl.set(e[1] as string, level);
    this.levels.push(level);
    if (level.level === 'patient') this.patients.push(level as Patient277);
    this.#level = level;
    this.#line = null;
    this.#place = kind.level;
  }

  /** At SE: every claim names its patient control number and has a status. */
  end(): void {
    if (this.bht === null)
      this.#problems.add(this.st.position, null, 'x12.segment.missing', 'must be followed by a BHT segment');
    for (const p of this.patients) {
      if (p.claimId === null && this.#guide === 'acknowledgment') {
        this.#problems.add(
          p.segment,
          null,
          'x12.segment.missing',
          'must be followed by a TRN segment holding the patient control number (CLM01)',
        );
      }
      if (p.statuses.length === 0) {
        this.#problems.add(
          p.segment,
          null,
          'x12.segment.missing',
          'must hold an STC segment (the claim’s status)',
        );
      }
    }
  }
}

function newClaim(segment: number, parent: Level277 | null): Patient277 {
  return {
    segment,
    level: 'patient',
    parent,
    statuses: [],
    claimId: null,
    traceNumber: null,
    patientControlNumber: null,
    payerClaimControlNumber: null,
    clearinghouseTraceNumber: null,
    chargeCents: null,
    paidCents: null,
    adjudicatedOn: null,
    paidOn: null,
    paymentTraceNumber: null,
    lines: [],
  };
}
