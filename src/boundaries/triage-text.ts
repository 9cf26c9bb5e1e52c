// Tokenizer for message triage: one left-to-right pass, no regexes, so time is linear in the text read.

/** A word of a message, normalized, with whether a clause break (punctuation, newline) came before it. */
export interface TriageToken {
  readonly word: string;
  readonly breakBefore: boolean;
  /** Offset of the word's first character in the text. */
  readonly at: number;
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
function normalizeWord(raw: string): string {
  let hasLetter = false;
  let hasDigit = false;
  let tripled = false;
  for (let i = 0; i < raw.length; i += 1) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) hasDigit = true;
    else hasLetter = true;
    if (i >= 2 && c === raw.charCodeAt(i - 1) && c === raw.charCodeAt(i - 2)) tripled = true;
  }
  const leet = hasLetter && hasDigit;
  if (!leet && !tripled) return raw;
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
 * digits read as letters, runs of single letters joined ("s u i c i d e" → "suicide").
 */
export function tokenizeForTriage(text: string): TriageToken[] {
  const lower = text.toLowerCase();
  const tokens: TriageToken[] = [];
  let inWord = false;
  let wordStart = 0;
  let segment = -1;
  let word = '';
  let pendingBreak = false;
  for (let i = 0; i <= lower.length; i += 1) {
    const code = i < lower.length ? lower.charCodeAt(i) : 32;
    if (isWordChar(code)) {
      if (segment < 0) segment = i;
      if (!inWord) wordStart = i;
      inWord = true;
    } else if (inWord && isApostrophe(code)) {
      if (segment >= 0) word += lower.slice(segment, i);
      segment = -1;
    } else {
      if (inWord) {
        if (segment >= 0) word += lower.slice(segment, i);
        tokens.push({ word: normalizeWord(word), breakBefore: pendingBreak, at: wordStart });
        pendingBreak = false;
        word = '';
        segment = -1;
        inWord = false;
      }
      if (isBreak(code)) pendingBreak = true;
    }
  }
  return joinSpacedLetters(tokens);
}

/** Joins runs of four or more one-letter words, the classic way to spell a word past a filter. */
function joinSpacedLetters(tokens: TriageToken[]): TriageToken[] {
  const out: TriageToken[] = [];
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    while (
      j < tokens.length &&
      (tokens[j] as TriageToken).word.length === 1 &&
      (j === i || !(tokens[j] as TriageToken).breakBefore)
    ) {
      j += 1;
    }
    if (j - i >= 4) {
      let joined = '';
      for (let k = i; k < j; k += 1) joined += (tokens[k] as TriageToken).word;
      out.push({
        word: joined,
        breakBefore: (tokens[i] as TriageToken).breakBefore,
        at: (tokens[i] as TriageToken).at,
      });
      i = j;
    } else {
      out.push(tokens[i] as TriageToken);
      i += 1;
    }
  }
  return out;
}
