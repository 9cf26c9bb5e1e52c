import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AdministrativeTriageDecision,
  compileTriageRules,
  type TriageDecision,
  triageMessage,
} from '../../../src/boundaries/index.js';
import { DESK_PROBLEMS } from '../../../src/boundaries/triage/tables/general.js';

interface CorpusMessage {
  readonly text: string;
  readonly label: 'crisis' | 'clinical' | 'admin';
}

const tuning: readonly CorpusMessage[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '../corpus/tuning.json'), 'utf8'),
).messages;
const rules = compileTriageRules();
const triage = (text: string) => triageMessage(text, { rules });
const isStaff = (d: TriageDecision) => d.outcome !== 'crisis' && d.outcome !== 'clinical';
const readAs = (label: CorpusMessage['label'], right: (d: TriageDecision) => boolean) =>
  tuning.filter((m) => m.label === label && right(triage(m.text))).map((m) => m.text);
const CRISIS = readAs('crisis', (d) => d.outcome === 'crisis');
const DESK_PROBLEM_PATTERNS = new Set<string>([...DESK_PROBLEMS.en, ...DESK_PROBLEMS.es]);
/** Whether the evidence of an administrative message names a desk problem (a link or portal that does not work). */
const namesDeskProblem = (text: string) => {
  const d = triage(text);
  return isStaff(d) && d.accountedFor.some((e) => e.phrases.some((p) => DESK_PROBLEM_PATTERNS.has(p)));
};
const BARE_PLEAS = ['please help me', 'someone please help', 'help me please', 'ayúdenme por favor', 'Help!'];
const PRESSING_PLEAS = ['I need help now', 'i really need help', 'necesito ayuda ya', 'help me asap'];
const CLINICAL = readAs('clinical', (d) => !isStaff(d));
const ADMIN = readAs('admin', isStaff);

// Invented names no table knows, written as people sign: a first name, a surname, initials, a firm's name.
const syllable = fc.constantFrom('zel', 'quin', 'bex', 'tav', 'dorn', 'yff', 'wex', 'olk', 'grib');
// A word no table knows (and, capitalised, a name).
const unknownWord = fc.array(syllable, { minLength: 2, maxLength: 3 }).map((parts) => parts.join(''));
const name = unknownWord.map((word) => `${word[0]?.toUpperCase()}${word.slice(1)}`);
const signature = fc
  .tuple(
    fc.constantFrom(
      '',
      'Thanks,\n',
      'Best,\n',
      'Regards,\n',
      'Gracias,\n',
      'Atentamente,\n',
      'Respectfully,\n',
    ),
    fc.array(name, { minLength: 1, maxLength: 3 }),
    fc.constantFrom('', '\nSent from my iPhone', '\nEnviado desde mi iPhone'),
  )
  .map(([closing, names, device]) => `\n\n${closing}${names.join(' ')}${device}`);

describe('accountSentences: a signature by its shape', () => {
  it('accounts for a short line of names under a request as courtesy, in English and Spanish', () => {
    const billing = triage(
      'Can you send my receipt for November?\n\nThanks,\nDenise Whitfield\nSent from my iPhone',
    ) as AdministrativeTriageDecision;
    expect(billing.outcome).toBe('billing');
    expect(billing.accountedFor.map((e) => e.accountedBy)).toEqual([
      'billing',
      'courtesy',
      'courtesy',
      'courtesy',
    ]);
    expect(triage('Necesito cambiar mi cita del jueves.\nAtentamente,\nMarisol Fuentes').outcome).toBe(
      'scheduling',
    );
    expect(triage('Can I reschedule to Friday?\nDr. Ana Ruiz').outcome).toBe('scheduling');
    expect(
      triage(
        'Please update my address to 12 Elm Street.\nThis message is intended only for the named recipient.',
      ).outcome,
    ).not.toBe('clinical');
  });

  it('never takes a line with a word a table knows, or a message of names alone, for a signature', () => {
    expect(triage('Can I reschedule?\nGoodbye Forever').outcome).not.toBe('scheduling');
    expect(triage('Can I reschedule?\nBridge Tonight').outcome).toBe('crisis');
    expect(triage('Denise Whitfield').outcome).toBe('clinical');
    // A line of names is read by its capitals, as a name inside a sentence is.
    expect(triage('Can I reschedule to Friday?\nzorblat quenn').outcome).toBe('clinical');
  });

  it('property: a signature under an administrative message leaves it with staff', () => {
    // Of four words or more: under "¿Aceptan Medicaid?" three names no table knows are most of the message's
    // words, and a message mostly of unknown words is read as a language triage does not read (a clinician reads it).
    const requests = ADMIN.filter((text) => text.trim().split(/\s+/).length >= 4);
    fc.assert(
      fc.property(fc.constantFrom(...requests), signature, (admin, sign) => {
        expect(isStaff(triage(`${admin}${sign}`))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('property: a signature never moves a crisis from on call, or a clinical message to staff', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CRISIS),
        fc.constantFrom(...CLINICAL),
        signature,
        (crisis, clinical, sign) => {
          expect(triage(`${crisis}${sign}`).outcome).toBe('crisis');
          expect(isStaff(triage(`${clinical}${sign}`))).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('accountSentences: an ordinary sense is a comment, not a request', () => {
  it('accounts for its sentence beside a request elsewhere, and sends a message of one alone to a clinician', () => {
    expect(triage('This copay is killing me. Can I pay in two parts?').outcome).toBe('billing');
    expect(triage('my boss is killing me with this deadline, can I move Thursday to Friday?').outcome).toBe(
      'scheduling',
    );
    expect(triage('this week was killer').outcome).toBe('clinical');
    expect(triage('years old hit through the roof').outcome).toBe('clinical');
  });
});

describe('accountSentences: a follow-on sentence with a word no table knows', () => {
  it('never follows a request to staff: an unlisted verb of assault or injury sits exactly there', () => {
    expect(triage('Can I cancel Friday? My uncle zorbled me again.').outcome).toBe('clinical');
    expect(triage('Can I reschedule to Friday? zorbly.').outcome).toBe('clinical');
    expect(triage('Can I reschedule to Friday? Two zorbly quenn.').outcome).toBe('clinical');
    // A word of the desk, or a name read by its capital, is not unknown.
    expect(isStaff(triage('¿Me pueden mandar el recibo por correo? Lo necesito para mis impuestos.'))).toBe(
      true,
    );
    expect(isStaff(triage('Can you update my card on file? The new one arrives Monday from Chase.'))).toBe(
      true,
    );
  });

  // (A sentence that holds a request of its own may stand beside an unexplained word, a name or a brand: see
  // sentence-accounting.ts. The follow-on sentences here ask nothing.)
  it('property: an everyday follow-on sentence with any unknown word in it never makes a message staff’s', () => {
    const followOn = fc.tuple(
      unknownWord,
      fc.constantFrom(
        (w: string) => `My uncle ${w}ed me again.`,
        (w: string) => `He ${w} her last night.`,
        (w: string) => `I ${w} the whole thing on Monday.`,
        (w: string) => `It is the ${w} at 3pm.`,
        (w: string) => `${w} again, twice.`,
        (w: string) => `My coach keeps ${w}ing me after practice.`,
      ),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...ADMIN),
        followOn,
        // A sentence of its own. (Run on into a request's sentence with no break, it meets the request's allowance
        // for a name or a brand: a known gap, docs/boundaries.md.)
        fc.constantFrom('\n', '. ', '! '),
        (admin, [word, sentence], join) => {
          const text = `${admin}${join}${sentence(word)}`;
          expect(isStaff(triage(text)), text).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('accountSentences: a feeling outside a request’s clauses', () => {
  it('keeps a run-on statement of feeling beside a request from staff, and a feeling about the request with it', () => {
    for (const text of [
      "I need to cancel tomorrow's session, I have a work trip everything feels like too much lately",
      'can you send my receipt, honestly i hate myself lately',
      'can I move thursday to friday, i just feel so empty all the time',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
    for (const text of [
      'I hate to do this but I have to cancel again, the baby is sick',
      "I'm afraid I must cancel my 10 o'clock on the 9th. Could you find me something the following week?",
      'Can I get an attendance letter for my job? Just confirming the dates I came to appointments, nothing clinical.',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  // A feeling in the request's own clause ("I'm worried I'll be late for my appointment") may be about the
  // request; one in a clause of its own is not, wherever it stands.
  it('property: a clause of feeling joined to any request by a comma or a dash never reaches staff', () => {
    const feeling = fc
      .tuple(
        fc.constantFrom('i feel', 'everything feels', 'honestly i feel', 'i keep feeling', 'lately i feel'),
        fc.constantFrom(
          'like too much',
          'like nobody cares',
          'so alone',
          'scared all the time',
          'tired of everything',
        ),
      )
      .map(([a, b]) => `${a} ${b}`);
    fc.assert(
      fc.property(
        fc.constantFrom(...ADMIN),
        feeling,
        fc.constantFrom(', ', ' — ', ', and '),
        (admin, clause, join) => {
          const text = `${admin.replace(/[.?!]+$/, '')}${join}${clause}`;
          expect(isStaff(triage(text)), text).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('accountSentences: a plea for help outside a request’s clauses', () => {
  it('sends a plea for help, feeling unsafe or fear of oneself beside a request on call, in English and Spanish', () => {
    for (const text of [
      'I need help now. Can I reschedule?',
      'Can I reschedule? I need help now.',
      'I need help now, can I reschedule?',
      "please help me, I can't do this anymore. also what's my balance",
      'someone please help me. also can you send my superbill',
      'i don’t feel safe right now — can we move thursday?',
      'I feel unsafe. Can I reschedule?',
      "I'm scared of myself. what's my copay",
      'necesito ayuda ya, ¿puedo cambiar mi cita?',
      'ayúdenme por favor. ¿cuánto debo?',
      'no me siento segura. ¿puedo cambiar mi cita?',
    ]) {
      const d = triage(text);
      expect(d.outcome, text).toBe('crisis');
      expect(d.crisisCategories, text).toContain('urgent_distress');
    }
  });

  it('sends help that nothing says the purpose of to a clinician, never to staff', () => {
    for (const text of [
      "Help! What's my balance?",
      'HELP. can you call me back about my bill',
      'Can you help me? I want to move my Thursday appointment.',
    ])
      expect(triage(text).outcome, text).toBe('clinical');
  });

  it('keeps help a request says the purpose of, thanks for help, and the safety of a place with staff', () => {
    for (const text of [
      'I need help logging into the portal',
      'can you help me with my superbill asap',
      'Could you help me reschedule my appointment?',
      'is the parking garage safe at night?',
      'Thanks for your help! Can I reschedule to Friday?',
      'Thank you so much for the help. Can I move my appointment?',
      'Ok so my insurance says they paid you in full but I still got a bill for $45?? Help me understand',
      'Muchas gracias por su ayuda, ¿puedo cambiar mi cita?',
      'mi hija me ayuda con el portal. ¿me pueden llamar?',
      'no estoy segura de la hora de mi cita del martes',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('property: a plea for help before or after any request, in its own sentence or run on, goes on call', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ADMIN),
        fc.constantFrom(
          'I need help now',
          'please help me',
          'someone please help',
          'i really need help',
          'help me please',
          'necesito ayuda ya',
          'ayúdenme por favor',
        ),
        fc.constantFrom('. ', ', ', ' — ', '\n'),
        fc.boolean(),
        (admin, plea, join, before) => {
          const request = admin.replace(/[.?!]+$/, '');
          const text = before ? `${plea}${join}${request}` : `${request}${join}${plea}`;
          // A bare plea beside a desk problem is a plea about it (below).
          fc.pre(!namesDeskProblem(admin) || PRESSING_PLEAS.includes(plea));
          expect(triage(text).outcome, text).toBe('crisis');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('accountSentences: a plea beside a desk problem named in the message', () => {
  it('takes a bare plea beside a link, a portal or an app that does not work as a plea about it', () => {
    for (const text of [
      "can someone please help me?? the telehealth link isn't working",
      'Necesito ayuda por favor, no puedo entrar al portal',
      "please help, the portal won't load",
      "Help! I can't log in to the portal",
      'ayúdenme por favor. el link no sirve',
      'ayuda por favor, el portal no me deja pagar mi saldo',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('reads a thing that will not let one in as a desk problem only when the thing is named', () => {
    expect(isStaff(triage('Hola, quiero pagar mi saldo pero el portal no me deja.'))).toBe(true);
    expect(isStaff(triage("the portal won't let me upload the form"))).toBe(true);
    for (const text of [
      'mi esposo no me deja salir de la casa. ¿puedo cambiar mi cita?',
      "he won't let me leave the house, can I move my appointment?",
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });

  it('keeps a plea made pressing, beside another request, or beside a word of risk or feeling on call', () => {
    for (const text of [
      'help me now, the portal wont load',
      'necesito ayuda ya, no puedo entrar al portal',
      'i really need help, the intake form won’t load',
      'Can someone help me? Can I reschedule to Friday?',
      'please help me, the link isnt working and i feel like giving up',
      'please help. the zoom link wont open. he is hurting me',
      'someone please help me',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });

  it('property: a bare plea beside any message that names a desk problem stays with it; a pressing one goes on call', () => {
    const problems = ADMIN.filter(namesDeskProblem);
    expect(problems.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        fc.constantFrom(...problems),
        fc.constantFrom(...BARE_PLEAS, ...PRESSING_PLEAS),
        fc.constantFrom('. ', '?? ', '\n'),
        fc.boolean(),
        (admin, plea, join, before) => {
          const request = admin.replace(/[.?!]+$/, '');
          const text = before ? `${plea}${join}${request}` : `${request}${join}${plea}`;
          const outcome = triage(text).outcome;
          if (PRESSING_PLEAS.includes(plea)) expect(outcome, text).toBe('crisis');
          else expect(outcome, text).toBe(triage(admin).outcome);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('accountSentences: a word no table knows acting on a person', () => {
  it('is never a name or a brand beside a request, even run on into its sentence', () => {
    for (const text of [
      'I need proof of attendance for my probation officer my uncle zelzeled me again',
      'Can I cancel Friday my uncle zorbled me again',
      'can you resend the link, he vorped her last night',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
    expect(isStaff(triage('can you zelle me the refund'))).toBe(true);
  });

  it('property: an unknown verb on a person run on into any request never makes a message staff’s', () => {
    const act = fc.tuple(
      unknownWord,
      fc.constantFrom('me', 'her', 'him', 'them', 'us'),
      fc.constantFrom('my uncle', 'he', 'she', 'my coach', 'the guy'),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...ADMIN),
        act,
        fc.constantFrom(' ', ', ', ' and '),
        (admin, [verb, object, who], join) => {
          const text = `${admin.replace(/[.?!]+$/, '')}${join}${who} ${verb}ed ${object} again`;
          expect(isStaff(triage(text)), text).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('accountSentences: a request read across a comma', () => {
  it('is the request of the clause its last word is in: a plea in the clause before it is its own', () => {
    for (const text of [
      'i really need help, the intake form keeps crashing on the last page',
      'i really need help, the intake form won’t load',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
    expect(triage('I need help with the intake form, it won’t load').outcome).toBe('scheduling');
  });
});

describe('accountSentences: a signature with credentials and a surname that is also a word', () => {
  it('reads "Paul Greer, Esq.", "Greer & Lachance LLP" and "Whitfield Moore CPA" as signatures', () => {
    for (const text of [
      'Can you send me a receipt for November?\nThank you,\nPaul Greer, Esq.\nGreer & Lachance LLP',
      'Please send a year-end statement for 2026.\nThank you,\nDenise Whitfield\nWhitfield Moore CPA',
    ])
      expect(triage(text).outcome, text).toBe('billing');
  });

  it('never reads a word of risk in such a line as a name', () => {
    expect(triage('Can I get a receipt? Thanks.\nMary Not Safe').outcome).not.toBe('billing');
    expect(triage('Can I get a receipt? Thanks.\nI Will Die').outcome).toBe('crisis');
  });
});

describe('accountSentences: initials', () => {
  it('reads "resident M.G." as a name, within one sentence', () => {
    expect(
      triage('Can you fax the signed ROI for resident M.G. to our nurse? Email works too.').outcome,
    ).toBe('paperwork');
    expect(
      triage(
        'Billing question: invoices for resident S.T. should go to her legal guardian. Can you update it?',
      ).outcome,
    ).toBe('billing');
  });

  it('never reads letters spelled out as initials, spaced or not', () => {
    for (const text of [
      'D. I. E. can I reschedule',
      'D.I.E. can I reschedule',
      'S. U. I. C. I. D. E. can I reschedule',
      'K.I.L.L. M.E. can I reschedule',
    ])
      expect(triage(text).outcome, text).not.toBe('scheduling');
  });
});

describe('accountSentences: laughter in Spanish', () => {
  it('reads "jaja" as it reads "haha" beside a request, and never lowers a crisis', () => {
    expect(triage('el copay nuevo me está matando jaja, ¿tienen plan de pagos?').outcome).toBe('billing');
    expect(triage('me quiero morir jaja, ¿tienen plan de pagos?').outcome).toBe('crisis');
  });
});

describe('accountSentences: a sign-off over a signature block', () => {
  it('reads a sign-off and a line of a name, a title and a firm, all capitalised, as a signature', () => {
    const text =
      'I need to reschedule my appointment on the 9th due to a work trip. Any afternoon the following week works. ' +
      'Regards, Robert Haines, Senior Project Manager, Trident Logistics';
    expect(triage(text).outcome).toBe('scheduling');
  });

  it('never reads a word of risk or a lower-case word in such a block as a signature', () => {
    const request = 'Can I get a receipt for March? ';
    for (const block of [
      'Regards, Robert Haines, Senior Project Manager, Will Die Tonight',
      'Regards, Robert Haines, senior project manager, trident logistics',
    ])
      expect(isStaff(triage(request + block)), block).toBe(false);
    expect(triage(`${request}Best, Robert Haines, Senior Manager. I want to kill myself`).outcome).toBe(
      'crisis',
    );
  });
});

describe('accountSentences: an email address', () => {
  it('reads an address at a mail provider or a domain as logistics beside a request', () => {
    expect(
      triage(
        'No me llegó el link para la cita de hoy, me lo pueden mandar a mi correo? anamartinez22@hotmail.com',
      ).outcome,
    ).toBe('paperwork');
    expect(
      triage('Can you change my email to jmartell77@gmail.com? The old one was shut down.').outcome,
    ).toBe('paperwork');
  });

  it('never reads a word with an at sign as an address when no provider or domain follows', () => {
    expect(isStaff(triage('Can I reschedule to Friday? I want to h@ng myself'))).toBe(false);
    expect(isStaff(triage('Can I reschedule to Friday? zorbled@him tonight'))).toBe(false);
  });
});

describe('accountSentences: who is meant, by name', () => {
  it('reads "my name is", "her name is", "mi nombre es" before names as courtesy beside a request', () => {
    for (const text of [
      'Buenos días, necesito un recibo de los pagos de este año para mis impuestos. Mi nombre es Luis Ortega. Gracias',
      'My lawyer is requesting records for my custody case. She faxed a release last week. Did you get it? Her name is Angela Ruiz.',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('never lets a name stand for a statement of risk', () => {
    expect(triage('Can I get a receipt? My name is Ana and I want to die.').outcome).toBe('crisis');
    expect(isStaff(triage('Can I get a receipt? My name is Ana and nobody would miss me.'))).toBe(false);
  });
});

describe('accountSentences: asking the desk who does what', () => {
  it('reads a short question of finding, asking for or being given something beside a request (desk verbs)', () => {
    for (const text of [
      'Insurance is asking for your NPI and tax ID for reimbursement. Where can I find those?',
      'Ay no, se me olvidó la cita de hoy completamente. Cuánto es la multa? y me pueden dar otra?',
      'Buenas tardes, mi seguro es fuera de la red y me piden un "superbill". ¿Ustedes me lo pueden dar? Gracias',
      'Ya cambié mi tarjeta, la anterior se venció. ¿Cómo la actualizo?',
      'Muy bien, gracias por avisar',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('never lets a desk verb carry a statement of risk or feeling past a request', () => {
    for (const text of [
      'Where can I find those? I keep thinking about ending it.',
      '¿Me pueden dar otra cita? ya no quiero vivir',
      'Can I reschedule? I can never find a reason to keep going.',
      'Les aviso. Me siento muy triste y no puedo dormir.',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });
});

describe('accountSentences: driving as getting there', () => {
  it('reads a drive home, the weather or not driving as the reason for a session by video', () => {
    for (const text of [
      "Can my session tomorrow be by phone instead? I'll be driving back from my sister's.",
      "I don't want to drive in the snow, can we do video instead?",
      "Due to the hurricane warning, should we plan on telehealth Thursday? I'm not driving in that.",
      "Is the office accessible by bus? I don't drive.",
      "Traffic's a killer, I'm gonna be 15 mins late.",
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('still reads where a drive is headed, and a person who is a killer', () => {
    for (const text of [
      "I'm going to drive my car off the bridge in the snow tonight. Can we cancel Thursday?",
      "I don't drive anymore, I want to die. Can I cancel?",
      "He's a killer, can I reschedule?",
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });
});

describe('accountSentences: the day explained around a request (a sick child, an age, a device)', () => {
  it('reads an illness named as the reason, a birthday reached, deafness, a tablet and a sorry for the bother', () => {
    for (const text of [
      'Ugh, so sorry, I forgot my appointment this morning. My toddler was up all night with an ear infection. Is there a late cancellation fee?',
      'Mi hijo ya cumplió 18, ¿él tiene que firmar sus propios papeles ahora?',
      'Hola, me mudé. Mi dirección nueva es 45 Cedar Ave, Apt 2B. Por favor actualícenla.',
      'Le escribo porque el martes no voy a poder llegar a mi cita. ¿Me la pueden cambiar para el jueves? Gracias y disculpen las molestias.',
      'My mom is hard of hearing. Can we do video? She will join from her tablet.',
      'The link you sent for tomorrow says the meeting ID is invalid. Could you send a new one?',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('still reads a statement of risk beside the same words', () => {
    for (const text of [
      'Ya cumplí 40 años y ya no quiero vivir. ¿Me cambian la cita?',
      'My mom is hard of hearing. I want to kill myself. Can she come in person?',
      'I took every tablet in the bottle. Could you send a new link?',
      'My toddler has an ear infection and I keep thinking about ending it all. Can I cancel?',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });
});

describe('accountSentences: a feeling in passing whose cause is the desk’s', () => {
  it('reads a notice that scared one, a feeling disclaimed, a charge to stop, a broken AC and nerves about starting', () => {
    for (const text of [
      'Sorry to bug you. The overdue notice scared me a bit, I thought I paid that in March. Can you check if my payment went through?',
      'why was i charged for a 53-min session when we only met for 40? not mad just confused',
      "Hi, the card on file is my old work card, please don't charge that anymore. I'll add a new one tonight.",
      "I'm in the waiting room for my 10am and nobody's let me in yet, is she running late?",
      'The heat is unbearable and my AC is broken. Can I switch to video tomorrow instead?',
      "We're moving to Atlanta next month, will Dr. Reyes still be able to see me by telehealth if I'm in Georgia? I'd hate to switch.",
      'Hola! Ya mandé todos los documentos por el portal. Tengo un poco de nervios por la primera cita jaja. ¿Cuánto dura la primera sesión?',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('still reads risk beside the same words', () => {
    for (const text of [
      'The bill scared me so much I want to die. Can you check my balance?',
      "Please don't charge my card anymore, I won't be around to use it. Can you cancel everything?",
      "The heat is unbearable and I can't take this life anymore. Can I switch to video?",
      "I'd hate to switch, I'd rather be dead. Can Dr. Reyes see me by telehealth?",
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });
});

describe('accountSentences: Spanish of the desk read as the desk’s', () => {
  it('reads "esa" as "that", "me toca" as one’s turn, a secondary insurance and a diagnosis code on an invoice', () => {
    for (const text of [
      'si esa hora me queda bien',
      'necesito cambiar mi cita del jueves, me toca trabajar doble turno',
      'Me llegó una tarjeta nueva del seguro secundario. ¿Se las llevo o se las mando por fax?',
      'Hola buenas, necesito la factura con el código de diagnóstico para mandarla al seguro. Gracias',
      'Oiga, me pueden recordar por mensaje un día antes? siempre se me olvida',
      'Hi! Quick q - does the superbill have the diagnosis code on it? My insurance rejected it last time.',
      'hi i think i was supposed to have a session at 4 today. did i mix up the time',
      "What's your policy on bringing a service dog? Mine is a small lab mix.",
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('still reads an ESA letter, a touch, a side effect, a diagnosis asked about and pills mixed', () => {
    for (const text of [
      'Necesito una carta para mi ESA, ¿me la pueden mandar?',
      'Mi tío me toca la pierna cuando mi mamá no está. ¿Me cambian la cita?',
      'Tengo efectos secundarios de la pastilla nueva. ¿Me cambian la cita?',
      'Can you tell me what my diagnosis code means? Is it serious?',
      'I mixed up my pills and took them all. Can I reschedule?',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });
});

describe('accountSentences: a time one can make, a slot one no longer needs, a statement not to mail', () => {
  it('reads them as requests of the desk', () => {
    for (const text of [
      'Please don’t bother mailing a paper statement, email is fine.',
      'My kids are with their dad this weekend so I can come Saturday',
      'I took the day off so any time works',
      "I won't need the Friday slot anymore, thank you",
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('never lets "it" or a whole course of sessions no longer needed, or a day to "make it" to, reach staff', () => {
    for (const text of [
      "I won't need it anymore",
      "I won't need my appointments anymore, thank you",
      "I won't need the Friday slot anymore. I won't need anything anymore.",
      'I can make it Saturday',
      'I can do it Saturday',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });
});

describe('accountSentences: being found, said of oneself', () => {
  it('keeps "when they find me" from staff beside an emergency contact update, and lets finding a form through', () => {
    expect(
      isStaff(
        triage(
          'can u update my emergency contact to my brother Mark 555-201-4478. want to make sure the right person gets called when they find me',
        ),
      ),
    ).toBe(false);
    expect(isStaff(triage('Where can I find the intake form? Let me know when you find it.'))).toBe(true);
  });
});

describe('accountSentences: a camera that does not show, a session by video for a week', () => {
  it('reads a device that is not showing up as a desk problem, and "do zoom this week" as a request', () => {
    expect(
      isStaff(triage("My camera isn't showing up, just a black square. Is it ok if we do audio only today?")),
    ).toBe(true);
    expect(triage('hi!! can we do zoom this week instead of in person, my car is in the shop').outcome).toBe(
      'scheduling',
    );
  });

  it('still reads a plan "to do it" beside such a request', () => {
    expect(triage("can we do zoom this week instead? i'm going to do it this weekend").outcome).toBe(
      'crisis',
    );
  });
});

describe('accountSentences: "I think" as a hedge about a thing of the desk', () => {
  it('reads a hedge about a bill, a number or where a letter goes, an alarm slept through, "anything earlier"', () => {
    for (const text of [
      'I received a bill for $180 for a session on March 3rd but I was out of town that week. I think there might be a mistake. Could you check the calendar?',
      'I got a letter from my insurance. I think it goes to the office. Who do I send the letter to?',
      "I'm so sorry, I slept through my alarm and missed my 8am. Can I get back on the schedule next week?",
      'My daughter has a dentist appointment at the same time as my session. Is there anything earlier that day, like before noon?',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('never hedges a day, a time or what follows a comma, and still reads thoughts of dying', () => {
    for (const text of [
      "I think I'll do it tonight. Can I cancel my appointment?",
      "I think it's time. Can I cancel my appointment?",
      'I think my appointment is my last one, I have the pills ready. Can I cancel?',
      'I think about killing myself every day. Can I cancel my appointment?',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });
});

describe('accountSentences: what a mail program, a firm or a voicemail adds (set at)', () => {
  it('reads a middle initial, a block under a name, a notice of confidentiality and a forwarded header', () => {
    for (const text of [
      'Please send me a receipt for November.\n\nSincerely,\nMargaret E. Doyle\n(301) 555-0110',
      'Please send my records to Dr. Cole. I have attached the signed form. Please let me know if anything further is required.\n\nThank you,\nJanet L. Brooks, CPA\n\nCONFIDENTIALITY NOTICE: This email and any attachments are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error, please notify the sender and delete it.',
      'Adjunto la carta de autorización del seguro para las sesiones de mi hija. Quedo atenta a cualquier cosa.\n\nSaludos cordiales,\nLic. Marisa Gutiérrez Vega\nContadora | Tel. 305-555-0172\nEste mensaje y sus anexos son confidenciales.',
      'Fwd: Explanation of Benefits\n\n---------- Forwarded message ---------\n"Claim #A77120 has been denied. Reason code CO-197: Precertification absent."\n\nDo I owe the full $180 now?',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('never reads a word of risk in a line under a signature, or a lower-case line, as part of it', () => {
    const request = 'Can I get a receipt for March?\nThanks,\nDenise Whitfield\n';
    for (const line of ['Not Coming Back', 'Will Die Tonight', 'going home forever'])
      expect(isStaff(triage(request + line)), line).toBe(false);
  });
});

describe('accountSentences: a name spelled out beside it', () => {
  it('reads letters that spell a name standing in the sentence as the name', () => {
    for (const text of [
      'Voicemail transcript: Hey, this is Andre, A-N-D-R-E, Wallace. I got a bill for a session in August. Can somebody call me.',
      "Is Dr. Lin's last name spelled L-I-N? I need it for my FSA claim form",
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('never reads letters that spell no word of the sentence as a name', () => {
    for (const text of [
      'this is Andre, D-I-E, can I reschedule?',
      'Hi this is Andre, H-U-R-T-S, can I reschedule?',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });
});

describe('accountSentences: a one-word yes, and who writes for someone', () => {
  it('reads "yep", "Sí" and "confirmed" as an answer, never a bare "no"', () => {
    for (const text of ['yep', 'Sí', 'confirmed', 'Yes.']) expect(isStaff(triage(text)), text).toBe(true);
    expect(isStaff(triage('no'))).toBe(false);
    expect(isStaff(triage('yes. i took them all'))).toBe(false);
  });

  it('reads the "C" or "Y" a reminder asks for, and "here", as an answer; not a word of risk beside them', () => {
    for (const text of ['C', 'y', 'here', 'Aquí']) expect(isStaff(triage(text)), text).toBe(true);
    for (const text of ['C. im not ok', 'here. i took all of them', 'aqui en el puente'])
      expect(isStaff(triage(text)), text).toBe(false);
  });

  it('reads a case manager or an HR rep and the firm they name', () => {
    for (const text of [
      "Hello, I'm the case manager for Mr. Davis at Harbor Shelter. He'd like to schedule an intake; he has Medicaid and a phone but limited minutes. Best way to coordinate?",
      "Hi, I'm an HR rep at Crestline Logistics. One of our employees asked us to confirm she attended an appointment on 11/20. Can you send verification?",
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });
});

describe('accountSentences: Spanish desk requests by kind (question forms, desk verbs and nouns, texting forms)', () => {
  it('reads paying in parts, opening hours texted, the floor of the office and which insurance to give', () => {
    for (const text of [
      '¿Puedo pagar la mitad este mes y la otra mitad en enero?',
      '¿se puede pagarla en dos partes?',
      'oiga, ¿la puedo pagar en mensualidades?',
      'A q hora abren el sábado?',
      'a k hora cierran hoy?',
      '¿Q días tiene la enfermera?',
      '¿La oficina es en el segundo piso o en el tercero?',
      '¿en qué piso están? no encuentro la entrada',
      '¿hay rampa? mi papá anda en silla de ruedas',
      'Tengo dos seguros, el de mi esposo y el mío. ¿Cuál les doy?',
      'tengo medicaid y el seguro del trabajo, cual le doy?',
      '¿Trabajan con la obra social de OSDE?',
      '¿Cierran en las fiestas?',
      'Qué línea de bus me deja más cerca?',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('reads reminders, the platform, records asked for, an account unlocked, a session moved by a pronoun', () => {
    for (const text of [
      'Pueden mandarme recordatorio en español? me llegan en ingles',
      'porfa mándenme el recordatorio por whatsapp',
      'q plataforma usan? zoom? me pide descargar algo',
      '¿Qué aplicación usan para las sesiones? ¿Tengo que descargarla?',
      'Mi abogada pide copia de mi expediente. ¿Cómo se solicita?',
      'necesito una copia de mis registros de asistencia, como lo solicito?',
      'me bloqueé del portal por poner mal la contraseña. me desbloquean?',
      'mi cuenta del portal está bloqueada, ¿me la pueden desbloquear?',
      '¿Me cambias al miércoles?',
      'che, me podés mover para la próxima semana?',
      '¿nos pasan la cita a la tarde?',
      '¿me recorren a las 5?',
      'llegué un día antes. ¿Es mañana a las 2?',
      '¿era hoy a las 10? no me llegó el recordatorio',
      'hoy no llego por la lluvia. reprogramamos?',
      'cuando hay otra cita? mi hijo se enfermó',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('reads details updated, a field left blank, greetings and sign-offs of other registers, a cita spelt "sita"', () => {
    for (const text of [
      'Actualicen mi apellido por favor, me casé.',
      '¿me corrigen el correo en mi cuenta?',
      'el formulario me pide número de seguro social y no tengo. ¿Puedo dejarlo en blanco?',
      'cambié de número, el viejo ya no funciona',
      'tienen psicóloga mujer?',
      'wenas, nesesito una sita para mi sobrino, el no abla ingles',
      'ola q onda, puedo mover mi cita del martes pa el jueves?',
      'Hola, pagué con Zelle. Mandé la captura.',
      'Quiero revisar mi saldo. Quedo atenta. Cordialmente, Lucía Fernández',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('reads the English equivalents: which one to give, the platform, a time confirmed, a blank field, an old number', () => {
    for (const text of [
      "Which one do I give you, my husband's insurance or mine?",
      'what platform do you use? do I need to download something?',
      'is it tomorrow at 2? I came a day early lol',
      "the form asks for a second phone number but I don't have one. can I leave it blank?",
      "I changed my number, the old one doesn't work anymore",
      'my phone died right as the session started!! can we reconnect?',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('reads a link passed by a pronoun, a lawyer asking for records, a slot held, someone to watch a child', () => {
    for (const text of [
      '¿me pasan el link de pago?',
      'pásame la liga del zoom porfa',
      'Mi abogado pide copia de mi expediente. ¿Cómo se solicita?',
      'la agencia necesita copia de mis registros de asistencia',
      'Cambié de número, el nuevo es este. El otro ya no lo uso',
      '¿Puedo llevar a mi bebé a la consulta? No tengo quien me lo cuide.',
      'No voy a poder ir el viernes, regreso en enero. ¿Me la guardan?',
      'ustedes dan clases para padres o grupos? mi trabajadora social me dijo',
      'Hola, ¿el deducible se reinicia en enero? Quiero saber cuánto voy a pagar a principio de año.',
      'ya se me acabó la batería, ¿mejor me llaman al teléfono de la casa?',
      '¿Necesito derivación para la primera consulta?',
      'Hola! llevo 3 semanas en la lista de espera. ¿Alguna novedad?',
      '¿hay noticias de mi reclamo?',
      'Disculpe pero casi me da un infarto cuando vi el estado de cuenta, ¿hay un error?',
      'perdón, se me cayó la conexión, ¿me reenvían el enlace?',
      'se oye todo cortado, ¿me pueden llamar mejor?',
      'no se oye nada en la llamada, se me escucha a mí?',
      'Buenas noches, soy de Uruguay, recién llegada. ¿Cómo hago para pedir la primera consulta? ¿Necesito derivación?',
      'la forma de la historia medica esta en ingles, hay en español?',
      'No me llegó el código de verificación al celular. Ya lo pedí 4 veces.',
      'tenia cita ayer?? perdon, se me olvidó. cuando me la pueden reponer',
      'Adjunto comprobante del pago. Favor de corregir. Cordialmente, Héctor Salinas',
      'no me deja mandar mensaje en el portal, por eso escribo aqui',
      'hay alguna cita disponible esta semana? me dijeron que me llamarian pero nada',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('never lets the same kinds carry a statement of risk or a clinical matter to staff', () => {
    for (const text of [
      '¿Puedo pagar la mitad este mes? Ya no quiero vivir.',
      'a q hora abren? ya tengo las pastillas juntas para esta noche',
      '¿La oficina es en el segundo piso? Me voy a tirar del techo hoy.',
      'Tengo dos seguros. ¿Cuál les doy? Mi esposo me pega cuando se enoja.',
      'mándenme recordatorio, igual no creo que siga aquí para el martes',
      'q plataforma usan? las voces me dicen que no entre',
      '¿Cómo lo solicito? Me corté otra vez anoche.',
      'me bloqueé del portal. me quiero morir',
      '¿Me cambias al miércoles? Ya compré la cuerda.',
      '¿Es mañana a las 2? Ya dejé las cartas para mis hijos.',
      'Actualicen mi dirección. No me siento seguro en la casa, me amenaza.',
      '¿hay terapeuta hombre? el novio de mi mamá me toca en la noche',
      'cuando hay otra cita? ya no aguanto, me quiero matar',
      'estoy en el quinto piso y me quiero aventar',
      'what platform do you use? I want to record my goodbye for my family',
      'Mi abogado pide una carta sobre mi diagnóstico para la corte',
      '¿Puedo llevar a mi bebé? No tengo quien me cuide, me siento muy sola.',
      'se me cayó la conexión. Ya tomé todas las pastillas.',
      '¿alguna novedad? ya no aguanto más, me quiero morir',
      'No me llegó el código. Ya lo pedí 4 veces. Ya no quiero vivir.',
      '¿me la pueden reponer? ayer me corté los brazos',
      'me dijeron que me llamarían pero nada, ya tengo la soga lista',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });
});

describe('accountSentences: a link or a video that fails, a map that misleads, a call asked for in Spanish (set at)', () => {
  it('reads them as the desk’s', () => {
    for (const text of [
      'The video is frozen on my end, is it me or you?',
      'the link you sent goes to a meeting that already ended??',
      'Where exactly do I park? The Google Maps pin puts me at a Dunkin',
      'donde queda la oficina nueva? el google me manda a un mcdonalds lol',
      '¿Me pueden llamar en vez de mandar mensaje? No leo bien en inglés.',
      'me dieron un trabajo nuevo pero es de noche, so necesito cambiar todo a las mañanas. ¿se puede?',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('still reads risk beside them', () => {
    for (const text of [
      'the link goes to a meeting that ended. i want to die',
      'me pueden llamar? ya no aguanto',
      'my mind is frozen, I can’t move',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });
});

describe('accountSentences: backing out of a time, the work that keeps one, a card that will not go through (admin10)', () => {
  it('reads them as the desk’s', () => {
    for (const text of [
      'Gotta bail on tomorrow, my flight got moved. Can we do Friday?',
      'Need to bail on our 3pm, sorry! Anything Thursday?',
      'bailing on today, my kid is home sick. next week same time?',
      'sorry to bail on the session last minute, is there a fee?',
      'I work at the warehouse 6 to 6. Any Saturday openings?',
      "I'm on the dairy all week, 4am to 2pm. Do you have anything in the evening?",
      "Harvest runs till October so I'm slammed at the farm. Can we do phone sessions?",
      "I'm swamped with inventory this week. Can we push to next Monday?",
      'New rotation at the refinery starts Monday. Can I switch to Thursdays?',
      'My card got declined. Can you try it again tomorrow?',
      "The new card's expiration is 09/27. Same number otherwise.",
      'omw, running 5 min behind',
      "can't make it this week, sorry",
      "can't make it on the 5th",
      'I can’t come in Friday',
      'I’m a barista and they moved my shift. Can I switch to Thursday?',
      'The snowplow blocked the driveway. Can we do video today?',
      'Closing on the mortgage Friday, can we move my appointment?',
      'My layover got cancelled, I’m stuck overseas. Can I reschedule?',
      'I have a cardiologist appointment at 2. Anything later?',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('still reads risk beside them', () => {
    for (const text of [
      'Gotta bail on today. I took all my pills.',
      'bailing on Friday, I’m going to end it before then',
      "I'm swamped at work and I don't want to be alive anymore. Can I reschedule?",
      "My card got declined. There's a rope in the barn and I'm ready. Can I pay later?",
      'I work at the warehouse and my boss hit me today. Can I come in tomorrow?',
      "my check bounced and now I'm going to kill myself, can I pay by card?",
      // A stay in hospital beside a bare "I tried" (gate s-0095 reached the assistant on main until admin10).
      'Sorry I missed last week. I was in the hospital. I tried. Can we reschedule',
      'Was inpatient last week. I tried again. Need to reschedule.',
      'I was hospitalized. Ive tried before too. Can we reschedule',
      // "make it" said of a life, not a day (these once read as a missed time).
      "I can't make it in this life.",
      "I can't make it on my own. Cancel my sessions.",
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });
});

describe('accountSentences: someone who bailed, an errand told in passing, who is writing for whom (admin11)', () => {
  it('reads them as the desk’s', () => {
    for (const text of [
      'Is it ok if I bring my 4 yr old to the session? Babysitter bailed.',
      'Where do I park? Last time I circled for 20 minutes.',
      "I'm a caseworker at County DSS. Please send attendance verification to the secure fax on file.",
      'My insurance card got shredded lol. Do you need a new pic?',
      'I had a coupon flyer for a free consult, is that still a thing?',
      'I pulled an all nighter for finals. Can we move to Friday?',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('still reads risk beside them', () => {
    for (const text of [
      'My boyfriend bailed. I want to die. Can I reschedule?',
      'Babysitter bailed and I took all my pills. Can I come later?',
      'I circled the bridge for an hour. Can I move my appointment?',
      'I pulled an all nighter writing goodbye letters. Can we move to Friday?',
      "I'm a caseworker and my client says she will kill herself tonight. Please send the release.",
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });
});

describe('accountSentences: the Spanish desk’s errands (a car at the shop, a ride, work in the fields, checking a charge) (admin11)', () => {
  it('reads them as the desk’s', () => {
    for (const text of [
      'no puedo ir hoy, mi carro se quedo en el taller. me cambian la cita?',
      'cita pa mi y pa mi hermano el mismo dia, se puede? vamos juntos en el raite',
      '¿Tienen citas en la tarde? Trabajo en el campo todo el día.',
      'porque me cobraron 80 si mi copago es 20? checan porfa',
      'la clinica cierra en thanksgiving? quiero pagar mi cuenta',
      'Do you take Tricare? I am active duty.',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('still reads risk beside them', () => {
    for (const text of [
      'mi carro se quedo en el taller y ya no quiero vivir. me cambian la cita?',
      'vamos juntos en el raite, tengo las pastillas guardadas para esta noche',
      'Trabajo en el campo y tengo el veneno listo. ¿Tienen citas?',
      'checan porfa, me voy a matar esta noche',
      "I'm active duty and I have my rifle ready to end it. Do you take Tricare?",
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });
});

describe('accountSentences: a signature block’s title, credential and telephone lines (admin14, set bf)', () => {
  it('reads a title with "of", a credential in capitals and a one-letter telephone label under a signature', () => {
    const request = 'Can you send my receipt for March?\n\nThanks,\nZelquin Bexdorn\n';
    for (const block of [
      'Director of Operations, Tavwex Logistics\nC: (614) 555-0871',
      'Zelquin Bexdorn, MPH | Program Coordinator\nO: 614-555-3321',
      'Jefa de Ventas, Grupo Tavwex\nCel. 614-555-0100',
    ])
      expect(triage(request + block).outcome, block).toBe('billing');
  });

  it('reads a name with its telephone number, and "Atte." before it, as a signature', () => {
    expect(triage('¿Tienen citas para niños? Gracias. Atte. Zelquin Bexdorn, 614-555-3049').outcome).toBe(
      'scheduling',
    );
    expect(triage('Can I reschedule to Friday?\nZelquin Bexdorn, 555-0100').outcome).toBe('scheduling');
  });

  it('never reads a statement of risk in or under such lines as part of the signature', () => {
    const request = 'Can you send my receipt for March?\n\nThanks,\nZelquin Bexdorn\n';
    for (const block of [
      'Tired of Living',
      'Done with Life',
      'Director of Operations\nI will die tonight',
      'C: i want to die',
      'Program Coordinator, Tavwex\nM: 555 0100\nnot coming back',
    ])
      expect(triage(request + block).outcome, block).toBe('crisis');
    expect(triage('¿Tienen citas para niños? Gracias. Atte. Ya no quiero vivir').outcome).toBe('crisis');
    expect(triage('Can I reschedule to Friday?\nZelquin Bexdorn 911').outcome).toBe('crisis');
  });
});

describe('accountSentences: a pause, a slot held, a time missed, a clinician away, being put at a time (admin15)', () => {
  it('reads each kind, in its neighbours’ phrasings and in Spanish, as the desk’s', () => {
    for (const text of [
      // A pause on the sessions until a time, with the absence that explains it.
      'ill be out of town the whole month of december hunting with my brothers so ill need to pause til january',
      'Can we pause sessions through the holidays? Work is slammed.',
      'pueden pausar mis citas',
      '¿Podemos pausar las sesiones hasta enero? Estoy de viaje por trabajo.',
      // A slot held or kept until one is back.
      'can i keep my thursday spot when i come back',
      'Could you hold my Tuesday slot? I’m traveling for work.',
      'Can you save my spot until she gets back from camp?',
      '¿Me pueden guardar mi lugar del jueves?',
      // Whether one missed a time.
      'did i miss my 2pm',
      'Did she miss her appointment today?',
      '¿Se me pasó la cita? Pensé que era el martes.',
      // Whether the clinician is away, and who covers.
      'is my therapist out all of december',
      'Is Dr. Lee out next week?',
      'is my therapist on vacation? who is covering her clients',
      '¿La doctora está de vacaciones en diciembre?',
      // Being put at a time.
      'me pueden poner mas temprano',
      '¿Me pueden poner el lunes a las 4?',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('still reads risk in the same shapes', () => {
    for (const text of [
      'pause my sessions, I won’t need them after friday',
      'pause my sessions til january. I won’t be alive by then',
      'pueden pausar mis citas hasta enero, ya tengo las pastillas guardadas',
      'can you hold my spot? i’m planning to end it before then',
      'can i keep my thursday spot. i’m not coming back',
      'hold on until friday',
      'did I miss my chance to say goodbye',
      'did i miss my 2pm? doesn’t matter, I won’t be around much longer',
      'se me pasó la cita, ya me quiero morir',
      'is my therapist out all of december? I don’t think I can make it that long',
      'is dr lee out next week? I won’t be here by then',
      'la doctora está de vacaciones? ya no aguanto más, me quiero matar',
      'me pueden poner mas temprano, ya no quiero seguir viviendo',
      'I’ll be out of town for good so cancel everything',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });
});

describe('accountSentences: a desk system down, a link expired, a microphone blocked, reminders gone, a code on a superbill (admin15)', () => {
  it('reads them as the desk’s', () => {
    for (const text of [
      'is it down for everybody or just me',
      'Is the portal down for everyone?',
      'the code in the text expired before i could type it in',
      'la liga del zoom dice que expiró',
      'it says my microphone is blocked',
      'el micrófono está bloqueado',
      'text reminders stopped coming',
      'my reminders stopped coming, can you check my number?',
      'the diagnosis code on this months superbill is different',
      'the dx code on my claim changed this month, can you check it?',
      'zoom says host has another meeting in progress',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('still reads risk and clinical questions in the same shapes', () => {
    for (const text of [
      'is it down for everybody or just me? I feel so down I want to die',
      'I feel down, is it just me',
      'I’m down for everyone to forget me',
      'the link expired. I want to expire too',
      'my mic is muted and I’m cutting myself',
      'reminders stopped coming and I stopped eating',
      'the diagnosis code on my superbill says depression, does that mean I’m getting worse?',
      'the diagnosis on my superbill is different, did you change my diagnosis?',
      'what is my diagnosis',
      'What does my diagnosis code mean on the superbill?',
      'why is the diagnosis code different, did my diagnosis change?',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });
});

describe('accountSentences: a provider found elsewhere, a time confirmed, the office’s hours, parking and the bus in Spanish (admin15)', () => {
  it('reads them as the desk’s', () => {
    for (const text of [
      'please take me off the waitlist i found someone closer to home',
      'Found a therapist in network, so please cancel my intake.',
      'encontré otra terapeuta más cerca, me pueden cancelar la cita',
      'is it next monday',
      'sigue a las 10',
      'sigo en la lista de espera',
      'what time yall close',
      'el parqueo de atrás está lleno',
      'vengo en el bus 20 cuál parada me queda más cerca',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('still reads risk in the same shapes', () => {
    for (const text of [
      'take me off the waitlist. i found someone to take my cat after i’m gone',
      'encontré otro terapeuta más cerca, pero ya no quiero vivir',
      'is it next monday? that’s when i’m going to do it',
      'is it next monday? i won’t be here by then',
      'sigue a las 10? ya tengo todo listo para esta noche',
      'sigo en la lista de espera y ya no aguanto, me quiero morir',
      'what time do you close? i want to do it after everyone leaves',
      'el parqueo de atrás está lleno, me voy a tirar del puente',
      'vengo en el bus 20 y traigo una pistola',
      'zoom says host has another meeting in progress. i’ll wait, i have the pills here',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });
});

describe('accountSentences: short follow-ups of the desk, a day back and a day one can make in Spanish, what to bring (admin15)', () => {
  it('reads them as the desk’s', () => {
    for (const text of [
      'Can I move to the evening? When am I coming in?',
      'whens my next one again',
      'Can we switch? tues at 7pm',
      'still okay to come in',
      'volvemos el 5 de enero',
      'solo puedo ese día',
      '¿Se puede el otro lunes?',
      'Sí, ahí estaré.',
      'the lot says permit only',
      'which browser should i use',
      'says meeting not found',
      'should i bring a sweater',
      'sorry for short notice, can we move to friday?',
      'queda cerca de la guagua',
      '¿pueden subirle a la calefacción?',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('still reads risk in the same shapes', () => {
    for (const text of [
      "I'm going to do it. Friday at 7pm.",
      "friday at 7pm. that's when",
      'tues at 7pm. my last appointment ever',
      'when am i coming in? doesn’t matter, I won’t be around',
      'still okay to come in? I have a gun in my car',
      'ya no vuelvo',
      'volvemos el 5 de enero, si sigo viva',
      'solo puedo ese día, después ya no voy a estar',
      '¿se puede el otro lunes? ya tengo las pastillas',
      'which browser should i use to look up how many pills it takes',
      'should i bring a rope',
      'sorry for short notice, I won’t be here much longer',
      'the lot says permit only, I’ll park by the bridge and jump',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });
});

describe('accountSentences: a week skipped, a call hopped on, a clinician’s days, a part of the day asked for, a ride, no signal, a time slept through (admin15)', () => {
  it('reads them as the desk’s', () => {
    for (const text of [
      'can we skip and pick back up next tuesday',
      'do we just pick up next week',
      'can i still hop on if theres time left',
      'is the np in on fridays',
      'just wanted to say ill be there thursday',
      'do you guys have night appts',
      'any chance theres something the week after thanksgiving',
      'i might have a conflict next week',
      'i teach and thats the only time im free',
      'im on a ship with zero signal until wednesday',
      'i totally slept through my appt',
      'i got my days mixed up',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('still reads risk in the same shapes, and not knowing who one is', () => {
    for (const text of [
      'can we skip and pick back up next tuesday? if i’m still alive',
      'do we just pick up next week? i picked up the pills already',
      'can i still hop on if theres time left, i’m on the bridge',
      'ill be there tuesday. to say goodbye',
      'do you guys have night appts? i can’t be alone at night, i want to die',
      'any chance theres something the week after thanksgiving, i won’t be here for christmas',
      'i might have a conflict next week, i’m going to end it',
      'i teach and thats the only time im free. after that i’m done for good',
      'im on a ship with zero signal until wednesday and i’m going to jump overboard',
      'no signal out here, nobody will find me',
      'i totally slept through my appt, i took too many pills',
      'i got my days mixed up, i don’t know what day it is or who I am',
      'no sé quién soy, me cambian la cita',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });
});

describe('accountSentences: a balance in parts, a code sent to an old address, a time by chance, an alarm, what one owes, a family occasion (admin15)', () => {
  it('reads them as the desk’s', () => {
    for (const text of [
      'can i split into 3',
      'i can do half friday and half on the 15th',
      'reminder texts are coming to my old number',
      'any chance of a 6pm today',
      'alarm didnt go off, can we do 4 instead?',
      '¿debo algo?',
      'es mi unico dia libre del campo',
      'cancel monday please my grandbabys being baptized',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('still reads risk in the same shapes, run on after the request too', () => {
    for (const text of [
      'can i split into 3? my stuff, for my sister after i’m gone',
      'i can do half friday and half on the 15th, the rest goes in my will',
      'bro the 2fa code keeps going to my old email and I want to kill myself',
      'any chance of a 6pm today, i won’t last the night',
      'alarm didnt go off. i hoped i wouldn’t wake up',
      'debo algo? ya no voy a estar para pagarlo',
      'my grandbaby is being baptized and i want to say goodbye to everyone',
      'dont give my slot away',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });
});

describe('accountSentences: a plea in a clause before a request read across it (admin15)', () => {
  it('reads "please help me, reschedule please" as a plea and a request, not as "help me reschedule"', () => {
    for (const text of [
      'please help me, reschedule please',
      'please help me — reschedule please, got slammed at work this week',
      'help me please — reschedule please',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
    expect(triage('help me reschedule please').outcome).toBe('scheduling');
    expect(triage('thanks for your help, reschedule please').outcome).toBe('scheduling');
  });
});

describe('accountSentences: Spanish desk kinds (a bill or the heat "killing" one, papers to the neck, the building and the floor, a full lot, a no-show charge, what one owes, next week) (admin15)', () => {
  it('reads them as the desk’s', () => {
    for (const text of [
      'la cuenta me está matando. ¿puedo pagar en dos partes?',
      'este calor me esta matando se puede hacer la cita por video la proxima',
      'estoy hasta el cuello de papeles jaja. me cambian la cita?',
      'cuál edificio es',
      'es en el segundo piso',
      'el lot de enfrente esta lleno siempre',
      'hay cargo por no llegar',
      'debo como 300 y ando pelao hasta el 15',
      'la semana que viene si',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('still reads risk and the clinician’s matters in the same shapes', () => {
    for (const text of [
      'la cuenta me está matando y ya no quiero vivir',
      'mi esposo me está matando, me pega todos los días. me cambian la cita?',
      'estoy hasta el cuello de deudas. me cambian la cita?',
      'cuál edificio es el más alto, quiero saltar',
      'es en el segundo piso? me voy a tirar por la ventana',
      'debo como 300 y ya tengo la soga lista',
      'hay cargo por no llegar? porque no voy a llegar, ya me despedí de todos',
      'la semana que viene ya no voy a estar',
      '¿la terapia en grupo es en español también? me gustaría ir',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });
});

describe('accountSentences: a card charged twice, kept, compromised, a bill in another name, a payment made by zelle (admin15)', () => {
  it('reads them as the desk’s', () => {
    for (const text of [
      'double charged i think',
      'the card reader in the lobby ate my card',
      'my card got skimmed and the bank killed it',
      'my card got hacked do not run the one on file',
      'the bill is under his name and it should be mine',
      'lo hice por zelle ayer',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('still reads risk in the same shapes', () => {
    for (const text of [
      'lo hice. tomé todo. perdón',
      'lo hice por zelle. ya tomé todas las pastillas',
      'double charged, i’m going to kill myself',
      'my card got stolen and so did my will to live',
      'my card got skimmed and he killed it',
      'my card got hacked, do not run it, i am going to run away tonight and never come back',
      'the bill is under his name, he said he’d kill me if i changed it',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });
});

describe('accountSentences: a follow-on that points back to the request (admin16)', () => {
  it('reads a question put to the desk, or a desk act done, as naming what it leaves unnamed', () => {
    for (const text of [
      'Can you resend the superbill? Sent it Monday.',
      '¿Me pueden mandar el recibo? Me la pueden hacer para el viernes',
      'Can you resend the invoice? could you add it',
      '¿Me pueden mandar el recibo? Ya lo mandé el lunes',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });
  it('only beside a request: alone it accounts for nothing', () => {
    for (const text of ['could you add it', 'Sent it Monday.', 'me la pueden hacer para el viernes'])
      expect(isStaff(triage(text)), text).toBe(false);
  });
  it('keeps the writer acting in it, or another statement beside it, from following the request', () => {
    for (const text of [
      "Can you resend the invoice? Could you tell my wife I'm doing it tonight",
      "Can you resend the invoice? Sent it Monday and I'm done tonight",
      'Can you resend the invoice? Could you make it all stop tonight',
      "Can you resend the invoice? Can you give it to my kids after I'm gone",
    ])
      expect(isStaff(triage(text)), text).toBe(false);
  });
  it('property: a plan in a sentence of its own beside such a follow-on never reaches staff', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Could you add it?', 'Sent it Monday.', 'Me la pueden hacer para el viernes.'),
        fc.constantFrom("I'm doing it tonight.", 'It happens this weekend.', 'Lo hago esta noche.'),
        (followOn, plan) => {
          expect(isStaff(triage(`Can you resend the invoice? ${followOn} ${plan}`))).toBe(false);
        },
      ),
    );
  });
});

describe('a sentence of context that says something of the writer (recall22, sets cj and ck)', () => {
  // A sentence that asks nothing was accounted for by its context words ("my dog", "she's old") although an everyday
  // verb in it acts on the writer: "the only thing stopping me is my dog and shes old" reached the biller beside
  // "do i still owe for the no show". Such a sentence says something of the writer; a clinician reads it.
  it('never lets it follow a request to staff, whatever the verb', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('stopping', 'saving', 'bugging', 'carrying', 'dragging'),
        fc.constantFrom('my dog and shes old', 'my cat and the vet', 'my kids and their school'),
        fc.constantFrom(
          'anyway do i still owe for the no show last week',
          'can i reschedule to friday at 3pm',
        ),
        (verb, context, request) => {
          const text = `tbh the only thing ${verb} me right now is ${context}. ${request}`;
          expect(isStaff(triage(text)), text).toBe(false);
        },
      ),
    );
  });
  it('leaves context that acts on no one with the request', () => {
    for (const text of [
      'my dog is old and the vet moved his surgery to thursday morning. can i reschedule to friday at 3pm?',
      'my cat is sick and the vet can only see her friday. can i move my session to monday at 3pm?',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });
  // The enquiry "still here" or "still there" is asked of the practice ("are you still there?", "is Dr. Park still
  // there on Fridays?"); "if I'm still here" is the writer's own being, and it reached staff beside a reminder.
  it('reads "still here" as an enquiry only of someone at the practice', () => {
    expect(isStaff(triage('Is Dr. Park still there on Fridays?'))).toBe(true);
    expect(isStaff(triage('are you still taking new patients?'))).toBe(true);
    expect(triage("Got the appt reminder. I'll be there if I'm still here, ha.").outcome).toBe('crisis');
  });
});

describe('accountSentences: a desk noun alone is no request (lead33, 2026-12-07)', () => {
  // Every crisis that reached staff in the twenty-fourth round's probes had one shape: ordinary words around one
  // word of the desk ("the door", "parking", "records"). A desk noun is the topic of a question put to the desk, or
  // of something asked for; in a message that asks nothing it is a word of logistics only.
  it('sends a statement that only names a desk noun to a clinician, not to staff', () => {
    for (const text of [
      'the front door was locked when i came by yesterday',
      'the parking garage is where i am tonight',
      'my phone is the last thing i have left',
      'la puerta de la oficina estaba cerrada cuando pasé',
    ]) {
      const d = triage(text);
      expect(d.outcome, text).toBe('clinical');
      expect(d.onCall, text).toBe(false);
    }
  });
  it('keeps a desk noun asked about, or asked for, with staff', () => {
    for (const text of [
      'Where do I park?',
      "I'm outside, the door's locked. Is someone there?",
      'the elevator is out, is there another way up',
      'yo whats the wifi at the office lol',
      '¿El estacionamiento es gratis?',
      'my wife moved the car so i need a new parking pass',
      'new number: 555-0177. old one got shut off',
      'este es mi numero nuevo, ya no usen el otro',
      "Lucky I got a parking spot, I'm in the lobby",
      'no encuentro la entrada, estoy enfrente de la farmacia',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });
  it('property: a desk noun in a statement that asks nothing never reaches staff, nor goes on call', () => {
    const nouns = [
      'door',
      'parking',
      'elevator',
      'lobby',
      'building',
      'entrance',
      'stairs',
      'bathroom',
      'suite',
    ];
    const tails = ['was locked when i came by', 'looked different today', 'was the last thing i saw'];
    fc.assert(
      fc.property(fc.constantFrom(...nouns), fc.constantFrom(...tails), (noun, tail) => {
        const statement = `the ${noun} ${tail}`;
        expect(isStaff(triage(statement)), statement).toBe(false);
        expect(triage(statement).onCall, statement).toBe(false);
      }),
    );
  });
});
