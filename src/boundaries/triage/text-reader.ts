// The one text reader of triage and the reply check: lower-cases a message and cuts it into words, clauses
// and sentences, in flat lists (one string per word, no object per sentence). Words are normalised later,
// once per distinct word (see word-lexicon.ts).

/** A message as read: its words in order, where each sentence starts, and how much was read. */
export interface ReadText {
  /** The words, lower-cased, apostrophes and invisible characters dropped (`don’t` → `dont`). */
  readonly words: readonly string[];
  /** The clause of each word, numbered through the message: a negation never reaches across a clause. */
  readonly clauses: readonly number[];
  /** The index of each sentence's first word; a sentence ends where the next starts (or at the end). */
  readonly sentenceStarts: readonly number[];
  /** Characters read from the start of the message. */
  readonly charactersRead: number;
  /** Whether the whole message was read. */
  readonly complete: boolean;
}

const WORD = 0;
const SPACE = 1;
const CLAUSE = 2;
const SENTENCE = 3;
const DROP = 4;

// What each ASCII character does. A line end ends a sentence (a line of a list is a sentence of its own).
const ASCII: Uint8Array = (() => {
  const kinds = new Uint8Array(128).fill(SPACE);
  for (let c = 97; c <= 122; c += 1) kinds[c] = WORD;
  for (let c = 48; c <= 57; c += 1) kinds[c] = WORD;
  for (const c of '.!?;\n') kinds[c.charCodeAt(0)] = SENTENCE;
  for (const c of ',:()"[]') kinds[c.charCodeAt(0)] = CLAUSE;
  for (const c of "'`") kinds[c.charCodeAt(0)] = DROP;
  return kinds;
})();

function kindOf(code: number): number {
  if (code < 128) return ASCII[code] as number;
  // Apostrophes (’ ‘ ʼ ´), the soft hyphen, zero-width spaces and joiners, BOM: dropped, a word goes on.
  if (code === 0x2019 || code === 0x2018 || code === 0x2bc || code === 0xb4 || code === 0xad) return DROP;
  if ((code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff) return DROP;
  if (code === 0x2026 || code === 0xa1 || code === 0xbf || code === 0x3002) return SENTENCE; // … ¡ ¿ 。
  if (code === 0x2013 || code === 0x2014 || code === 0x201c || code === 0x201d || code === 0xab || code === 0xbb)
    return CLAUSE;
  if (code < 0xc0 || code === 0xd7 || code === 0xf7) return SPACE;
  // General punctuation, symbols, arrows, dingbats, emoji (surrogates) and variation selectors are not read.
  if (code >= 0x2000 && code <= 0x2bff) return SPACE;
  if (code >= 0xd800 && code <= 0xdfff) return SPACE;
  if (code >= 0xfe00 && code <= 0xfe0f) return SPACE;
  if (code >= 0x3000 && code <= 0x303f) return SPACE;
  return WORD;
}

// A full stop after these ends an abbreviation, not a sentence ("Dr. Kim", "3 p.m. tomorrow").
const ABBREVIATIONS = new Set([
  'dr',
  'drs',
  'mr',
  'mrs',
  'ms',
  'mx',
  'st',
  'jr',
  'sr',
  'vs',
  'etc',
  'appt',
  'apt',
  'pm',
  'm',
  'approx',
  'dept',
  'ste',
  'sra',
  'srta',
  'ud',
  'uds',
]);

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 0xc0 && kindOf(code) === WORD);
}

/**
 * Reads a message: lower-cases it and cuts it into sentences (at `. ! ? ; …` and line ends) of words (runs of
 * letters and digits; apostrophes and invisible characters inside a word are dropped, so `don’t` reads
 * `dont`). Emoji, symbols and other punctuation are not read. A `.` inside a word cuts it without ending the
 * sentence (`plan.I`), a `.` after an abbreviation ends nothing (`Dr. Kim`), `$` or `@` before a letter is
 * part of the word (`$uicide`), and a run of four or more one-letter words is read as one (`s u i c i d e`).
 * Reads the first `maxChars` characters.
 */
export function readText(text: string, maxChars: number): ReadText {
  const complete = text.length <= maxChars;
  const lower = (complete ? text : text.slice(0, maxChars)).toLowerCase();
  const words: string[] = [];
  const clauses: number[] = [];
  const sentenceStarts: number[] = [];
  let clause = 0;
  let sentenceStart = 0;
  let singleLetters = 0; // one-letter words in the current sentence
  let start = -1; // start of the current run of word characters
  let dropped = ''; // the word so far, when characters inside it were dropped
  const n = lower.length;

  for (let i = 0; i <= n; i += 1) {
    const code = i < n ? lower.charCodeAt(i) : 10;
    let kind = i < n ? kindOf(code) : SENTENCE;
    if ((code === 36 || code === 64) && i + 1 < n && isLetter(lower.charCodeAt(i + 1))) kind = WORD;
    else if (code === 46 && start >= 0 && i + 1 < n && kindOf(lower.charCodeAt(i + 1)) === WORD) kind = CLAUSE;
    if (kind === WORD) {
      if (start < 0) start = i;
      continue;
    }
    if (kind === DROP) {
      if (start >= 0) {
        dropped += lower.slice(start, i);
        start = i + 1;
      }
      continue;
    }
    // The word ends here.
    let abbreviation = false;
    if (start >= 0) {
      const word = dropped.length > 0 ? dropped + lower.slice(start, i) : lower.slice(start, i);
      start = -1;
      dropped = '';
      if (word.length > 0) {
        words.push(word);
        clauses.push(clause);
        if (isSingleLetter(word)) singleLetters += 1;
        abbreviation = code === 46 && ABBREVIATIONS.has(word);
      }
    }
    if (kind === CLAUSE) {
      if (words.length > sentenceStart) clause += 1;
    } else if (kind === SENTENCE && !abbreviation && words.length > sentenceStart) {
      if (singleLetters >= SPELLED_OUT) joinSpelledOut(words, clauses, sentenceStart);
      sentenceStarts.push(sentenceStart);
      sentenceStart = words.length;
      singleLetters = 0;
      clause += 1;
    }
  }
  return { words, clauses, sentenceStarts, charactersRead: n === 0 ? 0 : Math.min(text.length, maxChars), complete };
}

// A run of this many one-letter words is a word spelled out (`s u i c i d e`, `k i l l`).
const SPELLED_OUT = 4;

function isSingleLetter(word: string): boolean {
  return word.length === 1 && word >= 'a' && word <= 'z';
}

// Runs of one-letter words of the sentence starting at `from` are read joined.
function joinSpelledOut(words: string[], clauses: number[], from: number) {
  const outWords: string[] = [];
  const outClauses: number[] = [];
  let i = from;
  while (i < words.length) {
    let j = i;
    while (j < words.length && isSingleLetter(words[j] as string)) j += 1;
    if (j - i >= SPELLED_OUT) {
      outWords.push(words.slice(i, j).join(''));
      outClauses.push(clauses[i] as number);
      i = j;
    } else {
      outWords.push(words[i] as string);
      outClauses.push(clauses[i] as number);
      i += 1;
    }
  }
  words.length = from;
  clauses.length = from;
  for (let k = 0; k < outWords.length; k += 1) {
    words.push(outWords[k] as string);
    clauses.push(outClauses[k] as number);
  }
}
