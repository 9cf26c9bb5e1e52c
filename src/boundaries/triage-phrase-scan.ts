// Phrase matching over the stream of words the reader gives, as they come: each word extends the partial
// matches still open and may start new ones, and whether a phrase is a negated mention is known when its
// first word arrives. Nothing is looked up twice and no word is kept once it has been read.
import type { TriageMatcher } from './triage-matcher.js';
import {
  FILLER as FILLER_WORD,
  NEGATOR as NEGATOR_WORD,
  NEGATION_WINDOW as WINDOW,
} from './triage-negation.js';
import type { CompiledTerm } from './triage-rules.js';
import type { TriageWordSink } from './triage-word-reader.js';

// Module-local copies: a test runner may turn an imported name into a property read (see the reader).
const FILLER = FILLER_WORD;
const NEGATOR = NEGATOR_WORD;
const NEGATION_WINDOW = WINDOW;
// Farther than any negation reaches.
const FAR = NEGATION_WINDOW + 1;

/** The phrases a message matched. */
export interface TriageHits {
  /** Administrative and clinical terms matched where every class is read, ... */
  readonly terms: CompiledTerm[];
  /** ... and their weights added up by class (`classIndex`): a repeat adds its weight again. */
  readonly scores: number[];
  /** Crisis terms matched, ... */
  readonly crisis: CompiledTerm[];
  /** ... and whether each was a negated mention. */
  readonly negated: boolean[];
}

/** Nothing found yet. */
export function noHits(): TriageHits {
  return { terms: [], scores: [0, 0, 0, 0, 0, 0], crisis: [], negated: [] };
}

/**
 * Finds phrases in one stretch of text, word by word; phrases whose first word starts at offset
 * `readUntil` or later count only if they are crisis phrases.
 */
export class PhraseScan implements TriageWordSink {
  // Open partial matches, three numbers each: the node reached, the offset of the first word, and 1 if
  // the phrase is a negated mention. Two lists, swapped after each word.
  private open: number[] = [];
  private openLength = 0;
  private spare: number[] = [];
  // How many words back the nearest negator is that only filler words (and no clause break) separate
  // from the next word; FAR if none.
  private negatorDistance = FAR;

  constructor(
    private readonly matcher: TriageMatcher<CompiledTerm>,
    private readonly hits: TriageHits,
    private readonly readUntil: number,
  ) {}

  word(wordState: number, stemState: number, breakBefore: number, at: number): void {
    const matcher = this.matcher;
    const open = this.open;
    const next = this.spare;
    let length = 0;
    for (let k = 0; k < this.openLength; k += 3) {
      length = this.extend(
        open[k] as number,
        wordState,
        stemState,
        open[k + 1] as number,
        open[k + 2] as number,
        next,
        length,
      );
    }
    // A phrase starting here is negated when a negator comes before it in the same clause.
    const negated = breakBefore === 0 && this.negatorDistance <= NEGATION_WINDOW ? 1 : 0;
    length = this.extend(0, wordState, stemState, at, negated, next, length);
    if (length > 0 || this.openLength > 0) {
      this.spare = open;
      this.open = next;
      this.openLength = length;
    }
    const part = matcher.negation[wordState];
    if (part === NEGATOR) this.negatorDistance = 1;
    else if (part === FILLER && breakBefore === 0)
      this.negatorDistance = Math.min(FAR, this.negatorDistance + 1);
    else this.negatorDistance = FAR;
  }

  // Follows the word from `node` (exact edge first, then prefix edges, in table order), reports the
  // phrases that end there, and keeps the nodes a longer phrase can go on from.
  private extend(
    node: number,
    wordState: number,
    stemState: number,
    at: number,
    negated: number,
    next: number[],
    length: number,
  ): number {
    const matcher = this.matcher;
    let child = -1;
    if (node === 0) child = matcher.rootWord[wordState] as number;
    else {
      const edge = (matcher.exactBase[node] as number) + wordState;
      if (matcher.exactCheck[edge] === node) child = matcher.exactChild[edge] as number;
    }
    let out = length;
    if (child >= 0) out = this.enter(child, at, negated, next, out);
    if (stemState !== 0 && (node !== 0 || matcher.rootStem[stemState] === 1)) {
      const children = matcher.prefix[node]?.get(stemState);
      if (children !== undefined) for (const c of children) out = this.enter(c, at, negated, next, out);
    }
    return out;
  }

  private enter(node: number, at: number, negated: number, next: number[], length: number): number {
    const matcher = this.matcher;
    const end = matcher.termStart[node + 1] as number;
    for (let k = matcher.termStart[node] as number; k < end; k += 1) {
      this.found(matcher.terms[k] as CompiledTerm, at, negated === 1);
    }
    if (matcher.leaf[node] === 1) return length;
    next[length] = node;
    next[length + 1] = at;
    next[length + 2] = negated;
    return length + 3;
  }

  private found(term: CompiledTerm, at: number, negated: boolean): void {
    if (term.crisisKind !== null) {
      this.hits.crisis.push(term);
      this.hits.negated.push(negated);
    } else if (at < this.readUntil) {
      const hits = this.hits;
      hits.terms.push(term);
      hits.scores[term.classIndex] = (hits.scores[term.classIndex] as number) + term.weight;
    }
  }
}
