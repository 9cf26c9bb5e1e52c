// Sensitive clinical detail on a plain channel (substance-use programs and services, therapies that name a
// condition, sensitive tests) and the one channel gate of all outgoing text, in English and Spanish.
// [sources: cfr-42-part-2, cfr-45-164.522, hhs-faq-email]
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  APPOINTMENT_REMINDER_TEMPLATE,
  evaluateReplyDraft,
  renderReplyTemplate,
} from '../../../src/boundaries/index.js';

type Channel = 'portal' | 'secure_email' | 'sms' | 'email';
type Consent = { optedIn: boolean; unsecuredRiskAcknowledged: boolean };
const CHANNELS: readonly Channel[] = ['portal', 'secure_email', 'sms', 'email'];
const UNREACHABLE = 'boundaries.reply.channel_not_consented';
const UNCONSENTED = 'boundaries.reply.clinical_detail_on_unconsented_channel';
const SMS_OPTED_IN = { channel: 'sms', consent: { optedIn: true } } as const;
const SMS_ACCEPTED = { channel: 'sms', consent: { optedIn: true, unsecuredRiskAcknowledged: true } } as const;
const PORTAL = { channel: 'portal', consent: { optedIn: true } } as const;
const reachable = (channel: Channel, c: Consent) =>
  c.optedIn && (channel === 'portal' || channel === 'secure_email' || c.unsecuredRiskAcknowledged);

// What the audit of 2026-12-06 found approved on SMS with opt-in only, and their neighbours, by kind.
const SENSITIVE: Readonly<Record<string, readonly string[]>> = {
  'substance-use programs and services': [
    'Your appointment at the Opioid Treatment Program is Tuesday.',
    'Your detox intake is Tuesday 2026-12-08.',
    'Your IOP session is Tuesday.',
    'Your OTP clinic visit is Tuesday 2026-12-08.',
    'Your PHP group starts Monday 2026-12-07.',
    'Your partial hospitalization program starts Monday.',
    'Your MAT intake is Tuesday.',
    'Your rehab intake is Tuesday.',
    'Your recovery group meets Tuesday.',
    'Your AA meeting sheet is ready for signing.',
    'Your NA meeting is Tuesday.',
    'Your 12-step meeting list is ready.',
    'Your opioid treatment is Tuesday.',
    'Your Medicaid SUD benefit is active.',
    'Su cita en el programa de tratamiento de opioides es el martes.',
    'Su ingreso a desintoxicación es el martes 8 de diciembre.',
    'Su reunión de AA es el martes.',
    'Su cita en el centro de rehabilitación es el martes.',
    'Su programa intensivo ambulatorio empieza el lunes.',
  ],
  'therapies that name a condition': [
    'Your EMDR session is Tuesday at 3pm.',
    'Your DBT skills group is Tuesday.',
    'Your CPT session is Tuesday 2026-12-08.',
    'Your ERP homework is due.',
    'Your TF-CBT session is Tuesday.',
    'Your CBT-I session is Tuesday.',
    'Your exposure therapy session is Tuesday.',
    'Your prolonged exposure session is Tuesday.',
    'Your anger management group is Tuesday.',
    'Take the elevator to the ECT suite.',
    'Su sesión de EMDR es el martes.',
    'Su terapia dialéctico conductual es el martes.',
    'Su grupo de manejo de la ira es el martes.',
  ],
  'sensitive tests and results': [
    'Your HIV test result is ready.',
    'Your STI panel results are in.',
    'Your pregnancy test result is ready.',
    'Your drug screen is scheduled for Tuesday 2026-12-08.',
    'Your urine drug screen is Tuesday.',
    'Your tox screen came back.',
    'Su prueba de VIH está lista.',
    'Su prueba de embarazo está lista.',
    'Su prueba de drogas es el martes.',
    'Su resultado de ETS está listo.',
  ],
};
const EVERY_SENSITIVE = Object.values(SENSITIVE).flat();

// Everyday twins: an acronym or a word in its ordinary sense, no clinical detail.
const TWINS: readonly string[] = [
  'Your appointment is Tuesday 2026-12-08 at 3pm.',
  'Your therapy appointment is Tuesday.',
  'Your CBT session is Tuesday.',
  'Your OTP code is 482913.',
  'Enter the OTP we sent to continue.',
  'Reset your password at portal.example.com/login.php today.',
  'Bring a yoga mat to the wellness fair.',
  'Use the account recovery link to reset your password.',
  'Please bring AA batteries for the hearing device.',
  'The CPT code on your superbill is 90837.',
  'Your Medicare drug plan covers this visit.',
  'Your hearing aids appointment is Tuesday.',
  'Meal prep class is Tuesday.',
  'Your sponsor called.',
  'Su cita es el martes 8 de diciembre a las 3.',
  'Fue un placer, gracias. Es embarazoso olvidar la cita.',
];

describe('sensitive clinical detail on a plain channel', () => {
  for (const [kind, drafts] of Object.entries(SENSITIVE)) {
    it.each(drafts)(`blocks ${kind} on SMS whose risk was not accepted: %s`, (draft) => {
      const decision = evaluateReplyDraft(draft, SMS_OPTED_IN);
      expect(decision.reasons.map((r) => r.code)).toEqual([UNREACHABLE, UNCONSENTED]);
      // Detail, not clinical content: the reply waits for a channel, it does not go to a clinician.
      expect(decision.routeTo).toBeNull();
      expect(evaluateReplyDraft(draft, SMS_ACCEPTED).outcome).toBe('approved');
      expect(evaluateReplyDraft(draft, PORTAL).outcome).toBe('approved');
      expect(
        evaluateReplyDraft(draft, { channel: 'email', consent: { optedIn: true } }).reasons.map(
          (r) => r.code,
        ),
      ).toContain(UNCONSENTED);
    });
  }

  it.each(TWINS)('reads no clinical detail in the everyday twin: %s', (draft) => {
    expect(evaluateReplyDraft(draft, SMS_OPTED_IN).reasons.map((r) => r.code)).toEqual([UNREACHABLE]);
    expect(evaluateReplyDraft(draft, SMS_ACCEPTED).outcome).toBe('approved');
  });

  it('refuses a reminder whose location names a substance-use program where the risk was not accepted', () => {
    const values = { date: '2026-12-08', time: '15:00', location: 'Harbor Detox Center, 12 Main St' };
    const refused = renderReplyTemplate(APPOINTMENT_REMINDER_TEMPLATE, values, {
      channel: 'email',
      consent: { optedIn: true },
    });
    expect(refused.outcome).toBe('refused');
    expect(refused.reasons.map((r) => r.code)).toEqual([
      'boundaries.template.channel_not_consented',
      UNCONSENTED,
    ]);
    // Told of the risk, the client still prefers text: the message to the client themself may name it.
    expect(renderReplyTemplate(APPOINTMENT_REMINDER_TEMPLATE, values, SMS_ACCEPTED)).toEqual({
      outcome: 'rendered',
      text: 'Reminder: you have an appointment on 2026-12-08 at 15:00, Harbor Detox Center, 12 Main St.',
      reasons: [],
    });
  });
});

describe('one channel gate for all outgoing text', () => {
  it('blocks a draft on a channel the client never opted in to, whatever risk was accepted', () => {
    // The audit's case: not opted in to SMS, the risk acknowledged; the template refuses it, so the check does.
    const decision = evaluateReplyDraft('Your appointment is Tuesday at 3pm.', {
      channel: 'sms',
      consent: { optedIn: false, unsecuredRiskAcknowledged: true },
    });
    expect(decision).toEqual({
      outcome: 'blocked',
      routeTo: null,
      reasons: [
        expect.objectContaining({
          code: UNREACHABLE,
          facts: { channel: 'sms', optedIn: false, riskAcknowledged: true },
        }),
      ],
    });
    expect(
      evaluateReplyDraft('Your appointment is Tuesday at 3pm.', {
        channel: 'portal',
        consent: { optedIn: false },
      }).reasons.map((r) => r.code),
    ).toEqual([UNREACHABLE]);
  });

  it('keeps the clinician kinds and their routing beside the channel reason', () => {
    const decision = evaluateReplyDraft('Journaling might help until you see Dr. Lee.', {
      channel: 'sms',
      consent: { optedIn: false },
    });
    expect(decision.routeTo).toBe('clinician');
    expect(decision.reasons.map((r) => r.code)).toEqual([
      UNREACHABLE,
      'boundaries.reply.clinical_advice',
      UNCONSENTED,
    ]);
  });
});

describe('properties', () => {
  const consent = fc.record({ optedIn: fc.boolean(), unsecuredRiskAcknowledged: fc.boolean() });

  it('the channel reason stands exactly when the client may not be reached, for any draft', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EVERY_SENSITIVE, ...TWINS),
        fc.constantFrom(...CHANNELS),
        consent,
        (draft, channel, c) => {
          const codes = evaluateReplyDraft(draft, { channel, consent: c }).reasons.map((r) => r.code);
          expect(codes.includes(UNREACHABLE)).toBe(!reachable(channel, c));
          expect(codes[0] === UNREACHABLE).toBe(!reachable(channel, c));
        },
      ),
    );
  });

  it('sensitive detail is blocked exactly where the channel may not carry it, among ordinary sentences', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EVERY_SENSITIVE),
        fc.subarray([...TWINS], { maxLength: 3 }),
        fc.nat(),
        fc.constantFrom(...CHANNELS),
        consent,
        (draft, twins, at, channel, c) => {
          const sentences = [...twins];
          sentences.splice(at % (twins.length + 1), 0, draft);
          const decision = evaluateReplyDraft(sentences.join(' '), { channel, consent: c });
          expect(decision.reasons.map((r) => r.code).includes(UNCONSENTED)).toBe(!reachable(channel, c));
          expect(decision.outcome).toBe(reachable(channel, c) ? 'approved' : 'blocked');
        },
      ),
    );
  });

  it('everyday twins together carry no clinical detail on any channel', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...TWINS], { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...CHANNELS),
        consent,
        (twins, channel, c) => {
          const codes = evaluateReplyDraft(twins.join(' '), { channel, consent: c }).reasons.map(
            (r) => r.code,
          );
          expect(codes).toEqual(reachable(channel, c) ? [] : [UNREACHABLE]);
        },
      ),
    );
  });

  it('the draft check and a rendered template agree on every channel and consent', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Suite 200', 'Opioid Treatment Program, 12 Main St', 'Centro de rehabilitación'),
        fc.constantFrom(...CHANNELS),
        consent,
        (location, channel, c) => {
          const values = { date: '2026-12-08', time: '15:00', location };
          const text = `Reminder: you have an appointment on 2026-12-08 at 15:00, ${location}.`;
          const rendered = renderReplyTemplate(APPOINTMENT_REMINDER_TEMPLATE, values, {
            channel,
            consent: c,
          });
          const draft = evaluateReplyDraft(text, { channel, consent: c });
          expect(rendered.outcome === 'rendered').toBe(draft.outcome === 'approved');
          expect(rendered.reasons.some((r) => r.code === 'boundaries.template.channel_not_consented')).toBe(
            draft.reasons.some((r) => r.code === UNREACHABLE),
          );
        },
      ),
    );
  });
});
