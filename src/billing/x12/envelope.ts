import type { X12Delimiters } from './delimiters.js';
import type { X12Problems } from './problems.js';
import type { ScannedSegment } from './scanned-segment.js';

/** What a reader does with the segments inside each transaction set (ST … SE) of a checked envelope. */
export interface EnvelopeHandler {
  /** A functional group starts (GS); its transactions follow. */
  group?(gs: ScannedSegment): void;
  /** A transaction set starts (ST); `delimiters` are the file's, for splitting components. */
  start(st: ScannedSegment, delimiters: X12Delimiters): void;
  /** A segment between ST and SE. */
  segment(segment: ScannedSegment): void;
  /** The transaction set ends: its SE, or `null` when the file broke off before it. */
  end(se: ScannedSegment | null): void;
  /** An interchange starts (ISA) or ends (IEA, `null` when the file broke off before it). */
  interchange?(isa: ScannedSegment): void;
  interchangeEnd?(iea: ScannedSegment | null): void;
  groupEnd?(ge: ScannedSegment | null): void;
}

const DIGITS = /^\d+$/;

/** Interchange and group control numbers are numeric (N0): compared as numbers, so padding does not matter. */
/** Whether a trailer's control number repeats its header's (as numbers when both are digits). */
export function sameControlNumber(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  if (DIGITS.test(a) && DIGITS.test(b)) return BigInt(a) === BigInt(b);
  return a.trim() === b.trim();
}

/** Whether a trailer's count (digits) equals what it closes. */
export function countMatches(count: string | undefined, actual: number): boolean {
  return count !== undefined && DIGITS.test(count) && Number(count) === actual;
}

/**
 * Checks the X12 envelopes as segments stream by: ISA/IEA, GS/GE and ST/SE nest properly, each trailer's
 * count matches what it closes and its control number repeats its header's, and no transaction set
 * control number repeats within a group. Problems go to `problems` by segment and element; the segments
 * inside each transaction set go to the handler. [sources: x12-835-cg-cms, x12-837p-cg-cms]
 */
export class EnvelopeChecker {
  readonly #handler: EnvelopeHandler;
  readonly #problems: X12Problems;
  #isa: ScannedSegment | null = null;
  #gs: ScannedSegment | null = null;
  #st: ScannedSegment | null = null;
  #groups = 0;
  #transactions = 0;
  #segments = 0;
  #controlNumbers = new Set<string>();
  #interchanges = 0;
  #delimiters: X12Delimiters | null = null;

  constructor(handler: EnvelopeHandler, problems: X12Problems) {
    this.#handler = handler;
    this.#problems = problems;
  }

  /** How many interchanges were opened. */
  get interchanges(): number {
    return this.#interchanges;
  }

  /** Takes the next segment of the file. */
  accept(segment: ScannedSegment, delimiters: X12Delimiters): void {
    this.#delimiters = delimiters;
    switch (segment.tag) {
      case 'ISA':
        this.#openInterchange(segment);
        return;
      case 'IEA':
        this.#closeInterchange(segment);
        return;
      case 'GS':
        this.#openGroup(segment);
        return;
      case 'GE':
        this.#closeGroup(segment);
        return;
      case 'ST':
        this.#openTransaction(segment);
        return;
      case 'SE':
        this.#closeTransaction(segment);
        return;
      default:
        if (this.#st === null) {
          this.#problems.add(
            segment.position,
            null,
            'x12.envelope.outside_transaction',
            'must be inside a transaction set (between ST and SE)',
          );
          return;
        }
        this.#segments += 1;
        this.#handler.segment(segment);
    }
  }

  /** Ends the file: every open envelope was cut short. */
  end(lastPosition: number): void {
    if (this.#st !== null) this.#cutShort(lastPosition, 'SE');
    if (this.#gs !== null) this.#cutShort(lastPosition, 'GE');
    if (this.#isa !== null) this.#cutShort(lastPosition, 'IEA');
    if (this.#interchanges === 0 && this.#problems.count === 0) {
      this.#problems.add(0, null, 'x12.file.not_x12', 'must start with an ISA segment');
    }
  }

  #cutShort(position: number, trailer: 'SE' | 'GE' | 'IEA'): void {
    this.#problems.add(
      position,
      null,
      'x12.file.truncated',
      `ends before the ${trailer} segment that closes an open ${trailer === 'SE' ? 'transaction set' : trailer === 'GE' ? 'functional group' : 'interchange'}`,
    );
    if (trailer === 'SE') {
      this.#st = null;
      this.#handler.end(null);
    } else if (trailer === 'GE') {
      this.#gs = null;
      this.#handler.groupEnd?.(null);
    } else {
      this.#isa = null;
      this.#handler.interchangeEnd?.(null);
    }
  }

  #missing(segment: ScannedSegment, trailer: 'SE' | 'GE' | 'IEA'): void {
    this.#problems.add(
      segment.position,
      null,
      'x12.envelope.missing_trailer',
      `must follow the ${trailer} segment that closes the previous ${trailer === 'SE' ? 'transaction set' : trailer === 'GE' ? 'functional group' : 'interchange'}`,
    );
  }

  #openInterchange(isa: ScannedSegment): void {
    if (this.#st !== null) {
      this.#missing(isa, 'SE');
      this.#st = null;
      this.#handler.end(null);
    }
    if (this.#gs !== null) {
      this.#missing(isa, 'GE');
      this.#gs = null;
      this.#handler.groupEnd?.(null);
    }
    if (this.#isa !== null) {
      this.#missing(isa, 'IEA');
      this.#handler.interchangeEnd?.(null);
    }
    if (isa.elements.length !== 17) {
      this.#problems.add(isa.position, null, 'x12.envelope.isa_malformed', 'must have 16 elements');
    } else if (isa.elements[12] !== '00501') {
      this.#problems.add(
        isa.position,
        'ISA12',
        'x12.envelope.unsupported_version',
        'must be 00501 (this reader reads X12 005010)',
      );
    }
    this.#isa = isa;
    this.#groups = 0;
    this.#interchanges += 1;
    this.#handler.interchange?.(isa);
  }

  #closeInterchange(iea: ScannedSegment): void {
    if (this.#isa === null) {
      this.#problems.add(
        iea.position,
        null,
        'x12.envelope.unexpected_trailer',
        'must close an open interchange (ISA)',
      );
      return;
    }
    if (this.#gs !== null) {
      this.#missing(iea, 'GE');
      this.#gs = null;
      this.#handler.groupEnd?.(null);
    }
    if (!countMatches(iea.elements[1], this.#groups)) {
      this.#problems.add(
        iea.position,
        'IEA01',
        'x12.envelope.count_mismatch',
        'must equal the number of functional groups in the interchange',
      );
    }
    if (!sameControlNumber(iea.elements[2], this.#isa.elements[13])) {
      this.#problems.add(
        iea.position,
        'IEA02',
        'x12.envelope.control_number_mismatch',
        'must equal the interchange control number in ISA13',
      );
    }
    this.#isa = null;
    this.#handler.interchangeEnd?.(iea);
  }

  #openGroup(gs: ScannedSegment): void {
    if (this.#isa === null) {
      this.#problems.add(
        gs.position,
        null,
        'x12.envelope.unexpected_header',
        'must be inside an interchange (after ISA)',
      );
      return;
    }
    if (this.#st !== null) {
      this.#missing(gs, 'SE');
      this.#st = null;
      this.#handler.end(null);
    }
    if (this.#gs !== null) {
      this.#missing(gs, 'GE');
      this.#handler.groupEnd?.(null);
    }
    const version = gs.elements[8] ?? '';
    if (!version.startsWith('00501')) {
      this.#problems.add(
        gs.position,
        'GS08',
        'x12.envelope.unsupported_version',
        'must name an X12 005010 implementation guide',
      );
    }
    this.#gs = gs;
    this.#groups += 1;
    this.#transactions = 0;
    this.#controlNumbers = new Set();
    this.#handler.group?.(gs);
  }

  #closeGroup(ge: ScannedSegment): void {
    if (this.#gs === null) {
      this.#problems.add(
        ge.position,
        null,
        'x12.envelope.unexpected_trailer',
        'must close an open functional group (GS)',
      );
      return;
    }
    if (this.#st !== null) {
      this.#missing(ge, 'SE');
      this.#st = null;
      this.#handler.end(null);
    }
    if (!countMatches(ge.elements[1], this.#transactions)) {
      this.#problems.add(
        ge.position,
        'GE01',
        'x12.envelope.count_mismatch',
        'must equal the number of transaction sets in the group',
      );
    }
    if (!sameControlNumber(ge.elements[2], this.#gs.elements[6])) {
      this.#problems.add(
        ge.position,
        'GE02',
        'x12.envelope.control_number_mismatch',
        'must equal the group control number in GS06',
      );
    }
    this.#gs = null;
    this.#handler.groupEnd?.(ge);
  }

  #openTransaction(st: ScannedSegment): void {
    if (this.#gs === null) {
      this.#problems.add(
        st.position,
        null,
        'x12.envelope.unexpected_header',
        'must be inside a functional group (after GS)',
      );
      return;
    }
    if (this.#st !== null) {
      this.#missing(st, 'SE');
      this.#handler.end(null);
    }
    const control = st.elements[2] ?? '';
    if (control.length === 0) {
      this.#problems.add(
        st.position,
        'ST02',
        'x12.element.missing',
        'is required (the transaction set control number)',
      );
    } else if (this.#controlNumbers.has(control)) {
      this.#problems.add(
        st.position,
        'ST02',
        'x12.envelope.duplicate_control_number',
        'must not repeat the control number of another transaction set in the group',
      );
    }
    this.#controlNumbers.add(control);
    this.#st = st;
    this.#segments = 1;
    this.#transactions += 1;
    this.#handler.start(st, this.#delimiters as X12Delimiters);
  }

  #closeTransaction(se: ScannedSegment): void {
    if (this.#st === null) {
      this.#problems.add(
        se.position,
        null,
        'x12.envelope.unexpected_trailer',
        'must close an open transaction set (ST)',
      );
      return;
    }
    this.#segments += 1;
    if (!countMatches(se.elements[1], this.#segments)) {
      this.#problems.add(
        se.position,
        'SE01',
        'x12.envelope.count_mismatch',
        'must equal the number of segments in the transaction set, ST and SE included',
      );
    }
    // ST02 and SE02 are identifiers (AN), not numbers: they must be identical.
    if (se.elements[2] !== this.#st.elements[2]) {
      this.#problems.add(
        se.position,
        'SE02',
        'x12.envelope.control_number_mismatch',
        'must equal the transaction set control number in ST02',
      );
    }
    this.#st = null;
    this.#handler.end(se);
  }
}
