// Clinical neighbours of the crisis concepts (a return-to-work letter, strain at home): the clinician's.
import { describe, expect, it } from 'vitest';
import { isStaff, triage } from './neighbour-kit.js';

describe('the clinical neighbours of the crisis concepts', () => {
  it('keeps a return-to-work letter and a partner joining a session from staff', () => {
    for (const text of [
      "I'm a teacher and I need a letter saying I can return to the classroom after my leave",
      'can I get a note that says im fit to go back to work',
      'my husband wants to come to one of my sessions. is that allowed/helpful?',
      'necesito una carta que diga que puedo regresar al trabajo',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });

  it("reads a last message, an anniversary, strain at home, purging with normal labs and a wish for another therapist as the clinician's", () => {
    for (const text of [
      'Got it sorted, please ignore my last message.',
      "The anniversary is next week. I'd like to talk about how to get through it.",
      'Can my therapist also see my husband, or would that be a conflict?',
      "I'm handling it but the kids are acting out and I'm running on fumes. Can we add a session?",
      "I've been purging after big meals again, like twice a week. my PCP checked my labs and they're fine",
      "Could I switch therapists? I think I'd open up more with someone older.",
    ])
      expect(triage(text).outcome, text).toBe('clinical');
  });
});
