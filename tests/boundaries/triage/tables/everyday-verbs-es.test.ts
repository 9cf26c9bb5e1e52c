import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTriageRules, type TriageDecision, triageMessage } from '../../../../src/boundaries/index.js';
import { triageRulesInternals } from '../../../../src/boundaries/triage/compiled-rules.js';
import { WORD_BITS } from '../../../../src/boundaries/triage/phrase-engine.js';
import { conceptsOf } from '../../../../src/boundaries/triage/risk-reader.js';
import {
  AUXILIARY_VERB_FORMS_ES,
  EVERYDAY_VERB_FORMS_ES,
  LOGISTICS_VERB_FORMS_ES,
} from '../../../../src/boundaries/triage/tables/everyday-verbs-es.js';

const rules = compileTriageRules();
const engine = triageRulesInternals(rules)?.engine;
const triage = (text: string) => triageMessage(text, { rules });
const isStaff = (d: TriageDecision) => d.outcome !== 'crisis' && d.outcome !== 'clinical';

const EVERYDAY = EVERYDAY_VERB_FORMS_ES.split(' ');
const LOGISTICS = LOGISTICS_VERB_FORMS_ES.split(' ');
const AUXILIARY = AUXILIARY_VERB_FORMS_ES.split(' ');
const ALL = [...EVERYDAY, ...LOGISTICS, ...AUXILIARY];

/** What the engine makes of a word on its own: its bits. */
function bitsOf(word: string): number {
  if (engine === undefined) throw new Error('no engine');
  return engine.matchText(engine.read(word, 100)).wordBits[0] ?? 0;
}

// Requests staff answer in Spanish.
const REQUEST = fc.constantFrom(
  '¿Me pueden cambiar la cita del martes?',
  '¿Me mandan el recibo del mes pasado?',
  '¿Puedo pasar mi cita al jueves a las 5?',
);
// Statements staff must never answer, whatever verbs stand beside them.
const CRISIS = fc.constantFrom(
  'me quiero morir.',
  'ya no quiero seguir viviendo.',
  'las voces me dicen que me corte.',
  'me tomé todas las pastillas hace una hora.',
  'mi esposo me pega cuando llego tarde.',
);
const CLINICAL = fc.constantFrom(
  'Me siento muy triste y no puedo dormir.',
  'Las pastillas nuevas me dan mareos.',
);

describe('the everyday Spanish verbs', () => {
  it('conjugates by construction: present, preterite, future, subjunctive, gerund, a pronoun after the infinitive', () => {
    for (const form of ['seguimos', 'siguio', 'sigan', 'cumplio', 'cumple', 'limpiamos', 'empiece', 'juegan'])
      expect(EVERYDAY, form).toContain(form);
    for (const form of [
      'pagan',
      'pague',
      'cancelen',
      'confirmamos',
      'pidio',
      'atendiendo',
      'llenarlo',
      'programar',
    ])
      expect(LOGISTICS, form).toContain(form);
    for (const form of ['estare', 'pude', 'podre', 'tenga', 'pueda', 'vayan'])
      expect(AUXILIARY, form).toContain(form);
  });

  it('leaves out the verbs of ending, leaving, taking, harm, feeling and wanting, and volver ("lo volví a hacer")', () => {
    for (const form of [
      'vuelvo',
      'volvi',
      'termine',
      'acabe',
      'tome',
      'quitar',
      'mato',
      'siento',
      'quiero',
      'dejarlo',
    ])
      expect(ALL, form).not.toContain(form);
    // Pronouns after an auxiliary ("irme", "estarlo") are not listed: "ya me quiero ir" is not a request's.
    expect(AUXILIARY).not.toContain('irme');
    // Nor hacer, decir, poner or preguntar: the unnamed act ("ya lo hice"), its telling ("no sé cómo decirlo"), a
    // partner's control ("me puso una app para saber dónde estoy"), a clinical question asked ("quisiera preguntarle").
    for (const form of [
      'hice',
      'hizo',
      'decirlo',
      'dijo',
      'puso',
      'ponerle',
      'preguntarle',
      'pregunto',
      'cuide',
    ])
      expect(ALL, form).not.toContain(form);
  });

  it('holds no word of risk: none is in a sensitive class, a clinical rule or the risk vocabulary', () => {
    const riskWord = engine?.classAtom('risk_word');
    const risky = ALL.filter(
      (w) =>
        (bitsOf(w) & (WORD_BITS.sensitive | WORD_BITS.ruleWord)) !== 0 ||
        (riskWord !== undefined && engine?.entry(w).atoms.includes(riskWord)),
    );
    expect(risky).toEqual([]);
    for (const form of ['sigo', 'sigue', 'responde', 'arreglado']) expect(ALL, form).not.toContain(form);
  });

  it('leaves a form the risk reader reads to it (a thing bought, a letter written, driving): the reading is kept', () => {
    const read = ALL.filter((w) => conceptsOf(w).length > 0);
    expect(read).toEqual(expect.arrayContaining(['compre', 'escribi', 'manejar']));
    for (const text of [
      '¿Me pueden cambiar la cita? Las voces me dicen que lo haga esta noche.',
      '¿Me mandan el recibo? Ya compré la cuerda.',
      '¿Me mandan el recibo? Ya les escribí una carta de despedida a mis hijos.',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });

  it('property: any form beside a crisis or clinical statement never takes it to staff', () => {
    fc.assert(
      fc.property(
        fc.oneof(CRISIS, CLINICAL),
        fc.array(fc.constantFrom(...ALL), { minLength: 1, maxLength: 4 }),
        REQUEST,
        fc.constantFrom(' ', '. ', ', ', '\n'),
        fc.boolean(),
        (statement, verbs, request, join, before) => {
          const alone = triage(statement);
          const added = `${request} ${verbs.join(' ')} la otra semana.`;
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

describe('triageMessage with everyday Spanish beside a request', () => {
  it('reads a sentence of everyday verbs beside a request as the request’s (the tense nobody had listed)', () => {
    for (const text of [
      '¿Puedo cambiar mi cita del viernes? Seguimos la otra semana.',
      '¿Me pueden cambiar la cita? Ahí estaré el jueves.',
      '¿Me pueden mandar el recibo? Salgo de limpiar casas a las 5.',
      '¿Me pueden cambiar la cita? Cancelen lo que tenga.',
      '¿Me pueden cambiar la cita? Me pagan el 15 y el 30.',
      'el audio se escucha con eco, hay algo que pueda hacer?',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('keeps each one’s risky twin from staff: the same everyday sentence carrying a risk', () => {
    for (const text of [
      '¿Puedo cambiar mi cita del viernes? Mi hijo tiene partido, ya no quiero seguir.',
      '¿Me pueden cambiar la cita? Ahí estaré el jueves, si sigo vivo.',
      '¿Me pueden mandar el recibo? Salgo de limpiar casas a las 5 y ya no puedo más con mi vida.',
      '¿Me pueden cambiar la cita? Me pagan el 15 y el 30, para entonces ya no voy a estar.',
      '¿Me pueden cambiar la cita? Mi hija cumplió 18 y yo ya no sigo aquí mucho tiempo.',
      '¿Puedo cambiar mi cita del viernes? Lo volví a hacer anoche.',
      'tambien cuanto es el copago, mi novio me puso una app en el celular para saber donde estoy',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
    for (const text of [
      '¿Me pueden cambiar la cita? Cancelen lo que tenga, ya tengo las pastillas juntas.',
      // Found by the probes beside requests: a letter of one's own done, "boy" for "voy" (unclear references).
      'cancelen el martes por favor bueno, ya hice mi carta',
      'please cancel tuesday ok, i already wrote my letter',
      '¿me pueden cambiar la cita al viernes? perdon por escribir pero no boy a yegar a la sita del juebes porque ya no boy a estar',
      'cancelen el martes por favor No sé cómo decirlo pero le pedí perdón a todos.',
      'me mandan la factura porfa mi ijo le dijo a su amigo que cuide a su perro porque el ya no ba a estar',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });

  it('reads a partner joining a session, and not being able to say what one feels, as the clinician’s (English and Spanish)', () => {
    for (const text of [
      'Mi esposo quiere venir a una sesión conmigo. ¿Se puede?',
      'en inglés no me sale decir lo que siento, ¿podemos hacer la terapia en español?',
      'Can we do sessions in Spanish? In English I cannot say what I feel.',
    ])
      expect(triage(text).outcome, text).toBe('clinical');
  });
});
