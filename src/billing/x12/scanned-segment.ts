import { readCentsIn, readDateDigits } from './element-values.js';

/**
 * One X12 segment: its id, its elements by position and where it is in the file.
 *
 * @example
 * ```ts
 * // CLP*c-1*1*150*90*20*12*EC123~ read as the 40th segment of its file:
 * const s: X12Segment = { tag: 'CLP', elements: ['CLP', 'c-1', '1', '150', '90', '20', '12', 'EC123'], position: 40 };
 * s.elements[3]; //=> '150' (CLP03, the charge)
 * ```
 */
export interface X12Segment {
  /** The segment id, e.g. `CLP`. */
  readonly tag: string;
  /** The elements by position: `elements[0]` is the id, `elements[3]` is the third element (`CLP03`). */
  readonly elements: readonly string[];
  /** The segment's number in the file, from 1 (the first ISA). */
  readonly position: number;
}

/**
 * A segment as the scanner found it: where it lies in the text it arrived in, its elements cut out only
 * when asked for. A reader that needs three elements of a segment reads those three (amounts and dates
 * straight from their characters) instead of a string for each.
 */
export class ScannedSegment implements X12Segment {
  readonly tag: string;
  readonly position: number;
  readonly #text: string;
  readonly #start: number;
  readonly #end: number;
  readonly #separator: string;
  #elements: string[] | null = null;
  // The element the last look-up stopped at and where it starts: readers go left to right.
  #index = 0;
  #from: number;

  constructor(tag: string, position: number, text: string, start: number, end: number, separator: string) {
    this.tag = tag;
    this.position = position;
    this.#text = text;
    this.#start = start;
    this.#end = end;
    this.#separator = separator;
    this.#from = start;
  }

  /** Every element by position (`elements[0]` is the id), as {@link X12Segment} has them. */
  get elements(): readonly string[] {
    if (this.#elements === null) {
      this.#elements = this.#text.slice(this.#start, this.#end).split(this.#separator);
    }
    return this.#elements;
  }

  /** The segment as a plain {@link X12Segment}, keeping only its own text. */
  toSegment(): X12Segment {
    return { tag: this.tag, elements: this.elements, position: this.position };
  }

  /** Whether element `n` is present (it may be empty): `false` past the segment's last separator. */
  has(n: number): boolean {
    return this.#seek(n);
  }

  /** Element `n`, `''` when absent. */
  element(n: number): string {
    if (!this.#seek(n)) return '';
    return this.#text.slice(this.#from, this.#elementEnd());
  }

  /** Whether element `n` is empty or absent. */
  isEmpty(n: number): boolean {
    return !this.#seek(n) || this.#elementEnd() === this.#from;
  }

  /** Element `n` read as integer cents, as `readCents` reads it; `undefined` when empty or absent. */
  cents(n: number): number | null | undefined {
    if (!this.#seek(n)) return undefined;
    const to = this.#elementEnd();
    return to === this.#from ? undefined : readCentsIn(this.#text, this.#from, to);
  }

  /**
   * Element `n` as a number `yyyymmdd` when it is eight digits (a key for a date's cached reading), `-1`
   * when it is something else, `0` when empty or absent.
   */
  dateDigits(n: number): number {
    if (!this.#seek(n)) return 0;
    const to = this.#elementEnd();
    return to === this.#from ? 0 : readDateDigits(this.#text, this.#from, to);
  }

  #elementEnd(): number {
    const at = this.#text.indexOf(this.#separator, this.#from);
    return at < 0 || at >= this.#end ? this.#end : at;
  }

  #seek(n: number): boolean {
    let index = this.#index;
    let from = this.#from;
    if (n < index) {
      index = 0;
      from = this.#start;
    }
    while (index < n) {
      const at = this.#text.indexOf(this.#separator, from);
      if (at < 0 || at >= this.#end) return false;
      from = at + 1;
      index += 1;
    }
    this.#index = index;
    this.#from = from;
    return true;
  }
}
