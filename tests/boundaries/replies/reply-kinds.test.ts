// The reply check by kind of clinical content, in English and Spanish, each kind with the ordinary replies
// beside it that must stay approved. [sources: tx-22-tac-465, hhs-faq-email, samhsa-988]
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRISIS_RESOURCES_TEMPLATE, evaluateReplyDraft } from '../../../src/boundaries/index.js';
import type { BoundariesReasonCode } from '../../../src/boundaries/reason-codes.js';

type Channel = 'portal' | 'secure_email' | 'sms' | 'email';
const PORTAL = { channel: 'portal', consent: { optedIn: true } } as const;
const codes = (draft: string, channel: Channel = 'portal', optedIn = true) =>
  evaluateReplyDraft(draft, { channel, consent: { optedIn } }).reasons.map((r) => r.code);

const INTERPRETATION = 'boundaries.reply.score_interpretation';
const DIAGNOSIS = 'boundaries.reply.diagnosis_or_assessment';
const MEDICATION = 'boundaries.reply.medication_guidance';
const TREATMENT = 'boundaries.reply.treatment_recommendation';
const EMERGENCY = 'boundaries.reply.emergency_direction';
const UNCONSENTED = 'boundaries.reply.clinical_detail_on_unconsented_channel';
const UNREACHABLE = 'boundaries.reply.channel_not_consented';
const CLINICIAN_CODES: readonly string[] = [
  'boundaries.reply.clinical_advice',
  MEDICATION,
  DIAGNOSIS,
  INTERPRETATION,
  TREATMENT,
  EMERGENCY,
  'boundaries.reply.crisis_language_in_draft',
];

// Each kind's drafts: what the audit of 2026-12-05 found approved, and their neighbours.
const KINDS: Readonly<Record<string, { code: BoundariesReasonCode; drafts: readonly string[] }>> = {
  advice: {
    code: 'boundaries.reply.clinical_advice',
    drafts: [
      "I'd recommend weekly sessions.",
      'Sounds like normal grief, no need to see the therapist sooner.',
      'Le recomiendo respirar profundo.',
      'No se preocupe.',
      'Debería intentar ejercicios de respiración.',
      // Audit of 2026-12-06: self-care said to help.
      'Journaling might help until you see Dr. Lee.',
      'Breathing exercises can help.',
      'It may help you relax.',
      'Keep a journal until then.',
      'Escribir un diario podría ayudarle.',
      'La meditación puede ayudarle.',
    ],
  },
  interpretation: {
    code: INTERPRETATION,
    drafts: [
      'Your PHQ-9 score of 18 means moderately severe depression.',
      'Your score came back in the severe range.',
      'Your results are normal.',
      'Your GAD-7 came back positive.',
      'Your PCL-5 score is in the clinical range.',
      'Your AUDIT score suggests hazardous drinking.',
      'Your labs came back fine.',
      'Your bloodwork looks good.',
      'Your lithium level is high.',
      'You tested positive.',
      'Sus resultados son normales.',
      'Su puntuación indica depresión moderada.',
      'Su puntaje del PHQ-9 es alto.',
      'Su prueba salió positiva.',
      'Your PHQ-9 shows depression.',
      'An 18 on the PHQ-9 is moderately severe.',
      'You screened positive for depression.',
      'Your results look concerning.',
      'Your score is 18, which is severe.',
      // Audit of 2026-12-06: a change of score read as a direction or a verdict.
      'Your PHQ-9 score dropped from 20 to 5, which is great.',
      'Your GAD-7 went down from 15 to 8, great progress!',
      'Your PHQ-9 improved a lot since last month.',
      'Your GAD-7 score went up.',
      'Your score came down to 8.',
      'Great PHQ-9 score!',
      'Your GAD-7 is great.',
      'Su puntaje del GAD-7 mejoró mucho.',
      'Su puntuación bajó de 15 a 8, ¡buen progreso!',
    ],
  },
  diagnosis: {
    code: DIAGNOSIS,
    drafts: [
      'You are probably bipolar.',
      'You sound depressed.',
      'You seem bipolar.',
      'You might be ADHD.',
      'It could be ADHD.',
      'That sounds like depression.',
      "You're an alcoholic.",
      'You have an anxiety disorder.',
      'You meet criteria for PTSD.',
      'Sounds like normal grief.',
      'Usted es probablemente bipolar.',
      'Parece que tiene depresión.',
      'Usted tiene ansiedad.',
      'Usted está deprimida.',
      'Eso suena a ansiedad.',
      'Solo son nervios.',
      "You don't have ADHD.",
      "You're not depressed.",
      "I don't think you're bipolar.",
      'No creo que tenga TDAH.',
      'Usted no es bipolar.',
      'Es solo ansiedad.',
      // Audit of 2026-12-06: an episode named.
      "Sounds like you're having a panic attack.",
      'That was a panic attack.',
      "You're having a flashback.",
      'You had a panic attack last night.',
      'Eso suena como un ataque de pánico.',
      'Está teniendo un ataque de pánico.',
      'Fue una crisis de ansiedad.',
    ],
  },
  medication: {
    code: MEDICATION,
    drafts: [
      "It's fine to skip your pills over the weekend.",
      'Take two extra pills tonight.',
      "Don't take your Zoloft with alcohol.",
      "It's fine to have a beer on your meds.",
      'Stop the lexapro until you see Dr. Lee.',
      'Take half a tablet.',
      'Deje de tomar la medicación.',
      'Debería tomar dos pastillas más esta noche.',
      'No tome alcohol con la medicación.',
      'Tome la pastilla antes de dormir.',
      'Tome más medicación.',
      'Suspenda el litio.',
      'Duplique la dosis.',
      'Take it with food.',
      'You can take them at bedtime.',
      'Take less.',
      'Tómela con comida.',
      "Don't drink while on lithium.",
      "It's okay to miss a dose.",
      // Audit of 2026-12-06: what a medicine's effects will do or are.
      'Those side effects usually go away in a couple of weeks.',
      'The nausea from Lexapro is common and usually temporary.',
      'Side effects are normal.',
      'Dizziness is common at first.',
      'The headaches usually go away.',
      'Zoloft usually takes a few weeks to work.',
      'Your medication should kick in soon.',
      'Los efectos secundarios pasan en unas semanas.',
      'Los mareos son normales.',
    ],
  },
  treatment: {
    code: TREATMENT,
    drafts: [
      'I think EMDR would be a better fit for you than talk therapy.',
      'You should start therapy.',
      'You should stop therapy for now.',
      'You need DBT.',
      'You could try EMDR.',
      'DBT is better for you.',
      'Medication would help you.',
      "You'd benefit from group therapy.",
      'Try DBT instead.',
      'Switch to CBT.',
      'La terapia EMDR le ayudaría.',
      'Debería probar la terapia de grupo.',
      'La psicoterapia sería mejor para usted.',
      'Podría empezar el tratamiento con medicación.',
      'Have you considered EMDR?',
      'Group therapy would be good for you.',
      'Le convendría la terapia de grupo.',
      'You should see a psychiatrist about that.',
      'Debería ver a un psiquiatra.',
    ],
  },
  emergency: {
    code: EMERGENCY,
    drafts: [
      'You should go to the ER.',
      'Go to the nearest emergency room.',
      'Go to urgent care.',
      'Take yourself to the ER.',
      'Head to the hospital now.',
      'Call 911.',
      'Call or text 988.',
      'The 988 lifeline is open 24/7.',
      'Vaya a urgencias.',
      'Ve al hospital.',
      'Llame al 911.',
      'Marque el 988.',
      'Llame a la línea de crisis.',
      'Please go to the emergency room.',
      'You need to be seen at the ER.',
      'Call an ambulance.',
      'Text HOME to 741741.',
      'Acude al servicio de urgencias.',
      'Llama a la línea 988.',
    ],
  },
};

// Ordinary replies beside each kind: logistics, data and directions, approved on a consented secure channel.
const TWINS: readonly string[] = [
  'Your appointment is with Dr. Ruiz, a psychiatrist, on Tuesday 2026-12-08 at 3 pm.',
  'Your payment results: approved.',
  'Your results are ready; Dr. Lee will go over them with you on 2026-12-08.',
  'Your score: 14. Dr. Lee will go over it with you.',
  'Please complete the PHQ-9 and GAD-7 before your visit on 2026-12-08.',
  'Your session is confirmed. Results of your insurance check: active coverage.',
  'We will have your results by Friday, okay?',
  'Your score report was sent to Dr. Lee.',
  'Your copay is lower this year.',
  'Su resultado está listo; la doctora lo revisará con usted.',
  'You are probably going to get a reminder text.',
  'You might like our Tuesday group.',
  'You may add a card in the portal.',
  'You could be seen sooner on Thursday 2026-12-10.',
  'Dr. Lee leads the ADHD group on Thursdays.',
  'Please bring a list of your medications.',
  'Can you take the forms to the front desk?',
  'Tome asiento en la sala de espera.',
  'Deje sus formularios en recepción.',
  'Puede dejar de pagar en efectivo y usar tarjeta.',
  'Is Tuesday a good option for your therapy session?',
  "You'll need to start the therapy intake forms before 2026-12-08.",
  'Which therapy time is better for you?',
  'Please stop by the therapy office to sign the form.',
  'We have EMDR and DBT therapists on staff.',
  '¿Qué día es mejor para usted para la terapia?',
  'Tiene que firmar el consentimiento de terapia.',
  'The ER entrance is on the left of the parking lot.',
  'Come in through the hospital entrance on Main St.',
  'Our office is across from the hospital.',
  'Please go to the emergency contact section of the form.',
  'Dr. Lee is at the hospital today; your appointment moves to Wednesday 2026-12-09.',
  'Call us at 555-0100 to reschedule.',
  'Please text us at 555-0100 or call the office.',
  'Su cita es el martes 8 de diciembre a las 3.',
  'Please take more time with the forms if you need it.',
  'Would Tuesday 2026-12-08 be good for you?',
  'Dr. Lee will see you on Tuesday.',
  'You will see the psychiatrist on 2026-12-08.',
  'Please take a seat when you arrive.',
  'Please complete the PHQ-9 depression questionnaire before your visit.',
  'Your results show you paid in full.',
  'Your account was checked at the front desk.',
  'Take the elevator to the third floor.',
  'You can take them to the front desk at check in.',
  // Audit of 2026-12-06: the everyday twins of self-care, score changes, episodes and side effects.
  'Your appointment is Tuesday.',
  'The form has a score field.',
  'Sounds like a plan.',
  "Sounds like you're having a busy week.",
  'Please list any side effects on the form.',
  'Please bring your medications, which is normal for a first visit.',
  'Your PHQ-9 was received, thanks.',
  'Great, your PHQ-9 is in.',
  'Please drop your screening forms at the front desk.',
  'Your lab appointment moved from 9 to 10.',
  'Your screening came up on Tuesday’s list.',
  'Rest assured, we can help with your claim.',
  'Walking directions might help you find us.',
  'We can help you schedule your next visit.',
  'Your deductible kicks in next month.',
  'Great progress on your paperwork!',
  'If you’d like, list your anxiety symptoms on the form.',
  'Anote los efectos secundarios en el formulario.',
  'Le podría ayudar escribir su número de miembro.',
];

describe('evaluateReplyDraft by kind', () => {
  for (const [kind, { code, drafts }] of Object.entries(KINDS)) {
    it.each(drafts)(`blocks ${kind} and routes it to a clinician: %s`, (draft) => {
      const decision = evaluateReplyDraft(draft, PORTAL);
      expect(decision.outcome).toBe('blocked');
      expect(decision.routeTo).toBe('clinician');
      expect(decision.reasons.map((r) => r.code)).toContain(code);
    });
  }

  it.each(TWINS)('approves the ordinary reply beside them: %s', (draft) => {
    expect(evaluateReplyDraft(draft, PORTAL)).toEqual({ outcome: 'approved', routeTo: null, reasons: [] });
  });

  it('names the kind in its own code and lists the table phrases that matched', () => {
    const decision = evaluateReplyDraft('Your PHQ-9 score of 18 means moderately severe depression.', PORTAL);
    expect(decision.reasons).toEqual([
      {
        code: INTERPRETATION,
        severity: 'error',
        message: 'The draft interprets a score or a result.',
        facts: { phrases: expect.arrayContaining(['{reply_score} ..4 {reply_reading}']) },
      },
    ]);
  });

  it('treats a crisis line or emergency direction in a free draft as the crisis template’s work', () => {
    // The crisis resources template is the approved text (every channel); the same words drafted freely are
    // blocked, so the on-call clinician is told.
    expect(codes(CRISIS_RESOURCES_TEMPLATE.body)).toContain(EMERGENCY);
    expect(codes('If you are in immediate danger, call 911.')).toContain(EMERGENCY);
  });

  it('reads Spanish clinical detail on a channel the client has not consented to for it, as English', () => {
    const pairs: readonly (readonly [string, string])[] = [
      [
        'Your psychiatrist appointment is Tuesday 2026-12-08.',
        'Su cita de psiquiatría es el martes 8 de diciembre.',
      ],
      ['Your depression treatment is on Tuesday.', 'Su tratamiento de depresión es el martes.'],
      ['Your medication is ready at the pharmacy.', 'Su medicación está lista en la farmacia.'],
      ['Your ADHD evaluation is on 2026-12-08.', 'Su evaluación de TDAH es el 8 de diciembre.'],
      ['Your treatment plan is ready.', 'Su plan de tratamiento está listo.'],
      ['Your prescription is ready.', 'Su receta está lista.'],
      ['Your symptoms were noted by Dr. Lee.', 'Sus síntomas fueron anotados por la doctora.'],
    ];
    for (const [english, spanish] of pairs) {
      expect(codes(english, 'sms')).toEqual([UNREACHABLE, UNCONSENTED]);
      expect(codes(spanish, 'sms')).toEqual([UNREACHABLE, UNCONSENTED]);
      expect(
        evaluateReplyDraft(spanish, {
          channel: 'sms',
          consent: { optedIn: true, unsecuredRiskAcknowledged: true },
        }).outcome,
      ).toBe('approved');
      expect(codes(spanish, 'portal')).toEqual([]);
    }
    // Logistics only: no clinical detail, so only the channel itself (a plain one, its risk not accepted).
    expect(codes('Su cita es el martes 8 de diciembre a las 3.', 'sms')).toEqual([UNREACHABLE]);
  });
});

const everyKindDraft = Object.values(KINDS).flatMap(({ code, drafts }) =>
  drafts.map((draft) => ({ code, draft })),
);

describe('properties', () => {
  it('a kind is blocked with its code wherever it stands among ordinary sentences', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...everyKindDraft),
        fc.subarray([...TWINS], { maxLength: 4 }),
        fc.nat(),
        ({ code, draft }, twins, at) => {
          const sentences = [...twins];
          sentences.splice(at % (twins.length + 1), 0, draft);
          const decision = evaluateReplyDraft(sentences.join(' '), PORTAL);
          expect(decision.outcome).toBe('blocked');
          expect(decision.routeTo).toBe('clinician');
          expect(decision.reasons.map((r) => r.code)).toContain(code);
        },
      ),
    );
  });

  it('ordinary sentences together stay approved on a consented secure channel', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...TWINS], { minLength: 1, maxLength: 5 }), (twins) => {
        expect(evaluateReplyDraft(twins.join(' '), PORTAL).outcome).toBe('approved');
      }),
    );
  });

  it('the clinician kinds do not depend on the channel; only the channel reason does, and routeTo follows them', () => {
    const channels: readonly Channel[] = ['portal', 'secure_email', 'sms', 'email'];
    fc.assert(
      fc.property(
        fc.constantFrom(...everyKindDraft.map((d) => d.draft), ...TWINS),
        fc.constantFrom(...channels),
        fc.boolean(),
        fc.boolean(),
        (draft, channel, optedIn, unsecuredRiskAcknowledged) => {
          const decision = evaluateReplyDraft(draft, {
            channel,
            consent: { optedIn, unsecuredRiskAcknowledged },
          });
          const clinical = decision.reasons.map((r) => r.code).filter((c) => CLINICIAN_CODES.includes(c));
          const onPortal = codes(draft).filter((c) => CLINICIAN_CODES.includes(c));
          expect(clinical).toEqual(onPortal);
          expect(decision.routeTo).toBe(clinical.length > 0 ? 'clinician' : null);
          if (
            clinical.length > 0 &&
            !(optedIn && (channel === 'portal' || channel === 'secure_email' || unsecuredRiskAcknowledged))
          ) {
            expect(decision.reasons.map((r) => r.code)).toContain(UNCONSENTED);
          }
        },
      ),
    );
  });

  it('facts name table phrases, never the draft’s words', () => {
    fc.assert(
      fc.property(fc.constantFrom(...everyKindDraft.map((d) => d.draft)), (draft) => {
        const decision = evaluateReplyDraft(`Ms. Quuxley, ${draft}`, PORTAL);
        expect(JSON.stringify(decision)).not.toContain('Quuxley');
      }),
    );
  });
});
