// Substance use at risk (a relapse, drugs with drink, heavy drinking stopped at once), in other words.
import { describe, expect, it } from 'vitest';
import { type Concepts, checkConcepts, join, pick, triage } from './neighbour-kit.js';

const SUBSTANCE_USE: Concepts = {
  'heavy daily drinking stopped': join(
    pick(
      'i was drinking about a liter of vodka a day',
      'been drinking a fifth of whiskey every day',
      'i drank 12 beers a day',
    ),
    pick('and i stopped yesterday', 'and quit cold turkey', 'and stopped 2 days ago'),
  ),
};

describe('substance use, read by its neighbours', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts(SUBSTANCE_USE);
  });

  it('reads each as a crisis, in other words than the message that taught it', () => {
    for (const text of [
      'voy a usar toda esta noche',
      'i relapsed and shot up heroin last night',
      'what happens if you take xanax with a few drinks',
      'qué pasa si uno se toma unas pastillas con alcohol',
      'my dad drinks a fifth a day and stopped cold turkey this morning',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });
});
