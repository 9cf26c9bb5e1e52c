import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateBooking, type PracticeData } from '../../../src/ops/index.js';
import { AS_OF, allowedBooking, smallPractice, withMainOffice } from '../practice-fixtures.js';

// Its main office listed (New York): an in-person session there can be placed and dated.
const data = withMainOffice(smallPractice());
// A returning client of clin-001, seen before, whose consents were signed at intake; Tuesday 2026-11-24
// 15:00 in New York: the deadline is 24 h before.
const base = allowedBooking(data);
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);
const paperworkCodes = (d: { reasons: readonly { code: string }[] }) =>
  codes(d).filter((c) => c.startsWith('ops.booking.paperwork'));

type Doc = PracticeData['paperwork'][number];
type ConsentState = 'complete' | 'missing' | 'declined' | 'withdrawn';

/** The practice with the client's treatment and telehealth consents in the given states. */
function withConsents(consents: {
  informed_consent?: ConsentState;
  telehealth_consent?: ConsentState;
}): PracticeData {
  const copy = structuredClone(data);
  for (const [type, state] of Object.entries(consents)) {
    const on = (d: Doc) => d.clientId === base.clientId && d.type === type;
    if (state === 'missing') copy.paperwork = copy.paperwork.filter((d) => !on(d));
    // Declined before any signature, or signed at intake and declined on 2026-11-12 (the later word withdraws it).
    if (state === 'declined') copy.paperwork = copy.paperwork.filter((d) => !on(d));
    if (state === 'declined' || state === 'withdrawn') {
      copy.paperwork.push({
        id: `pw-${state}-${type}`,
        clientId: base.clientId,
        type,
        status: 'declined',
        sentAt: '2026-11-10T10:00:00-05:00',
        declinedAt: '2026-11-12T10:00:00-05:00',
      } as unknown as Doc);
    }
  }
  return copy;
}

describe('evaluateBooking: the consents every session needs (a client seen before)', () => {
  it('allows a returning client whose treatment and telehealth consents are signed', () => {
    const d = evaluateBooking(base, data, { asOf: AS_OF });
    expect(d.outcome).toBe('allowed');
    expect(paperworkCodes(d)).toEqual([]);
  });

  it('warns four days ahead about a client seen in person with no telehealth consent, and refuses on the day', () => {
    const copy = withConsents({ telehealth_consent: 'missing' });
    const early = evaluateBooking(base, copy, { asOf: AS_OF });
    expect(early.outcome).toBe('allowed_with_warnings');
    expect(early.reasons.find((r) => r.code === 'ops.booking.paperwork_incomplete')?.facts).toMatchObject({
      firstSession: false,
      open: 1,
      deadline: '2026-11-23T15:00:00-05:00',
    });
    const late = evaluateBooking(base, copy, { asOf: '2026-11-24' });
    expect(late.outcome).toBe('refused');
    expect(paperworkCodes(late)).toEqual(['ops.booking.paperwork_too_late']);
    expect(
      late.reasons.filter((r) => r.code === 'intake.readiness.blocking_document_missed_deadline')[0]?.facts
        .document,
    ).toBe('telehealth_consent');
  });

  it('does not ask for a telehealth consent for an in-person session', () => {
    const d = evaluateBooking(
      { ...base, modality: 'in_person' },
      withConsents({ telehealth_consent: 'declined' }),
      { asOf: '2026-11-24' },
    );
    expect(paperworkCodes(d)).toEqual([]);
  });

  it('refuses a telehealth session when the client declined telehealth consent', () => {
    const d = evaluateBooking(base, withConsents({ telehealth_consent: 'declined' }), { asOf: AS_OF });
    expect(d.outcome).toBe('refused');
    expect(paperworkCodes(d)).toEqual(['ops.booking.paperwork_declined']);
    expect(d.reasons.find((r) => r.code === 'intake.readiness.blocking_document_declined')?.severity).toBe(
      'error',
    );
  });

  it('refuses an in-person session after the client withdrew treatment consent (declined on 2026-11-12)', () => {
    const d = evaluateBooking(
      { ...base, modality: 'in_person' },
      withConsents({ informed_consent: 'withdrawn' }),
      { asOf: AS_OF },
    );
    expect(d.outcome).toBe('refused');
    expect(paperworkCodes(d)).toEqual(['ops.booking.paperwork_declined']);
  });

  it('does not ask a returning client again for first-session paperwork (fee policy, questionnaire)', () => {
    const copy = structuredClone(data);
    copy.paperwork = copy.paperwork.filter(
      (d) =>
        d.clientId !== base.clientId ||
        ['informed_consent', 'telehealth_consent', 'guardian_consent'].includes(d.type),
    );
    expect(paperworkCodes(evaluateBooking(base, copy, { asOf: '2026-11-24' }))).toEqual([]);
  });

  it('refuses exactly when a needed consent is declined, or still open past the deadline (property)', () => {
    const states = ['complete', 'missing', 'declined', 'withdrawn'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...states),
        fc.constantFrom(...states),
        fc.constantFrom('in_person' as const, 'telehealth' as const),
        fc.constantFrom('2026-11-20', '2026-11-23', '2026-11-24'),
        (treatment, telehealth, modality, asOf) => {
          const d = evaluateBooking(
            { ...base, modality },
            withConsents({ informed_consent: treatment, telehealth_consent: telehealth }),
            { asOf },
          );
          const needed = modality === 'telehealth' ? [treatment, telehealth] : [treatment];
          const declined = needed.some((s) => s === 'declined' || s === 'withdrawn');
          const open = needed.includes('missing');
          const passed = asOf === '2026-11-24';
          expect(codes(d).includes('ops.booking.paperwork_declined')).toBe(declined);
          expect(codes(d).includes('ops.booking.paperwork_too_late')).toBe(passed && open);
          expect(codes(d).includes('ops.booking.paperwork_incomplete')).toBe(!declined && !passed && open);
          expect(d.outcome === 'refused').toBe(declined || (passed && open));
          if (!declined && !open) expect(d.outcome).toBe('allowed');
        },
      ),
      { numRuns: 60 },
    );
  });
});
