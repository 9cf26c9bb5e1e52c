// The word model (src/boundaries/triage/word-model.ts): what it weighs, that it can only raise, and what it costs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTriageRules, type TriageDecision, triageMessage } from '../../../src/boundaries/index.js';
import { triageRulesInternals } from '../../../src/boundaries/triage/compiled-rules.js';
import { TRIAGE_MAX_CHARS } from '../../../src/boundaries/triage/message-triage.js';
import { weighedCrisis } from '../../../src/boundaries/triage/triage-decision.js';
import { modelWords, weighWords } from '../../../src/boundaries/triage/word-model.js';
import { WORD_MODEL } from '../../../src/boundaries/triage/word-weights.js';

const rules = compileTriageRules();
const engine = triageRulesInternals(rules)?.engine;
if (engine === undefined) throw new Error('compiled rules without an engine');
const triage = (text: string) => triageMessage(text, { rules });
const WEIGHED = 'boundaries.triage.crisis_words_weighed';

/** `text` as triage reads it, and the words the tables explain in it (which the model leaves out). */
function readForModel(text: string) {
  if (engine === undefined) throw new Error('no engine');
  const read = engine.read(text, TRIAGE_MAX_CHARS);
  return { read, explained: engine.matchExplaining(read, engine.matchRisk(read)).explained };
}
const weigh = (text: string) => {
  const { read, explained } = readForModel(text);
  return weighWords(read, explained);
};
const wordsOf = (text: string) => {
  const { read, explained } = readForModel(text);
  return modelWords(read, explained);
};
const codes = (d: TriageDecision) => d.reasons.map((r) => r.code);
const isStaff = (d: TriageDecision) => d.outcome !== 'crisis' && d.outcome !== 'clinical';

const ADMIN = [
  'Can you resend the link for tomorrow?',
  'My insurance changed, here is the new card.',
  'I need a receipt for October for my FSA.',
  '¿Me pueden cambiar la cita al jueves?',
  'Running 10 min late, sorry!',
];

describe('the weights (word-weights.ts, written by scripts/fit-word-model.mjs)', () => {
  const lines = WORD_MODEL.weights.split('\n');
  it('are 3,000 words and pairs at most, each once, each weighing more than nothing', () => {
    expect(lines.length).toBeGreaterThan(1000);
    expect(lines.length).toBeLessThanOrEqual(3000);
    const keys = lines.map((line) => line.slice(0, line.lastIndexOf(' ')));
    expect(new Set(keys).size).toBe(keys.length);
    for (const line of lines) {
      const parts = line.split(' ');
      expect(parts.length === 2 || parts.length === 3, line).toBe(true);
      expect(Number.isInteger(Number(parts[parts.length - 1])) && Number(parts.at(-1)) > 0, line).toBe(true);
    }
  });
  it('start every message below the threshold: no message is a crisis for holding no word', () => {
    expect(WORD_MODEL.bias).toBeLessThan(WORD_MODEL.threshold);
    expect(weigh('')).toEqual({ score: WORD_MODEL.bias, threshold: WORD_MODEL.threshold, weighed: 0 });
  });
  it('were fit on the tuning sets only: as many messages as they hold', () => {
    expect(WORD_MODEL.fittedOn.sets).toBeGreaterThanOrEqual(60);
    expect(WORD_MODEL.fittedOn.messages).toBeGreaterThan(20_000);
  });
});

describe('weighWords', () => {
  it('reads the reader’s words, accents folded, and leaves out (null) what the tables explain', () => {
    expect(wordsOf('Él LLORÓ toda la noche')).toEqual(['el', 'lloro', null, null, null]);
    // "took a stab at" is an ordinary sense the tables explain: the model never weighs "took" there.
    expect(wordsOf('I took a stab at it').filter((w) => w === 'took')).toEqual([]);
  });
  it('counts a word or a pair once, however often it is said', () => {
    const once = weigh('tonight');
    expect(weigh('tonight tonight tonight').score).toBe(once.score);
    expect(once.weighed).toBe(1);
  });
  it('never lowers a score for more text, before or after (the weights are never negative)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), (a, b) => {
        const alone = weigh(a);
        const more = weigh(`${a} ${b}`);
        const before = weigh(`${b} ${a}`);
        const crossed = (w: { score: number; threshold: number }) => w.score >= w.threshold;
        if (crossed(alone)) return crossed(more) && crossed(before);
        return more.score >= alone.score && before.score >= alone.score;
      }),
    );
  });
  it('is the same for any case, punctuation or emoji between words', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ADMIN, 'i drove around tonight looking for somewhere high enough'),
        (text) => {
          const plain = weigh(text).score;
          expect(weigh(text.toUpperCase()).score).toBe(plain);
          expect(weigh(text.replace(/ /g, ' 🙂 ')).score).toBe(plain);
          expect(weigh(`${text}!!!`).score).toBe(plain);
        },
      ),
    );
  });
});

describe('weighedCrisis', () => {
  it('is a crisis reason from the threshold up, and nothing below it or without a weighing', () => {
    expect(weighedCrisis({ score: 551, threshold: 551, weighed: 4 })?.code).toBe(WEIGHED);
    expect(weighedCrisis({ score: 551, threshold: 551, weighed: 4 })?.severity).toBe('error');
    expect(weighedCrisis({ score: 551, threshold: 551, weighed: 4 })?.facts).toEqual({
      score: 551,
      threshold: 551,
      weighed: 4,
    });
    expect(weighedCrisis({ score: 550, threshold: 551, weighed: 4 })).toBeNull();
    expect(weighedCrisis(null)).toBeNull();
  });
});

describe('triageMessage with the word model', () => {
  // Crises no table was written for, in words of their own (written for this test): the tables send each to a
  // clinician the same day; the model's weights add up past the threshold and send it on call.
  const WEIGHED_CRISES = [
    "everything is sorted for the cat and the keys are with the neighbor. i'm done after tonight",
    "my roommate left at 2am with his car keys and hasn't answered since, he said not to look for him",
    // lead27: the refit on 79 sets no longer reached "I drove around for hours tonight looking for somewhere high
    // enough", now a kind of method-means.ts; this one stands in for it.
    "i wrote everyone letters and put them on the table. i'm so tired. tonight i'm done",
  ];
  it('sends crises the tables miss on call, saying the word model decided, with the score and threshold', () => {
    for (const text of WEIGHED_CRISES) {
      const d = triage(text);
      expect(d.outcome, text).toBe('crisis');
      expect(codes(d)[0], text).toBe(WEIGHED);
      expect(codes(d), text).not.toContain('boundaries.triage.crisis_language');
      const facts = d.reasons[0]?.facts as { score: number; threshold: number; weighed: number };
      expect(facts.score).toBeGreaterThanOrEqual(facts.threshold);
      expect(facts.threshold).toBe(WORD_MODEL.threshold);
      expect(d.replyTemplateId).toBe('crisis_resources');
      expect(d.reasons[0]?.message, text).toMatch(/weighed together/);
      // What sent it to a clinician before the weighing follows, for whoever reads it.
      expect(codes(d).slice(1).length, text).toBeGreaterThan(0);
    }
  });
  it('keeps them on call with any administrative request before or after', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...WEIGHED_CRISES),
        fc.constantFrom(...ADMIN),
        fc.boolean(),
        (crisis, admin, first) => {
          const d = triage(first ? `${admin} ${crisis}` : `${crisis} ${admin}`);
          expect(d.outcome).toBe('crisis');
        },
      ),
    );
  });
  it('never names the message’s words in its reason (they may be PHI): only numbers', () => {
    const d = triage(WEIGHED_CRISES[0] as string);
    const facts = JSON.stringify(d.reasons[0]?.facts);
    expect(facts).not.toMatch(/cat|keys|neighbor|tonight/);
  });
  it('leaves ordinary requests with staff', () => {
    for (const text of ADMIN) {
      const d = triage(text);
      expect(isStaff(d), text).toBe(true);
      expect(weigh(text).score).toBeLessThan(WORD_MODEL.threshold);
    }
  });
  // The price of its recall, measured (docs/boundaries.md, "The word model"): near neighbours of crises that the
  // tables' tests were written to keep off the on-call line, which the model's weights take on call. None reaches
  // staff, and no table names a crisis in them.
  // "there's no point rescheduling since I won't be here after the 15th, I'm moving to Ohio" left this list with the
  // twenty-sixth round's refit (99 sets): the weights put it under the line, and the tables read it as a move (staff).
  it('takes some near neighbours on call: the tables name no crisis in them, and none reaches staff', () => {
    for (const text of [
      'my cousin did it again, took my car without asking, so i need to move my appt',
      'me tomé una botella de agua y mis pastillas de la mañana',
      "What if I don't wake up in time for my 8am? Would anyone notice if I'm late?",
      'tengo las pastillas aquí, no sé si las voy a tomar antes o después de comer',
      "I won't need them, I told my boss I'm switching insurance, can you cancel the forms?",
      "This time next week I won't be your patient, I'm moving",
    ]) {
      const d = triage(text);
      expect(isStaff(d), text).toBe(false);
      expect(codes(d), text).not.toContain('boundaries.triage.crisis_language');
      if (d.outcome === 'crisis') expect(codes(d)[0], text).toBe(WEIGHED);
    }
  });
});
