// Tokenizer for message triage: one left-to-right pass, no regexes, so time is linear in the text read.

/** The words of a text, normalized, as parallel arrays (cheap to build for a megabyte of text). */
export interface TriageTokens {
  readonly words: string[];
  /** 1 where a clause break (. ! ? ; : , or a newline) came before the word. */
  readonly breakBefore: Uint8Array;
  /** Offset of each word's first character in the text. */
  readonly at: Int32Array;
}

/** A run of one-letter words longer than this is not a spelled-out word: its letters are kept, not joined. */
export const MAX_JOINED_LETTERS = 40;

// Digits read as letters inside words with letters ("su1c1de", "k1ll"): a cheap way to hide words.
const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };

// Character classes by code unit, looked up once per character (text is lower-cased first).
export const OTHER = 0;
export const LETTER = 1;
export const DIGIT = 2;
export const APOSTROPHE = 3;
export const BREAK = 4;
/** Code units from here up are never letters or digits (only two apostrophes are special). */
export const CLASS_TABLE_SIZE = 0x250;
const CHAR_CLASS = (() => {
  const table = new Uint8Array(CLASS_TABLE_SIZE);
  for (let c = 97; c <= 122; c += 1) table[c] = LETTER;
  for (let c = 48; c <= 57; c += 1) table[c] = DIGIT;
  // Latin letters with accents, but not × and ÷.
  for (let c = 0xc0; c < CLASS_TABLE_SIZE; c += 1) if (c !== 0xd7 && c !== 0xf7) table[c] = LETTER;
  for (const c of [39, 0x60]) table[c] = APOSTROPHE;
  // . ! ? ; : , newline
  for (const c of [46, 33, 63, 59, 58, 44, 10]) table[c] = BREAK;
  return table;
})();

/** The class of a lower-cased code unit. */
export function charClass(code: number): number {
  if (code < CLASS_TABLE_SIZE) return CHAR_CLASS[code] as number;
  return code === 0x2019 || code === 0x2018 ? APOSTROPHE : OTHER;
}

/** Digits read as letters in leetspeak, by character code (other codes map to themselves). */
export function leetCode(code: number): number {
  const ch = LEET[String.fromCharCode(code)];
  return ch === undefined ? code : ch.charCodeAt(0);
}

/** Collapses runs of 3+ equal letters to 2 ("killl" → "kill", "sooo" → "soo") and reads leetspeak digits. */
function normalizeWord(raw: string, leet: boolean): string {
  let out = '';
  let run = 0;
  let last = '';
  for (let i = 0; i < raw.length; i += 1) {
    let ch = raw[i] as string;
    if (leet) ch = LEET[ch] ?? ch;
    run = ch === last ? run + 1 : 1;
    last = ch;
    if (run <= 2) out += ch;
  }
  return out;
}

/**
 * Splits text into normalized words: lower-cased, apostrophes inside words dropped ("don't" → "dont"),
 * leetspeak digits read as letters in words that start with a letter, stretched letters collapsed; a run
 * of four or more one-letter words is also read joined ("s u i c i d e" gives "suicide", then the letters).
 */
export function tokenizeForTriage(text: string): TriageTokens {
  const lower = text.toLowerCase();
  const n = lower.length;
  const words: string[] = [];
  // Each word takes at least two characters (its own and a separator), and joined runs add one word per
  // four letters (eight characters): length + 1 bounds the count.
  const breakBefore = new Uint8Array(n + 1);
  const at = new Int32Array(n + 1);
  let count = 0;
  let pendingBreak = false;
  // A run of one-letter words waiting to be joined.
  let run = '';
  let runAt = 0;
  let runBreak = false;
  const flushRun = () => {
    // The joined word goes before the letters, which stay: "a b c i recommend" still has "i recommend".
    if (run.length >= 4 && run.length <= MAX_JOINED_LETTERS) {
      breakBefore[count] = runBreak ? 1 : 0;
      at[count] = runAt;
      words.push(run);
      count += 1;
    }
    for (let k = 0; k < run.length; k += 1) {
      breakBefore[count] = k === 0 && runBreak ? 1 : 0;
      at[count] = runAt + 2 * k;
      words.push(run[k] as string);
      count += 1;
    }
    run = '';
  };
  let i = 0;
  while (i < n) {
    let code = lower.charCodeAt(i);
    let cls = code < CLASS_TABLE_SIZE ? (CHAR_CLASS[code] as number) : charClass(code);
    if (cls !== LETTER && cls !== DIGIT) {
      if (cls === BREAK) pendingBreak = true;
      i += 1;
      continue;
    }
    // A word: letters and digits, with apostrophes inside it (followed by a letter or digit).
    const start = i;
    let digits = false;
    let letters = false;
    let apostrophe = false;
    let tripled = false;
    let prev1 = -1;
    let prev2 = -1;
    while (i < n) {
      code = lower.charCodeAt(i);
      cls = code < CLASS_TABLE_SIZE ? (CHAR_CLASS[code] as number) : charClass(code);
      if (cls === LETTER) letters = true;
      else if (cls === DIGIT) digits = true;
      else if (cls === APOSTROPHE && i + 1 < n && isWordCode(lower.charCodeAt(i + 1))) apostrophe = true;
      else break;
      if (code === prev1 && code === prev2) tripled = true;
      prev2 = prev1;
      prev1 = code;
      i += 1;
    }
    let word = lower.slice(start, i);
    if (apostrophe) word = dropApostrophes(word);
    // Only words that start with a letter: "3pm", "10am", "2nd" stay as written.
    const leet = letters && digits && (CHAR_CLASS[lower.charCodeAt(start)] as number) === LETTER;
    if (leet || tripled) word = normalizeWord(word, leet);
    if (word.length === 1 && (run.length === 0 || !pendingBreak) && run.length <= MAX_JOINED_LETTERS) {
      if (run.length === 0) {
        runAt = start;
        runBreak = pendingBreak;
      }
      run += word;
    } else {
      if (run.length > 0) flushRun();
      if (word.length === 1) {
        runAt = start;
        runBreak = pendingBreak;
        run = word;
      } else {
        breakBefore[count] = pendingBreak ? 1 : 0;
        at[count] = start;
        words.push(word);
        count += 1;
      }
    }
    pendingBreak = false;
  }
  if (run.length > 0) flushRun();
  return { words, breakBefore: breakBefore.subarray(0, count), at: at.subarray(0, count) };
}

function isWordCode(code: number): boolean {
  const cls = charClass(code);
  return cls === LETTER || cls === DIGIT;
}

function dropApostrophes(word: string): string {
  let out = '';
  for (let k = 0; k < word.length; k += 1) if (charClass(word.charCodeAt(k)) !== APOSTROPHE) out += word[k];
  return out;
}

/**
 * The normalized reading of one word as the tokenizer found it (lower-cased, apostrophes inside it kept):
 * the same rules as {@link tokenizeForTriage}, for a reader that found the word's bounds itself.
 */
export function readTriageWord(lowered: string): string {
  let digits = false;
  let apostrophe = false;
  let tripled = false;
  for (let k = 0; k < lowered.length; k += 1) {
    const code = lowered.charCodeAt(k);
    const cls = charClass(code);
    if (cls === DIGIT) digits = true;
    else if (cls === APOSTROPHE) apostrophe = true;
    if (k >= 2 && code === lowered.charCodeAt(k - 1) && code === lowered.charCodeAt(k - 2)) tripled = true;
  }
  const word = apostrophe ? dropApostrophes(lowered) : lowered;
  const leet = digits && charClass(lowered.charCodeAt(0)) === LETTER;
  return leet || tripled ? normalizeWord(word, leet) : word;
}
