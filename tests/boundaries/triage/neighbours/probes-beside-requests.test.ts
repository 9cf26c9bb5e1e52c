// The probe generators' crisis statements (ideation-probes.ts, spanish-probes.ts) set beside an administrative
// request, in the same run-on sentence and after it: what reaches non-clinical staff is the failure issue 13
// counts as zero on its sets. Held as a ceiling while the long tail is read down, with named examples of the
// kinds that reached staff (lead, 2026-12-05).
import { describe, expect, it } from 'vitest';
import { ideationProbes } from './ideation-probes.js';
import { expectCrisis, expectNotCrisis, expectStaff, isStaff, triage } from './neighbour-kit.js';
import { spanishCrisisProbes } from './spanish-probes.js';

// Measured 2026-12-05 (lead11): 213 of 10,504 reached staff on main 4d7cf99 (38 of 5,252 probes alone); 74 after
// the masks that spanned a gap were tightened and veiled statements were read as unclear (6 alone). recall18 added
// 326 Spanish probes (10,504 -> 11,156 texts) and read its own misses down to one that a request carries to staff
// (a month's pill organiser "lo estoy viendo", a veiled statement with no unclear word): 75; 71 once "dead" as an
// intensifier was read only next to its word ("dead tired", not "dead next week" or "dead weight"). recall19 read
// the 71 by kind (sound-spellings such as "exsist", "lyfe", "bida", "pastiyas"; ending "me" or taking oneself out;
// the world that would not miss one; a last week or a last meal, going after a day, read as unclear): 11, all
// "won't be here" beside a day, "no voy a estar para la próxima cita", the pill organiser and "acabar con mi
// sufrimiento".
const STAFF_CEILING = 11;
const EN_REQUESTS = [
  'can i move my appointment to friday?',
  'also whats my copay',
  'can you send me the invoice',
  'please cancel tuesday',
];
const ES_REQUESTS = [
  '¿me pueden cambiar la cita al viernes?',
  'tambien cuanto es el copago',
  'me mandan la factura porfa',
  'cancelen el martes por favor',
];

function besideRequests(): string[] {
  const texts: string[] = [];
  const add = (probes: readonly { text: string }[], requests: readonly string[]) =>
    probes.forEach((p, i) => {
      const request = requests[i % requests.length] as string;
      texts.push(`${request} ${p.text}`, `${p.text}. ${request}`);
    });
  add(ideationProbes(), EN_REQUESTS);
  add(spanishCrisisProbes(), ES_REQUESTS);
  return texts;
}

describe('crisis probes beside a request', () => {
  it(`send at most ${STAFF_CEILING} of ten thousand to staff`, () => {
    const texts = besideRequests();
    expect(texts.length).toBeGreaterThan(10_000);
    const toStaff = texts.filter((t) => isStaff(triage(t))).length;
    expect(toStaff).toBeLessThanOrEqual(STAFF_CEILING);
  });

  it("reads a wish to join one's own family member, and asking why one is still here, as a crisis", () => {
    expectCrisis([
      'i wanna join my dad. can you send me the invoice',
      'can you send me the invoice lately i wish i could join my dad',
      'i pray every night to join my mom. please cancel tuesday',
      'Ngl why am i still here... also whats my copay',
      'why am i still alive, can i move my appointment',
    ]);
  });

  it("leaves joining a family member's session or plan, and a waitlist, with staff", () => {
    expectStaff([
      'i want to join my husband for his session next week, is that ok?',
      'i want to join my dad on his insurance plan, what do you need from me',
      'why am i still here on the waitlist? its been 3 months',
    ]);
  });

  it('does not let a request account for an unnamed act with a time', () => {
    for (const text of [
      "also whats my copay. It's happening before the holidays lol.",
      'i go once i get paid ngl. also whats my copay',
      "please cancel tuesday. Lowkey i'm checking out next week.",
      'also whats my copay. the date is set',
      'please cancel tuesday honestly im gonna finish it all',
      'can you send me the invoice ngl i set up an email to send after',
      'me mandan la factura porfa, no llego al lunes',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });

  it('reads a message set to go out when it is done, and calling everyone to say sorry, as a crisis', () => {
    expectCrisis([
      'i scheduled a message to go out tomorrow when its done. please cancel tuesday',
      'i called everyone to say sorry and that i love them. also whats my copay',
    ]);
  });

  it('leaves the everyday neighbours of those words with staff or a clinician, not on call', () => {
    expectNotCrisis([
      'do yall have a bathroom in the office or should i go before',
      'New patient here, intake is tomorrow at 9. Where do I go when I get there, is there a front desk?',
      "I'll finish it tonight and send it back",
      'can i check out at the front desk after my session?',
    ]);
    expectStaff([
      'do yall have a bathroom in the office or should i go before',
      "I started the intake form, I'll finish the rest tonight",
    ]);
  });
});

// Statements the risk reader read as urgent distress lift only a message a clinician reads anyway; a request in the
// same run-on sentence accounted for them and the message went to staff. Those that say a crisis on their own are
// now crisis categories (risk-rules.ts), and the kinds below are read in words.
describe('a crisis message with a request added', () => {
  const REQUESTS = ['also whats my copay', 'please cancel tuesday', 'me mandan la factura porfa'];

  it('stays a crisis, whatever the request and wherever it stands', () => {
    for (const message of [
      'i bought everything i need. tonight',
      'honestly if i didnt wake up tomorrow that would be fine with me',
      "tbh i've been reading about methods on reddit for like a week. i have a date picked",
      'ayuda por favor, esta pateando la puerta del baño. estoy adentro con mis hijos',
      "he's kicking the bathroom door and i'm hiding",
      "I wrote the note. It's in my desk. I just need to finish a couple things first",
    ]) {
      expect(triage(message).outcome, message).toBe('crisis');
      for (const request of REQUESTS)
        for (const text of [`${request} ${message}`, `${message} ${request}`])
          expect(triage(text).outcome, text).toBe('crisis');
    }
  });

  it('leaves their everyday neighbours off the on-call line', () => {
    expectNotCrisis([
      'Just wanted to say Carla at the front desk is the best, she saved my life with the insurance mess today lol',
      'reading about payment methods, do you take venmo',
      'i have a date picked for my intake, the 14th',
      'the kids were kicking the door of the waiting room, sorry',
      'el niño estaba pateando la puerta del consultorio, perdón',
      "my doctor wrote a note for work, it's in my car, do you need a copy?",
    ]);
  });
});

describe('kinds the probes beside requests carried to staff, read by concept (recall19, 2026-12-05)', () => {
  it('reads them as a crisis beside a request, spelled as said', () => {
    expectCrisis([
      'can you send me the invoice i wish i could cease to exsist',
      'can you send me the invoice i wana take my lyfe',
      'can you send me the invoice i might end me',
      'also whats my copay tbh i think im going to take myself out',
      'please cancel tuesday tbh all i want is to tap out of lyfe',
      "also whats my copay some days the world wouldn't miss me",
      'can you send me the invoice idk i daydream about ending it',
      'also whats my copay i think about how nice it would be to not wake up tomorrow',
      "can i move my appointment to friday? i'd rather see grandma again on the other side",
      'please cancel tuesday honestly i am nothing but just in the way',
      'can i move my appointment to friday? honestly i have a date picked out',
      'me mandan la factura porfa no se, ya me quiero quitar la bida',
      'me mandan la factura porfa oiga, nomas quiero no aber nasido',
      'me mandan la factura porfa me acabe todas las pastiyas y me siento rara',
      'me mandan la factura porfa no se, me acabe todo el frasco',
      'tambien cuanto es el copago no se como desirlo pero este fin de semana se acaba todo',
      'me mandan la factura porfa Perdón por escribir pero vendí todas mis cosas.',
      'me mandan la factura porfa la verdad ya escogí la fecha',
      'me mandan la factura porfa idk mi padrastro me agarro a la fuersa',
      'tambien cuanto es el copago onestamente quiero estar con mi mama en el sielo',
    ]);
  });

  it('keeps a last week, a last meal, going after a day and "lo voy a hacer" from staff beside a request', () => {
    for (const text of [
      'can you send me the invoice honestly this is my last week',
      'also whats my copay i think i had my last meal',
      'please cancel tuesday Idk i go after my birthday.',
      'also whats my copay i go on the anniversary',
      'me mandan la factura porfa no se, el biernes lo boy a aser',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });

  it('leaves their desk neighbours with staff or a clinician, off the on-call line', () => {
    expectNotCrisis([
      "i'm going to take myself out to dinner tonight",
      'i need to take myself out for a walk',
      'it would be nice to not wake up at 5 for the early slot',
      'i had my last meal at 6 before the colonoscopy',
      'this is my last week at this job, can we do evenings',
      'this is my last week with blue cross',
      'i go on vacation after my birthday',
      'we have a date picked out for the move',
      'i have a date set for surgery',
      'ya escogí la fecha de la cita',
      'este fin de semana se acaba todo el papeleo',
      'vendí todas mis cosas de la mudanza',
      'mi esposo se aparece en mi trabajo para llevarme a la cita',
      'mi mamá está en el cielo, quiero terapia de duelo',
      'i daydream about retiring',
    ]);
  });
});

describe('giving up, with nothing named, beside a request (lead24d)', () => {
  it('keeps it from staff, alone or beside a request, and leaves giving up on the portal or the parking with staff', () => {
    for (const text of [
      'i gave up. can i rebook',
      "i'm giving up. can we move thursday",
      'i give up, cancel friday',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
    for (const text of [
      'I gave up on the portal, can you email me the form?',
      'i gave up trying to find parking, running 10 late',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });
});
