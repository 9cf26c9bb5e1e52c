// A word trie for phrase tables: each message word is visited at most once per phrase depth (≤ 8),
// so matching is linear in the number of words, whatever the table or the text.
import { tokenizeForTriage } from './triage-text.js';

/** The most words a table phrase may have. */
export const MAX_PHRASE_WORDS = 8;

/** One word of a phrase: exact, or a prefix (`word*`). */
export interface PhraseWord {
  readonly word: string;
  readonly prefix: boolean;
}

/** A node of a phrase trie. */
export interface PhraseTrieNode<T> {
  readonly exact: Map<string, PhraseTrieNode<T>>;
  /** Prefix edges grouped by their first three letters, so a word costs one lookup, not one per stem. */
  readonly prefix: Map<string, { readonly stem: string; readonly node: PhraseTrieNode<T> }[]>;
  readonly terms: T[];
}

/** A compiled phrase table. */
export interface PhraseTrie<T> {
  readonly root: PhraseTrieNode<T>;
  /** Every exact word of the table. */
  readonly vocabulary: ReadonlySet<string>;
}

/** Splits a phrase into normalized words, or null when a prefix word has fewer than three letters. */
export function parsePhrase(text: string): PhraseWord[] | null {
  const out: PhraseWord[] = [];
  for (const part of text.split(' ')) {
    if (part.length === 0) continue;
    const prefix = part.endsWith('*');
    const words = tokenizeForTriage(prefix ? part.slice(0, -1) : part).words;
    const last = words[words.length - 1];
    if (prefix && (last === undefined || last.length < 3)) return null;
    words.forEach((word, i) => {
      out.push({ word, prefix: prefix && i === words.length - 1 });
    });
  }
  return out;
}

/** Whether a phrase is usable in a table: one to eight words, prefixes of three letters or more. */
export function isValidPhrase(text: string): boolean {
  const words = parsePhrase(text);
  return words !== null && words.length >= 1 && words.length <= MAX_PHRASE_WORDS;
}

function newNode<T>(): PhraseTrieNode<T> {
  return { exact: new Map(), prefix: new Map(), terms: [] };
}

function exactChild<T>(node: PhraseTrieNode<T>, word: string): PhraseTrieNode<T> {
  let next = node.exact.get(word);
  if (next === undefined) {
    next = newNode<T>();
    node.exact.set(word, next);
  }
  return next;
}

function prefixChild<T>(node: PhraseTrieNode<T>, stem: string): PhraseTrieNode<T> {
  const head = stem.slice(0, 3);
  let edges = node.prefix.get(head);
  if (edges === undefined) {
    edges = [];
    node.prefix.set(head, edges);
  }
  let edge = edges.find((e) => e.stem === stem);
  if (edge === undefined) {
    edge = { stem, node: newNode<T>() };
    edges.push(edge);
  }
  return edge.node;
}

/** Builds a trie from phrases (already validated) and the term each one stands for. */
export function buildPhraseTrie<T>(
  entries: readonly { readonly phrase: string; readonly term: T }[],
): PhraseTrie<T> {
  const root = newNode<T>();
  const vocabulary = new Set<string>();
  for (const entry of entries) {
    let node = root;
    for (const { word, prefix } of parsePhrase(entry.phrase) ?? []) {
      node = prefix ? prefixChild(node, word) : exactChild(node, word);
      if (!prefix) vocabulary.add(word);
    }
    node.terms.push(entry.term);
  }
  return { root, vocabulary };
}

const NO_NODES: readonly never[] = [];

/**
 * The nodes a word leads to from a node: its exact edge and every prefix edge it starts with. At the root,
 * callers memoize this per distinct word, so a repeated word costs one lookup.
 */
export function edgesFor<T>(node: PhraseTrieNode<T>, word: string): readonly PhraseTrieNode<T>[] {
  const exact = node.exact.get(word);
  const prefixed = node.prefix.size === 0 || word.length < 3 ? undefined : node.prefix.get(word.slice(0, 3));
  if (prefixed === undefined) return exact === undefined ? NO_NODES : [exact];
  const out: PhraseTrieNode<T>[] = exact === undefined ? [] : [exact];
  for (const edge of prefixed) if (word.startsWith(edge.stem)) out.push(edge.node);
  return out;
}

/**
 * Calls `onMatch(term, start)` for every phrase found starting at word `start`, given the nodes the first
 * word leads to. Depth is bounded by the longest phrase, so the cost per word is bounded too.
 */
export function matchPhrasesAt<T>(
  words: readonly string[],
  start: number,
  firstNodes: readonly PhraseTrieNode<T>[],
  onMatch: (term: T, start: number) => void,
): void {
  for (const node of firstNodes) walkFrom(words, start, node, start + 1, onMatch);
}

// No closures or arrays per step: this runs for every word that starts a phrase.
function walkFrom<T>(
  words: readonly string[],
  start: number,
  node: PhraseTrieNode<T>,
  j: number,
  onMatch: (term: T, start: number) => void,
): void {
  const terms = node.terms;
  for (let k = 0; k < terms.length; k += 1) onMatch(terms[k] as T, start);
  if (j >= words.length) return;
  const w = words[j] as string;
  if (node.exact.size > 0) {
    const next = node.exact.get(w);
    if (next !== undefined) walkFrom(words, start, next, j + 1, onMatch);
  }
  if (node.prefix.size > 0 && w.length >= 3) {
    const edges = node.prefix.get(w.slice(0, 3));
    if (edges !== undefined) {
      for (const edge of edges)
        if (w.startsWith(edge.stem)) walkFrom(words, start, edge.node, j + 1, onMatch);
    }
  }
}
