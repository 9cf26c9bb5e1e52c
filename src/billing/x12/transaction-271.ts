import type { LocalDate } from '../../core/index.js';
import type { X12Delimiters } from './delimiters.js';
import { elementName, readCents, readDate, readPercent } from './element-values.js';
import type { BenefitContact, EligibilityBenefitLine } from './eligibility-response.js';
import type { X12Problems } from './problems.js';
import type { X12Segment } from './scanned-segment.js';

// EB12 in-plan-network indicator [sources: x12-271]: Y in, N out, W not applicable (either), U unknown.
const NETWORK_INDICATORS: ReadonlyMap<string, 'in' | 'out' | 'both' | 'unknown'> = new Map([
  ['Y', 'in'],
  ['N', 'out'],
  ['W', 'both'],
  ['U', 'unknown'],
]);

/** One person of a 271 (HL 22 subscriber or HL 23 dependent) as read. */
export interface Person271 {
  readonly segment: number;
  readonly level: 'subscriber' | 'dependent';
  readonly parent: number | null;
  traceNumber: string | null;
  memberId: string | null;
  /** The person's date of birth (DMG02 of their own 2100C/2100D loop), or `null` when not stated. */
  birthDate: LocalDate | null;
  dates: Map<string, { start: LocalDate; end: LocalDate | null }>;
  /** DTP dates stated under a benefit line (2110C), by the line's segment number, then qualifier. */
  lineDates: Map<number, Map<string, { start: LocalDate; end: LocalDate | null }>>;
  lines: EligibilityBenefitLine[];
  /** AAA reject reasons (AAA03) at this person's level or above. */
  rejections: { segment: number; code: string }[];
}

/** A person's record before any of its segments is read: at its HL segment, under `parent`. */
export function newPerson271(segment: number, level: Person271['level'], parent: number | null): Person271 {
  return {
    segment,
    level,
    parent,
    traceNumber: null,
    memberId: null,
    birthDate: null,
    dates: new Map(),
    lineDates: new Map(),
    lines: [],
    rejections: [],
  };
}

// The 271's hierarchical levels (HL03) and the segments each may hold [sources: x12-271-cg-hets].
type Level = 'header' | 'source' | 'receiver' | 'person' | 'benefit' | 'related';
const SEGMENTS: Record<Level, ReadonlySet<string>> = {
  header: new Set(['BHT']),
  source: new Set(['NM1', 'PER', 'AAA', 'REF']),
  receiver: new Set(['NM1', 'REF', 'N3', 'N4', 'PRV', 'AAA']),
  person: new Set(['TRN', 'NM1', 'REF', 'N3', 'N4', 'AAA', 'PRV', 'DMG', 'INS', 'HI', 'DTP', 'MPI']),
  benefit: new Set(['HSD', 'REF', 'DTP', 'AAA', 'MSG', 'III']),
  related: new Set(['NM1', 'N3', 'N4', 'PER', 'PRV']),
};
// A map, not an object: an HL03 that reads `constructor` must find nothing.
const LEVELS: ReadonlyMap<string, 'source' | 'receiver' | 'subscriber' | 'dependent'> = new Map([
  ['20', 'source'],
  ['21', 'receiver'],
  ['22', 'subscriber'],
  ['23', 'dependent'],
] as const);

/** Reads one 271 transaction set, segment by segment. */
export class Transaction271 {
  readonly #problems: X12Problems;
  readonly #delimiters: X12Delimiters;
  readonly st: X12Segment;
  level: Level = 'header';
  bht: X12Segment | null = null;
  payerIdentifier = '';
  persons: Person271[] = [];
  person: Person271 | null = null;
  line: EligibilityBenefitLine | null = null;
  /** The entity of the 2120 loop being read, which its PER segments describe. */
  contact: BenefitContact | null = null;
  /** AAA reject reasons at the source or receiver level: they apply to every person. */
  rejections: { segment: number; code: string }[] = [];
  /** The HL segment of the source or receiver level that holds the first of those rejections. */
  rejectedAt: number | null = null;
  #levelSegment = 0;
  #hl = new Map<string, number>();

  constructor(st: X12Segment, delimiters: X12Delimiters, problems: X12Problems) {
    this.st = st;
    this.#delimiters = delimiters;
    this.#problems = problems;
  }

  accept(s: X12Segment): void {
    const e = s.elements;
    if (s.tag === 'HL') {
      this.#hierarchy(s);
      return;
    }
    if (s.tag === 'EB' && (this.level === 'person' || this.level === 'benefit' || this.level === 'related')) {
      this.level = 'benefit';
      this.#benefit(s);
      return;
    }
    if (s.tag === 'LS' && this.level === 'benefit') {
      this.level = 'related';
      this.contact = null;
      return;
    }
    if (s.tag === 'LE' && this.level === 'related') {
      this.level = 'benefit';
      this.contact = null;
      return;
    }
    if (!SEGMENTS[this.level].has(s.tag)) {
      this.#problems.add(s.position, null, 'x12.segment.unexpected', 'is not a segment a 271 allows here');
      return;
    }
    switch (s.tag) {
      case 'BHT':
        this.bht = s;
        if (readDate(e[4] ?? '') === null) {
          this.#problems.add(s.position, 'BHT04', 'x12.element.invalid', 'must be a date written CCYYMMDD');
        }
        return;
      case 'NM1':
        if (this.level === 'related') this.#contact(s);
        else if (this.level === 'source') this.payerIdentifier = e[9] ?? '';
        else if (this.level === 'person' && this.person !== null && (e[1] === 'IL' || e[1] === '03')) {
          this.person.memberId = e[9] ?? null;
        }
        return;
      case 'TRN':
        // TRN*2 echoes the trace the practice sent with its 270.
        if (this.person !== null && e[1] === '2') this.person.traceNumber = e[2] ?? null;
        return;
      case 'AAA':
        this.#rejection(s);
        return;
      case 'DMG':
        this.#birthDate(s);
        return;
      case 'DTP':
        if (this.level === 'person') this.#date(s, (this.person as Person271).dates);
        else if (this.level === 'benefit' && this.line !== null) {
          // Payers such as Medicare's HETS state the plan's dates under the coverage line, not the person.
          const byLine = (this.person as Person271).lineDates;
          const dates = byLine.get(this.line.segment) ?? new Map();
          byLine.set(this.line.segment, dates);
          this.#date(s, dates);
        }
        return;
      case 'PER':
        if (this.level === 'related') this.#contactNumbers(s);
        return;
      case 'MSG':
        if (this.line !== null) (this.line.messages as string[]).push(e[1] ?? '');
        return;
      case 'III':
        // III01 `ZZ` with a place of service code in III02 limits the benefit line to that place (a copay in
        // the office, another by telehealth) [sources: x12-271, x12-271-cg-hets]; III01 `GR` (nature of
        // injury) says nothing of a mental-health session's place.
        if (this.line !== null && e[1] === 'ZZ' && /^\d{2}$/.test(e[2] ?? '')) {
          (this.line.placesOfService as string[]).push(e[2] as string);
        }
        return;
      default:
        return;
    }
  }

  #hierarchy(s: X12Segment): void {
    const e = s.elements;
    const level = LEVELS.get(e[3] ?? '');
    const parent = (e[2] ?? '') === '' ? null : (this.#hl.get(e[2] ?? '') ?? -1);
    if (level === undefined || parent === -1 || (e[1] ?? '') === '') {
      this.#problems.add(
        s.position,
        level === undefined ? 'HL03' : parent === -1 ? 'HL02' : 'HL01',
        'x12.element.invalid',
        level === undefined
          ? 'must be a hierarchical level 20, 21, 22 or 23'
          : 'must name an earlier HL segment as its parent',
      );
      return;
    }
    this.#hl.set(e[1] ?? '', s.position);
    this.#levelSegment = s.position;
    this.line = null;
    if (level === 'source' || level === 'receiver') {
      this.level = level;
      this.person = null;
      return;
    }
    this.level = 'person';
    this.person = newPerson271(s.position, level, parent);
    this.persons.push(this.person);
  }

  #contact(s: X12Segment): void {
    const e = s.elements;
    const text = (n: number) => ((e[n] ?? '') === '' ? null : (e[n] as string));
    const last = text(3);
    const first = text(4);
    this.contact = {
      role: e[1] ?? '',
      name: first === null ? last : `${last ?? ''} ${first}`.trim(),
      idQualifier: text(8),
      id: text(9),
      phone: null,
      url: null,
    };
    ((this.line as EligibilityBenefitLine).contacts as BenefitContact[]).push(this.contact);
  }

  #contactNumbers(s: X12Segment): void {
    if (this.contact === null) return;
    // PER03/04, 05/06 and 07/08 are (qualifier, number) pairs: TE telephone, UR web address, FX fax, EM email.
    const c = this.contact as { phone: string | null; url: string | null };
    for (const n of [3, 5, 7]) {
      const value = s.elements[n + 1] ?? '';
      if (value === '') continue;
      if (s.elements[n] === 'TE' && c.phone === null) c.phone = value;
      if (s.elements[n] === 'UR' && c.url === null) c.url = value;
    }
  }

  #birthDate(s: X12Segment): void {
    // DMG01 D8 and DMG02 the date of birth, CCYYMMDD, of the person whose loop it stands in (2100C
    // subscriber, 2100D dependent) [sources: x12-271]. A dependent's answer never takes the subscriber's.
    const e = s.elements;
    const born = readDate(e[2] ?? '');
    if (e[1] !== 'D8' || born === null) {
      this.#problems.add(
        s.position,
        e[1] !== 'D8' ? 'DMG01' : 'DMG02',
        'x12.element.invalid',
        e[1] !== 'D8' ? 'must be D8 (a date written CCYYMMDD)' : 'must be a date written CCYYMMDD',
      );
      return;
    }
    (this.person as Person271).birthDate = born;
  }

  #rejection(s: X12Segment): void {
    // AAA01 `N`: the request was not valid; `Y`: it was valid, yet rejected all the same. AAA03 says why
    // (42 unable to respond now, 72 invalid member id, 75 subscriber not found, …) [sources: x12-271-cg-hets].
    // Under a benefit line (2110C) only `N` counts, as before: that AAA answers one service type's inquiry.
    const valid = s.elements[1];
    if (valid !== 'N' && (valid !== 'Y' || this.level === 'benefit')) return;
    const rejection = { segment: s.position, code: s.elements[3] ?? '' };
    if (this.person === null) {
      this.rejections.push(rejection);
      this.rejectedAt ??= this.#levelSegment;
    } else this.person.rejections.push(rejection);
  }

  #date(s: X12Segment, dates: Map<string, { start: LocalDate; end: LocalDate | null }>): void {
    const e = s.elements;
    const text = e[3] ?? '';
    const range = e[2] === 'RD8' ? text.split('-') : [text];
    const start = readDate(range[0] ?? '');
    const end = range.length === 2 ? readDate(range[1] ?? '') : null;
    if (start === null || (range.length === 2 && end === null) || (e[2] !== 'D8' && e[2] !== 'RD8')) {
      this.#problems.add(
        s.position,
        'DTP03',
        'x12.element.invalid',
        'must be a date (D8, CCYYMMDD) or a range (RD8, CCYYMMDD-CCYYMMDD)',
      );
      return;
    }
    dates.set(e[1] ?? '', { start, end });
  }

  #benefit(s: X12Segment): void {
    const e = s.elements;
    const person = this.person as Person271;
    const benefit = e[1] ?? '';
    if (benefit.length === 0) this.#problems.add(s.position, 'EB01', 'x12.element.missing', 'is required');
    const amount = this.#number(
      s,
      7,
      readCents,
      'must be an amount in dollars with at most two decimal places',
    );
    const percent = this.#number(
      s,
      8,
      readPercent,
      'must be a fraction from 0 to 1 (0.2 is 20 %) with at most four decimal places',
    );
    const quantity = this.#number(
      s,
      10,
      (t) => (/^\d+(\.0+)?$/.test(t) ? Number.parseInt(t, 10) : null),
      'must be a whole number',
    );
    // EB11 and EB12 [sources: x12-271]: `U` is the payer saying it does not know, kept apart from not given.
    const flag = (v: string | undefined) =>
      v === 'Y' ? true : v === 'N' ? false : v === 'U' ? ('unknown' as const) : null;
    const network = NETWORK_INDICATORS.get(e[12] ?? '') ?? null;
    const repetition = this.#delimiters.repetition;
    const types = e[3] ?? '';
    const line: EligibilityBenefitLine = {
      segment: s.position,
      benefit,
      coverageLevel: (e[2] ?? '') === '' ? null : (e[2] as string),
      serviceTypes: types === '' ? [] : repetition === null ? [types] : types.split(repetition),
      timePeriod: (e[6] ?? '') === '' ? null : (e[6] as string),
      amountCents: amount,
      percentBasisPoints: percent,
      quantityQualifier: (e[9] ?? '') === '' ? null : (e[9] as string),
      quantity,
      authorizationRequired: flag(e[11]),
      network,
      messages: [],
      contacts: [],
      placesOfService: [],
      procedure: this.#procedure(s),
    };
    person.lines.push(line);
    this.line = line;
  }

  // EB13 [sources: x12-271]: a composite naming the one procedure the line is limited to (`HC:90837`).
  #procedure(s: X12Segment): EligibilityBenefitLine['procedure'] {
    const text = s.elements[13] ?? '';
    if (text === '') return null;
    const [qualifier = '', code = ''] = text.split(this.#delimiters.component);
    if (qualifier === '' || code === '') {
      this.#problems.add(
        s.position,
        'EB13',
        'x12.element.invalid',
        'must name a code list and a procedure code (EB13-1 and EB13-2)',
      );
      return null;
    }
    return { qualifier, code };
  }

  #number(s: X12Segment, n: number, read: (text: string) => number | null, message: string): number | null {
    const text = s.elements[n] ?? '';
    if (text.length === 0) return null;
    const value = read(text);
    if (value === null) this.#problems.add(s.position, elementName(s, n), 'x12.element.invalid', message);
    return value;
  }
}
