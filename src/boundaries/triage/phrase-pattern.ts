// The phrase language of the triage tables. A pattern is words in order:
//   kill* myself             `word*` matches any word starting with it (kill, kills, killed, killing)
//   been =cut                a word matches its regular inflections too (take: takes, taking); `=word` only itself
//   {want} to die            `{class}` matches any word of a word class (word-classes.ts)
//   took ..3 {pills}         `..N` lets up to N other words come between two words
//   gun|rifle|{firearm}      `|` gives alternatives for one word
//   {firearm} & {intent}     `&` joins parts that must all be found in the same sentence, in any order
// Triage reads two more forms before a pattern gets here: `(a b|c)` groups (phrase-groups.ts) and `A && B`
// pairs across sentences (message-pairs.ts).
// Words are matched after normalisation (lower case, accents folded, leetspeak read; see word-form.ts).
import { foldAccents } from './word-form.js';

/** One alternative of a slot: a word, a stem (prefix) or a word class. */
export type SlotAlternative =
  | { readonly kind: 'word'; readonly text: string }
  | { readonly kind: 'exact'; readonly text: string }
  | { readonly kind: 'stem'; readonly text: string }
  | { readonly kind: 'class'; readonly text: string };

/** One word position of a pattern, with how many other words may come before it. */
export interface PatternSlot {
  readonly gapBefore: number;
  readonly alternatives: readonly SlotAlternative[];
}

/** A parsed pattern: parts that must all be found in one sentence, each a sequence of slots. */
export interface ParsedPattern {
  readonly parts: readonly (readonly PatternSlot[])[];
}

/** The most slots in one part, parts in one pattern, and words a gap may skip. */
export const PATTERN_LIMITS = Object.freeze({ slots: 8, parts: 4, gap: 6, stemLetters: 3 });

const WORD = /^[a-z0-9]+$/;
// A character other than a printable ASCII one (a pattern without any needs no folding).
const UNPRINTABLE_OR_ACCENTED = /[^\x20-\x7e]/;

/** Parses a pattern, or says in a few words why it is not one (never echoing it). */
export function parsePattern(pattern: string): ParsedPattern | string {
  const partTexts = pattern.toLowerCase().split(' & ');
  // Most patterns are plain ASCII: their words need no folding, looked at one by one.
  const ascii = !UNPRINTABLE_OR_ACCENTED.test(pattern);
  if (partTexts.length > PATTERN_LIMITS.parts) return `at most ${PATTERN_LIMITS.parts} parts joined by &`;
  const parts: PatternSlot[][] = [];
  for (const partText of partTexts) {
    const tokens = partText.trim().split(/\s+/);
    const slots: PatternSlot[] = [];
    let gap = 0;
    for (const token of tokens) {
      if (token.startsWith('..')) {
        const n = Number(token.slice(2));
        if (slots.length === 0 || gap > 0 || !Number.isInteger(n) || n < 1 || n > PATTERN_LIMITS.gap) {
          return `a gap ..N (N from 1 to ${PATTERN_LIMITS.gap}) goes between two words`;
        }
        gap = n;
        continue;
      }
      const alternatives: SlotAlternative[] = [];
      for (const alt of token.includes('|') ? token.split('|') : [token]) {
        const parsed = parseAlternative(alt, ascii);
        if (typeof parsed === 'string') return parsed;
        alternatives.push(parsed);
      }
      slots.push({ gapBefore: gap, alternatives });
      gap = 0;
    }
    if (slots.length === 0 || gap > 0) return 'a part must start and end with a word';
    if (slots.length > PATTERN_LIMITS.slots) return `at most ${PATTERN_LIMITS.slots} words in a part`;
    parts.push(slots);
  }
  return { parts };
}

function parseAlternative(alt: string, ascii: boolean): SlotAlternative | string {
  if (alt.startsWith('{') && alt.endsWith('}')) {
    const name = alt.slice(1, -1);
    return /^[a-z_]+$/.test(name) ? { kind: 'class', text: name } : 'a class is written {name}';
  }
  const folded = ascii ? alt : foldAccents(alt);
  if (folded.startsWith('=')) {
    const word = folded.slice(1);
    return WORD.test(word) ? { kind: 'exact', text: word } : 'words are letters and digits';
  }
  if (folded.endsWith('*')) {
    const stem = folded.slice(0, -1);
    if (!WORD.test(stem) || stem.length < PATTERN_LIMITS.stemLetters) {
      return `a stem (word*) needs at least ${PATTERN_LIMITS.stemLetters} letters`;
    }
    return { kind: 'stem', text: stem };
  }
  return WORD.test(folded) ? { kind: 'word', text: folded } : 'words are letters and digits';
}
