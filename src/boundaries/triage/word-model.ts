// The word model: a second reader for the crises the tables miss. The tables read what they were written for
// and nothing else; on every set of messages written after them they missed 5-10 % of crises (once 19 %), each
// in words of its own. The word model weighs the words of a message together instead: every word and every pair of
// words it knows carries a weight learned from the labelled tuning sets (never the frozen set), and a message
// whose weights add up past a threshold reads like the crises it was fit on.
//
// It can only raise. It is asked about every message the tables do not read as a crisis, and its weights are
// never negative, so more text never lowers a score: appending an administrative request to a crisis cannot
// hide it. The weights are data (word-weights.ts), written by scripts/fit-word-model.mjs; the threshold is the
// score at and above which 1.5 % of the tuning sets' clinical and administrative messages fall. Measured on sets
// written after it was fit, it sent about 4 % more clinical messages on call and 0.3 % of administrative ones
// (docs/boundaries.md, "The word model").
import type { ReadText } from './text-reader.js';
import { foldAccents } from './word-form.js';
import { WORD_MODEL } from './word-weights.js';

/** What the word model read in a message. */
export interface WordWeighing {
  /** The message's score in thousandths: the model's bias plus the weights of the words and pairs it knows. */
  readonly score: number;
  /** The score at and above which a message reads like a crisis. */
  readonly threshold: number;
  /** How many of the model's words and pairs the message holds (each once), up to where the score crossed. */
  readonly weighed: number;
}

/** The model's weights, parsed from word-weights.ts at first use: a word's weight, and a pair's by its first word. */
interface Weights {
  readonly words: ReadonlyMap<string, number>;
  readonly pairs: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

let parsed: Weights | null = null;

function weights(): Weights {
  if (parsed !== null) return parsed;
  const words = new Map<string, number>();
  const pairs = new Map<string, Map<string, number>>();
  for (const line of WORD_MODEL.weights.split('\n')) {
    const parts = line.split(' ');
    const weight = Number(parts[parts.length - 1]);
    const first = parts[0] as string;
    if (parts.length === 2) {
      words.set(first, weight);
    } else {
      const after = pairs.get(first) ?? new Map<string, number>();
      after.set(parts[1] as string, weight);
      pairs.set(first, after);
    }
  }
  parsed = { words, pairs };
  return parsed;
}

/**
 * The words the model reads in a message: the reader's words (lower-cased, apostrophes dropped) with accents
 * folded, in order, and `null` for a word the tables explain (an ordinary sense, an everyday reason: "took a
 * stab at it", "I'm moving to Ohio"), which it never weighs. The fitting script reads its messages with it.
 */
export function modelWords(read: ReadText, explained: Uint8Array): (string | null)[] {
  return read.words.map((word, i) => (explained[i] === 1 ? null : foldAccents(word)));
}

/**
 * Weighs a message's words: the bias plus the weight of every word and every pair of adjacent words the model
 * knows, each counted once, leaving out the words the tables explain (`explained`, 1 for such a word). Stops
 * adding once the score reaches the threshold (the weights are never negative, so nothing after could bring it
 * back under).
 */
export function weighWords(read: ReadText, explained: Uint8Array): WordWeighing {
  const { words, pairs } = weights();
  const threshold = WORD_MODEL.threshold;
  const seen = new Set<string>();
  let score = WORD_MODEL.bias;
  let previous = '';
  for (let i = 0; i < read.words.length && score < threshold; i += 1) {
    if (explained[i] === 1) {
      previous = '';
      continue;
    }
    const word = foldAccents(read.words[i] as string);
    const alone = words.get(word);
    if (alone !== undefined && !seen.has(word)) {
      seen.add(word);
      score += alone;
    }
    const pair = pairs.get(previous)?.get(word);
    if (pair !== undefined) {
      const key = `${previous} ${word}`;
      if (!seen.has(key)) {
        seen.add(key);
        score += pair;
      }
    }
    previous = word;
  }
  return { score, threshold, weighed: seen.size };
}
