// The triage phrase trie recompiled for a reader that names words by automaton state instead of by string:
// exact edges keyed by a word's state, prefix edges by the longest stem a word starts with.

import { newSlots, placeChildren } from './double-array.js';
import type { PhraseTrie, PhraseTrieNode } from './phrase-trie.js';
import { FILLER, FILLER_WORDS, NEGATOR, NEGATOR_WORDS } from './triage-negation.js';
import { buildWordAutomaton, START_STATE, stepState, type WordAutomaton } from './word-automaton.js';

/** A compiled triage phrase table. Node 0 is the root; treat every array as read-only. */
export interface TriageMatcher<T> {
  /** Every word and stem of the table, and the negation words. */
  readonly words: WordAutomaton;
  /** 1 where a state ends a word that is read as itself (no fuzzy reading): its reading needs no string. */
  readonly readsAsItself: Uint8Array;
  /** Each state's part in a negation (see triage-negation.ts). */
  readonly negation: Uint8Array;
  /** 1 for a node no phrase goes on from. */
  readonly leaf: Uint8Array;
  /**
   * The terms of the phrases ending at each node, node after node: node n's are at `termStart[n]` up to
   * `termStart[n + 1]` (none at the root, which no phrase reaches).
   */
  readonly terms: readonly T[];
  readonly termStart: Int32Array;
  /**
   * Exact edges as a double array (double-array.ts): a node's child by word state sits at slot
   * `exactBase[node] + state` when `exactCheck` there is the node; `exactChild` names it.
   */
  readonly exactBase: Int32Array;
  readonly exactCheck: Int32Array;
  readonly exactChild: Int32Array;
  /** Per node: its children by the state of the longest stem a word starts with, in table order. */
  readonly prefix: readonly (ReadonlyMap<number, readonly number[]> | undefined)[];
  /** The root's child by word state, or -1: most words start no phrase, and this says so in one lookup. */
  readonly rootWord: Int32Array;
  /** 1 where a stem state has children at the root. */
  readonly rootStem: Uint8Array;
  /**
   * 1 at the state of the first three letters of a word or stem that starts a phrase: a word's first three
   * letters are a phrase start's ({@link rootKey} in rootHeads) exactly when they lead to such a state.
   */
  readonly rootHead: Uint8Array;
}

/** Options for {@link compileTriageMatcher}. */
export interface TriageMatcherOptions {
  /** Words to know besides the table's and the negation words (words often read as a fuzzy word). */
  readonly moreWords: readonly string[];
  /** How a word is read (its fuzzy reading, see canonicalWord). */
  readonly readingOf: (word: string) => string;
}

/** Compiles a phrase trie: a word leads from a node to the same children as in the trie, in the same order. */
export function compileTriageMatcher<T>(
  trie: PhraseTrie<T>,
  options: TriageMatcherOptions,
): TriageMatcher<T> {
  const nodes: PhraseTrieNode<T>[] = [trie.root];
  const stems = new Set<string>();
  for (let k = 0; k < nodes.length; k += 1) {
    const node = nodes[k] as PhraseTrieNode<T>;
    const children = [...node.exact.values()];
    for (const edges of node.prefix.values()) {
      for (const edge of edges) {
        stems.add(edge.stem);
        children.push(edge.node);
      }
    }
    nodes.push(...children);
  }
  const known = [...trie.vocabulary, ...NEGATOR_WORDS, ...FILLER_WORDS, ...options.moreWords];
  const words = buildWordAutomaton(known, stems);
  const stateOf = (word: string) => {
    let state = START_STATE;
    for (let k = 0; k < word.length; k += 1) state = stepState(words, state, word.charCodeAt(k));
    return state;
  };
  const size = words.wordAt.length;
  const readsAsItself = new Uint8Array(size);
  for (const word of known) if (options.readingOf(word) === word) readsAsItself[stateOf(word)] = 1;
  const negation = new Uint8Array(size);
  for (const word of FILLER_WORDS) negation[stateOf(word)] = FILLER;
  for (const word of NEGATOR_WORDS) negation[stateOf(word)] = NEGATOR;
  // For each stem, the longer stems that start with it: a word whose longest stem is one of those
  // also starts with this one.
  const extending = new Map<number, number[]>();
  for (const stem of stems) {
    const longest = stateOf(stem);
    let state = START_STATE;
    for (let k = 0; k < stem.length; k += 1) {
      state = stepState(words, state, stem.charCodeAt(k));
      if (words.stemAt[state] === state) pushTo(extending, state, longest);
    }
  }
  const index = new Map<PhraseTrieNode<T>, number>(nodes.map((node, k) => [node, k]));
  const idOf = (node: PhraseTrieNode<T>) => index.get(node) as number;
  const prefix = nodes.map((node) => {
    if (node.prefix.size === 0) return undefined;
    const byStem = new Map<number, number[]>();
    for (const edges of node.prefix.values()) {
      for (const edge of edges) {
        for (const longest of extending.get(stateOf(edge.stem)) ?? []) {
          pushTo(byStem, longest, idOf(edge.node));
        }
      }
    }
    return byStem;
  });
  const rootWord = new Int32Array(size).fill(-1);
  for (const [word, child] of trie.root.exact) rootWord[stateOf(word)] = idOf(child);
  const rootStem = new Uint8Array(size);
  for (const stem of prefix[0]?.keys() ?? []) rootStem[stem] = 1;
  const rootHead = new Uint8Array(size);
  for (const word of [
    ...trie.root.exact.keys(),
    ...[...trie.root.prefix.values()].flat().map((e) => e.stem),
  ]) {
    if (word.length >= 3) rootHead[stateOf(word.slice(0, 3))] = 1;
  }
  return {
    words,
    readsAsItself,
    negation,
    leaf: Uint8Array.from(nodes, (node) => (node.exact.size === 0 && node.prefix.size === 0 ? 1 : 0)),
    terms: nodes.flatMap((node, k) => (k === 0 ? [] : node.terms)),
    termStart: termOffsets(nodes),
    ...exactEdges(nodes, stateOf, idOf, size),
    prefix,
    rootWord,
    rootStem,
    rootHead,
  };
}

function exactEdges<T>(
  nodes: readonly PhraseTrieNode<T>[],
  stateOf: (word: string) => number,
  idOf: (node: PhraseTrieNode<T>) => number,
  stateCount: number,
): Pick<TriageMatcher<T>, 'exactBase' | 'exactCheck' | 'exactChild'> {
  const slots = newSlots(0);
  const exactBase = new Int32Array(nodes.length);
  const children: number[] = [];
  nodes.forEach((node, id) => {
    if (node.exact.size === 0) return;
    const edges = [...node.exact].map(([word, child]) => [stateOf(word), idOf(child)] as const);
    edges.sort((a, b) => a[0] - b[0]);
    const base = placeChildren(
      slots,
      id,
      edges.map(([state]) => state),
      stateCount,
    );
    exactBase[id] = base;
    for (const [state, child] of edges) children[base + state] = child;
  });
  const exactChild = new Int32Array(slots.check.length).fill(-1);
  children.forEach((child, slot) => {
    exactChild[slot] = child;
  });
  return { exactBase, exactCheck: slots.check, exactChild };
}

// Where each node's terms start in the flat list (the root's are left out).
function termOffsets<T>(nodes: readonly PhraseTrieNode<T>[]): Int32Array {
  const starts = new Int32Array(nodes.length + 1);
  for (let n = 1; n < nodes.length; n += 1) {
    starts[n + 1] = (starts[n] as number) + (nodes[n] as PhraseTrieNode<T>).terms.length;
  }
  return starts;
}

function pushTo(lists: Map<number, number[]>, key: number, value: number): void {
  const list = lists.get(key);
  if (list === undefined) lists.set(key, [value]);
  else list.push(value);
}
