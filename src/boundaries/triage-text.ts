// Tokenizer for message triage: one left-to-right pass, no regexes, so time is linear in the text read.

/** The words of a text, normalized, as parallel arrays (cheap to build for a megabyte of text). */
export interface TriageTokens {
  readonly words: string[];
  /** Whether a clause break (. ! ? ; : , or a newline) came before each word. */
  readonly breakBefore: boolean[];
  /** Offset of each word's first character in the text. */
  readonly at: number[];
}

// Digits read as letters inside words with letters ("su1c1de", "k1ll"): a cheap way to hide words.
const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };

function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || // a-z (text is lower-cased first)
    (code >= 48 && code <= 57) || // 0-9
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) // Latin letters with accents
  );
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x2018 || code === 0x60;
}

function isBreak(code: number): boolean {
  // . ! ? ; : , newline
  return (
    code === 46 || code === 33 || code === 63 || code === 59 || code === 58 || code === 44 || code === 10
  );
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
  const out: TriageTokens = { words: [], breakBefore: [], at: [] };
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
    if (run.length >= 4) push(run, runBreak, runAt);
    for (let k = 0; k < run.length; k += 1) push(run[k] as string, k === 0 && runBreak, runAt + 2 * k);
    run = '';
  };
  const push = (w: string, brk: boolean, at: number) => {
    out.words.push(w);
    out.breakBefore.push(brk);
    out.at.push(at);
  };
  for (let i = 0; i <= lower.length; i += 1) {
    const code = i < lower.length ? lower.charCodeAt(i) : 32;
    if (isWordChar(code)) {
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
      if (code <= 57) hasDigit = true;
      else hasLetter = true;
      if (code === prev1 && code === prev2) tripled = true;
      prev2 = prev1;
      prev1 = code;
    } else if (inWord && isApostrophe(code)) {
      if (segment >= 0) word += lower.slice(segment, i);
      segment = -1;
    } else {
      if (inWord) {
        word = segment >= 0 ? word + lower.slice(segment, i) : word;
        // Only words that start with a letter: "3pm", "10am", "2nd" stay as written.
        const leet = hasLetter && hasDigit && lower.charCodeAt(wordStart) >= 97;
        if (leet || tripled) word = normalizeWord(word, leet);
        if (word.length === 1 && !(pendingBreak && run.length > 0)) {
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
      if (isBreak(code)) pendingBreak = true;
    }
  }
  if (run.length > 0) flushRun();
  return out;
}
