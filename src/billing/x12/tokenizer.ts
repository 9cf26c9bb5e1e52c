import { readDelimiters, type X12Delimiters } from './delimiters.js';
import type { X12Problems } from './problems.js';

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

const SEGMENT_ID = /^[A-Z][A-Z0-9]{1,2}$/;
const isBreak = (code: number) => code === 10 || code === 13;
const BOM_AND_SPACE = /^[\uFEFF\s]+/;

/**
 * Splits X12 text into segments as it arrives, one chunk at a time, so a large file is never held
 * whole: only the unfinished last segment of a chunk is kept for the next one. The delimiters come from
 * the first ISA segment; line breaks that are not delimiters are dropped wherever they fall (files are
 * often wrapped at 80 columns, or end each segment with CR LF).
 */
export class SegmentScanner {
  readonly #sink: (segment: X12Segment, delimiters: X12Delimiters) => void;
  readonly #problems: X12Problems;
  #rest = '';
  #delimiters: X12Delimiters | null = null;
  #breaks: RegExp | null = null;
  #position = 0;
  #stopped = false;

  constructor(sink: (segment: X12Segment, delimiters: X12Delimiters) => void, problems: X12Problems) {
    this.#sink = sink;
    this.#problems = problems;
  }

  /** The delimiters read from the ISA segment, once it has arrived. */
  get delimiters(): X12Delimiters | null {
    return this.#delimiters;
  }

  /** Reads one more chunk of the file. */
  push(chunk: string): void {
    if (this.#stopped) return;
    let text = this.#rest.length === 0 ? chunk : this.#rest + chunk;
    if (this.#delimiters === null) {
      text = text.replace(BOM_AND_SPACE, '');
      if (text.length < 3) {
        this.#rest = text;
        return;
      }
      if (!text.startsWith('ISA')) {
        this.#stop(0, 'x12.file.not_x12', 'must start with an ISA segment');
        return;
      }
      const reading = readDelimiters(text, 0, this.#problems);
      if (reading.kind === 'need_more') {
        this.#rest = text;
        return;
      }
      if (reading.kind === 'invalid') {
        this.#stopped = true;
        this.#rest = '';
        return;
      }
      this.#delimiters = reading.delimiters;
      const breaks = ['\r', '\n'].filter((c) => !Object.values(reading.delimiters).includes(c));
      this.#breaks =
        breaks.length === 0
          ? null
          : new RegExp(`[${breaks.join('').replace('\r', '\\r').replace('\n', '\\n')}]+`, 'g');
    }
    const terminator = this.#delimiters.segment;
    let start = 0;
    for (;;) {
      const end = text.indexOf(terminator, start);
      if (end < 0) break;
      this.#emit(text.slice(start, end));
      start = end + 1;
    }
    this.#rest = start === 0 ? text : text.slice(start);
  }

  /** Ends the file: an unfinished segment left over means the file was cut short. */
  end(): void {
    if (this.#stopped) return;
    const rest = this.#breaks === null ? this.#rest.trim() : this.#rest.replace(this.#breaks, '').trim();
    if (this.#delimiters === null) {
      if (rest.length === 0) this.#stop(0, 'x12.file.empty', 'must not be empty');
      else if (!rest.startsWith('ISA')) this.#stop(0, 'x12.file.not_x12', 'must start with an ISA segment');
      else this.#stop(0, 'x12.file.truncated', 'ends inside its ISA segment');
      return;
    }
    // A file whose last IEA lacks its terminator is whole; anything else left over was cut short.
    if (rest.startsWith(`IEA${this.#delimiters.element}`)) this.#emit(rest);
    else if (rest.length > 0) {
      this.#stop(this.#position + 1, 'x12.file.truncated', 'ends inside a segment (no segment terminator)');
    }
    this.#rest = '';
  }

  #emit(raw: string): void {
    // Line breaks after a terminator are the common case: trimmed by character code, without a regex.
    let from = 0;
    let to = raw.length;
    if (this.#breaks !== null) {
      while (from < to && isBreak(raw.charCodeAt(from))) from += 1;
      while (to > from && isBreak(raw.charCodeAt(to - 1))) to -= 1;
    }
    let text = from === 0 && to === raw.length ? raw : raw.slice(from, to);
    if (this.#breaks !== null && (text.includes('\n') || text.includes('\r'))) {
      text = text.replace(this.#breaks, '');
    }
    if (text.length === 0) return;
    const delimiters = this.#delimiters as X12Delimiters;
    const elements = text.split(delimiters.element);
    const tag = elements[0] as string;
    this.#position += 1;
    if (!SEGMENT_ID.test(tag)) {
      this.#problems.add(
        this.#position,
        null,
        'x12.segment.invalid_id',
        'must start with a segment id of 2 or 3 capital letters or digits',
      );
      return;
    }
    this.#sink({ tag, elements, position: this.#position }, delimiters);
  }

  #stop(
    segment: number,
    code: 'x12.file.not_x12' | 'x12.file.empty' | 'x12.file.truncated',
    message: string,
  ): void {
    this.#problems.add(segment, null, code, message);
    this.#stopped = true;
    this.#rest = '';
  }
}
