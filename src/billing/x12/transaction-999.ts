import type { X12Delimiters } from './delimiters.js';
import type { ElementError999, SegmentError999 } from './implementation-acknowledgment.js';
import type { X12Problems } from './problems.js';
import type { X12Segment } from './scanned-segment.js';

/** One AK2 loop as read, before it is decided. */
export interface Response999 {
  readonly segment: number;
  readonly transactionSetId: string;
  readonly controlNumber: string;
  code: string | null;
  syntaxErrors: string[];
  errors: (SegmentError999 & { claimId: string | null; elements: ElementError999[] })[];
}

const NUMBER = /^\d{1,9}$/;
/** Digits read as a number, else `null`. */
export function numberOrNull(text: string | undefined): number | null {
  return text !== undefined && NUMBER.test(text) ? Number(text) : null;
}
function textOrNull(text: string | undefined): string | null {
  return text === undefined || text === '' ? null : text;
}

/**
 * Reads one 999 transaction set (005010X231A1), segment by segment: ST, AK1, then for each transaction set
 * answered AK2, its IK3 segment notes (each with CTX and IK4), IK5; then AK9 and SE [sources: x12-999].
 */
export class Transaction999 {
  readonly #problems: X12Problems;
  readonly #component: string;
  readonly st: X12Segment;
  ak1: X12Segment | null = null;
  ak9: X12Segment | null = null;
  responses: Response999[] = [];
  #open: Response999 | null = null;
  #note: Response999['errors'][number] | null = null;

  constructor(st: X12Segment, delimiters: X12Delimiters, problems: X12Problems) {
    this.st = st;
    this.#component = delimiters.component;
    this.#problems = problems;
  }

  #unexpected(s: X12Segment): void {
    this.#problems.add(s.position, null, 'x12.segment.unexpected', 'is not a segment a 999 allows here');
  }

  #required(s: X12Segment, n: number, what: string): string {
    const value = s.elements[n] ?? '';
    if (value === '')
      this.#problems.add(
        s.position,
        `${s.tag}${String(n).padStart(2, '0')}`,
        'x12.element.missing',
        `is required (${what})`,
      );
    return value;
  }

  accept(s: X12Segment): void {
    const e = s.elements;
    switch (s.tag) {
      case 'AK1':
        if (this.ak1 !== null) {
          this.#unexpected(s);
          return;
        }
        this.ak1 = s;
        this.#required(s, 1, 'the functional identifier of the group answered');
        this.#required(s, 2, 'the group control number answered');
        return;
      case 'AK2':
        if (this.ak1 === null || this.ak9 !== null) {
          this.#unexpected(s);
          return;
        }
        this.#closeOpen(s);
        this.#open = {
          segment: s.position,
          transactionSetId: this.#required(s, 1, 'the transaction set identifier answered'),
          controlNumber: this.#required(s, 2, 'the transaction set control number answered'),
          code: null,
          syntaxErrors: [],
          errors: [],
        };
        this.#note = null;
        return;
      case 'IK3': {
        if (this.#open === null) {
          this.#unexpected(s);
          return;
        }
        this.#note = {
          segment: s.position,
          segmentId: this.#required(s, 1, 'the id of the segment in error'),
          position: numberOrNull(e[2]),
          loopId: textOrNull(e[3]),
          code: textOrNull(e[4]),
          claimId: null,
          elements: [],
        };
        this.#open.errors.push(this.#note);
        return;
      }
      case 'CTX': {
        if (this.#note === null) {
          this.#unexpected(s);
          return;
        }
        // CTX01: the context name and its reference; `CLM01` names the claim the error belongs to.
        const [name, reference] = (e[1] ?? '').split(this.#component);
        if (name === 'CLM01' && reference !== undefined && reference !== '') this.#note.claimId = reference;
        return;
      }
      case 'IK4': {
        if (this.#note === null) {
          this.#unexpected(s);
          return;
        }
        const [position, component] = (e[1] ?? '').split(this.#component);
        this.#note.elements.push({
          segment: s.position,
          position: numberOrNull(position),
          component: numberOrNull(component),
          elementReference: textOrNull(e[2]),
          code: this.#required(s, 3, 'the element syntax error code'),
        });
        return;
      }
      case 'IK5':
        if (this.#open === null) {
          this.#unexpected(s);
          return;
        }
        this.#open.code = this.#required(s, 1, 'the transaction set acknowledgment code');
        this.#open.syntaxErrors = e.slice(2, 7).filter((c) => c !== '');
        this.responses.push(this.#open);
        this.#open = null;
        this.#note = null;
        return;
      case 'AK9':
        if (this.ak1 === null || this.ak9 !== null) {
          this.#unexpected(s);
          return;
        }
        this.#closeOpen(s);
        this.ak9 = s;
        this.#required(s, 1, 'the functional group acknowledgment code');
        return;
      default:
        this.#unexpected(s);
    }
  }

  /** An AK2 loop left without its IK5 when the next loop or the AK9 begins. */
  #closeOpen(s: X12Segment): void {
    if (this.#open === null) return;
    this.#problems.add(
      s.position,
      null,
      'x12.segment.missing',
      'must follow the IK5 segment that closes the previous transaction set response',
    );
    this.#open = null;
    this.#note = null;
  }

  /** At SE: the AK1 and AK9 the 999 requires. */
  end(se: X12Segment): void {
    if (this.#open !== null) this.#closeOpen(se);
    if (this.ak1 === null || this.ak9 === null) {
      this.#problems.add(
        this.st.position,
        null,
        'x12.segment.missing',
        'must hold an AK1 and an AK9 segment (the group answered and its verdict)',
      );
    }
  }
}
