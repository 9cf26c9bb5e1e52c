import type { X12Problems } from './problems.js';

/**
 * The four delimiters of an X12 interchange, as its ISA segment declares them: the element separator
 * (the character after `ISA`), the repetition separator (ISA11), the component separator (ISA16) and the
 * segment terminator (the character after ISA16).
 *
 * @example
 * ```ts
 * const d: X12Delimiters = { element: '*', repetition: '^', component: ':', segment: '~' };
 * ```
 */
export interface X12Delimiters {
  readonly element: string;
  /** `null` when ISA11 holds the 4010 standards identifier `U` instead of a separator. */
  readonly repetition: string | null;
  readonly component: string;
  readonly segment: string;
}

/**
 * The delimiters most 005010 files use: `*` between elements, `^` between repetitions, `:` between
 * components and `~` after each segment.
 *
 * @example
 * ```ts
 * DEFAULT_X12_DELIMITERS.segment; //=> '~'
 * ```
 */
export const DEFAULT_X12_DELIMITERS: X12Delimiters = Object.freeze({
  element: '*',
  repetition: '^',
  component: ':',
  segment: '~',
});

/** What {@link readDelimiters} found at the start of a text. */
export type DelimiterReading =
  | { readonly kind: 'found'; readonly delimiters: X12Delimiters; readonly isaEnd: number }
  | { readonly kind: 'need_more' }
  | { readonly kind: 'invalid' };

const LETTER_OR_DIGIT = /^[A-Za-z0-9]$/;

/**
 * Reads the delimiters from the ISA segment at `start`. The ISA is fixed width (106 characters), but
 * files padded wrongly are common, so the separators are found by counting elements: ISA16 is the one
 * character after the sixteenth element separator, and the segment terminator follows it.
 * [sources: x12-835-cg-cms]
 */
export function readDelimiters(text: string, start: number, problems: X12Problems): DelimiterReading {
  if (text.length - start < 4) return { kind: 'need_more' };
  const element = text.charAt(start + 3);
  let at = start + 3;
  for (let n = 1; n < 16; n += 1) {
    at = text.indexOf(element, at + 1);
    // ISA's elements are at most 15 characters: a separator this far away is not one.
    if (at < 0) return text.length - start > 200 ? invalid(problems) : { kind: 'need_more' };
  }
  if (text.length < at + 3) return { kind: 'need_more' };
  const component = text.charAt(at + 1);
  const segment = text.charAt(at + 2);
  const isa11 = isaElement(text, start, element, 11);
  const repetition = isa11 === 'U' ? null : isa11;
  const chosen = [element, component, segment, ...(repetition === null ? [] : [repetition])];
  if (
    at - start > 200 ||
    (repetition !== null && repetition.length !== 1) ||
    chosen.some((c) => LETTER_OR_DIGIT.test(c) || c === ' ') ||
    new Set(chosen).size !== chosen.length
  ) {
    return invalid(problems);
  }
  return { kind: 'found', delimiters: { element, repetition, component, segment }, isaEnd: at + 2 };
}

function isaElement(text: string, start: number, element: string, n: number): string {
  let at = start + 3;
  for (let i = 1; i < n; i += 1) at = text.indexOf(element, at + 1);
  const end = text.indexOf(element, at + 1);
  return text.slice(at + 1, end);
}

function invalid(problems: X12Problems): DelimiterReading {
  problems.add(
    1,
    null,
    'x12.envelope.isa_malformed',
    'must be an ISA segment of 16 elements with distinct, non-alphanumeric delimiters',
  );
  return { kind: 'invalid' };
}
