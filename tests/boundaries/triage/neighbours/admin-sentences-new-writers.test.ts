// The sentences of new writers' administrative messages that nothing accounted for, by KIND (admin24, 2026-12-06),
// after sets cn and co joined the tuning sets: who writes, said with a name's possessive before a relation ("sarah here
// maxs mom", "hi its jake rs mom"); the writer's shifts as context (swing, rotating, mandated, graveyard); a session
// missed, as writers text it ("i completely blanked on today", "sorry i ghosted last week"); who one wants to see or
// join, by identity ("a trans affirming therapist", an ordinary sense in tables/ordinary-senses.ts). Each kind is a class of
// language (the `relation` word class and the name cues in tables/word-classes.ts, the `work` context words in
// tables/everyday-words.ts, the desk's `slips` in tables/admin-vocabulary.ts), never the day's phrases: the neighbours
// are written here, not copied from a set. A sentence of a kind is accounted for only when nothing else in it states
// the writer's state of mind, body, safety or relationships: each kind keeps its risky twins from staff. Found on the
// way and closed: an apology accounted for a sentence that told of the writer's body or mind in everyday words ("sorry
// i passed out, can i rebook", "sorry i woke up on the floor", "sorry my head is all over the place" reached the desk);
// a word no table knows acting on a person after a name cue ("my uncle is zorbling me": "is" opens a name) was read as
// a name.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTriageRules } from '../../../../src/boundaries/index.js';
import { triageRulesInternals } from '../../../../src/boundaries/triage/compiled-rules.js';
import { WORD_BITS } from '../../../../src/boundaries/triage/phrase-engine.js';
import { TRIAGE_WORD_CLASSES } from '../../../../src/boundaries/triage/tables/word-classes.js';
import { isStaff, REQUEST, triage } from './neighbour-kit.js';

const KINDS: ReadonlyArray<{
  readonly kind: string;
  /** Everyday neighbours: every one reaches staff. */
  readonly everyday: readonly string[];
  /** Risky twins: none reaches staff (a crisis or a clinician's). */
  readonly twins: readonly string[];
  /** The twins among them that go on call. */
  readonly crises: readonly string[];
}> = [
  {
    kind: 'who writes: a name\'s possessive before a relation, and "it\'s" and a name after a greeting',
    everyday: [
      'hi sarah here maxs mom. can she come at 4 instead?',
      'hi its jake rs mom. can you move his appt to friday?',
      'hey its jake, school ends at 3:15 so 4 is the earliest i can do, can we switch?',
      'hey im lilys stepmom. can i drop her off at 3 and pick her up at 4?',
      'this is carlos grandma. can he come at 5 on monday?',
    ],
    twins: [
      'hey its jake, he zorbled me. can i reschedule?',
      'my uncle is zorbling me. can I reschedule friday?',
      'he zorbs wife. can I reschedule?',
      'hi its jake. my uncle keeps vorping me. can i reschedule?',
      "hi its maria, bobs wife. he took my phone and I'm scared. can I reschedule?",
      'hi its rob, my wife hits me. can I reschedule?',
    ],
    crises: [
      "hi its maria, bobs wife. he took my phone and I'm scared. can I reschedule?",
      'hi its rob, my wife hits me. can I reschedule?',
    ],
  },
  {
    kind: "the writer's shifts as context: swing, rotating, mandated, graveyard",
    everyday: [
      'I work swing shifts and just got moved to lates, can we do Friday morning?',
      'my shifts rotate every two weeks, can I book two at a time?',
      'got mandated for an extra shift Thursday, can I trade my 1pm for Friday?',
      'my shift changed to graveyard, can I get mornings?',
      'trabajo turnos rotativos, ¿tienen citas a las 7?',
    ],
    twins: [
      "I work swing shifts and I can't do this anymore, can we do Friday?",
      'got mandated for a double and I want to die, can I move Thursday?',
      'mi turno es rotativo y ya no quiero vivir',
      'my shifts rotate and I have been sleeping in my car, can I get mornings?',
    ],
    crises: [
      "I work swing shifts and I can't do this anymore, can we do Friday?",
      'got mandated for a double and I want to die, can I move Thursday?',
      'mi turno es rotativo y ya no quiero vivir',
    ],
  },
  {
    kind: 'a session missed, as writers text it (blanked, spaced, ghosted, bailed, flaked, overslept)',
    everyday: [
      'im so sorry i completely blanked on today. can i rebook?',
      'sorry I spaced on my appt, can we do Friday?',
      'sorry i ghosted last week, can I get back on the schedule?',
      'hey its jake, i overslept, can i rebook?',
    ],
    twins: [
      'sorry i ghosted, i didnt want to be alive. can i rebook',
      'sorry I bailed on last week, life exploded. can I reschedule',
      'sorry I blanked on my appt, I took all my pills',
      'sorry i passed out, can i rebook?',
      'sorry i totally blanked out, can i rebook?',
      'sorry i woke up on the floor, can i rebook?',
      'sorry my head is all over the place, can i rebook?',
      "sorry I spaced on my appt, I've been sleeping in my car",
    ],
    crises: [
      'sorry i ghosted, i didnt want to be alive. can i rebook',
      'sorry I blanked on my appt, I took all my pills',
    ],
  },
  {
    kind: 'who one wants to see or join, by identity (a trans affirming therapist, the queer and trans group)',
    everyday: [
      'hi is there still a waitlist for the queer and trans support group',
      'id prefer someone trans affirming with evening availability tues or thurs',
      'looking for a therapist who works with queer folks and takes aetna, are you accepting new clients?',
    ],
    twins: [
      "I'm coming out as trans and I'm scared, do you have trans affirming therapists?",
      'I want to talk to my therapist about coming out as queer, can I book an extra session?',
      'im trans and i dont want to be alive anymore, do you have a trans friendly therapist',
      'my dad found out im queer and kicked me out, do you have lgbtq friendly therapists',
    ],
    crises: ['im trans and i dont want to be alive anymore, do you have a trans friendly therapist'],
  },
  {
    kind: 'the twins the task names, each kind beside them',
    everyday: [],
    twins: [
      "ugh this portal, honestly I don't see the point of anything anymore",
      "thanks for everything, you won't hear from me again",
      'sorry for the late payment, things at home are scary right now, he took my phone',
      "the insurance card is in my car, which I'm sleeping in",
    ],
    crises: [
      "ugh this portal, honestly I don't see the point of anything anymore",
      "thanks for everything, you won't hear from me again",
      'sorry for the late payment, things at home are scary right now, he took my phone',
    ],
  },
];

describe('administrative sentences of new writers, by kind (admin24)', () => {
  for (const { kind, everyday, twins, crises } of KINDS) {
    if (everyday.length > 0)
      it(`sends the everyday neighbours to staff: ${kind}`, () => {
        for (const text of everyday) expect(isStaff(triage(text)), text).toBe(true);
      });
    it(`keeps the risky twins from staff: ${kind}`, () => {
      for (const text of twins) expect(isStaff(triage(text)), text).toBe(false);
    });
    it(`reads the twins that are crises as crises: ${kind}`, () => {
      for (const text of crises) expect(triage(text).outcome, text).toBe('crisis');
    });
  }

  it('keeps every twin from staff before or after an administrative request', () => {
    const twins = KINDS.flatMap((k) => k.twins);
    fc.assert(
      fc.property(fc.constantFrom(...twins), REQUEST, fc.boolean(), (twin, request, before) => {
        const text = before ? `${request} ${twin}` : `${twin} ${request}`;
        expect(isStaff(triage(text)), text).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('property: a possessive before a relation reads as a name only where no subject stands before it', () => {
    const relations = (TRIAGE_WORD_CLASSES.relation?.words ?? '')
      .split(/\s+/)
      .filter((w) => /^[a-z]+$/.test(w));
    fc.assert(
      fc.property(
        fc.constantFrom(...relations),
        fc.constantFrom('he', 'she', 'they', 'someone'),
        (relation, subject) => {
          const named = `hi im zorbs ${relation}. can you move my appt to friday?`;
          const verb = `${subject} zorbs ${relation}. can you move my appt to friday?`;
          expect(isStaff(triage(named)), named).toBe(true);
          expect(isStaff(triage(verb)), verb).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('holds no word of risk in the relation class or among the new shift words', () => {
    const engine = triageRulesInternals(compileTriageRules())?.engine;
    if (engine === undefined) throw new Error('no engine');
    const risky = WORD_BITS.sensitive | WORD_BITS.ruleWord | (WORD_BITS.firstFlag * 64);
    const words = [
      ...(TRIAGE_WORD_CLASSES.relation?.words ?? '').split(/\s+/),
      ...'swing rotating rotativos mandated graveyard blanked spaced ghosted bailed flaked overslept'.split(
        ' ',
      ),
    ].filter((w) => w.length > 0);
    for (const word of words) {
      const bits = engine.matchText(engine.read(word, 100)).wordBits[0] ?? 0;
      expect(bits & risky, word).toBe(0);
    }
  });
});
