// A guard for the phrase language's easiest slip: an alternative of two words written inside a slot list.
// `plan|need me|gone` reads as two slots, `plan|need` then `me|gone`, not as "plan", "need me" or "gone"; the rule
// then matches neither what was meant nor anything else, and nothing fails. The slip was made in rules that
// landed (a pair's partner list, a goodbye "for good", a beam "ceiling ..1 fan|beam") and caught only by reading.
// Two slot lists side by side are also how a sequence is written on purpose ("i|ive have|got a|the date picked"),
// so every such pattern is listed below as read and meant; a new one fails here until a reader has checked it and
// added it (or written the alternatives as a group: `(tonight|forever|for good|for real)`).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TRIAGE_TABLES } from '../../../../src/boundaries/triage/tables/all-tables.js';

const REVIEWED: ReadonlySet<string> = new Set(
  JSON.parse(readFileSync(new URL('./adjacent-slot-lists.json', import.meta.url), 'utf8')) as string[],
);

/** Whether a pattern has two slot lists of several alternatives side by side (no gap, outside groups). */
function hasAdjacentSlotLists(pattern: string): boolean {
  const outsideGroups = pattern.replace(/\([^)]*\)/g, '(group)');
  return outsideGroups.split(/\s*&&?\s*/).some((part) => {
    const slots = part.trim().split(/\s+/);
    return slots.some((slot, i) => {
      const next = slots[i + 1];
      return next !== undefined && !slot.startsWith('..') && slot.includes('|') && next.includes('|');
    });
  });
}

const patterns = TRIAGE_TABLES.flatMap((table) => [...table.en, ...table.es]);
const adjacent = patterns.filter(hasAdjacentSlotLists);

describe('slot lists side by side in the triage tables', () => {
  it('are each one a reader has checked (not an alternative of two words split in two)', () => {
    const unreviewed = adjacent.filter((pattern) => !REVIEWED.has(pattern));
    expect(unreviewed, 'check each: a phrase alternative belongs in a group "(a|b c|d)"').toEqual([]);
  });

  it('lists no pattern that is gone from the tables', () => {
    const present = new Set(adjacent);
    expect([...REVIEWED].filter((pattern) => !present.has(pattern))).toEqual([]);
  });

  it('finds the slip it guards against', () => {
    expect(hasAdjacentSlotLists('tired && plan|need me|gone')).toBe(true);
    expect(hasAdjacentSlotLists('bye ..5 tonight|forever|for good|real')).toBe(true);
    expect(hasAdjacentSlotLists('bye ..5 (tonight|forever|for good|for real)')).toBe(false);
    expect(hasAdjacentSlotLists('beam|rafter ..6 measured|tested')).toBe(false);
  });
});
