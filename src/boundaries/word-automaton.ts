// A character automaton over a fixed set of words and word stems, stored as a double array (one base and
// one check per state), so a reader steps through a word one array lookup per character without building
// the word as a string, and the tables stay about as small as the words themselves.
import { newSlots, placeChildren } from './double-array.js';
import { CLASS_TABLE_SIZE } from './triage-text.js';

/** The state every failed step leads to, and stays in: not a word, not the start of one. */
export const DEAD_STATE = 0;
/** The state before any character. */
export const START_STATE = 1;

/** The compiled automaton. States are numbers; treat the arrays as read-only. */
export interface WordAutomaton {
  /** Symbol of each lower-cased code unit below 0x250; 0 for a character no word has. */
  readonly symbols: Uint16Array;
  /** A state's children sit at `base[state] + symbol`, ... */
  readonly base: Int32Array;
  /** ... and are its children only where `check[child] === state`. */
  readonly check: Int32Array;
  /** The state itself where one of the words ends, else {@link DEAD_STATE}. */
  readonly wordAt: Int32Array;
  /** The deepest state at or above this one where a stem ends, else {@link DEAD_STATE}. */
  readonly stemAt: Int32Array;
}

interface BuildNode {
  readonly children: Map<number, BuildNode>;
  word: boolean;
  stem: boolean;
  state: number;
  base: number;
}

function newNode(): BuildNode {
  return { children: new Map(), word: false, stem: false, state: DEAD_STATE, base: 0 };
}

/**
 * Builds the automaton of `words` (exact) and `stems` (word beginnings). Words are normalized triage words,
 * whose characters are all below 0x250; a word with another character could never be read, so it is left out.
 */
export function buildWordAutomaton(words: Iterable<string>, stems: Iterable<string>): WordAutomaton {
  const symbols = new Uint16Array(CLASS_TABLE_SIZE);
  let symbolCount = 1;
  const root = newNode();
  const add = (text: string, mark: (node: BuildNode) => void) => {
    for (let k = 0; k < text.length; k += 1) if (text.charCodeAt(k) >= CLASS_TABLE_SIZE) return;
    let node = root;
    for (let k = 0; k < text.length; k += 1) {
      const code = text.charCodeAt(k);
      if (symbols[code] === 0) symbols[code] = symbolCount++;
      const symbol = symbols[code] as number;
      let next = node.children.get(symbol);
      if (next === undefined) {
        next = newNode();
        node.children.set(symbol, next);
      }
      node = next;
    }
    mark(node);
  };
  for (const word of words) add(word, (node) => (node.word = true));
  for (const stem of stems) add(stem, (node) => (node.stem = true));
  return { symbols, ...placeStates(root, symbolCount) };
}

// Places the trie into the double array breadth first. Slot 0 is the dead state and slot 1 the start.
function placeStates(root: BuildNode, symbolCount: number): Omit<WordAutomaton, 'symbols'> {
  const slots = newSlots(2);
  root.state = START_STATE;
  const queue: BuildNode[] = [root];
  for (let q = 0; q < queue.length; q += 1) {
    const node = queue[q] as BuildNode;
    const children = [...node.children].sort((a, b) => a[0] - b[0]);
    if (children.length === 0) continue;
    const base = placeChildren(
      slots,
      node.state,
      children.map(([symbol]) => symbol),
      symbolCount,
    );
    node.base = base;
    for (const [symbol, child] of children) {
      child.state = base + symbol;
      queue.push(child);
    }
  }
  const size = slots.check.length;
  const base = new Int32Array(size);
  const wordAt = new Int32Array(size);
  const stemAt = new Int32Array(size);
  for (const node of queue) {
    base[node.state] = node.base;
    if (node.word) wordAt[node.state] = node.state;
    for (const child of node.children.values()) {
      stemAt[child.state] = child.stem ? child.state : (stemAt[node.state] as number);
    }
  }
  return { base, check: slots.check, wordAt, stemAt };
}

/** The state after reading `code` (a lower-cased code unit below 0x250) in `state`. */
export function stepState(automaton: WordAutomaton, state: number, code: number): number {
  const next = (automaton.base[state] as number) + (automaton.symbols[code] as number);
  return automaton.check[next] === state ? next : DEAD_STATE;
}

/** Where reading a whole word leads: its state if it is one of the words, else {@link DEAD_STATE}. */
export function wordStateOf(automaton: WordAutomaton, word: string): number {
  return automaton.wordAt[readState(automaton, word).state] as number;
}

/** The state of the longest stem the word starts with, or {@link DEAD_STATE}. */
export function stemStateOf(automaton: WordAutomaton, word: string): number {
  return automaton.stemAt[readState(automaton, word).live] as number;
}

function readState(automaton: WordAutomaton, word: string): { state: number; live: number } {
  let state = START_STATE;
  let live = START_STATE;
  for (let k = 0; k < word.length && state !== DEAD_STATE; k += 1) {
    const code = word.charCodeAt(k);
    state = code < CLASS_TABLE_SIZE ? stepState(automaton, state, code) : DEAD_STATE;
    if (state !== DEAD_STATE) live = state;
  }
  return { state, live };
}
