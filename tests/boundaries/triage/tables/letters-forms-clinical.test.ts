import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTriageRules, triageMessage } from '../../../../src/boundaries/index.js';

const rules = compileTriageRules();
const triage = (text: string) => triageMessage(text, { rules });
const pick = <T>(...values: T[]) => fc.constantFrom(...values);

// A letter or form that must say why, what the client needs or what they can do: the clinician's work.
const DOCUMENT = pick('a letter', 'a note', 'the form', 'some paperwork', 'documentation', 'the forms');
const CONTENT = pick(
  'excusing me from work this week',
  'so I can get time off',
  'saying I need to be off work for two weeks',
  'for an accommodation at my job',
  'so I can work from home for a while',
  'for medical leave',
  'for stress leave',
  'for my FMLA',
  'for my short term disability claim',
  'saying I am unable to serve on jury duty',
  'for an extension on my finals',
  'recommending I keep my dog in my apartment',
  'about my emotional support animal',
  'for my immigration hearing',
  'for my asylum case',
  'saying I am fit for duty',
  'clearing me to go back',
);
const OPENING = pick('Can you write me', 'Could Dr Lee fill out', 'I need', 'hey can u do', 'My boss wants');

// Letters staff can send: they only confirm attendance, dates or payment.
const ATTENDANCE = pick(
  'Could you send a letter to my landlord confirming I have weekly appointments on Wednesdays? Just the schedule.',
  'I need a letter of attendance for my probation officer showing I came in November. Dates only is fine.',
  'Can I get a note for work that says I had an appointment today at 2?',
  'Where do I upload my custody paperwork? The front desk said you needed it before the first session.',
  'My employer wants a letter confirming my appointment dates for October.',
  'Can you email me the form to update my address?',
);

describe('triageMessage: letters and forms only a clinician can write', () => {
  it('keeps with a clinician a letter or form about what the client needs, whoever asks and however', () => {
    fc.assert(
      fc.property(OPENING, DOCUMENT, CONTENT, (opening, document, content) => {
        const d = triage(`${opening} ${document} ${content}?`);
        expect(d.outcome === 'clinical' || d.outcome === 'crisis').toBe(true);
      }),
    );
  });

  it('sends a letter that confirms attendance, dates or a form to staff', () => {
    fc.assert(
      fc.property(ATTENDANCE, (text) => {
        expect(['scheduling', 'paperwork']).toContain(triage(text).outcome);
      }),
    );
  });

  it('keeps a work excuse with a clinician: "can you write me a note excusing me from work this week"', () => {
    expect(triage('can you write me a note excusing me from work this week').outcome).toBe('clinical');
  });

  it('keeps the same letters in Spanish with a clinician', () => {
    for (const text of [
      '¿Me pueden dar una carta para justificar mi ausencia en el trabajo?',
      'Necesito un justificante para la escuela de mi hijo por la terapia',
      'Necesito una constancia para mi caso de inmigración',
      '¿Me hacen una carta para que me dejen tener mi perro en el apartamento?',
    ]) {
      expect(triage(text).outcome, text).toBe('clinical');
    }
  });
});

describe('LETTERS_FORMS_CLINICAL: a form the clinician is asked to fill in', () => {
  const ASKER = pick(
    'The school needs',
    'My employer wants',
    'HR is asking',
    'The court requires',
    'My lawyer asked',
  );
  const WHO = pick('you', 'my therapist', 'Dr. Lee', 'my counselor', 'the provider');
  const VERB = pick('to fill out', 'to complete', 'to fill in', 'to sign off on');
  const WHAT = pick('this form', 'the questionnaire', 'a section about me', 'the paperwork they sent');

  it('keeps a form for the clinician to fill in with a clinician, and a form the client fills with staff', () => {
    expect(triage('The school needs you to fill out this form about my son').outcome).toBe('clinical');
    expect(triage("Can you fill out the form my employer sent? It's attached.").outcome).toBe('clinical');
    expect(triage('la escuela necesita que usted llene este formulario').outcome).toBe('clinical');
    expect(triage('Do you need me to fill out the intake form before Friday?').outcome).toBe('paperwork');
    expect(triage('Can I fill out the consent form when I come in?').outcome).toBe('paperwork');
  });

  it('property: whoever asks, whichever clinician and form, it stays with a clinician', () => {
    fc.assert(
      fc.property(ASKER, WHO, VERB, WHAT, (asker, who, verb, what) => {
        const text = `${asker} ${who} ${verb} ${what}.`;
        expect(['clinical', 'crisis'], text).toContain(triage(text).outcome);
      }),
      { numRuns: 100 },
    );
  });
});

describe('a return to work, an accommodation named, a document that must come from the treating clinician (lead, 2026-12-05)', () => {
  // From an honest unseen set's message that reached staff ("paperwork for work saying I can return full time
  // starting next month; my employer says it has to come from the clinician who's been treating me"), by kind.
  const DOCUMENT_OF = pick('paperwork', 'a letter', 'a note', 'documentation', 'a form');
  const SAYING = pick(
    'saying I can return full time',
    'saying I can go back part time next month',
    'saying I am able to work again',
    'for going back full time on the 1st',
    'saying I need extra time on tests',
    'for light duty at the warehouse',
  );
  it('property: whatever the document and the attestation, a clinician writes it', () => {
    fc.assert(
      fc.property(DOCUMENT_OF, SAYING, (document, saying) => {
        const text = `I need ${document} for work ${saying}. Can I pick it up Friday?`;
        expect(['clinical', 'crisis'], text).toContain(triage(text).outcome);
      }),
      { numRuns: 60 },
    );
  });
  it('reads "it has to come from the clinician treating me" as the clinician\'s letter, in both languages', () => {
    for (const text of [
      "My employer says it has to come from the clinician who's been treating me.",
      'I need something for work saying I can return full time.',
      'The form has to be signed by my therapist, can you send it to her?',
      'la carta tiene que venir de la terapeuta que me atiende',
      'necesito una carta para la escuela con tiempo extra en los exámenes',
    ])
      expect(triage(text).outcome, text).toBe('clinical');
  });
  it('leaves the desk its own: a schedule back to full time, attendance, a receipt', () => {
    for (const text of [
      "I'm back to work full time so I need evening slots",
      'I need proof I attended my sessions for court',
      "can you send me a receipt for my full time job's FSA",
      'Does Dr. Vance offer a reduced rate?',
    ])
      expect(['clinical', 'crisis'], text).not.toContain(triage(text).outcome);
  });
});
