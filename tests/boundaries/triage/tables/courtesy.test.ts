import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileTriageRules,
  TRIAGE_CLASS_PRIORITY,
  triageMessage,
} from '../../../../src/boundaries/index.js';

const rules = compileTriageRules();
const priority = (text: string) => TRIAGE_CLASS_PRIORITY[triageMessage(text, { rules }).outcome];

describe('COURTESY and GENERAL: short replies and messages sent to the wrong person', () => {
  it('leaves a short acknowledgement with staff', () => {
    for (const text of [
      'yes that works',
      'yep got it',
      'k',
      '10-4',
      'ok thx see u thurs',
      'works for me',
      'will do',
    ])
      expect(priority(text), text).toBe(2);
  });

  it('leaves a message meant for someone else, or from someone who is not a client, with staff', () => {
    for (const text of [
      'sorry that was meant for my sister lol ignore',
      'Sorry, meant to text my boss, please disregard',
      'sorry, you have the wrong number',
      'who is this?',
      "pls stop texting me I don't go there",
    ])
      expect(priority(text), text).toBe(2);
  });

  it('leaves language access, thanks in Spanish and a message passed on to the clinician about logistics with staff', () => {
    for (const text of [
      'Hi, is there anyone who speaks Vietnamese? My mother would like to come but her English is limited',
      '¿tienen intérprete?',
      'gracias mil!! 🙏',
      "I'll be there! 🙌",
      "Please remind Dr. Harlow that I'll be joining from my sister's house in Maine on the 16th. Same link?",
    ])
      expect(priority(text), text).toBe(2);
    for (const text of [
      'please tell Dr. Harlow that I want to die',
      "please let her know I've been cutting again",
    ])
      expect(triageMessage(text, { rules }).outcome, text).toBe('crisis');
  });

  it('reads a misdirected message as courtesy, not a request: a statement after it is accounted for on its own', () => {
    expect(priority('sorry that was meant for my sister. he is outside my door again')).toBeLessThan(2);
  });

  it('never lets an acknowledgement or a misdirected message carry a crisis or a clinical question to staff', () => {
    for (const text of [
      'yep got it. I have the pills ready',
      'k. I want to die',
      'that was meant for my sister. he hurt me again last night',
      'who is this? I keep hearing voices telling me to hurt myself',
    ])
      expect(triageMessage(text, { rules }).outcome, text).toBe('crisis');
    for (const text of ['yes that works. should I up my dose?', 'got it. I feel worse since we started'])
      expect(priority(text), text).toBeLessThan(2);
  });
});

describe('COURTESY and GENERAL: the new short replies and requests beside a crisis or a clinical question', () => {
  it('property: beside any crisis or clinical statement, in any order and join, they never reach staff', () => {
    const added = [
      'yes that works',
      'yep got it',
      'k',
      'ok thx see u thurs',
      'sorry that was meant for my sister lol ignore',
      'you have the wrong Jessica',
      'who is this?',
      'is there anyone who speaks Vietnamese?',
      'gracias mil',
      "I'll be there!",
      'please remind Dr. Harlow that I will join from Maine. Same link?',
      'just tried to call, mailbox is full',
      'can someone explain what it is for?',
      'will the therapist be on time?',
    ];
    const statements = [
      'I want to die',
      'I have the pills saved up',
      'he hit me again last night',
      'should I up my dose?',
      'I feel worse since we started',
      'me quiero morir',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...added),
        fc.constantFrom(...statements),
        fc.constantFrom(' ', '. ', ', ', '\n'),
        fc.boolean(),
        (reply, statement, join, first) => {
          const text = first ? `${reply}${join}${statement}` : `${statement}${join}${reply}`;
          expect(priority(text), text).toBeLessThan(2);
        },
      ),
      { numRuns: 300 },
    );
  });
});
