// The message reader for triage: one pass over the text's character codes that finds the words
// tokenizeForTriage finds (triage-text.ts, the reference) and names each by its state in the rules' word
// automaton, so no string is built for a word unless a fuzzy reading may apply to it.
import { RECASED as RECASED_CLASS, type TriageCharTables, triageCharTables } from './triage-char-classes.js';
import {
  type CompiledTriageRules,
  canonicalWord,
  letterBit as letterBitOf,
  mayBeMisspelling as mayBeMisspellingOf,
  rootKey,
  type WordEntry,
  wordHead,
} from './triage-rules.js';
import {
  APOSTROPHE as APOSTROPHE_CLASS,
  BREAK as BREAK_CLASS,
  CLASS_TABLE_SIZE,
  DIGIT as DIGIT_CLASS,
  MAX_JOINED_LETTERS as MAX_JOINED,
  readTriageWord,
} from './triage-text.js';
import {
  DEAD_STATE as DEAD,
  START_STATE as START,
  stemStateOf,
  stepState as step,
  wordStateOf,
} from './word-automaton.js';

// Module-local copies of what the loop reads per character: a test runner or bundler may turn an imported
// name into a property read (vitest does), which costs more than the work it names.
const RECASED = RECASED_CLASS;
const APOSTROPHE = APOSTROPHE_CLASS;
const BREAK = BREAK_CLASS;
const DIGIT = DIGIT_CLASS;
const MAX_JOINED_LETTERS = MAX_JOINED;
const DEAD_STATE = DEAD;
const START_STATE = START;
// letterBit of each code a word may hold, looked up rather than worked out.
const LETTER_BITS = Int32Array.from({ length: CLASS_TABLE_SIZE }, (_, code) => letterBitOf(code));
const mayBeMisspelling = mayBeMisspellingOf;
const stepState = step;

/** Receives the words of a text, in order. */
export interface TriageWordSink {
  /**
   * One word: the state of its reading as a table word (0 if it is none), the state of the longest table
   * stem it starts with (0 if none), 1 when a clause break came before it, and where it starts.
   */
  word(wordState: number, stemState: number, breakBefore: number, at: number): void;
}

// Words memoized per compiled rule set: enough for a practice's vocabulary, bounded against junk text.
const WORD_MEMO_LIMIT = 50_000;

/**
 * Reads `text` from `from` to `to` and gives each word to `sink`, its offset moved by `shift`. Stops and
 * returns false at a code unit that lower-cases to more than the class table can say (İ, the Kelvin sign):
 * the caller then reads a lower-cased copy, as the reference does.
 */
export function readTriageWords(
  text: string,
  from: number,
  to: number,
  shift: number,
  rules: CompiledTriageRules,
  sink: TriageWordSink,
): boolean {
  const chars = triageCharTables();
  const { loweredClass, letterCode, leetCode } = chars;
  const { base, check, symbols, wordAt, stemAt } = rules.matcher.words;
  const { readsAsItself, rootHead } = rules.matcher;
  const fuzzyHeadPairs = rules.fuzzyHeadPairs;
  let pendingBreak = 0;
  // One-letter words waiting to be joined ("s u i c i d e"), as character codes.
  const run: number[] = [];
  let runLength = 0;
  let runAt = 0;
  let runBreak = 0;
  let i = from;
  while (i < to) {
    let code = text.charCodeAt(i);
    // The lower-cased letter, or 0 for a digit, an apostrophe or anything else.
    let letter = letterCode[code] as number;
    if (letter === 0) {
      const cls = loweredClass[code] as number;
      if (cls !== DIGIT) {
        if (cls === BREAK) pendingBreak = 1;
        else if (cls === RECASED) return false;
        i += 1;
        continue;
      }
    }
    // A word: letters and digits, with apostrophes inside it. Its reading is built as it is read: digits
    // as letters when it starts with a letter, a third equal letter in a row dropped, apostrophes dropped.
    const start = i;
    const leetable = letter !== 0;
    let digits = !leetable;
    if (!leetable) letter = code;
    let state = START_STATE;
    // The last live state, once the word has left the automaton; its first three letters' state.
    let live = START_STATE;
    let head = DEAD_STATE;
    let length = 0;
    let key = 0;
    // The last two characters kept: a third equal one is dropped.
    let last = -1;
    let beforeLast = -1;
    let apostrophe = false;
    let collapsed = false;
    for (;;) {
      // Here `letter` is the reading of the character at i.
      if (letter === last && letter === beforeLast) collapsed = true;
      else {
        beforeLast = last;
        last = letter;
        if (state !== DEAD_STATE) {
          const next = (base[state] as number) + (symbols[letter] as number);
          if (check[next] === state) state = next;
          else {
            live = state;
            state = DEAD_STATE;
          }
        }
        if (length < 3) {
          key |= letter << (20 - 10 * length);
          if (length === 2) head = state;
        }
        length += 1;
      }
      i += 1;
      if (i >= to) break;
      code = text.charCodeAt(i);
      letter = letterCode[code] as number;
      if (letter !== 0) continue;
      if (isApostropheInWord(chars, text, i, to)) {
        // Dropped; the word reads on from the letter or digit after it.
        apostrophe = true;
        i += 1;
        code = text.charCodeAt(i);
        letter = letterCode[code] as number;
        if (letter !== 0) continue;
      } else if ((loweredClass[code] as number) !== DIGIT) break;
      digits = true;
      letter = leetable ? (leetCode[code] as number) : code;
    }
    let wordState = wordAt[state] as number;
    let stemState = stemAt[state === DEAD_STATE ? live : state] as number;
    if (apostrophe && collapsed && !(leetable && digits)) {
      // The reference collapses letters only in a word with a digit or with three equal characters in a
      // row as written, and "aa'a" has neither: read this rare word as a string.
      const reading = readTriageWord(text.slice(start, i).toLowerCase());
      const entry = entryOf(reading, rules);
      wordState = entry.word;
      stemState = entry.stem;
      length = reading.length;
    } else if (
      length >= 6 &&
      length <= 11 &&
      readsAsItself[wordState] === 0 &&
      (rootHead[head] === 1 || isFuzzyHead(fuzzyHeadPairs, key)) &&
      mayBeMisspelling(lettersOf(chars, text, start, i, leetable))
    ) {
      // It may be a misspelling of a fuzzy word (see canonicalWord): read it as a string.
      const entry = fuzzyEntryOf(readTriageWord(text.slice(start, i).toLowerCase()), rules);
      wordState = entry.word;
      stemState = entry.stem;
    }
    if (length === 1 && (runLength === 0 || pendingBreak === 0) && runLength <= MAX_JOINED_LETTERS) {
      if (runLength === 0) {
        runAt = start + shift;
        runBreak = pendingBreak;
      }
      run[runLength++] = key >> 20;
    } else {
      if (runLength > 0) flushRun(run, runLength, runAt, runBreak, rules, sink);
      runLength = 0;
      if (length === 1) {
        runAt = start + shift;
        runBreak = pendingBreak;
        run[runLength++] = key >> 20;
      } else sink.word(wordState, stemState, pendingBreak, start + shift);
    }
    pendingBreak = 0;
  }
  if (runLength > 0) flushRun(run, runLength, runAt, runBreak, rules, sink);
  return true;
}

// The joined word goes before the letters, which stay: "a b c i recommend" still has "i recommend".
function flushRun(
  run: readonly number[],
  length: number,
  runAt: number,
  runBreak: number,
  rules: CompiledTriageRules,
  sink: TriageWordSink,
): void {
  const automaton = rules.matcher.words;
  if (length >= 4 && length <= MAX_JOINED_LETTERS) {
    const entry = entryOf(String.fromCharCode(...run.slice(0, length)), rules);
    sink.word(entry.word, entry.stem, runBreak, runAt);
  }
  for (let k = 0; k < length; k += 1) {
    const state = stepState(automaton, START_STATE, run[k] as number);
    sink.word(
      automaton.wordAt[state] as number,
      automaton.stemAt[state] as number,
      k === 0 ? runBreak : 0,
      runAt + 2 * k,
    );
  }
}

// Whether a word's first two letters (of its key, see rootKey) may start a misspelled fuzzy word.
function isFuzzyHead(pairs: Uint8Array, key: number): boolean {
  const first = key >> 20;
  const second = (key >> 10) & 1023;
  return first < 128 && second < 128 && pairs[first * 128 + second] === 1;
}

// Whether the character at i is an apostrophe inside a word: one followed by a letter or digit.
function isApostropheInWord(chars: TriageCharTables, text: string, i: number, to: number): boolean {
  if (chars.loweredClass[text.charCodeAt(i)] !== APOSTROPHE || i + 1 >= to) return false;
  const code = text.charCodeAt(i + 1);
  return chars.letterCode[code] !== 0 || chars.loweredClass[code] === DIGIT;
}

// The letter set (see letterBit) of the word text[start, end) as read.
function lettersOf(
  chars: TriageCharTables,
  text: string,
  start: number,
  end: number,
  leetable: boolean,
): number {
  let letters = 0;
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    const letter = chars.letterCode[code] as number;
    if (letter !== 0) letters |= LETTER_BITS[letter] as number;
    else if ((chars.loweredClass[code] as number) === DIGIT) {
      letters |= LETTER_BITS[leetable ? (chars.leetCode[code] as number) : code] as number;
    }
  }
  return letters;
}

/** How a word read as a string enters the tables: the fuzzy reading where its first letters allow one. */
export function entryOf(word: string, rules: CompiledTriageRules): WordEntry {
  const maybeFuzzy = word.length >= 6 && word.length <= 12 && rules.fuzzyHeads.has(wordHead(word));
  if (rules.rootHeads.has(rootKey(word)) || maybeFuzzy) return fuzzyEntryOf(word, rules);
  return entryOfReading(word, rules);
}

// Memoized per distinct word: a repeated word costs one lookup.
function fuzzyEntryOf(word: string, rules: CompiledTriageRules): WordEntry {
  const memo = rules.wordMemo;
  let entry = memo.get(word);
  if (entry === undefined) {
    entry = entryOfReading(canonicalWord(word, rules), rules);
    if (memo.size < WORD_MEMO_LIMIT) memo.set(word, entry);
  }
  return entry;
}

function entryOfReading(reading: string, rules: CompiledTriageRules): WordEntry {
  const automaton = rules.matcher.words;
  return { word: wordStateOf(automaton, reading), stem: stemStateOf(automaton, reading) };
}
