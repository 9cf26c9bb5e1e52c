import { readDelimiters, type X12Delimiters } from './delimiters.js';
import type { X12Problems } from './problems.js';
import { ScannedSegment } from './scanned-segment.js';

const isBreak = (code: number) => code === 10 || code === 13;
const BOM_AND_SPACE = /^[\uFEFF\s]+/;

/** Whether `text` from `from` up to `to` is a segment id: 2 or 3 capital letters or digits, a letter first. */
function isSegmentId(text: string, from: number, to: number): boolean {
  if (to - from < 2 || to - from > 3) return false;
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i);
    const letter = c >= 65 && c <= 90;
    if (!letter && (i === from || c < 48 || c > 57)) return false;
  }
  return true;
}

/**
 * Splits X12 text into segments as it arrives, one chunk at a time, so a large file is never held
 * whole: only the unfinished last segment of a chunk is kept for the next one. The delimiters come from
 * the first ISA segment; line breaks that are not delimiters are dropped wherever they fall (files are
 * often wrapped at 80 columns, or end each segment with CR LF). A segment is handed on as a
 * {@link ScannedSegment}, a view into its chunk: no element is cut out until a reader asks for it.
 */
export class SegmentScanner {
  readonly #sink: (segment: ScannedSegment, delimiters: X12Delimiters) => void;
  readonly #problems: X12Problems;
  #rest = '';
  #delimiters: X12Delimiters | null = null;
  #breaks: RegExp | null = null;
  #breakChars: readonly string[] = [];
  // Where the next line break of each kind is in the text being scanned: -1 none left, -2 not looked for.
  #nextBreak: number[] = [];
  readonly #tags = new Map<number, string>();
  #position = 0;
  #stopped = false;

  constructor(sink: (segment: ScannedSegment, delimiters: X12Delimiters) => void, problems: X12Problems) {
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
    let text = chunk;
    let start = 0;
    if (this.#delimiters === null) {
      text = this.#rest.length === 0 ? chunk : this.#rest + chunk;
      this.#rest = '';
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
        return;
      }
      this.#delimiters = reading.delimiters;
      const delimiters = Object.values(reading.delimiters);
      this.#breakChars = ['\r', '\n'].filter((c) => !delimiters.includes(c));
      this.#nextBreak = this.#breakChars.map(() => -2);
      this.#breaks =
        this.#breakChars.length === 0
          ? null
          : new RegExp(`[${this.#breakChars.join('').replace('\r', '\\r').replace('\n', '\\n')}]+`, 'g');
    } else if (this.#rest.length > 0) {
      // The segment left unfinished by the last chunk ends in this one.
      const end = chunk.indexOf(this.#delimiters.segment);
      if (end < 0) {
        this.#rest += chunk;
        return;
      }
      const joined = this.#rest + chunk.slice(0, end);
      this.#rest = '';
      this.#nextBreak.fill(-2);
      this.#emit(joined, 0, joined.length);
      start = end + 1;
    }
    this.#nextBreak.fill(-2);
    const terminator = this.#delimiters.segment;
    for (;;) {
      const end = text.indexOf(terminator, start);
      if (end < 0) break;
      this.#emit(text, start, end);
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
    this.#nextBreak.fill(-2);
    if (rest.startsWith(`IEA${this.#delimiters.element}`)) this.#emit(rest, 0, rest.length);
    else if (rest.length > 0) {
      this.#stop(this.#position + 1, 'x12.file.truncated', 'ends inside a segment (no segment terminator)');
    }
    this.#rest = '';
  }

  /** Whether a line break lies between `from` and `to` of the text being scanned, each looked up once. */
  #breakWithin(text: string, from: number, to: number): boolean {
    for (let i = 0; i < this.#breakChars.length; i += 1) {
      let at = this.#nextBreak[i] as number;
      if (at === -2 || (at >= 0 && at < from)) {
        at = text.indexOf(this.#breakChars[i] as string, from);
        this.#nextBreak[i] = at;
      }
      if (at >= 0 && at < to) return true;
    }
    return false;
  }

  #emit(text: string, start: number, end: number): void {
    // Line breaks after a terminator are the common case: trimmed by character code, without a regex.
    let from = start;
    let to = end;
    let source = text;
    if (this.#breaks !== null) {
      while (from < to && isBreak(text.charCodeAt(from))) from += 1;
      while (to > from && isBreak(text.charCodeAt(to - 1))) to -= 1;
      if (from < to && this.#breakWithin(text, from, to)) {
        source = text.slice(from, to).replace(this.#breaks, '');
        from = 0;
        to = source.length;
      }
    }
    if (from === to) return;
    const delimiters = this.#delimiters as X12Delimiters;
    const separator = source.indexOf(delimiters.element, from);
    const tagEnd = separator < 0 || separator > to ? to : separator;
    this.#position += 1;
    if (!isSegmentId(source, from, tagEnd)) {
      this.#problems.add(
        this.#position,
        null,
        'x12.segment.invalid_id',
        'must start with a segment id of 2 or 3 capital letters or digits',
      );
      return;
    }
    // Ids repeat: one string for each, keyed by its characters.
    const key =
      source.charCodeAt(from) * 65_536 +
      source.charCodeAt(from + 1) * 256 +
      (tagEnd - from === 3 ? source.charCodeAt(from + 2) : 0);
    let tag = this.#tags.get(key);
    if (tag === undefined) {
      tag = source.slice(from, tagEnd);
      this.#tags.set(key, tag);
    }
    this.#sink(new ScannedSegment(tag, this.#position, source, from, to, delimiters.element), delimiters);
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
