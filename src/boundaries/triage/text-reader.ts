// The one text reader of triage and the reply check: lower-cases a message and cuts it into words, clauses
// and sentences, in flat lists (one string per word, no object per sentence). Words are normalised later,
// once per distinct word (see word-lexicon.ts). A word the tables spell out is handed out as the tables'
// own string, with its number, without making a new one (see WordDictionary).

import { leetLetter } from './word-form.js';

/** A message as read: its words in order, where each sentence starts, and how much was read. */
export interface ReadText {
  /** The words, lower-cased, apostrophes and invisible characters dropped (`don’t` → `dont`). */
  readonly words: readonly string[];
  /** Each word's number in the dictionary the text was read with, or -1 (always -1 without one). */
  readonly known: Int32Array;
  /** The dictionary the text was read with, if any. */
  readonly dictionary: WordDictionary | null;
  /** The clause of each word, numbered through the message: a negation never reaches across a clause. */
  readonly clauses: Int32Array;
  /**
   * 1 where the word was written capitalised (`Oregon`, not `OREGON` or `oregon`): it may be a name; 2 where it is
   * an initial (capital letters and full stops written together: "resident M.G."), a name too.
   */
  readonly capitalized: Uint8Array;
  /** The index of each sentence's first word; a sentence ends where the next starts (or at the end). */
  readonly sentenceStarts: readonly number[];
  /** Whether each sentence is a question: it ends at a question mark or opens with "¿". */
  readonly questions: readonly boolean[];
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
  if (
    code === 0x2013 ||
    code === 0x2014 ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0xab ||
    code === 0xbb
  )
    return CLAUSE;
  if (code < 0xc0 || code === 0xd7 || code === 0xf7) return SPACE;
  // General punctuation, symbols, arrows, dingbats, emoji (surrogates) and variation selectors are not read.
  if (code >= 0x2000 && code <= 0x2bff) return SPACE;
  if (code >= 0xd800 && code <= 0xdfff) return SPACE;
  if (code >= 0xfe00 && code <= 0xfe0f) return SPACE;
  if (code >= 0x3000 && code <= 0x303f) return SPACE;
  return WORD;
}

// Emoji that stand for a thing of risk are read as its word ("💊💊 all of them", "me + 🌉 tonight", "i want to 🪦");
// other emoji are decoration and read as a space. The grave and the coffin read as "dead" (used as a verb: "want
// to 🪦"); a skull is not read (💀 is laughter as often as death).
const EMOJI_WORDS: Readonly<Record<string, string>> = {
  '💊': 'pills',
  '🔫': 'gun',
  '🪦': 'dead',
  '⚰': 'dead',
  '🌉': 'bridge',
  '🔪': 'knife',
  '🗡': 'knife',
  '🩸': 'blood',
  '🪢': 'rope',
  '🚂': 'train',
  '🚆': 'train',
  '🚄': 'train',
  '🚅': 'train',
  '🚇': 'train',
};
const RISK_EMOJI = new RegExp(Object.keys(EMOJI_WORDS).join('|'), 'gu');

/** The text with each risk emoji replaced by its word, set apart by spaces. */
function emojiAsWords(text: string): string {
  return text.replace(RISK_EMOJI, (emoji) => ` ${EMOJI_WORDS[emoji] as string} `);
}

// An answer opening a clause before its subject ("no i want to die", "nah im not safe"): the answer is a clause
// of its own, as if a comma followed it, so it does not negate what the client goes on to say.
const ANSWERS = new Set(['no', 'nah', 'nope', 'naw']);
const SUBJECTS = new Set([
  'i',
  'im',
  'ive',
  'we',
  'he',
  'she',
  'they',
  'hes',
  'shes',
  'theyre',
  'it',
  'its',
  'u',
  'you',
  'youre',
]);

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
  // Spanish titles before a name: "Lic. Paredes", "Dra. Ruiz", "Ing. Soto".
  'lic',
  'lcda',
  'lcdo',
  'dra',
  'ing',
  'arq',
  'prof',
]);

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 0xc0 && kindOf(code) === WORD);
}

/**
 * Words known in advance (the tables' words), each with a number: the reader finds a word here from its
 * characters in the message, so that it makes no string for it. An open-addressing hash table whose places
 * hold a word's hash, number and where its characters are (in one string of all the words): a word is
 * confirmed character by character, reading two places in memory.
 */
export class WordDictionary {
  private readonly words: readonly string[];
  // Per place, four numbers: the hash, the number + 1 (0 for an empty place), the first character, the length.
  private readonly table: Int32Array;
  private readonly mask: number;
  private readonly chars: string;

  /** Numbers `words` in order; a word given again keeps its first number. */
  constructor(words: readonly string[]) {
    let size = 16;
    while (size < words.length * 2) size *= 2;
    const mask = size - 1;
    const table = new Int32Array(4 * size);
    const distinct: string[] = [];
    let from = 0;
    for (const word of words) {
      const hash = wordHash(word, 0, word.length);
      let slot = hash & mask;
      let id = (table[4 * slot + 1] as number) - 1;
      while (id >= 0 && distinct[id] !== word) {
        slot = (slot + 1) & mask;
        id = (table[4 * slot + 1] as number) - 1;
      }
      if (id >= 0) continue;
      table[4 * slot] = hash;
      table[4 * slot + 1] = distinct.length + 1;
      table[4 * slot + 2] = from;
      table[4 * slot + 3] = word.length;
      distinct.push(word);
      from += word.length;
    }
    this.mask = mask;
    this.table = table;
    this.words = distinct;
    this.chars = distinct.join('');
  }

  /** How many words it holds; they are numbered from 0. */
  get size(): number {
    return this.words.length;
  }

  /** The word numbered `id`. */
  word(id: number): string {
    return this.words[id] as string;
  }

  /** The number of a word, or -1. */
  find(word: string): number {
    return this.findIn(word, 0, word.length, wordHash(word, 0, word.length), false);
  }

  /** The number of the word `parts[from..to)` spell joined, or -1: found without joining them. */
  findJoined(parts: readonly string[], from: number, to: number): number {
    let hash = 0;
    let length = 0;
    for (let k = from; k < to; k += 1) {
      const part = parts[k] as string;
      hash = wordHash(part, 0, part.length, hash);
      length += part.length;
    }
    const { mask, table, chars } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = 4 * slot;
      const id = (table[at + 1] as number) - 1;
      if (id < 0) return -1;
      if (table[at] !== hash || table[at + 3] !== length) continue;
      let c = table[at + 2] as number;
      let same = true;
      for (let k = from; k < to && same; k += 1) {
        const part = parts[k] as string;
        for (let i = 0; i < part.length && same; i += 1) same = chars.charCodeAt(c++) === part.charCodeAt(i);
      }
      if (same) return id;
    }
  }

  /**
   * The number of the word `text[start..end)` whose {@link wordHash} is `hash`, or -1; with `folded`, the
   * word's accented letters are read folded (see {@link foldedLetter}).
   */
  findIn(text: string, start: number, end: number, hash: number, folded: boolean): number {
    const { mask, table, chars } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = 4 * slot;
      const id = (table[at + 1] as number) - 1;
      if (id < 0) return -1;
      if (table[at] !== hash || table[at + 3] !== end - start) continue;
      const from = table[at + 2] as number;
      let same = true;
      for (let k = 0; start + k < end && same; k += 1) {
        const code = text.charCodeAt(start + k);
        same = chars.charCodeAt(from + k) === (folded && code >= 128 ? foldedLetter(code) : code);
      }
      if (same) return id;
    }
  }
}

// The ASCII letter of each lower-case accented Latin letter (à → a, ñ → n), 0 for others (æ, ø, ß).
const FOLDED: Uint8Array = (() => {
  const folded = new Uint8Array(0x180);
  for (let code = 0xc0; code < 0x180; code += 1) {
    const base = String.fromCharCode(code).normalize('NFD').charCodeAt(0);
    if (base >= 97 && base <= 122) folded[code] = base;
  }
  return folded;
})();

/** The ASCII letter an accented lower-case letter folds to (`é` → `e`, `ñ` → `n`), or 0. */
export function foldedLetter(code: number): number {
  return code < 0x180 ? (FOLDED[code] as number) : 0;
}

/**
 * The hash of `text[start..end)` the dictionary files words under; from `hash`, the hash of the characters before
 * (so that pieces of a word are hashed as the word).
 */
export function wordHash(text: string, start: number, end: number, hash = 0): number {
  let h = hash;
  for (let i = start; i < end; i += 1) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

/**
 * Reads a message: lower-cases it and cuts it into sentences (at `. ! ? ; …` and line ends) of words (runs of
 * letters and digits; apostrophes and invisible characters inside a word are dropped, so `don’t` reads
 * `dont`, but `he'll` reads `he will`). Emoji, symbols and other punctuation are not read. A `.` inside a word
 * cuts it without ending the sentence (`plan.I`), a `.` after an abbreviation ends nothing (`Dr. Kim`), `$` or
 * `@` before a letter is part of the word (`$uicide`), so is `*` between letters (`k*ll`: a letter starred
 * out), and a run of four or more one-letter words is read as one (`s u i c i d e`). Reads the first `maxChars`
 * characters. With a dictionary, each word it holds is given its number. `spelledFrom` says where in a run of
 * letters the rest spells a word (-1 for nowhere): from its start when left out.
 */
export function readText(
  text: string,
  maxChars: number,
  dictionary?: WordDictionary,
  spelledFrom: (letters: string, shortest: number) => number = () => 0,
  isRiskWord: (word: string, id: number) => boolean = () => false,
): ReadText {
  const complete = text.length <= maxChars;
  const source = emojiAsWords(complete ? text : text.slice(0, maxChars));
  const lower = source.toLowerCase();
  const words: string[] = [];
  // A word takes a character and so does what ends it: at most half the characters (rounded up) are words.
  // The lists start at a quarter (words average five characters with what ends them) and grow if need be:
  // allocating a buffer costs by its size, more than filling it.
  const most = (lower.length >> 1) + 2;
  let capacity = Math.min(most, (lower.length >> 2) + 16);
  let buffer = new ArrayBuffer(9 * capacity);
  let known = new Int32Array(buffer, 0, capacity);
  let clauses = new Int32Array(buffer, 4 * capacity, capacity);
  let capitalized = new Uint8Array(buffer, 8 * capacity, capacity);
  const sentenceStarts: number[] = [];
  const questions: boolean[] = [];
  let asked = false; // a "¿" read in the current sentence
  let clause = 0;
  let wordStart = -1; // where the current word started, in the text
  let sentenceStart = 0;
  let letterRun = 0; // the one-letter words read last, in a row, in the current sentence
  let runLetters = new Uint8Array(16); // their letters
  let start = -1; // start of the current run of word characters
  let dropped = ''; // the word so far, when characters inside it were dropped
  let hash = 0; // the word's hash so far (see wordHash), accents folded
  let accents = 0; // 1 when the word has accented letters, 2 when one of them does not fold to one letter
  let willAt = -1; // where the `ll` of `he'll` starts, read `will`
  let glueAt = -2; // where the last word ended at a hyphen, slash or dot with a letter after it
  let fragmentsFrom = -1; // the first word of the fragments read last, each glued to the one before
  // Each run of letters spelled out read so far, by the hash of its letters (see joinSpelledOut).
  const spelled = new Map<number, SpelledRun>();
  const n = lower.length;

  for (let i = 0; i <= n; i += 1) {
    const code = i < n ? lower.charCodeAt(i) : 10;
    let kind = i === n ? SENTENCE : code < 128 ? (ASCII[code] as number) : kindOf(code);
    // `k!ll` is leetspeak (an i), `k*ll` and `s**cide` are letters starred out (see word-lexicon.ts); `s/h` is one
    // word (a slash between two single letters).
    if (
      start >= 0 &&
      (code === 33 || code === 42) &&
      (isLetter(lower.charCodeAt(i + 1)) ||
        (code === 42 && lower.charCodeAt(i + 1) === 42 && isLetter(lower.charCodeAt(i + 2))))
    )
      kind = WORD;
    else if (
      code === 47 &&
      start === i - 1 &&
      i + 1 < n &&
      isLetter(lower.charCodeAt(i + 1)) &&
      (i + 2 >= n || !isLetter(lower.charCodeAt(i + 2)))
    )
      kind = DROP;
    if (kind === WORD || ((code === 36 || code === 64) && i + 1 < n && isLetter(lower.charCodeAt(i + 1)))) {
      if (start < 0) {
        start = i;
        if (dropped.length === 0) wordStart = i;
        hash = 0;
        accents = 0;
      }
      let letter = code;
      if (code >= 128) {
        letter = foldedLetter(code);
        accents |= letter === 0 ? 2 : 1;
      }
      hash = (Math.imul(hash, 31) + letter) | 0;
      // The plain letters and digits that follow take no other path: read them here.
      for (let next = i + 1; next < n; next += 1) {
        const c = lower.charCodeAt(next);
        if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) break;
        hash = (Math.imul(hash, 31) + c) | 0;
        i = next;
      }
      continue;
    }
    if (code === 46 && start >= 0 && i + 1 < n && kindOf(lower.charCodeAt(i + 1)) === WORD) kind = CLAUSE;
    // A full stop before a digit, outside a word, is a decimal point or a calibre (".38", ".5 mg"), not a sentence end.
    else if (code === 46 && start < 0 && isDigit(lower.charCodeAt(i + 1))) kind = SPACE;
    // `he'll`, `she'll`, `we'll`: the word ends at the apostrophe and `ll` is read `will` (joined, they would
    // read `hell`, `shell`, `well`). `hell` written without one is left as written, and `I'll` reads `ill`, a
    // function word the tables already read as I'll.
    if (kind === DROP && start >= 0 && (i > start + 1 || dropped.length > 0) && endsWithWill(lower, i)) {
      kind = SPACE;
      willAt = i + 1;
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
      let id = -1;
      let word: string;
      // The word's length and first letter, read from the message (a table word's string is not read).
      let length = i - start;
      let first = lower.charCodeAt(start);
      if (dropped.length > 0) {
        word = dropped + lower.slice(start, i);
        length = word.length;
        first = word.charCodeAt(0);
        if (dictionary !== undefined) id = dictionary.find(word);
      } else {
        // A word found folded keeps its accents (the lexicon folds them the same way when it looks it up).
        if (dictionary !== undefined && start < i && accents < 2)
          id = dictionary.findIn(lower, start, i, hash, accents > 0);
        word = id >= 0 && accents === 0 ? (dictionary as WordDictionary).word(id) : lower.slice(start, i);
      }
      if (wordStart === willAt && word === 'll') {
        id = dictionary === undefined ? -1 : dictionary.find('will');
        word = id >= 0 ? (dictionary as WordDictionary).word(id) : 'will';
      }
      start = -1;
      dropped = '';
      if (length > 0) {
        // A single letter a–z, or a digit standing for one after a letter ("s-u-1-c-1-d-a-l": leetspeak spelled out).
        const letter =
          length !== 1 ? 0 : first >= 97 && first <= 122 ? first : letterRun > 0 ? leetLetter(first) : 0;
        const single = letter !== 0;
        if (!single && letterRun >= SPELLED_OUT)
          joinSpelledOut(words, known, capitalized, runLetters, letterRun, dictionary, spelledFrom, spelled);
        if (single) {
          if (letterRun === runLetters.length) {
            const larger = new Uint8Array(2 * letterRun);
            larger.set(runLetters);
            runLetters = larger;
          }
          runLetters[letterRun++] = letter;
        } else letterRun = 0;
        const at = words.length;
        if (at === capacity) {
          // Grown: one buffer for the three lists, the words read so far copied in.
          capacity = Math.min(most, 2 * capacity);
          buffer = new ArrayBuffer(9 * capacity);
          known = copyInto(new Int32Array(buffer, 0, capacity), known);
          clauses = copyInto(new Int32Array(buffer, 4 * capacity, capacity), clauses);
          capitalized = copyInto(new Uint8Array(buffer, 8 * capacity, capacity), capitalized);
        }
        if (
          at > sentenceStart &&
          clauses[at - 1] === clause &&
          (at - 1 === sentenceStart || clauses[at - 2] !== clause) &&
          ANSWERS.has(words[at - 1] as string) &&
          SUBJECTS.has(word)
        )
          clause += 1;
        known[at] = id;
        clauses[at] = clause;
        const initial = code === 46 && isInitial(source, wordStart, word);
        capitalized[at] = initial ? 2 : isCapitalized(source, wordStart) ? 1 : 0;
        words.push(word);
        // Fragments of a word split by a hyphen, a slash or a dot ("sui-cidal", "s/ui/cidal", "un-alive", "o.d."):
        // read joined when the joined form is a word of risk and the first fragment is not ("seizure-like" and
        // "medi-cal" stay as written).
        if (wordStart !== glueAt + 1 || fragmentsFrom < 0) fragmentsFrom = at;
        else if (
          dictionary !== undefined &&
          joinFragments(words, known, fragmentsFrom, dictionary, isRiskWord)
        ) {
          clause = clauses[fragmentsFrom] as number;
          letterRun = 0;
        }
        glueAt =
          (code === 45 || code === 46 || code === 47) && isAsciiLetter(lower.charCodeAt(i + 1)) ? i : -2;
        // A full stop after an abbreviation or an initial ends nothing.
        abbreviation = code === 46 && (initial || ABBREVIATIONS.has(word));
      }
    }
    if (kind === CLAUSE) {
      if (words.length > sentenceStart) clause += 1;
    } else if (kind === SENTENCE && !abbreviation && words.length > sentenceStart) {
      if (letterRun >= SPELLED_OUT)
        joinSpelledOut(words, known, capitalized, runLetters, letterRun, dictionary, spelledFrom, spelled);
      letterRun = 0;
      sentenceStarts.push(sentenceStart);
      questions.push(asked || code === 63);
      asked = false;
      sentenceStart = words.length;
      clause += 1;
    }
    // "¿" opens the question that follows it.
    if (code === 191) asked = true;
  }
  const count = words.length;
  return {
    words,
    known: known.subarray(0, count),
    dictionary: dictionary ?? null,
    clauses: clauses.subarray(0, count),
    capitalized: capitalized.subarray(0, count),
    sentenceStarts,
    questions,
    charactersRead: n === 0 ? 0 : Math.min(text.length, maxChars),
    complete,
  };
}

function copyInto<T extends Int32Array | Uint8Array>(larger: T, list: T): T {
  larger.set(list);
  return larger;
}

// Whether the character at `at` is an apostrophe followed by `ll` that ends the word (`he'll`, `it’ll`).
function endsWithWill(lower: string, at: number): boolean {
  const code = lower.charCodeAt(at);
  const apostrophe =
    code === 39 || code === 96 || code === 0x2019 || code === 0x2018 || code === 0x2bc || code === 0xb4;
  return (
    apostrophe &&
    lower.charCodeAt(at + 1) === 108 &&
    lower.charCodeAt(at + 2) === 108 &&
    (at + 3 >= lower.length || kindOf(lower.charCodeAt(at + 3)) !== WORD)
  );
}

// Letters a–z as bytes, read as a string in one call.
const LETTERS = new TextDecoder('latin1');

// A run of this many one-letter words is a word spelled out (`s u i c i d e`, `k i l l`).
const SPELLED_OUT = 4;

/** A run of letters spelled out, as read: where in it a word is spelled (-1 for nowhere), that word and its number. */
interface SpelledRun {
  readonly letters: string;
  readonly start: number;
  readonly word: string;
  readonly id: number;
}

// The run of the last `run` words read, one letter each (`codes[0..run)` their letters), is read joined: from the
// first letter where the rest of the run spells a table word (`A A A k i l l` → `a a a kill`), or not at all.
// `spelled` holds the message's runs read so far, by the hash of their letters: a run the message repeats is
// found there from its letters, looked up and made a string once.
function joinSpelledOut(
  words: string[],
  known: Int32Array,
  capitalized: Uint8Array,
  codes: Uint8Array,
  run: number,
  dictionary: WordDictionary | undefined,
  spelledFrom: (letters: string, shortest: number) => number,
  spelled: Map<number, SpelledRun>,
) {
  let hash = run;
  for (let k = 0; k < run; k += 1) hash = (Math.imul(hash, 31) + (codes[k] as number)) | 0;
  let read = spelled.get(hash);
  if (read === undefined || !sameLetters(read.letters, codes, run)) {
    // Joined only when the letters spell a word the tables know: `A A A I recommend` stays as written.
    const letters = LETTERS.decode(codes.subarray(0, run));
    const start = spelledFrom(letters, SPELLED_OUT);
    const word = start < 0 ? '' : letters.slice(start);
    const id = start < 0 || dictionary === undefined ? -1 : dictionary.find(word);
    read = { letters, start, word, id };
    spelled.set(hash, read);
  }
  if (read.start < 0) return;
  const at = words.length - run + read.start;
  words[at] = read.word;
  known[at] = read.id;
  capitalized[at] = 0;
  words.length = at + 1;
}

function sameLetters(letters: string, codes: Uint8Array, run: number): boolean {
  if (letters.length !== run) return false;
  for (let k = 0; k < run; k += 1) if (letters.charCodeAt(k) !== codes[k]) return false;
  return true;
}

// The most fragments read as one word: a split word has a few, a run of hyphenated letters is spelled out.
const MOST_FRAGMENTS = 6;

// The words from `from` on, fragments of one word, are read as one when the joined letters are a word of risk and
// the first fragment is not one (a risk word's first letters are no word: "sui", "un", "o").
function joinFragments(
  words: string[],
  known: Int32Array,
  from: number,
  dictionary: WordDictionary,
  isRiskWord: (word: string, id: number) => boolean,
): boolean {
  if (words.length - from > MOST_FRAGMENTS) return false;
  if (isRiskWord(words[from] as string, known[from] as number)) return false;
  const id = dictionary.findJoined(words, from, words.length);
  // Letters spelled out one by one are read as a run (see joinSpelledOut); split words end on more than one.
  // (So a joined string is made only for a word that may be of risk.)
  if (id < 0 && (words[words.length - 1] as string).length < 2) return false;
  let joined = '';
  if (id >= 0) joined = dictionary.word(id);
  else for (let k = from; k < words.length; k += 1) joined += words[k] as string;
  if (!isRiskWord(joined, id)) return false;
  words[from] = joined;
  known[from] = id;
  words.length = from + 1;
  return true;
}

function isAsciiLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

// A capital followed by a small letter (`Oregon`, `McAllen`): how names are written.
// A capital letter and a full stop written against another such ("M.G.", "S.T."): an initial. Spaced letters
// ("D. I. E.") may spell a word, and a lone "J." may end a sentence: neither is read so.
function isInitial(text: string, at: number, word: string): boolean {
  const capital = (k: number) =>
    k >= 0 && k < text.length && text.charCodeAt(k) >= 65 && text.charCodeAt(k) <= 90;
  const stop = (k: number) => k >= 0 && k < text.length && text.charCodeAt(k) === 46;
  if (word.length !== 1 || !capital(at) || !stop(at + 1)) return false;
  return (capital(at + 2) && stop(at + 3)) || (stop(at - 1) && capital(at - 2));
}

function isCapitalized(text: string, at: number): boolean {
  if (at < 0 || at + 1 >= text.length) return false;
  const first = text.charCodeAt(at);
  const second = text.charCodeAt(at + 1);
  return first >= 65 && first <= 90 && second >= 97 && second <= 122;
}
