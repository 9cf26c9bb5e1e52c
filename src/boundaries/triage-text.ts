// Tokenizer for message triage: one left-to-right pass, no regexes, so time is linear in the text read.

/** The words of a text, normalized, as parallel arrays (cheap to build for a megabyte of text). */
export interface TriageTokens {
  readonly words: string[];
  /** 1 where a clause break (. ! ? ; : , or a newline) came before the word. */
  readonly breakBefore: Uint8Array;
  /** Offset of each word's first character in the text. */
  readonly at: Int32Array;
}

// A run of one-letter words longer than this is not a spelled-out word: its letters are kept, not joined.
const MAX_JOINED_LETTERS = 40;

// Digits read as letters inside words with letters ("su1c1de", "k1ll"): a cheap way to hide words.
const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };

// Character classes by code unit, looked up once per character (text is lower-cased first).
const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
const APOSTROPHE = 3;
const BREAK = 4;
const CLASS_TABLE_SIZE = 0x250;
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

function charClass(code: number): number {
  if (code < CLASS_TABLE_SIZE) return CHAR_CLASS[code] as number;
  return code === 0x2019 || code === 0x2018 ? APOSTROPHE : OTHER;
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
 * Splits text into normalized words: lower-cased, apostrophes dropped ("don't" → "dont"), leetspeak
 * digits read as letters; a run of four or more one-letter words is also read joined ("s u i c i d e" gives
 * "suicide", then the letters).
 */
export function tokenizeForTriage(text: string): TriageTokens {
  const lower = text.toLowerCase();
  const words: string[] = [];
  // Every word takes at least two characters but joined runs add one word per four letters: length + 1 bounds it.
  const breakBefore = new Uint8Array(text.length + 1);
  const at = new Int32Array(text.length + 1);
  let inWord = false;
  let wordStart = 0;
  let segment = -1;
  let word = '';
  let pendingBreak = false;
  // What the current word needs: leetspeak reading (letters and digits mixed), run collapsing.
  let hasLetter = false;
  let hasDigit = false;
  let tripled = false;
  let prev1 = -1;
  let prev2 = -1;
  // A run of one-letter words waiting to be joined or emitted.
  let run = '';
  let runAt = 0;
  let runBreak = false;
  // The joined word goes before the letters, which stay: "a b c i recommend" still has "i recommend".
  const flushRun = () => {
    if (run.length >= 4 && run.length <= MAX_JOINED_LETTERS) push(run, runBreak, runAt);
    for (let k = 0; k < run.length; k += 1) push(run[k] as string, k === 0 && runBreak, runAt + 2 * k);
    run = '';
  };
  const push = (w: string, brk: boolean, offset: number) => {
    breakBefore[words.length] = brk ? 1 : 0;
    at[words.length] = offset;
    words.push(w);
  };
  for (let i = 0; i <= lower.length; i += 1) {
    const code = i < lower.length ? lower.charCodeAt(i) : 32;
    const cls = charClass(code);
    if (cls === LETTER || cls === DIGIT) {
      if (segment < 0) segment = i;
      if (!inWord) {
        wordStart = i;
        hasLetter = false;
        hasDigit = false;
        tripled = false;
        prev1 = -1;
        prev2 = -1;
      }
      inWord = true;
      if (cls === DIGIT) hasDigit = true;
      else hasLetter = true;
      if (code === prev1 && code === prev2) tripled = true;
      prev2 = prev1;
      prev1 = code;
    } else if (inWord && cls === APOSTROPHE) {
      if (segment >= 0) word += lower.slice(segment, i);
      segment = -1;
    } else {
      if (inWord) {
        word = segment >= 0 ? word + lower.slice(segment, i) : word;
        // Only words that start with a letter: "3pm", "10am", "2nd" stay as written.
        const leet = hasLetter && hasDigit && lower.charCodeAt(wordStart) >= 97;
        if (leet || tripled) word = normalizeWord(word, leet);
        if (word.length === 1 && !(pendingBreak && run.length > 0) && run.length <= MAX_JOINED_LETTERS) {
          if (run.length === 0) {
            runAt = wordStart;
            runBreak = pendingBreak;
          }
          run += word;
        } else {
          if (run.length > 0) flushRun();
          if (word.length === 1) {
            runAt = wordStart;
            runBreak = pendingBreak;
            run = word;
          } else push(word, pendingBreak, wordStart);
        }
        pendingBreak = false;
        word = '';
        segment = -1;
        inWord = false;
      }
      if (cls === BREAK) pendingBreak = true;
    }
  }
  if (run.length > 0) flushRun();
  return { words, breakBefore: breakBefore.subarray(0, words.length), at: at.subarray(0, words.length) };
}
