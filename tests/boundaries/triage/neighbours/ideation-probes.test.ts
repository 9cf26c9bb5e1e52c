// Ideation, plans and preparations probed by construction (ideation-probes.ts): the share of generated probes
// read as a crisis is held as a floor, each vocabulary family has named examples, and the ordinary neighbours
// that borrow the same words stay off the on-call line.
import { describe, expect, it } from 'vitest';
import { ideationProbes, ORDINARY_NEIGHBOURS } from './ideation-probes.js';
import { expectCrisis, expectNotCrisis, triage } from './neighbour-kit.js';

// Measured 2026-12-05: 63.5 % of the first 2,295 probes (misspellings among the spellings) before recall15's
// vocabulary, 85.1 % after its third batch; 81.3 % of all 2,559 on main 0b60282, 86.4 % after the fifth; 88.0 % on
// main 7858172, 90.4 % after recall19's kinds read from the probes beside requests.
const RECALL_FLOOR = 0.9;

describe('ideation probes', () => {
  it('generates a few thousand probes across every family, deterministically', () => {
    const probes = ideationProbes();
    expect(probes.length).toBeGreaterThan(2000);
    expect(new Set(probes.map((p) => p.family)).size).toBe(19);
    expect(ideationProbes()).toEqual(probes);
  });

  it(`reads at least ${RECALL_FLOOR * 100} % of the probes as a crisis`, () => {
    const probes = ideationProbes();
    const found = probes.filter((p) => triage(p.text).outcome === 'crisis').length;
    expect(found / probes.length).toBeGreaterThanOrEqual(RECALL_FLOOR);
  });

  it('keeps the ordinary neighbours off the on-call line', () => {
    expectNotCrisis(ORDINARY_NEIGHBOURS);
  });

  it('reads not existing in the words of fading, faith and grief', () => {
    expectCrisis([
      'i just want to cease to exist',
      'honestly all i want is to fade out of existence',
      "i'm ready to be with the lord now",
      'part of me wants to be in the ground',
      'i wish i was with my dad in heaven',
      'lately i want to cross over to the other side',
      'i wish i could quit life',
      'idk i want to peace out of life',
      'i just want to rest in peace',
      'i pray every night to close my eyes and never open them',
      'i wish i was out of the picture for good',
    ]);
  });

  it('reads a burden in its other words', () => {
    expectCrisis([
      "i'm a liability to my family",
      "i'm dead weight",
      'i feel like im holding everyone back',
      "i'm ruining everyones lives",
      'my wife would get the insurance and be better off',
      "honestly my family wouldn't miss me",
    ]);
  });

  it('reads an ending of oneself in other words', () => {
    expectCrisis([
      'i want to finish myself off',
      'im going to take myself out for good',
      'i just want to put myself out of my misery',
      "i'm ready to pull the plug on myself",
      'i want to end my suffering for good',
      "i'm gonna do it this time",
    ]);
  });

  it('reads not being meant to be here, hating being alive, waiting for the end and wanting out', () => {
    expectCrisis([
      'i should have died over there with my unit',
      'it should have been me instead of him',
      'why am i still alive',
      "i wasn't supposed to survive",
      'god made a mistake keeping me alive',
      'i regret being born',
      'being alive is torture',
      "i've lived long enough",
      "i'm ready to be called home",
      'the lord can take me anytime he wants',
      'no reason to go on since my wife passed',
      'i want out of this life',
      'i just want eternal sleep',
      'i want to return to dust',
    ]);
  });

  it('reads a fear of what one might do', () => {
    expectCrisis([
      "i'm scared i'll do something i can't take back",
      "i'm afraid of what i'll do tonight",
      'i might do something i cant undo',
      "i'm going to do something permanent",
    ]);
  });

  it("reads suicidal thoughts named by their kind and their return, and the clinic's shorthand", () => {
    expectCrisis([
      "i'm having those thoughts again",
      'i had unsafe thoughts last night',
      'my dark thoughts are getting louder',
      'my si is back',
      'struggling with si again',
      "i'm not in a safe headspace",
    ]);
    expect(triage('I never get those thoughts again').outcome).toBe('clinical');
  });

  it('reads doubt about going on, comfort at not waking, and a note for later', () => {
    expectCrisis([
      'i dont think i can keep going much longer',
      'i just want to make it all stop',
      'lately the thought of not waking up feels comforting',
      "i'm not going to be a bother anymore after this week",
      'i wrote something for my kids to read later, just in case',
    ]);
  });

  it("reads methods named in other words, and older adults' and veterans' idioms", () => {
    expectCrisis([
      'i looked up how to inhale helium',
      "i'm going to run the car in the garage tonight",
      'i want to let the cold take me',
      'i want to swim out until i cant swim back',
      "i've outlived my usefulness",
      "i'm done with this old body",
      'my brothers are waiting for me up there',
    ]);
  });

  it('reads last things as preparations', () => {
    expectCrisis([
      'i hugged my kids one last time',
      'i posted my last post',
      'this will be my last christmas',
      "it'll all be over soon",
      'i made a playlist for my funeral',
      "i've written my own obituary",
      'i wrote down who gets what',
    ]);
  });
});
