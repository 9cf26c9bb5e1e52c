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
      'Sorry, meant to text my boss, please disregard the part about the pallets',
      'no sorry i think you have the wrong Jessica',
      'who is this?',
      "pls stop texting me I don't go there",
    ])
      expect(priority(text), text).toBe(2);
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
