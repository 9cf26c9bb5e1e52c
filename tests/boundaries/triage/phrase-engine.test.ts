import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTriageRules, triageMessage } from '../../../src/boundaries/index.js';
import { naiveTriageMessage } from './naive-triage-fixtures.js';

const tuning: readonly { readonly text: string }[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '../corpus/tuning.json'), 'utf8'),
).messages;
const rules = compileTriageRules();
const triage = (text: string) => triageMessage(text, { rules });

// Separators that keep two messages apart: a new sentence or clause (a negation or an ordinary sense never
// reaches across them).
const SEPARATORS = ['. ', '! ', '? ', '\n', ', ', '; ', ' — ', ': ', '.\n\n'];

describe('PhraseEngine', () => {
  it('property: the engine decides as the naive matcher that tries every rule everywhere', () => {
    const texts = tuning.map((m) => m.text);
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        fc.constantFrom(...texts),
        fc.constantFrom(' ', ...SEPARATORS),
        (a, b, sep) => {
          const text = `${a}${sep}${b}`;
          const engine = triage(text);
          const naive = naiveTriageMessage(text, rules);
          expect([engine.outcome, engine.crisisCategories, engine.clinicalCategories]).toEqual([
            naive.outcome,
            naive.crisisCategories,
            naive.clinicalCategories,
          ]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
