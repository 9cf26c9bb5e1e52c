// The risk reader's breadth by concept (breadth-probes.ts): the share of probes read as a crisis is pinned as a
// floor, in all, by language and by family, with named examples of the words added and the everyday neighbours
// kept off call.
import { describe, expect, it } from 'vitest';
import {
  BREADTH_ORDINARY_ADMIN,
  BREADTH_ORDINARY_CLINICAL,
  type BreadthProbe,
  breadthProbes,
} from './breadth-probes.js';
import { expectCrisis, expectNotCrisis, expectStaff, triage } from './neighbour-kit.js';

const probes = breadthProbes();

/** The share of probes read as a crisis, by `language/family`, by language and in all. */
function recall(): Map<string, number> {
  const counts = new Map<string, [crisis: number, total: number]>();
  const count = (key: string, hit: number) => {
    const [crisis, total] = counts.get(key) ?? [0, 0];
    counts.set(key, [crisis + hit, total + 1]);
  };
  for (const probe of probes as readonly BreadthProbe[]) {
    const hit = triage(probe.text).outcome === 'crisis' ? 1 : 0;
    count(`${probe.language}/${probe.family}`, hit);
    count(probe.language, hit);
    count('all', hit);
  }
  return new Map([...counts].map(([key, [crisis, total]]) => [key, crisis / total]));
}

// Measured 2026-12-05 (recall20) on the 11,059 probes: on main before recall20 (8c07c26) 78.1 % in all, English
// 80.9 %, Spanish 74.1 % (overdose 79.2 / 72.0 %, Spanish passive ideation 73.8 %, slang ideation 87.0 / 88.2 %);
// after, 99.5 %, 99.2 %, 99.8 %. Each floor is the figure after, rounded down.
const FLOORS: Readonly<Record<string, number>> = {
  all: 0.99,
  en: 0.99,
  es: 0.99,
  'en/slang_ideation': 0.96,
  'en/passive_ideation': 1,
  'en/overdose': 0.99,
  'en/means': 1,
  'en/preparatory_acts': 0.95,
  'en/plan_timeline': 0.88,
  'en/partner_violence': 1,
  'en/assault_child_commands_others_body': 1,
  'es/slang_ideation': 1,
  'es/passive_ideation': 1,
  'es/overdose': 1,
  'es/means': 1,
  'es/preparatory_acts': 1,
  'es/plan_timeline': 0.83,
  'es/partner_violence': 0.95,
  'es/assault_child_commands_others_body': 0.96,
  'en/means_saved': 1,
  'en/keepsake_given': 1,
  'en/note_left': 1,
  'en/plan_with_time': 1,
  'en/wish_dead': 1,
  'en/better_without_me': 1,
  'en/child_reported': 1,
  'en/partner_violence_more': 1,
  'es/means_saved': 1,
  'es/keepsake_given': 1,
  'es/note_left': 1,
  'es/plan_with_time': 1,
  'es/wish_dead': 1,
  'es/better_without_me': 1,
  'es/child_reported': 1,
  'es/partner_violence_more': 1,
};

describe('the risk reader read across concepts, registers and regions', () => {
  it('builds some thousands of probes in both languages over every family', () => {
    expect(probes.length).toBeGreaterThan(10_000);
    const keys = new Set(probes.map((p) => `${p.language}/${p.family}`));
    expect(keys).toEqual(new Set(Object.keys(FLOORS).filter((k) => k.includes('/'))));
  });

  it('reads at least the pinned share of them as a crisis, in all, by language and by family', () => {
    const shares = recall();
    for (const [key, floor] of Object.entries(FLOORS))
      expect(shares.get(key), key).toBeGreaterThanOrEqual(floor);
  });

  it('reads the street and brand names of pills and the number words of a quantity', () => {
    expectCrisis([
      'i took a fistful of percs',
      'my roommate swallowed like twenty norcos',
      'she popped a bunch of painkillers',
      'I ate a whole bag of edibles and took 30 of my moms xanax',
      'me tomé un chingo de pastis',
      'mi hijo se tragó todos los chochos',
      'me metí toda la caja de remedios',
      'mi novio se echó como veinte somníferos',
    ]);
  });

  it('reads the regions’ verbs and spellings of ending a life (dispararme, largarme, morrir, ia)', () => {
    expectCrisis([
      'la neta quiero dispararme',
      'me quiero largar de este mundo',
      'me voy a volar los sesos',
      'me kiero morri',
      'ia no aguanto la vida',
      'no tiene sentido bibir',
      'ya me rendí con la vida',
      'estoy aburrida de vivir',
    ]);
  });

  it('reads the community’s slang with an intent (dip for good, take the L permanently, self delete)', () => {
    expectCrisis([
      'i just wanna dip for good',
      'finna take the L permanently',
      'tryna self delete',
      'about to end things',
      'i rly wnat to be ded',
      'whats the point of livng',
    ]);
  });

  it('does not let "not gonna lie" or "no te voy a mentir" negate what follows', () => {
    expectCrisis([
      'not gonna lie i took a fistful of tylenol',
      "I'm not kidding, I swallowed all of my antidepressants",
      'no te voy a mentir, me tomé todas las pastillas',
    ]);
  });

  it('keeps the everyday neighbours of the same words with staff, and off call', () => {
    expectStaff(BREADTH_ORDINARY_ADMIN);
    expectNotCrisis(BREADTH_ORDINARY_CLINICAL);
  });
});
