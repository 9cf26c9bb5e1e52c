import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileTriageRules,
  TRIAGE_CLASS_PRIORITY,
  triageMessage,
} from '../../../../src/boundaries/index.js';
import { triageRulesInternals } from '../../../../src/boundaries/triage/compiled-rules.js';
import { expandGroups } from '../../../../src/boundaries/triage/phrase-groups.js';
import { parsePattern } from '../../../../src/boundaries/triage/phrase-pattern.js';
import { TRIAGE_TABLES } from '../../../../src/boundaries/triage/tables/all-tables.js';
import { EVERYDAY_WORD_CLASSES } from '../../../../src/boundaries/triage/tables/everyday-words.js';
import { TRIAGE_WORD_CLASSES } from '../../../../src/boundaries/triage/tables/word-classes.js';
import { isClinicalCategory, isCrisisCategory } from '../../../../src/boundaries/triage/triage-category.js';

const rules = compileTriageRules();
const engine = triageRulesInternals(rules)?.engine;
const CLASSES: Readonly<Record<string, { readonly words: string }>> = {
  ...TRIAGE_WORD_CLASSES,
  ...EVERYDAY_WORD_CLASSES,
};
const MASK_LABELS = new Set(['ordinary_sense', 'clinical_sense']);

/** The words a class lists as written (stems without their star). */
function classWords(name: string): string[] {
  const words = (CLASSES[name]?.words ?? '').split(/\s+/).filter((w) => w.length > 0);
  return words.map((w) => w.replace(/\*$/, ''));
}

/** One text a pattern matches: for each slot the alternative `variant` picks, gaps left empty, parts in order. */
function instance(pattern: string, variant: number): string {
  // A pattern with groups: one of the patterns it stands for.
  const expanded = expandGroups(pattern);
  if (typeof expanded === 'string') throw new Error(expanded);
  if (expanded.length > 1) return instance(expanded[variant % expanded.length] as string, variant);
  // A pair read across sentences: each half in a sentence of its own.
  if (pattern.includes(' && '))
    return pattern
      .split(' && ')
      .map((half) => instance(half, variant))
      .join('. ');
  const parsed = parsePattern(pattern);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed.parts
    .map((slots) =>
      slots
        .map((slot, k) => {
          const alt = slot.alternatives[(variant * 7 + k) % slot.alternatives.length];
          if (alt === undefined) throw new Error('a slot without alternatives');
          if (alt.kind !== 'class') return alt.text;
          const words = classWords(alt.text);
          return words[(variant * 3 + k) % words.length] ?? '';
        })
        .join(' '),
    )
    .join(' ');
}

/** Whether the engine finds `pattern` (of rule label `label`) in `text`. */
function finds(label: string, pattern: string, text: string): boolean {
  if (engine === undefined) throw new Error('no engine');
  return [...engine.matchText(engine.read(text, 10_000)).hits].some(
    (hit) => hit.label === label && hit.pattern === pattern,
  );
}

// Each mask as the engine holds it: a pattern with groups as the patterns it stands for.
const MASKS = TRIAGE_TABLES.filter((table) => MASK_LABELS.has(table.label)).flatMap((table) =>
  [...table.en, ...table.es].flatMap((written) =>
    (expandGroups(written) as string[]).map((pattern) => ({ label: table.label, pattern })),
  ),
);
// Texts each mask matches (a few variants of each), and the masks none of whose variants it matches.
const MASK_TEXTS = MASKS.flatMap(({ label, pattern }) =>
  [0, 1, 2].map((v) => instance(pattern, v)).filter((text) => finds(label, pattern, text)),
);
// Risk phrases: a text of every crisis and clinical rule of the tables, kept where a rule reads it as its class
// alone (not where it only asks nothing administrative: "daughter novio of" is no risk phrase).
const RISK_TEXTS = TRIAGE_TABLES.filter((t) => isCrisisCategory(t.label) || isClinicalCategory(t.label))
  .flatMap((table) =>
    [...table.en, ...table.es].flatMap((pattern) => [instance(pattern, 0), instance(pattern, 1)]),
  )
  .filter((text) => {
    const d = triageMessage(text, { rules });
    return d.outcome === 'crisis' || (d.outcome === 'clinical' && d.clinicalCategories.length > 0);
  });
// Before, after, in the same clause, in the next clause, in the next sentence.
const JOINS = [' ', ' and ', ', ', '; ', '. ', '\n'];
const priority = (text: string) => TRIAGE_CLASS_PRIORITY[triageMessage(text, { rules }).outcome];

describe('ORDINARY_SENSES and CLINICAL_SENSES', () => {
  it('are each one phrase of words in order: a mask never joins parts with &', () => {
    const joined = MASKS.filter(({ pattern }) => {
      const parsed = parsePattern(pattern);
      return typeof parsed === 'string' || parsed.parts.length !== 1;
    });
    expect(joined).toEqual([]);
  });

  it('are found in the texts built from them, so the property below reads real masks', () => {
    expect(MASK_TEXTS.length).toBeGreaterThan(MASKS.length);
    expect(RISK_TEXTS.length).toBeGreaterThan(500);
    expect(
      finds('ordinary_sense', 'killing ..1 me ..3 lol|already|thinking|just|honestly|haha', 'killing me lol'),
    ).toBe(true);
  });

  it('property: an ordinary sense in the same message never makes a risk phrase less urgent than alone', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MASK_TEXTS),
        fc.constantFrom(...RISK_TEXTS),
        fc.constantFrom(...JOINS),
        fc.boolean(),
        (mask, risk, join, maskFirst) => {
          const text = maskFirst ? `${mask}${join}${risk}` : `${risk}${join}${mask}`;
          expect(priority(text)).toBeLessThanOrEqual(priority(risk));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("keeps a crisis beside an ordinary sense that once reached across a sentence (I'm dead … lol)", () => {
    for (const text of [
      "i'm dead serious, i want to die lol",
      'lol im not ok, i want to kill myself, im dead',
      'omg i am going to be dead by friday, i took all my pills',
      'I nearly fainted when I saw the bill and I keep thinking about ending it',
    ]) {
      expect(triageMessage(text, { rules }).outcome).toBe('crisis');
    }
    expect(triageMessage("I'm so dead lol, I forgot my appointment", { rules }).outcome).not.toBe('crisis');
  });

  it('reads burned out as a symptom a clinician reads, never a burn and never an ordinary sense staff may pass', () => {
    for (const text of ['waive the charges burned out', 'im so burned out. can I reschedule']) {
      const d = triageMessage(text, { rules });
      expect(d.outcome, text).toBe('clinical');
      expect(d.clinicalCategories, text).toEqual(['symptoms']);
    }
  });
});

describe('ORDINARY_SENSES: hyperbole about things', () => {
  const things = classWords('thing');
  const people = [...classWords('partner'), ...classWords('family')].filter((w) => /^[a-z]+$/.test(w));
  const request = ', can I move my appointment to Friday?';

  it('leaves a thing that kills, is killer or is the death of one with staff, beside a request', () => {
    for (const text of [
      'Killer week at work, can I push Tuesday’s session to Thursday?',
      'the new waiting room music is killer',
      'GPS is trying to kill me, what is the address again?',
      'My FSA is going to be the death of me. Can I get receipts for my last 4 sessions?',
      'it’s murder getting across town, can I get the last slot on Friday?',
      'almost had a heart attack when I saw the bill, can you explain the charge?',
      'I was dead to the world and missed my appointment, can I rebook?',
      'I’m about to throw my laptop out the window, the portal won’t load. Can you resend the link?',
      'the pdf you sent is dead, can you resend it?',
    ]) {
      expect(priority(text), text).toBe(2);
    }
  });

  it('never reads a person as the thing: a person who kills, or is a killer, stays a crisis', () => {
    for (const text of [
      'he is trying to kill me',
      'my husband is a killer',
      'this guy is a killer',
      'I’m about to throw myself off a bridge',
      'I think I had a heart attack',
    ]) {
      expect(triageMessage(text, { rules }).outcome, text).toBe('crisis');
    }
    expect(priority('my husband will be the death of me')).toBeLessThan(2);
  });

  it('property: any thing of the class, in any of the forms, is hyperbole; any person in them is not', () => {
    const forms = [
      (x: string) => `the ${x} is killer${request}`,
      (x: string) => `killer ${x}${request}`,
      (x: string) => `the ${x} is trying to kill me${request}`,
      (x: string) => `the ${x} will be the death of me${request}`,
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...things),
        fc.constantFrom(...people),
        fc.constantFrom(...forms),
        (thing, person, form) => {
          expect(priority(form(thing))).toBe(2);
          if (!form('').startsWith('killer')) expect(priority(form(person))).toBeLessThan(2);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('ORDINARY_SENSES: an end that is a place, a number or a date', () => {
  it('leaves "on my end", a card that ends in a number and the end of the month with staff', () => {
    for (const text of [
      'Hi, can you update my card on file? Old one expired. New one ends 4417.',
      'my camera won’t turn on for the telehealth, is it on my end? can you resend the link?',
      'Can I get receipts for my last 4 sessions before the end of the month?',
      'Thank you for getting me in so fast, can I book the same time next week?',
    ])
      expect(priority(text), text).toBe(2);
  });

  it('never hides an ending of a life beside them', () => {
    for (const text of [
      'by the end of the month I want to end it all',
      'on my end, I just want it to end forever',
      'I want to end my life, my card ends in 4417',
    ])
      expect(triageMessage(text, { rules }).outcome, text).toBe('crisis');
  });
});

describe('ORDINARY_SENSES: a ride, a date for a booking, hyperbole about a boss, numb after the dentist', () => {
  it('leaves everyday errands that use words of risk with staff', () => {
    for (const text of [
      'Can my partner drive me to my appointment?',
      'My knee is killing me, can my partner drive me to my appointment?',
      'I picked a date for my intake. Is Tuesday ok?',
      'My boss is going to kill me. Can I move my session to 6?',
      "can i pay for my friend's session? she's going through it and money is tight. just put it on my card",
      "we have Cigna through my husband's job now, I'll upload it tonight",
      'me muero por una cita más temprano, si se abre algo avísenme porfa',
    ])
      expect(priority(text), text).toBe(2);
    expect(
      triageMessage('Need to push back an hour. Dentist ran over and my face is numb.').outcome,
    ).not.toBe('crisis');
  });

  it('still reads the threat, the plan and the emergency beside them', () => {
    for (const text of [
      "he said he'd drive me off the road",
      'my husband is going to drive me to the bridge and push me',
      'He said he will kill me if I leave him',
      'My husband is going to kill me if I leave. Can I cancel?',
      "I've picked the date. Saturday.",
      'I picked a date for it',
      'he goes through my phone every night',
      'my husband goes through all my messages',
      "I'm going to go through with it tonight",
      'my face is numb and drooping on one side',
      'me muero por dentro',
    ])
      expect(triageMessage(text, { rules }).outcome, text).toBe('crisis');
  });
});

describe('ORDINARY_SENSES: an interjection alone at the head of a sentence', () => {
  it('masks "Shoot," across its comma into the slip it introduces', () => {
    for (const text of [
      'Shoot, I forgot my appointment. Can I reschedule?',
      'shoot, i forgot to ask, is the office open on saturdays?',
      'Shoot, I double booked myself. Can we do 4:30 instead of 4?',
    ])
      expect(priority(text), text).toBe(2);
  });

  it('reaches only from a lone first word into the next clause: a threat beside it is still read', () => {
    for (const text of [
      'Shoot, I want to shoot myself',
      'Shoot, I forgot, I want to shoot myself',
      'shoot i messed up, im going to shoot myself',
      'Shoot, I have a gun',
    ])
      expect(triageMessage(text, { rules }).outcome, text).toBe('crisis');
    expect(triageMessage('I forgot, shoot, my appointment', { rules }).outcome).not.toBe('scheduling');
  });
});

describe('ORDINARY_SENSES: mishaps to things', () => {
  it('leaves a card destroyed in the wash, a frozen laptop, a lost text, a crawling bus and bad news with staff', () => {
    for (const text of [
      'my insurance card got destroyed in the wash lol, new member ID is W88213409',
      'the zoom link froze my laptop and it died, can u resend a new link',
      'Bad news, my dog destroyed my insurance card. Photo of the new one attached.',
      'I want a copy of the no-surprises notice, I lost mine.',
      'honestly this deductible is murder, how much is left before insurance kicks in?',
      'fire alarm went off in my building and we all got kicked out, can we do my session by phone?',
      'Ugh, the bus is crawling, I’m going to miss the first half. Can we switch to video for today?',
      'Dumb question but do I check in at the front desk or is there a kiosk?',
    ])
      expect(priority(text), text).toBe(2);
  });

  it('never reads an act on a person as one', () => {
    for (const text of [
      'he destroyed my phone so I can’t call anyone',
      'my husband destroyed my phone and took my keys. can I cancel?',
      'he kicked me out of the house last night, can I reschedule?',
      'I lost it and hit my kid',
    ])
      expect(triageMessage(text, { rules }).outcome, text).toBe('crisis');
    expect(priority('bad news i relapsed. can we move my appointment')).toBeLessThan(2);
  });
});

describe('ORDINARY_SENSES: things taken that are not a dose', () => {
  it('leaves a bus, a calendar or a picture taken with staff, and still reads pills taken', () => {
    for (const text of [
      'I took the bus and I’m running late, can we start at 3:15?',
      'my grandson took the calendar off the fridge, is my appointment Friday or Thursday?',
    ])
      expect(priority(text), text).toBe(2);
    for (const text of ['I took a bottle of pills, can I cancel?', 'he took my phone and my keys'])
      expect(triageMessage(text, { rules }).outcome, text).toBe('crisis');
  });
});

describe('SCHEDULING: a session held another way', () => {
  it('reads "can we do video", "do it over the phone" and "hacerlo por video" as requests', () => {
    for (const text of [
      "i'm going to be out of state for 3 weeks, can we do video from Ohio? is that allowed",
      'Lo siento, no voy a poder ir hoy, se me murio el carro. Podemos hacerlo por video?',
      "Shoot, I forgot to pay last month's balance. Can I do it over the phone?",
    ])
      expect(priority(text), text).toBe(2);
    expect(triageMessage('I want to do it tonight. Can we do video?', { rules }).outcome).toBe('crisis');
  });
});

describe('the desk in everyday words', () => {
  it('reads a time said to be better, a link that does not work, a picture sent, help to pay, a text asked for', () => {
    for (const text of [
      'Can I get an earlier slot next week? Mornings are better for me.',
      'I’m running about 10 minutes late, sorry! Traffic is terrible.',
      'My insurance changed on January 1st. I’ll send a picture of the new card.',
      'The link isn’t working, it says the meeting hasn’t started.',
      'The new billing system is a nightmare, can you help me pay?',
      'Can you shoot me the link again?',
      'I was hanging on hold forever, can someone call me back?',
      'My kid threw up in the car so I’m going to be late',
    ])
      expect(priority(text), text).toBe(2);
  });

  it('reads a death in the family as a bereavement a clinician reads, and the same words of risk as before', () => {
    expect(triageMessage('We had a death in the family, I need to cancel Thursday.', { rules }).outcome).toBe(
      'clinical',
    );
    for (const text of [
      'There was a death in my family and I want to die too',
      'please help me get through the night',
      'I threw up blood, can I cancel?',
      'I’ll send a picture of the cuts',
    ])
      expect(triageMessage(text, { rules }).outcome, text).toBe('crisis');
    expect(priority('I made myself throw up again. can we reschedule')).toBeLessThan(2);
  });
});

describe('the desk in formal and spoken words', () => {
  it('reads looking into it, providing that, being able to make it, a card lost, a cane', () => {
    for (const text of [
      'I received a statement saying I owe $85 but I believe it was covered. Could you please look into it?',
      'This is Tom calling about my wife’s appointment on Monday. She won’t be able to make it. Please call me back.',
      'I’d like to update my credit card on file. The old one was lost.',
      'Could someone please tell me if there is an elevator in the building? I use a cane.',
      'My son’s school needs a form showing he attended his session on Tuesday. Could you provide that?',
    ])
      expect(priority(text), text).toBe(2);
    expect(
      triageMessage("I don't think I'll be able to make it much longer. Can I cancel my sessions?", { rules })
        .outcome,
    ).toBe('crisis');
  });
});

describe('making it and coming in', () => {
  it('reads not coming or making it on a day as a request, and not making it through the night as a crisis', () => {
    for (const text of [
      'My roommate asked me to let you know she can’t come today, her car broke down.',
      'Can’t make it tonight, sorry for the late notice. Will I be charged?',
      'I can’t make it to my appointment today, can we reschedule?',
      'I can’t make it to work tomorrow, can I cancel?',
      'Hey can we bump my session to 4:30? Got held up at work.',
      'Is there any way to get a later time on Wednesday? I have a meeting that runs until 5.',
      'Hi, I think I missed my appointment this morning?? I had it down for tomorrow. So sorry.',
      'What’s the earliest you have next week?',
    ])
      expect(priority(text), text).toBe(2);
    for (const text of [
      'I can’t make it through tonight. can you cancel my appointments',
      'I don’t think I’ll make it through the night',
      'I won’t make it to the weekend. can you cancel my appointments',
      'he held me down and I couldn’t move, can I cancel tomorrow',
    ])
      expect(triageMessage(text, { rules }).outcome, text).toBe('crisis');
  });
});

describe('formal letters to the desk', () => {
  it('reads a purpose a form asks for, a paper version, a closing such as "Yours faithfully"', () => {
    for (const text of [
      'Dear Sir or Madam, please send my statements for tax purposes. Yours faithfully, Robert Chen',
      'Hello, the portal keeps timing out on the intake paperwork. Is there a paper version?',
      'Tengo una pregunta sobre mi cuenta, ¿quién me puede ayudar?',
    ])
      expect(priority(text), text).toBe(2);
    expect(triageMessage('I cut myself on purpose for my own purposes', { rules }).outcome).toBe('crisis');
    expect(priority('I did it on purpose, can I cancel?')).toBeLessThan(2);
  });
});

describe('hyperbole of the day', () => {
  it('reads sweating bullets, beat after work, a punch in the gut, deadly traffic, "Shoot, I left…" as everyday', () => {
    for (const text of [
      'I was sweating bullets about being late, sorry!',
      'I’m beat after work, any chance of a morning slot?',
      'That bill was a punch in the gut, is there a payment plan?',
      'Shoot, I left my wallet at home, can I pay next time?',
      'The traffic is deadly today, I’m running 10 late',
    ])
      expect(priority(text), text).toBe(2);
    for (const text of ['he beat me after work, can I cancel', 'I bought bullets today. can I cancel friday'])
      expect(triageMessage(text, { rules }).outcome, text).toBe('crisis');
  });
});

describe('an emergency contact added by the one who asks', () => {
  it('leaves "Can I add my husband as an emergency contact?" with staff, and reads danger beside it', () => {
    expect(priority('Can I add my husband as an emergency contact?')).toBe(2);
    for (const text of [
      'Can I add my husband as an emergency contact? He hits me when he’s angry.',
      'my husband is dangerous and I’m scared, can I add my sister as an emergency contact?',
    ])
      expect(triageMessage(text, { rules }).outcome, text).toBe('crisis');
  });
});

describe('following up', () => {
  it('reads following up on a request as the desk, and following a person as a risk', () => {
    for (const text of [
      'Just following up on my records request, any update?',
      'Hi, following up on my message about my bill. Can someone call me?',
    ])
      expect(priority(text), text).toBe(2);
    for (const text of [
      'he keeps following me up to my door, can I cancel tonight',
      'he has been following me, just following up on my request for a new time',
    ])
      expect(triageMessage(text, { rules }).outcome, text).toBe('crisis');
  });
});

describe('billing in everyday words', () => {
  it('reads an appeal, an EOB that makes no sense, a balance past due, a job and insurance lost', () => {
    for (const text of [
      'My insurance is a joke, they denied it again. Can you appeal?',
      'Can you explain this EOB? It makes no sense to me.',
      'The statement says past due but I’m on autopay, what happened?',
      'I lost my job and my insurance, what are my options?',
    ])
      expect(priority(text), text).toBe(2);
    expect(priority('life makes no sense, can I cancel friday')).toBeLessThan(2);
  });
});

describe('a session cut off, a heart attack at a price, pictures of a card, a time aimed for', () => {
  it('reads them as the desk, and the same words of risk as before', () => {
    for (const text of [
      'Session cut off bc my laptop died, I’ll be back in 2 min!!',
      'Last time I got a ticket and about had a heart attack at the price. Is there street parking?',
      'I switched jobs, my insurance is now Aetna. Pics of front and back attached.',
    ])
      expect(priority(text), text).toBe(2);
    for (const text of [
      'I think I’m about to have a heart attack',
      'my session cut off and I cut myself after',
    ])
      expect(triageMessage(text, { rules }).outcome, text).toBe('crisis');
  });
});

describe('ORDINARY_SENSES: things that die, fees that are killers, weeks one drowns in (set h)', () => {
  const outcome = (text: string) => triageMessage(text, { rules }).outcome;
  it('keeps everyday hyperbole off the on-call line', () => {
    for (const text of [
      'Overdose of paperwork this month lol. Payment plan for the $220?',
      'shoot me el link porfa, no me llego el email',
      'the holidays murdered my budget, can I pay half now?',
      'finals are killing me, can we skip next week?',
      'my headphones dead, can I just use the speaker?',
      "I'm drowning in EOBs from your office. Which ones do I owe?",
      "I'm absolutely drowning this week, can we push to next?",
      'stuck on the freeway dying a slow death, 20 min late. still ok?',
      "appt ran over, I'm running on fumes but I can make 5",
      'Can I jump to a later time tomorrow?',
      'the late fee on my statement is a killer, can it be waived?',
      'estoy ahogada en deudas, puedo pagar la mitad ahora?',
    ])
      expect(outcome(text), text).not.toBe('crisis');
  });
  it('still reads the crisis beside them, and the same words about a person', () => {
    for (const text of [
      "I'm drowning in bills and I want to die",
      'finals are killing me and honestly I want to kill myself',
      'I want to jump off the bridge tonight',
      "he's going to kill me if I leave",
      'I took an overdose of my pills',
      'I would take a bullet to end it',
    ])
      expect(outcome(text), text).toBe('crisis');
  });
});

describe('ORDINARY_SENSES: dead on one’s feet', () => {
  it('reads "I will be dead on my feet" as tiredness beside a request, and "I will be dead" alone as a crisis', () => {
    const request =
      'I will be dead on my feet after my night shift, is it ok if I do the video call from my car?';
    expect(triageMessage(request, { rules }).outcome).toBe('scheduling');
    expect(
      triageMessage('I will be dead soon. Can I do the video call from my car?', { rules }).outcome,
    ).toBe('crisis');
  });
});

describe('ORDINARY_SENSES: hell, a zoo, a circus, a train wreck said of things', () => {
  it('reads a thing from hell, a zoo, a circus or a train wreck beside a request as an ordinary sense', () => {
    for (const [text, outcome] of [
      ['Can I move to 4pm? My commute from hell ran late.', 'scheduling'],
      ['Can I reschedule to Friday? Work is a zoo this week.', 'scheduling'],
      ['Can you resend the superbill? The insurance call was hell.', 'billing'],
      ['Can I reschedule to Friday? My schedule is a total train wreck.', 'scheduling'],
      ['Cancel my 3pm please, stomach bug from hell', 'scheduling'],
    ] as const)
      expect(triageMessage(text, { rules }).outcome).toBe(outcome);
  });

  it('leaves hell said of a life, a day or oneself with a clinician, and risk beside the hyperbole a crisis', () => {
    for (const text of [
      'Can I reschedule to Friday? My life is hell.',
      'Can I reschedule to Friday? Every day is hell.',
      'Can I reschedule to Friday? I am a train wreck.',
    ])
      expect(triageMessage(text, { rules }).outcome).toBe('clinical');
    expect(triageMessage('Work has been hell and I want to die. Can I reschedule?', { rules }).outcome).toBe(
      'crisis',
    );
  });
});

describe('ORDINARY_SENSES: a diagnosis code or a condition named in a billing or booking request', () => {
  it('sends a missing or wrong diagnosis code on a superbill and an intake for a condition to staff', () => {
    for (const [text, outcome] of [
      ['The diagnosis code on my superbill is wrong, can you fix it?', 'billing'],
      ['My insurance needs the diagnosis code, can you add it to the superbill?', 'billing'],
      ['Can you list the CPT and diagnosis codes on the receipt? My insurance needs them.', 'billing'],
      ['Do you offer a receipt with a diagnosis code? My insurance wants it for reimbursement', 'billing'],
      ["I'd like to schedule an intake for anxiety.", 'scheduling'],
      ["Can I book an intake for my son's ADHD?", 'scheduling'],
      [
        "I finally got the court order showing I can consent for my daughter's treatment. Uploading now.",
        'paperwork',
      ],
    ] as const)
      expect(triageMessage(text, { rules }).outcome).toBe(outcome);
  });

  it('property: a question about a diagnosis or a treatment beside any such request stays with a clinician', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'The diagnosis code on my superbill is wrong, can you fix it?',
          "I'd like to schedule an intake for anxiety.",
          'Can you resend the receipt?',
          'Can you resubmit the claim with the correct diagnosis code?',
          'Can you email me a copy of the treatment agreement I signed?',
        ),
        fc.constantFrom(
          'what is my diagnosis?',
          'Should I change my treatment?',
          'Is my treatment working?',
          'What does my diagnosis code mean?',
          'Can you send my treatment summary to my new psychiatrist?',
        ),
        fc.boolean(),
        (request, question, first) => {
          const text = first ? `${question} ${request}` : `${request} ${question}`;
          expect(triageMessage(text, { rules }).outcome).toBe('clinical');
        },
      ),
    );
  });
});

describe('ORDINARY_SENSES: audio cutting in and out, a call that died, a card the bank killed', () => {
  it('keeps these off the on-call line, and the same words about a person or a body a crisis', () => {
    for (const text of [
      "Audio's cutting in and out on my end, I'll switch to the computer. Be right back.",
      'zoom froze and the whole thing just died on my end. do i rejoin or will she call me',
      'My card got skimmed and the bank killed it. New card coming Friday, can I pay then?',
      'Whoever designed that intake form deserves a medal, I killed it in 10 minutes',
    ])
      expect(triageMessage(text, { rules }).outcome).not.toBe('crisis');
    for (const text of [
      "I've been cutting again. the audio is cutting in and out",
      'I cut in and out of my arm',
      "my baby wouldn't stop so I killed it",
      'I killed it. can I reschedule',
    ])
      expect(triageMessage(text, { rules }).outcome).toBe('crisis');
  });
});

describe('ORDINARY_SENSES: a relative’s funeral to attend, and everyday idioms of things', () => {
  it('leaves a relative’s funeral named beside a request with staff, in English and Spanish', () => {
    for (const text of [
      'Hi! The funeral for my great aunt is Monday so I need to skip that day. Could we do Wednesday instead?',
      "My grandmother's funeral is Thursday in Ohio so I'll miss my appointment that day. Is there a late cancel fee?",
      'I need to cancel Friday. Funeral for my uncle. Thanks for understanding',
      'I have a funeral to go to Thursday, can I move to Friday?',
      'No voy a poder ir mañana porque es el funeral de mi tío, ¿me pueden cambiar la cita?',
    ])
      expect(priority(text), text).toBe(2);
  });

  it('still reads one’s own funeral as a crisis and a death in the family as a bereavement a clinician reads', () => {
    for (const text of [
      "I'm planning my own funeral, can I cancel Friday?",
      'I made a playlist for my funeral. can i get a receipt',
      'After the funeral on Friday I’m going to join her. Can I cancel?',
    ])
      expect(triageMessage(text, { rules }).outcome, text).toBe('crisis');
    for (const text of ['my mom died last week, can I cancel friday?', 'mi tío murió, ¿puedo cancelar?'])
      expect(triageMessage(text, { rules }).outcome, text).toBe('clinical');
  });

  it('leaves rejoining a call, dead Wi-Fi, keys locked in a car, running late and other idioms of things with staff', () => {
    for (const text of [
      "my phone died in the middle of the session, I'm so sorry!! can you tell Ana I'll jump back on in 2 min",
      'Our Wi-Fi is dead again, ugh. Phone session OK?',
      'el Wi-Fi en mi casa está muerto otra vez, ugh. se puede por teléfono?',
      "my phone's at 2% and about to die, whats the call in number",
      'I locked my keys in the car. Can we start at 3:15?',
      'running 5 late, parking garage is a nightmare',
      'last week was a hard session but I left feeling lighter. Can I move Thursday to the afternoon?',
      'sorry, the baby was screaming bloody murder during our session. can we redo the last 10 min next time?',
    ])
      expect(triageMessage(text, { rules }).outcome, text).not.toBe('crisis');
    for (const text of [
      "my phone died, I'll jump back on in 2 min. Can you tell Ana?",
      'Our Wi-Fi is dead again, ugh. Phone session OK?',
      'I locked my keys in the car. Can we start at 3:15?',
    ])
      expect(priority(text), text).toBe(2);
  });

  it('never reads the same words of a person, a height or an engine as idioms', () => {
    for (const text of [
      "I'll jump back on the tracks tonight",
      'I locked myself in the car with the engine running',
      "I'm in the parking garage with the engine running, can I cancel",
      'I looked up how high the parking garage is. 7 floors. I think that would be enough.',
      'I am about to die, whats the call in number',
    ])
      expect(triageMessage(text, { rules }).outcome, text).toBe('crisis');
  });

  it('property: any relative’s funeral, in either order, beside a request reaches staff; beside a crisis it stays one', () => {
    const relatives = ['aunt', 'uncle', 'grandmother', 'grandpa', 'cousin', 'mom', 'brother', 'neighbor'];
    const forms = [
      (r: string) => `The funeral for my ${r} is Friday.`,
      (r: string) => `My ${r}'s funeral is Friday.`,
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...relatives),
        fc.constantFrom(...forms),
        fc.boolean(),
        (relative, form, first) => {
          const funeral = form(relative);
          const request = 'Can I reschedule to Monday?';
          expect(priority(first ? `${funeral} ${request}` : `${request} ${funeral}`)).toBe(2);
          expect(triageMessage(`${funeral} I want to die.`, { rules }).outcome).toBe('crisis');
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('ORDINARY_SENSES: idioms of the desk, a service with its price or booking, nerves about a first visit', () => {
  it('leaves them with staff beside a request', () => {
    for (const text of [
      'Sorry to be a pain, but my work schedule just changed to 2nd shift. Can we move me to mornings?',
      'Faxing is such a pain. Can I email the release instead?',
      'Got the statement, thanks. My bad for the late payment — went out today.',
      'Hi, can I confirm I’m down for 3:30 on the 12th? My calendar ate the invite',
      'My appt is with Rachel at 2, I’m in the lobby but nobody’s at the desk',
      'My flight got shot down, I mean cancelled lol, stuck in Atlanta. Video instead tomorrow?',
      'can we do 30 min instead of 50 this week? crazy schedule',
      'how much does a psych eval cost out of pocket',
      'Is there a copay for the 15 min med check or just the full visits?',
      'do y’all have a waitlist for the teen DBT group?',
      'Hi, I’m looking to start therapy for my anxiety. Are you accepting new clients and do you take United?',
      'I’m super nervous about my first appointment on Wed. Where do I park?',
      'hola! estoy super nerviosa por mi primera cita el lunes, ¿qué tengo que llevar?',
    ])
      expect(priority(text), text).toBe(2);
  });

  it('still reads pain, a burden, despair, a shooting, an evaluation for a purpose and a clinical question', () => {
    for (const text of [
      'Sorry to be a pain, but I can’t stop crying',
      'nobody got back to me. nobody cares anyway',
      'my brother got shot down the street, can I cancel',
      'Should I get a psych eval? How much does it cost?',
      'my surgeon wants a psych evaluation before the procedure, how much does it cost?',
      'what’s the price of a psych eval, and do you think I need one?',
      'I feel worse since we started. Is there a copay for the med check?',
      'Is there a copay for the med check? Also should I up my dose?',
      'I’m so nervous about my first appointment I haven’t slept in days',
      'Do you think the DBT group would help me? what does it cost',
    ])
      expect(priority(text), text).toBeLessThan(2);
    for (const text of [
      'I’m nervous about my first session because I’m scared I’ll hurt myself',
      'Worst week of my life. I want to die. Can I cancel?',
    ])
      expect(triageMessage(text, { rules }).outcome, text).toBe('crisis');
  });
});

describe('ORDINARY_SENSES and GENERAL: a desk that did not answer, a bill that confuses, the office’s policies', () => {
  it('leaves them with staff', () => {
    for (const text of [
      'nobody got back to me about my refund, any update?',
      'Is there a waitlist for the Wednesday evening DBT skills group? My therapist suggested I ask',
      'just tried to call, mailbox is full',
      'will the therapist be on time?',
      'I got a collections notice for a bill from 2023?? Can we figure this out before it tanks my credit',
      'I got a bill for $210 and I’m so confused. Can someone explain what it’s for?',
      'Is it normal for the intake to take 90 minutes? I need to know if I should take a half day',
    ])
      expect(priority(text), text).toBe(2);
  });

  it('still reads nobody caring, nobody getting one, and confusion about where one is', () => {
    expect(triageMessage('nobody at the office cares about me. can I cancel', { rules }).outcome).toBe(
      'crisis',
    );
    for (const text of ['nobody gets me. can I cancel', 'I’m so confused and I don’t know where I am'])
      expect(priority(text), text).toBeLessThan(2);
  });
});

describe('GENERAL and ORDINARY_SENSES: a login that fails, everything covered, lost on the way', () => {
  it('leaves them with staff, a bare plea about them too', () => {
    for (const text of [
      'I’ve been locked out of the portal for three days. Password reset email never comes. Help!',
      'portal says my password is expired and then won’t send the reset email. help',
      'I thought the supplement covered everything after Medicare pays. Why did I get a bill?',
      'I dread the phone so much, can I just do everything by message?',
      'I got totally lost last time, the GPS sends you behind the Walgreens. Is there a better entrance?',
      'Can you resend the intake packet for my daughter? I lost track of it',
    ])
      expect(priority(text), text).toBe(2);
  });

  it('never reads everything done, stored or given as an errand, nor being lost in oneself', () => {
    expect(
      triageMessage(
        'Please pass to Sarah: I went to the pharmacy and filled everything early. Stockpile complete lol. Don’t worry about me this weekend.',
        { rules },
      ).outcome,
    ).toBe('crisis');
    for (const text of [
      'I got so lost in my head. can I cancel',
      'I can’t do everything anymore. can I cancel',
    ])
      expect(priority(text), text).toBeLessThan(2);
  });
});

describe('ORDINARY_SENSES and SCHEDULING: a child who cannot be left alone, fitting someone in, driving in', () => {
  it('leaves them with staff', () => {
    for (const text of [
      'hola, mi hijo amaneció con fiebre y no lo puedo dejar solo. ¿podemos hacer la cita por video?',
      'Thank you for squeezing me in last week. Also I think I left my scarf in the waiting room?',
      'Is the office open the day after Thanksgiving? I have a 10am and I want to make sure before I drive in',
      'Hi team, how long do record requests take? My underwriter is breathing down my neck',
      'Do you bill secondary insurance? I’m on my wife’s plan and my own',
    ])
      expect(priority(text), text).toBe(2);
  });

  it('never reads an act on a person, a harm, a drive into danger or a preparation in case as one of them', () => {
    expect(priority('he was squeezing me in the car, can I cancel')).toBeLessThan(2);
    for (const text of [
      "I can't leave him alone, he'll hurt himself",
      "I'm going to drive into the lake before I drive in",
    ])
      expect(triageMessage(text, { rules }).outcome, text).toBe('crisis');
  });
});

describe('SCHEDULING and GENERAL: a visit one cannot make, the waiting room in Spanish, a card frozen', () => {
  it('leaves them with staff', () => {
    for (const text of [
      "Can't do tomorrow, my car died on the highway. Video instead?",
      "She asked me to let you know she's stuck at the airport. She won't make her 3pm.",
      'ya estoy en la sala de espera pero no hay nadie en recepción',
      'Hi, I need to change the card on file. The old one got frozen after somebody used it to buy sneakers',
    ])
      expect(priority(text), text).toBe(2);
  });

  it('still reads an ending beside them', () => {
    expect(triageMessage("I can't do tomorrow. I'm done with everything", { rules }).outcome).toBe('crisis');
  });
});

describe('hyperbole about a thing stays off the on-call line; the same words about a person stay a crisis (lead, 2026-12-05)', () => {
  const triage = (text: string) => triageMessage(text, { rules });
  // A device, a bill or a plan that died, is dead or was killed; dying OF an emotion; "me mató la batería".
  const THING = fc.constantFrom(
    'my email is dead',
    'the power is dead at my house',
    'the zoom keeps killing my audio',
    'lol i killed my screen',
    'i killed my phone battery',
    'the video froze and died',
    'my laptop crashed and then died',
    'that 3pm slot kills my whole workday',
    "I'm going to strangle my printer",
    'I am going to murder the insurance company lol',
    "I'll die of shock if my insurance covers this",
    "I'm gonna die of embarrassment",
    'dying of curiosity',
    'starving to death in this waiting room',
    "I'm a dead man if I miss my kid's recital",
    'it would kill me to pay it all at once',
    'the link in the text is cut off',
    'se me fue la señal y me mató la batería',
    'me quiero morir de la vergüenza',
    'me quiero matar con este tráfico',
    'hay un tráfico de muerte en la 99',
  );
  const REQUEST = fc.constantFrom(
    'can we move to friday?',
    'can I pay the copay next time?',
    '¿me pueden cambiar la cita?',
    '',
  );
  it('property: alone or beside a request, it is not a crisis', () => {
    fc.assert(
      fc.property(THING, REQUEST, (thing, request) => {
        const text = `${thing}. ${request}`.trim();
        expect(triage(text).outcome, text).not.toBe('crisis');
      }),
      { numRuns: 80 },
    );
  });
  it('keeps the same words a crisis when a person, a means, a day or a risk statement is in them', () => {
    for (const text of [
      "I'm going to kill my whole class",
      "i'm gonna kill my whole shift tomorrow",
      'my phone died and I want to die',
      'my laptop crashed and i want to die',
      'the bill is killing me and i want to die',
      "I'm a dead man if I don't get out of here, he has a gun",
      'the line went dead and he said he is coming to kill me',
      'it would kill me to go on',
      'me mato el viernes',
      'me mato la semana que viene',
      'me quiero matar con pastillas',
      'me quiero matar con el carro',
      'me quiero morir',
      'i want to die of an overdose',
      'kill myself in the car tonight',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });
  it("reads a medicine that kills one's sex drive or appetite as the prescriber's matter", () => {
    expect(triage('the sertraline is killing my sex drive lol. is that forever').outcome).toBe('clinical');
    expect(triage('this med is killing my appetite').outcome).toBe('clinical');
  });
});

describe('ORDINARY_SENSES (admin14, set bf): the emergency room a bill came from, a link cut off, stress at a bill', () => {
  const staff = (text: string) => expect(priority(text), text).toBe(2);
  const crisis = (text: string) => expect(triageMessage(text, { rules }).outcome, text).toBe('crisis');
  const notStaff = (text: string) => expect(priority(text), text).toBeLessThan(2);

  it('leaves a bill or a charge from the emergency room with staff; a visit that was a crisis stays one', () => {
    for (const text of [
      'I got a bill from the emergency room for my son, does our plan cover it?',
      'Is the emergency room bill from June something you send or the hospital?',
      'Me llegó una factura de la sala de emergencias, ¿la cubre mi seguro?',
      '¿El cobro de urgencias es de ustedes o del hospital?',
    ])
      staff(text);
    for (const text of [
      'the ER pumped my stomach last night, is the visit covered?',
      'I got a bill from the emergency room after my overdose, is it covered?',
      "I'm in the emergency room right now, can I cancel my 3pm?",
      'me llevaron a urgencias porque me tomé todas las pastillas, ¿cuánto es la factura de urgencias?',
    ])
      crisis(text);
  });

  it('leaves a link cut off on the screen with staff; a statement beside it stays', () => {
    staff('The link in your email is cut off, can you send it again?');
    crisis('I cut myself again. the link is cut off');
  });

  it('leaves stress, fright or confusion caused by a named bill, fee or link with staff; a life that is too much stays', () => {
    for (const text of [
      'this statement is stressing me out, why does it say $210?',
      "I'm freaking out a little over the late fees, can you waive one?",
      'I have two zoom links and I am confused which one is right for Monday',
      "I'm confused because your office's name is on the hospital bill, is it yours?",
      'My card got covered under my husband’s plan in May, can you update it?',
      'I got kicked off my dad’s insurance when I turned 26. Do you take Oscar?',
    ])
      staff(text);
    for (const text of [
      'this bill is the last straw, I am done with everything',
      "everything is stressing me out and I can't sleep, can you explain the charge?",
      'my dad is confused and does not know where he is, can you move his visit?',
      'my plan is set for Friday. can you cancel my sessions?',
    ])
      notStaff(text);
    crisis('this bill is the last straw, I am done with everything');
    crisis('my plan is set for Friday. can you cancel my sessions?');
  });
});

describe('admin14, set bf: health words used for the desk, a day one cannot make, a desk thing that fails, identifiers', () => {
  const staff = (text: string) => expect(priority(text), text).toBe(2);
  const crisis = (text: string) => expect(triageMessage(text, { rules }).outcome, text).toBe('crisis');
  const notStaff = (text: string) => expect(priority(text), text).toBeLessThan(2);

  it('leaves a med list sent on, med management named as a service, a prescriber’s details and a leave with staff', () => {
    for (const text of [
      'Could you fax my current med list to my new pharmacy on Oak St?',
      'Does anyone there do evening appointments for med management?',
      'my prescriber info changed, can you update it?',
      'my therapist is on maternity leave, who do I see until she is back?',
      'Here is the new card.\nPlan: Ambetter Gold\nID: W8830012277\nRx BIN 004336\nThanks',
      'I tested positive for covid this morning, can we switch to video?',
    ])
      staff(text);
    for (const text of [
      'Can you send my med list? I stopped taking all of them and I feel awful.',
      "Can you send my med list, I'm going to take them all tonight",
      "my med management isn't working, I haven't slept in days, can I book sooner?",
      'my prescriber said to take all of them at once, can you update my chart?',
      "I'm on maternity leave and I can't stop crying, who do I see in the meantime?",
    ])
      notStaff(text);
  });

  it('leaves a day one cannot make, a session still on and no sitter with staff, in English and Spanish', () => {
    for (const text of [
      'mañana no puedo, mi jefe no me da permiso. ¿el viernes?',
      'Need to move Tuesday 4pm. Ice on the roads.',
      'is Thursday the 9th still on? the text said the 10th',
      'can I bring my toddler to session? no sitter friday',
      'thanks for squeezing me in',
    ])
      staff(text);
    for (const text of [
      'mañana no puedo más, ya no aguanto. ¿el viernes?',
      'el viernes no llego, ya lo decidí. ¿me cancelan todo?',
      'mañana no voy a estar, ¿me cancelan todo?',
      'Need to move Monday 9am. I won’t be around after that.',
      'is the plan still on for friday? I have the pills',
      'can I cancel thursday? no reason to keep going',
      'he was squeezing me, can I cancel?',
    ])
      notStaff(text);
  });

  it('leaves a device or an app that fails, an app’s language and a card replaced with staff', () => {
    for (const text of [
      'no me funciona el enlace, dice que la reunión no ha empezado',
      '¿cómo cambio el idioma del portal a español?',
      'la cámara no sirve en la compu, ¿puedo hacer solo audio hoy?',
      "Chrome isn't letting me allow the camera, which browser should I use?",
      'new card ending 4417. please replace the old one',
      'autopay failed. insufficient funds. can you try again friday?',
      'my coverage was retroactively approved back to March, can you rebill?',
    ])
      staff(text);
    crisis('no me funciona el enlace y ya no quiero vivir');
  });

  it('reads a word of letters and four digits or more as an identifier, never one with fewer (k1ll, d13)', () => {
    staff('Please update my insurance.\nMember ID: QX44019921\nThanks');
    crisis('I want to k1ll myself. Member ID: QX44019921');
    notStaff('Please update my insurance. d13 d13 d13');
  });

  it('leaves traffic that is horrible, an old address and only attendance with staff; feeling horrible or alone stays', () => {
    for (const text of [
      'El tráfico está horrible, voy a llegar 15 min tarde. ¿Todavía puedo entrar?',
      'Mándenme la factura por correo, ya no vivo en la dirección de antes.',
      'Solo asistencia, no notas. ¿La pueden mandar por correo?',
      'whoever manages the front desk deserves a medal. see you thurs',
      'I hope your week is going better than mine lol. Can I move Wednesday to Thursday?',
    ])
      staff(text);
    for (const text of [
      'Me siento horrible, voy a llegar tarde',
      'ya no vivo, mándenme la factura por email',
      'me siento solo, ¿la pueden mandar?',
      'I deserve to die. see you thurs',
      "I hope your week is going better than mine, I can't do this anymore. Can I move Wednesday?",
    ])
      notStaff(text);
  });
});

describe('ORDINARY_SENSES (admin14, third batch): driving, taking and quitting said of the day’s logistics', () => {
  it('leaves a drive, a form that took an hour, a map that took one astray and a line that quit with staff', () => {
    for (const text of [
      'its a 35 min drive for me, can we move it to 10?',
      "can I do my session from the car? I'll be parked not driving",
      'I drive a school bus until 4, can I move my appointment to 4:30?',
      "I'll be unable to drive for two weeks after my knee surgery, can we go virtual?",
      'that intake took me an hour, is it saved?',
      'the site took me 6 tries, did my payment go through?',
      'the gps took me to the wrong building, where are you?',
      'our landline quit after the storm, please use my cell',
      "I'm over the moon with how fast you fixed my claim, thank you",
      'does your office do that or do I call my insurance for the prior auth?',
      'el estacionamiento de su edificio siempre está lleno, ¿hay otro lugar?',
    ])
      expect(priority(text), text).toBe(2);
  });

  it('never reads a drive into danger, pills taken, medicines quit, fasting or a roof that way', () => {
    for (const text of [
      "I'm going to drive the truck into the lake tonight, cancel friday",
      "I'm going to drive off the bridge, it's a 35 min drive",
      'I took 30 pills, can I reschedule?',
      'took me an hour to stop the bleeding, can I reschedule?',
      'me voy a tirar de la azotea del edificio, ¿me cancelan la cita?',
      "I'll do it tonight, does your office do that?",
    ])
      expect(triageMessage(text, { rules }).outcome, text).toBe('crisis');
    for (const text of [
      'I quit my meds last week, can I reschedule?',
      "I've been fasting for 5 days, can I reschedule?",
    ])
      expect(priority(text), text).toBeLessThan(2);
  });
});

describe('ORDINARY_SENSES (admin14, fourth batch): a condition named as the reason for a referral, an opening or a group', () => {
  it('leaves the referral, the child of an age with the condition and the condition’s group with staff', () => {
    for (const text of [
      'Do you take Medicaid? His pediatrician referred us for ADHD.',
      'Do you have openings for a 12 year old with anxiety? We have Aetna.',
      'is there a waitlist for the grief group? how much is it',
    ])
      expect(priority(text), text).toBe(2);
  });

  it('never leaves what the condition makes one do, or how the child is, with staff', () => {
    for (const text of [
      'my pediatrician referred us for anxiety because she tried to hang herself, do you take Medicaid?',
      'my 11 year old with anxiety said she wants to die, do you have openings?',
      'the anxiety group made me want to kill myself, how much is it?',
    ])
      expect(triageMessage(text, { rules }).outcome, text).toBe('crisis');
    expect(priority("my 11 year old with anxiety hasn't slept in days, any openings?")).toBeLessThan(2);
  });
});

describe('idioms whose risk word names no harm stay off the on-call line (lead, 2026-12-05)', () => {
  const triage = (text: string) => triageMessage(text, { rules });
  it('reads each idiom as its everyday sense', () => {
    for (const text of [
      "I just want to know what I owe. I don't want surprises. Been burned before",
      "can you reset my password? I'm hopeless with passwords",
      'Got the hang of the portal finally!',
      "my university's bridge program referred me",
      "I've retired from the railroad and my insurance is now Medicare",
      'copay went from 20 to 45?? was not ready for that jump scare',
      'Getting old is a killer',
      'los exámenes finales son del 8 al 12. podemos saltar esa semana?',
      'me van a cortar el seguro el fin de mes',
      'el sistema me quemó dos veces la tarjeta',
      'la recepcionista es una pistola, me resolvió todo',
      'me voy a tirar un clavado a la alberca con mis hijos el sábado',
    ])
      expect(triage(text).outcome, text).not.toBe('crisis');
  });
  it('keeps the same words a crisis where they name a harm', () => {
    for (const text of [
      'i burned myself again',
      "i'm going to hang myself",
      'me corté los brazos',
      'me voy a tirar del puente',
      'me voy a tirar al río',
      "i'm going to jump in front of the train near the railroad",
      'me quiero cortar',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });
});

describe('a clinical rule word in its administrative sense, said with its neighbour, reaches staff (admin16)', () => {
  const triage = (text: string) => triageMessage(text, { rules });
  const toStaff = (text: string) => {
    const outcome = triage(text).outcome;
    return outcome !== 'crisis' && outcome !== 'clinical';
  };
  it('reads records that exist, dates, a visit summary, CHIP, a wellness program, a Blue plan, the psych NP and a lost card as the desk', () => {
    for (const text of [
      "I need a copy of my son's treatment summary for his new school in Texas. Do I have to sign something?",
      'Can I get a visit summary for insurance?',
      'Hola mi niña tiene CHIP, ¿lo aceptan?',
      'Cambié de dirección, la nueva es 1520 Calle Robles, apto 3. Por favor actualícenla.',
      '¿sigue mi cita o no?',
      'do you accept Florida Blue?',
      'I left my blue umbrella in the waiting room Tuesday, can I grab it Thursday?',
      'is the psych NP taking new patients?',
      'I lost my card, can you send the link again?',
    ])
      expect(toStaff(text), text).toBe(true);
  });
  it('keeps the clinical twin with a clinician', () => {
    for (const text of [
      "my treatment isn't working",
      'can you change my diagnosis',
      'I lost my meds, can I get a refill?',
      'I need a treatment summary for court, can my therapist write it?',
      'can you send my treatment summary to my new psychiatrist',
      'estoy apto para volver a trabajar? necesito la carta',
    ])
      expect(triage(text).outcome, text).toBe('clinical');
  });
  it('keeps the crisis twin a crisis', () => {
    for (const text of [
      'they put a chip in my head and it tells me to hurt people',
      'Can I get a copy of my treatment summary? I lost my will to live',
      'I lost my card and I lost the will to live, I want to die',
      'sigue mi cita? ya no quiero vivir',
      'do you accept Florida Blue? I took all my pills and my lips are turning blue',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });
});

describe('proof of treatment, an excused absence, codes on a bill, a confusing bill and Spanish courtesy (admin16)', () => {
  const triage = (text: string) => triageMessage(text, { rules });
  const toStaff = (text: string) => {
    const outcome = triage(text).outcome;
    return outcome !== 'crisis' && outcome !== 'clinical';
  };
  it('reads each as the desk', () => {
    for (const text of [
      "my son's school needs proof he's in counseling for an excused absence",
      'Medicaid sent me a renewal packet and it asks for proof of treatment. Can you send it?',
      'Hey there, could I get a copy of my diagnosis codes for a life insurance application?',
      'im confused about the good faith estimate thing you sent, can you explain the charges?',
      'buenas tardes que pena con usted me regala el link de la cita de hoy',
      'hola que pena molestarla me puede correr la cita una hora',
      'no encuentro la entrada, estoy enfrente de la farmacia',
    ])
      expect(toStaff(text), text).toBe(true);
  });
  it('keeps the clinical twin with a clinician', () => {
    for (const text of [
      'i need proof my treatment is working',
      'what does my diagnosis code mean on the superbill?',
      "I'm confused about everything and I can't think straight, can I reschedule?",
      'me da pena todo',
      'Can you fax my records? Also can my therapist write a letter for my disability carrier?',
      "Can I get a copy of my treatment plan? I'd like it updated to include couples work.",
      'can you send me a copy of the diagnosis codes and a letter explaining my diagnosis?',
    ])
      expect(toStaff(text), text).toBe(false);
  });
  it('keeps the crisis twin a crisis', () => {
    for (const text of [
      'I keep having absence seizures',
      'qué pena con usted, ya no quiero vivir',
      "I'm confused by my bill and I want to kill myself",
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });
});
