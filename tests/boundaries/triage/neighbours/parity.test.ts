// Issue 13's property "Spanish and English versions of the same crisis agree", generated: one concept per line, the
// same person, tense and object in both languages, drawn from the kinds parity12 wrote (2026-12-05).
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { assertParity } from './neighbour-kit.js';

/** A person in both languages, and the Spanish article the person takes. */
const PARTNER = fc.constantFrom(
  ['my husband', 'mi esposo'],
  ['my boyfriend', 'mi novio'],
  ['my ex', 'mi ex'],
  ['he', 'él'],
) as fc.Arbitrary<readonly [string, string]>;

const pair = <T extends readonly unknown[]>(
  parts: fc.Arbitrary<T>,
  build: (...values: T) => readonly [string, string],
) => parts.map((values) => build(...values));

describe('Spanish and English versions of the same crisis agree (generated pairs)', () => {
  it('reads partner violence in both languages', () => {
    assertParity(
      pair(
        fc.tuple(
          PARTNER,
          fc.constantFrom(
            ['choked me last night', 'me estranguló anoche'],
            ['slapped me in front of the kids', 'me dio una cachetada delante de los niños'],
            ['pushed me down the stairs', 'me aventó por las escaleras'],
            ['beat me up', 'me dio una golpiza'],
            ['grabbed me by the neck', 'me agarró del cuello'],
            ['left a bullet on my doormat', 'me dejó una bala en el tapete'],
          ) as fc.Arbitrary<readonly [string, string]>,
        ),
        ([en, es], [enAct, esAct]) => [`${en} ${enAct}`, `${es} ${esAct}`],
      ),
      40,
    );
  });

  it('reads an overdose taken in both languages', () => {
    assertParity(
      fc.constantFrom(
        ['I took a whole box of tylenol', 'me tomé una caja entera de tylenol'],
        ['took all my lamictal. like 30?', 'me tomé toda la lamotrigina. como 30?'],
        ['I drank antifreeze an hour ago', 'me tomé anticongelante hace una hora'],
        ['I overdid it with the pills, I feel dizzy', 'se me pasó la mano con las pastillas, estoy mareada'],
        ['I took extra on purpose', 'tomé de más a propósito'],
      ) as fc.Arbitrary<readonly [string, string]>,
      20,
    );
  });

  it('reads the means and the wish to die in both languages', () => {
    assertParity(
      fc.constantFrom(
        ['how many tylenol would it take to die', 'cuántas tylenol se necesitarían para morirse'],
        ['I want to shoot myself', 'tengo ganas de darme un tiro'],
        ['this weekend I end my life', 'este fin de semana me quito la vida'],
        ['the dog is the only reason I am still here', 'el perro es la única razón por la que sigo aquí'],
        ['wish i was never born', 'ojalá nunca hubiera nacido'],
        [
          'I have the pills on the table and I am looking at them',
          'tengo las pastillas en la mesa y las estoy mirando',
        ],
      ) as fc.Arbitrary<readonly [string, string]>,
      24,
    );
  });

  it('reads voices, a child at risk and an assault in both languages', () => {
    assertParity(
      fc.constantFrom(
        [
          'the voice is telling me to go in the water tonight',
          'la voz me dice que me meta al agua esta noche',
        ],
        ['I keep getting thoughts of smothering my baby', 'me vienen pensamientos de asfixiar a mi bebé'],
        ["i didn't say yes. i froze and he kept going", 'yo no dije que sí. me quedé congelada y él siguió'],
        ['I didn’t consent but he did it anyway', 'no di mi consentimiento pero él lo hizo de todos modos'],
        ['thinking about shooting up my school', 'estoy pensando en balacear mi escuela'],
      ) as fc.Arbitrary<readonly [string, string]>,
      20,
    );
  });
});

describe('Spanish and English versions agree on gate av kinds (recall13, 2026-12-05)', () => {
  it('reads leaving, a time done and being surplus in both languages, in any person', () => {
    assertParity(
      pair(
        fc.tuple(
          fc.constantFrom(
            ['I keep', 'ando'],
            ["I've been", 'he estado'],
            ['lately I am', 'últimamente ando'],
          ) as fc.Arbitrary<readonly [string, string]>,
          fc.constantFrom(
            ['thinking about leaving, and not on a trip', 'pensando en irme, pero no de viaje'],
            [
              'thinking about going away, I do not mean a vacation',
              'pensando en irme, no me refiero a un viaje',
            ],
          ) as fc.Arbitrary<readonly [string, string]>,
        ),
        ([en, es], [enIdea, esIdea]) => [`${en} ${enIdea}`, `${es} ${esIdea}`],
      ),
      16,
    );
  });
});
