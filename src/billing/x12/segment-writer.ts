import type { X12Delimiters } from './delimiters.js';

/** An element to write: text, or its components (written joined by the component separator). */
export type X12ElementValue = string | readonly string[];

/**
 * Which characters a value may hold besides the delimiters: `any` (a document written back as it was read)
 * or `x12`, the X12 basic and extended character sets, which are printable ASCII (X12.6 section 3.3): a
 * control character is no X12 character, and a language character such as `Ñ` only by agreement between
 * the trading partners, which a claim file cannot assume [sources: x12-character-set].
 */
export type X12Characters = 'any' | 'x12';

/**
 * Writes segments with a file's delimiters, counting them. X12 has no escape character, so a value that
 * holds a delimiter or a line break (or, with `characters: 'x12'`, any character outside printable ASCII)
 * cannot be written: the writer records its element position instead (`NM103`), never the value, and the
 * caller reports it.
 */
export class SegmentWriter {
  readonly #delimiters: X12Delimiters;
  readonly #lineBreak: string;
  readonly #forbidden: RegExp;
  readonly #parts: string[] = [];
  /** Element positions (`NM103`) of values that hold a delimiter or a line break. */
  readonly unwritable: string[] = [];
  #count = 0;

  constructor(delimiters: X12Delimiters, lineBreak = '', characters: X12Characters = 'any') {
    this.#delimiters = delimiters;
    this.#lineBreak = lineBreak;
    const chars = [delimiters.element, delimiters.component, delimiters.segment, '\r', '\n'];
    if (delimiters.repetition !== null) chars.push(delimiters.repetition);
    const delimiterClass = `[${chars.map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`;
    this.#forbidden = new RegExp(
      characters === 'x12' ? `${delimiterClass}|[^\\u0020-\\u007e]` : delimiterClass,
    );
  }

  /** How many segments were written. */
  get count(): number {
    return this.#count;
  }

  /** Whether a value can be written: it holds no delimiter, no line break and only the characters allowed. */
  isWritable(value: string): boolean {
    return !this.#forbidden.test(value);
  }

  /** Writes one segment; trailing empty elements and components are left off, as X12 requires. */
  write(tag: string, elements: readonly X12ElementValue[]): void {
    const d = this.#delimiters;
    const out: string[] = [];
    elements.forEach((value, i) => {
      const parts = typeof value === 'string' ? [value] : value;
      parts.forEach((part, j) => {
        if (!this.isWritable(part)) {
          const name = `${tag}${String(i + 1).padStart(2, '0')}`;
          this.unwritable.push(typeof value === 'string' ? name : `${name}-${j + 1}`);
        }
      });
      out.push(typeof value === 'string' ? value : trimEnd(value).join(d.component));
    });
    this.writeChecked(tag, out);
  }

  /** Writes a segment whose elements were checked (or joined from checked parts) by the caller. */
  writeChecked(tag: string, elements: readonly string[]): void {
    const d = this.#delimiters;
    this.#parts.push(trimEnd([tag, ...elements]).join(d.element) + d.segment + this.#lineBreak);
    this.#count += 1;
  }

  /** The segments written so far, as text. */
  text(): string {
    return this.#parts.join('');
  }
}

function trimEnd(values: readonly string[]): readonly string[] {
  let end = values.length;
  while (end > 1 && values[end - 1] === '') end -= 1;
  return end === values.length ? values : values.slice(0, end);
}
