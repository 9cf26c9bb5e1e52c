// The simplest reasonable implementation of triage's matching: every rule is tried at every word of every
// sentence (as its anchor), depth first, with no index, no anchors, no scratch and no one-word shortcut. It reads the same
// tables with the same reader and words, and decides with the same decision code, so it is both the tests'
// oracle for the engine (same decisions) and the bench's baseline (how much the engine's indexing saves).
import {
  type CompiledTriageRules,
  TRIAGE_MAX_CHARS,
  type TriageDecision,
} from '../../../src/boundaries/index.js';
import { triageRulesInternals } from '../../../src/boundaries/triage/compiled-rules.js';
import { decideTriage } from '../../../src/boundaries/triage/message-triage.js';
import {
  type MatchedText,
  type RuleHit,
  RuleHits,
  type WordEntry,
} from '../../../src/boundaries/triage/phrase-engine.js';
import { maskReaches } from '../../../src/boundaries/triage/sequence-search.js';
import type { ReadText } from '../../../src/boundaries/triage/text-reader.js';

type Slot = { readonly gapBefore: number; readonly atoms: ReadonlySet<number> };

/** Triages a message with the naive matcher. */
export function naiveTriageMessage(text: string, rules: CompiledTriageRules): TriageDecision {
  const internals = triageRulesInternals(rules);
  if (internals === null) throw new Error('not compiled rules');
  const read = internals.engine.read(text, TRIAGE_MAX_CHARS);
  const matched = naiveMatchText(read, rules);
  return decideTriage(text.length, read, { risk: matched, all: () => matched }, internals, []);
}

/** Matches every rule at every word of every sentence of a message. */
export function naiveMatchText(read: ReadText, rules: CompiledTriageRules): MatchedText {
  const engine = triageRulesInternals(rules)?.engine;
  if (engine === undefined) throw new Error('not compiled rules');
  const all = engine.referenceRules();
  const negation = engine.negationAtoms();
  const entries: WordEntry[] = read.words.map((w) => engine.entry(w));
  const n = entries.length;
  const masked = new Uint8Array(n);
  const explained = new Uint8Array(n);
  const hits: RuleHit[] = [];
  const has = (i: number, slot: Slot) => entries[i]?.atoms.some((a) => slot.atoms.has(a)) === true;

  const negated = (at: number): boolean => {
    for (let j = at - 1; j >= 0 && j >= at - 6 && read.clauses[j] === read.clauses[at]; j -= 1) {
      const atoms = (entries[j] as WordEntry).atoms;
      if (atoms.includes(negation.negators)) {
        for (let d = j - 1; d >= 0 && d >= j - 3 && read.clauses[d] === read.clauses[at]; d -= 1) {
          const before = (entries[d] as WordEntry).atoms;
          if (before.includes(negation.doubts) || before.includes(negation.negators)) return false;
        }
        return true;
      }
      if (!atoms.includes(negation.fillers)) return false;
    }
    return false;
  };

  read.sentenceStarts.forEach((from, sentence) => {
    const to = read.sentenceStarts[sentence + 1] ?? n;
    type Part = { readonly anchor: number; readonly slots: readonly Slot[] };
    // Whether word i may fill slot k: an ordinary sense only within the clause of its anchor word (or from a
    // lone first word of the sentence, an interjection, into the next clause).
    const fits = (part: Part, k: number, i: number, at: number, mask: boolean) =>
      i >= from &&
      i < to &&
      (!mask || maskReaches(read.clauses, from, at, i)) &&
      has(i, part.slots[k] as Slot);
    // Depth first from the anchor slot at word `at`: forward (earliest words first) for the slots after it,
    // then backward (nearest words first) for the slots before it. The words of the first match, or null.
    const occurrence = (part: Part, at: number, mask: boolean): number[] | null => {
      if (!fits(part, part.anchor, at, at, mask)) return null;
      const forward = (k: number, i: number): number[] | null => {
        if (k === part.slots.length) return [];
        const gap = (part.slots[k] as Slot).gapBefore;
        for (let j = i + 1; j <= i + 1 + gap; j += 1) {
          if (!fits(part, k, j, at, mask)) continue;
          const rest = forward(k + 1, j);
          if (rest !== null) return [j, ...rest];
        }
        return null;
      };
      const backward = (k: number, i: number): number[] | null => {
        if (k < 0) return [];
        const gap = (part.slots[k + 1] as Slot).gapBefore;
        for (let j = i - 1; j >= i - 1 - gap; j -= 1) {
          if (!fits(part, k, j, at, mask)) continue;
          const rest = backward(k - 1, j);
          if (rest !== null) return [...rest, j];
        }
        return null;
      };
      const after = forward(part.anchor + 1, at);
      const before = after === null ? null : backward(part.anchor - 1, at);
      return after === null || before === null ? null : [...before, at, ...after];
    };
    // Ordinary and clinical senses first: found whole (every part), they mask the words of every
    // occurrence of their parts.
    all.forEach((rule, r) => {
      if (!rule.mask) return;
      const occurrences: number[][][] = rule.parts.map((part) => {
        const found: number[][] = [];
        for (let i = from; i < to; i += 1) {
          const path = occurrence(part, i, true);
          if (path !== null) found.push(path);
        }
        return found;
      });
      if (occurrences.some((found) => found.length === 0)) return;
      hits.push({
        rule: r,
        label: rule.label,
        pattern: rule.pattern,
        sentence,
        negated: false,
        words: occurrences.map((found) => found[0] as number[]),
        count: 1,
      });
      for (const found of occurrences) {
        for (const path of found) {
          for (const j of path) {
            masked[j] = 1;
            explained[j] = 1;
          }
        }
      }
    });
    all.forEach((rule, r) => {
      if (rule.mask) return;
      const parts: { words: number[]; negated: boolean; masked: boolean }[] = [];
      const occurrences: number[][] = [];
      let firstPartCount = 0;
      // Best first: outside every ordinary sense and unnegated, then negated, then all its words masked.
      const rank = (p: { negated: boolean; masked: boolean }) => (p.masked ? 1 : p.negated ? 2 : 3);
      for (const part of rule.parts) {
        let best: { words: number[]; negated: boolean; masked: boolean } | null = null;
        for (let i = from; i < to; i += 1) {
          const path = occurrence(part, i, false);
          if (path === null) continue;
          occurrences.push(path);
          if (part === rule.parts[0]) firstPartCount += 1;
          const isMasked = !rule.explains && path.every((j) => masked[j] === 1);
          const isNegated = !rule.explains && !isMasked && negated(path[0] as number);
          const found = { words: path, negated: isNegated, masked: isMasked };
          if (best === null || rank(found) > rank(best)) best = found;
        }
        if (best === null) return;
        parts.push(best);
      }
      // An ordinary sense hides a rule only when it masked every word the rule found.
      if (parts.every((p) => p.masked)) return;
      hits.push({
        rule: r,
        label: rule.label,
        pattern: rule.pattern,
        sentence,
        negated: parts.some((p) => p.negated),
        words: parts.map((p) => p.words),
        count: rule.explains ? firstPartCount : 1,
      });
      if (rule.explains) for (const path of occurrences) for (const j of path) explained[j] = 1;
    });
  });
  const list = new RuleHits(all);
  for (const { rule, sentence, negated, count, words } of hits)
    list.add(rule, sentence, negated, count, words);
  return { wordBits: Int32Array.from(entries, (e) => e.bits), masked, explained, hits: list };
}
