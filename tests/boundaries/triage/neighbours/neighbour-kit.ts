// What every neighbours file shares (not a test file: vitest runs only *.test.ts): the compiled rules, the
// reading, the generators' parts, the requests a concept is set beside, and the property each file runs.
import fc from 'fast-check';
import { expect } from 'vitest';
import { compileTriageRules, type TriageDecision, triageMessage } from '../../../../src/boundaries/index.js';

const rules = compileTriageRules();
export const triage = (text: string) => triageMessage(text, { rules });
export const isStaff = (d: TriageDecision) => d.outcome !== 'crisis' && d.outcome !== 'clinical';
export const pick = <T>(...values: T[]) => fc.constantFrom(...values);
export const join = (...parts: fc.Arbitrary<string>[]) => fc.tuple(...parts).map((p) => p.join(' '));

/** Concepts by name, each as a generator of its neighbours. */
export type Concepts = Readonly<Record<string, fc.Arbitrary<string>>>;

/** Administrative requests a concept is set beside: scheduling, billing, and the same in Spanish. */
export const REQUEST = pick(
  'Can I move my Thursday appointment to Friday?',
  'How much is my copay this month?',
  '¿Me pueden cambiar la cita del martes?',
);

/**
 * Property runs per concept: 8, each reading a neighbour alone and beside a request, so the folder reads
 * about as many texts as the single file it was split from (2,200 over its 139 concepts).
 */
const RUNS_PER_CONCEPT = 8;

/** Every neighbour of every concept is a crisis, in either case, alone or before or after a request. */
export function checkConcepts(concepts: Concepts): void {
  fc.assert(
    fc.property(
      fc.oneof(...Object.values(concepts)),
      REQUEST,
      fc.boolean(),
      fc.boolean(),
      (clause, request, upper, before) => {
        const alone = upper ? clause.toUpperCase() : clause;
        expect(triage(alone).outcome, alone).toBe('crisis');
        const text = before ? `${request} ${clause}.` : `${clause}. ${request}`;
        expect(triage(text).outcome, text).toBe('crisis');
      },
    ),
    { numRuns: RUNS_PER_CONCEPT * Object.keys(concepts).length },
  );
}

/** Each text is a crisis. */
export function expectCrisis(texts: readonly string[]): void {
  for (const text of texts) expect(triage(text).outcome, text).toBe('crisis');
}

/** No text is a crisis: everyday neighbours stay off the on-call line. */
export function expectNotCrisis(texts: readonly string[]): void {
  for (const text of texts) expect(triage(text).outcome, text).not.toBe('crisis');
}

/**
 * Each English message and its Spanish version are both a crisis: the two languages agree (issue 13's property
 * "Spanish and English versions of the same crisis agree"), pair by pair.
 */
export function expectParity(pairs: readonly (readonly [english: string, spanish: string])[]): void {
  for (const [english, spanish] of pairs) {
    expect(triage(english).outcome, english).toBe('crisis');
    expect(triage(spanish).outcome, spanish).toBe('crisis');
  }
}

/** Accents dropped, as Spanish is often texted ("me estrangulo", "tome pastillas"). */
export const withoutAccents = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/**
 * Issue 13's property, over generated pairs: an English crisis and its Spanish version are both a crisis, the
 * Spanish one with or without its accents, alone or after a request.
 */
export function assertParity(
  pairs: fc.Arbitrary<readonly [english: string, spanish: string]>,
  runs: number,
): void {
  fc.assert(
    fc.property(pairs, fc.boolean(), REQUEST, fc.boolean(), ([english, spanish], plain, request, after) => {
      const es = plain ? withoutAccents(spanish) : spanish;
      expect(triage(english).outcome, english).toBe('crisis');
      expect(triage(es).outcome, es).toBe('crisis');
      const mixed = after ? `${request} ${es}` : `${es}. ${request}`;
      expect(triage(mixed).outcome, mixed).toBe('crisis');
    }),
    { numRuns: runs },
  );
}

/** Each text goes to the staff: an everyday neighbour of a crisis rule keeps its administrative route. */
export function expectStaff(texts: readonly string[]): void {
  for (const text of texts) expect(isStaff(triage(text)), text).toBe(true);
}
