import { describe, expect, it } from 'vitest';
import { sectionsNotReplayed } from '../../src/cli/what-if-command.js';
import { notReplayedText, REPLAYED_SECTIONS } from '../../src/cli/what-if-text.js';

// The note that a proposal's section has no effect and the check that finds such sections read one list
// (docs/what-if.md names the sections a replay reads).
describe('what-if notes on sections not replayed', () => {
  it('the sentence names exactly the sections the check treats as replayed', () => {
    const text = notReplayedText(['triage']);
    expect(text).toContain(
      '(it replays cancellation, reminders, waitlist, intakeFollowUp, claimFollowUp, payerFiling and clinicianLimits)',
    );
    for (const section of REPLAYED_SECTIONS) expect(text).toContain(section);
  });

  it('a changed replayed section is never named; a changed other one is, sorted', () => {
    const current = Object.fromEntries(REPLAYED_SECTIONS.map((s) => [s, { a: 1 }]));
    const proposed = {
      ...Object.fromEntries(REPLAYED_SECTIONS.map((s) => [s, { a: 2 }])),
      utilizationTargetBasisPoints: 8000,
      triage: { b: 1 },
    };
    expect(sectionsNotReplayed(proposed, current)).toEqual(['triage', 'utilizationTargetBasisPoints']);
  });

  it('a section written with its keys in another order is no change', () => {
    expect(sectionsNotReplayed({ triage: { b: 1, a: [1, 2] } }, { triage: { a: [1, 2], b: 1 } })).toEqual([]);
  });
});
