import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTriageRules, type TriageDecision, triageMessage } from '../../../../src/boundaries/index.js';
import { triageRulesInternals } from '../../../../src/boundaries/triage/compiled-rules.js';
import { WORD_BITS } from '../../../../src/boundaries/triage/phrase-engine.js';
import { conceptsOf } from '../../../../src/boundaries/triage/risk-reader.js';
import {
  ADMIN_VOCABULARY,
  ADMIN_VOCABULARY_WORDS,
} from '../../../../src/boundaries/triage/tables/admin-vocabulary.js';

const rules = compileTriageRules();
const engine = triageRulesInternals(rules)?.engine;
const triage = (text: string) => triageMessage(text, { rules });
const isStaff = (d: TriageDecision) => d.outcome !== 'crisis' && d.outcome !== 'clinical';
const pick = <T>(...values: T[]) => fc.constantFrom(...values);

const WORDS = ADMIN_VOCABULARY_WORDS.split(' ');
const EN_WORDS = Object.values(ADMIN_VOCABULARY).flatMap((c) => c.en.split(/\s+/).filter(Boolean));
const ES_WORDS = Object.values(ADMIN_VOCABULARY).flatMap((c) => c.es.split(/\s+/).filter(Boolean));

/** What the engine makes of a word on its own: its bits. */
function bitsOf(word: string): number {
  if (engine === undefined) throw new Error('no engine');
  return engine.matchText(engine.read(word, 100)).wordBits[0] ?? 0;
}

// Requests staff answer, in English and Spanish, each with a place for words of the vocabulary.
const REQUEST_EN = pick(
  (w: string) => `Can I move my appointment to Friday at 3pm, ${w}?`,
  (w: string) => `Can you send me a receipt for last month (${w})?`,
  (w: string) => `How do I update my card on file for the ${w}?`,
  (w: string) => `Could you resend the zoom link, ${w} please?`,
);
const REQUEST_ES = pick(
  (w: string) => `¿Me pueden cambiar la cita del martes, ${w}?`,
  (w: string) => `¿Me mandan el recibo del mes pasado, ${w}?`,
);
// Statements staff must never answer, whatever vocabulary stands beside them.
const CRISIS = pick(
  'I took a whole bottle of my sleeping pills an hour ago.',
  "I'm going to kill myself tonight.",
  'my boyfriend choked me last night.',
  'I have a gun in my drawer and I keep thinking about using it.',
  'me quiero morir.',
  'las voces me dicen que me corte.',
);
const CLINICAL = pick(
  "I'm not suicidal but I feel hopeless lately.",
  'My new meds make me dizzy and I stopped taking them.',
  "I've been drinking more since the layoff.",
  'Me siento muy triste y no puedo dormir.',
);

describe('ADMIN_VOCABULARY', () => {
  it('lists every concept in both languages, and no word twice', () => {
    for (const [name, concept] of Object.entries(ADMIN_VOCABULARY)) {
      expect(concept.en.trim().length, name).toBeGreaterThan(0);
      expect(concept.es.trim().length, name).toBeGreaterThan(0);
    }
    expect(new Set(WORDS).size).toBe(WORDS.length);
  });

  it('holds no word of risk: none is in the risk lexicons, a sensitive class, a clinical rule or the risk vocabulary', () => {
    const riskWord = engine?.classAtom('risk_word');
    const risky = WORDS.filter(
      (w) =>
        conceptsOf(w).length > 0 ||
        (bitsOf(w) & (WORD_BITS.sensitive | WORD_BITS.ruleWord)) !== 0 ||
        (riskWord !== undefined && engine?.entry(w).atoms.includes(riskWord)),
    );
    expect(risky).toEqual([]);
  });

  it('holds no day of the week and no word of leaving or ending (they date or name a plan as well)', () => {
    for (const w of ['friday', 'tonight', 'last', 'final', 'back', 'gone', 'leave', 'end', 'over', 'done'])
      expect(WORDS, w).not.toContain(w);
  });

  it('property: a request with any words of the vocabulary beside it reaches staff', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(REQUEST_EN, fc.constantFrom(...EN_WORDS), fc.constantFrom(...EN_WORDS)),
          fc.tuple(REQUEST_ES, fc.constantFrom(...ES_WORDS), fc.constantFrom(...ES_WORDS)),
        ),
        ([request, a, b]) => {
          const text = request(`${a} ${b}`);
          expect(isStaff(triage(text)), text).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: words of the vocabulary, in a sentence of their own or beside a request, never take a crisis or clinical statement to staff', () => {
    fc.assert(
      fc.property(
        fc.oneof(CRISIS, CLINICAL),
        fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }),
        REQUEST_EN,
        pick(' ', '. ', ', ', '\n'),
        fc.boolean(),
        (statement, words, request, join, before) => {
          const alone = triage(statement);
          const added = request(words.join(' '));
          const text = before ? `${added}${join}${statement}` : `${statement}${join}${added}`;
          const decision = triage(text);
          expect(isStaff(decision), text).toBe(false);
          if (alone.outcome === 'crisis') expect(decision.outcome, text).toBe('crisis');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('triageMessage with the administrative vocabulary', () => {
  it('sends requests written in many words of the desk to staff', () => {
    for (const text of [
      'Please process a request for a complete copy of my own records under HIPAA.',
      'The insurance denied the claim, could someone resubmit it?',
      'Soy la tutora legal de mi sobrino, ¿qué papeles les tengo que traer?',
      'Estimada licenciada, le adjunto el formulario de consentimiento firmado.',
      'me mandaron un papel para firmar de las politicas de privacidad, lo tengo que devolver firmado?',
      'Can I change my preferred name in the system to Jay?',
      'Is the 9am still open? Am I still on for Thursday?',
      'I left my umbrella in the waiting room on Tuesday.',
      'a que hora abren los sabados?',
      'el link no sirve, me lo mandan otra vez?',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('keeps a sentence of titles and everyday words with a clinician (what the doctor said is clinical)', () => {
    expect(isStaff(triage('Can you bill my insurance? Dr Lee said to double it.'))).toBe(false);
  });
});

describe('triageMessage with the desk’s requests by concept', () => {
  const WEEKDAYS = ['Monday', 'Tuesdays', 'Thursday at 4', 'any weekday after 4:15', 'tomorrow morning'];
  const SPANISH_SEND = [
    '¿Me pueden mandar el recibo por correo?',
    'perdí la hoja, me la mandan otra vez?',
    '¿Nos pueden enviar la factura de octubre?',
    'me podrian reenviar el enlace?',
  ];

  it('reads a time offered as one that suits as a scheduling request, in English and Spanish', () => {
    for (const text of [
      'My shift got moved. Mondays work?',
      'Would Thursday at 4 work instead?',
      'el jueves me queda mejor, se puede?',
      '¿les funciona el lunes a las 5?',
    ])
      expect(triage(text).outcome, text).toBe('scheduling');
  });

  it('reads asking for something to be sent, in Spanish, as a request', () => {
    for (const text of SPANISH_SEND) expect(isStaff(triage(text)), text).toBe(true);
  });

  it('property: a time that suits or a Spanish request beside a crisis or clinical statement never reaches staff', () => {
    fc.assert(
      fc.property(
        fc.oneof(CRISIS, CLINICAL),
        fc.oneof(
          fc.constantFrom(...WEEKDAYS).map((w) => `${w} works?`),
          fc.constantFrom(...SPANISH_SEND),
        ),
        pick(' ', '. ', ', ', '\n'),
        fc.boolean(),
        (statement, request, join, before) => {
          const text = before ? `${request}${join}${statement}` : `${statement}${join}${request}`;
          expect(isStaff(triage(text)), text).toBe(false);
          if (triage(statement).outcome === 'crisis') expect(triage(text).outcome, text).toBe('crisis');
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('triageMessage with the desk’s words in Spanish and English', () => {
  it('reads taxes, coverage, the front desk and a sitter as the desk’s words beside a request', () => {
    for (const text of [
      '¿Me pueden mandar el recibo por correo? Lo necesito para mis impuestos.',
      'me llegó una factura, mi seguro debería cubrirlo, ¿me pueden ayudar con el pago?',
      'Can we switch to video on Thursday? Our sitter canceled.',
      'Do I check in at the front desk or at the kiosk for my appointment?',
      'Can I rebook for next Tuesday?',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });
});
