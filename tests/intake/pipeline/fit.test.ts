import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import {
  evaluateIntakeFit,
  type IntakeInquiry,
  type IntakeRosterSummary,
} from '../../../src/intake/index.js';

const ROSTER: IntakeRosterSummary = {
  clinicians: [
    {
      clinicianId: 'dr-adams',
      payersAccepted: ['aetna', 'bcbs-ny'],
      acceptsSelfPay: true,
      minAge: 18,
      maxAge: 120,
      modalities: ['in_person', 'telehealth'],
      services: ['individual', 'couples'],
      states: ['NY', 'NJ'],
      openCapacity: 2,
    },
    {
      clinicianId: 'dr-baker',
      payersAccepted: ['medicaid-ny'],
      acceptsSelfPay: false,
      minAge: 6,
      maxAge: 17,
      modalities: ['in_person'],
      services: ['individual', 'family'],
      states: ['NY'],
      openCapacity: 0,
    },
  ],
};

describe('evaluateIntakeFit', () => {
  it('fits a self-pay adult in New Jersey asking for telehealth, naming the clinician', () => {
    const d = evaluateIntakeFit(
      { id: 'q-1', payer: { kind: 'self_pay' }, age: 34, state: 'NJ', modality: 'telehealth' },
      ROSTER,
    );
    expect(d).toMatchObject({ outcome: 'fits', candidateClinicianIds: ['dr-adams'] });
  });

  it('refers out a Pennsylvania client with a reason, and a child when the child clinician is full', () => {
    const pa = evaluateIntakeFit(
      { id: 'q-2', payer: { kind: 'insured', payerId: 'aetna' }, age: 40, state: 'PA' },
      ROSTER,
    );
    expect(pa.outcome).toBe('does_not_fit');
    expect(pa.reasons.map((r) => r.code)).toEqual(['intake.fit.state_not_licensed']);
    const child = evaluateIntakeFit(
      {
        id: 'q-3',
        payer: { kind: 'insured', payerId: 'medicaid-ny' },
        age: 9,
        state: 'NY',
        service: 'family',
      },
      ROSTER,
    );
    expect(child.reasons.map((r) => r.code)).toEqual(['intake.fit.no_capacity']);
  });

  it('names the one need that stops a near miss: an Aetna 12-year-old is only outside Adams’s ages', () => {
    const d = evaluateIntakeFit(
      { id: 'q-4', payer: { kind: 'insured', payerId: 'aetna' }, age: 12, state: 'NY' },
      ROSTER,
    );
    expect(d.reasons.map((r) => r.code)).toEqual(['intake.fit.age_not_served']);
  });

  it('says no single clinician fits when each need is met by a different one', () => {
    // Aetna and capacity are Adams's, age 12 and family sessions are Baker's.
    const q = {
      id: 'q-4b',
      payer: { kind: 'insured', payerId: 'aetna' },
      age: 12,
      state: 'NY',
      service: 'family',
    } as const;
    expect(evaluateIntakeFit(q, ROSTER).reasons.map((r) => r.code)).toEqual([
      'intake.fit.no_single_clinician',
    ]);
  });

  it('lists every need nobody meets when the roster is empty', () => {
    const d = evaluateIntakeFit(
      { id: 'q-0', payer: { kind: 'self_pay' }, age: 30, state: 'NY' },
      { clinicians: [] },
    );
    expect(d.reasons).toHaveLength(6);
  });

  it('routes a level-of-care question to a clinician, and a crisis mention to the on-call clinician now', () => {
    const q: IntakeInquiry = {
      id: 'q-5',
      payer: { kind: 'self_pay' },
      age: 30,
      state: 'NY',
      clinicalFlags: ['level_of_care_question'],
    };
    const d = evaluateIntakeFit(q, ROSTER);
    expect(d).toMatchObject({ outcome: 'needs_clinician', candidateClinicianIds: ['dr-adams'] });
    expect(d.reasons[0]?.facts.role).toBe('clinician');
    const crisis = evaluateIntakeFit({ ...q, clinicalFlags: ['crisis_mentioned'] }, ROSTER);
    expect(crisis.outcome).toBe('needs_clinician');
    expect(crisis.reasons[0]).toMatchObject({
      code: 'intake.fit.crisis_route_now',
      severity: 'error',
      facts: { hotline: '988' },
    });
  });

  it('cannot decide without payer, age or state', () => {
    const d = evaluateIntakeFit({ id: 'q-6' }, ROSTER);
    expect(d.outcome).toBe('undecided');
    expect(d.reasons.map((r) => r.facts.missingFact)).toEqual(['payer', 'age', 'state']);
  });

  it('rejects a roster whose age range is upside down, naming the path', () => {
    const bad: IntakeRosterSummary = { clinicians: [{ ...ROSTER.clinicians[0]!, minAge: 30, maxAge: 20 }] };
    expect(() => evaluateIntakeFit({ id: 'q-7' }, bad)).toThrow(
      /clinicians\[0\]\.minAge.*intake\.fit\.age_range_out_of_order/s,
    );
    expect(() => evaluateIntakeFit({ id: 'q-7' }, bad)).toThrow(ValidationError);
  });

  it('fits exactly when some clinician meets every criterion, whatever the roster order', () => {
    const clin = fc.record({
      clinicianId: fc.constantFrom('a', 'b', 'c', 'd'),
      acceptsSelfPay: fc.boolean(),
      minAge: fc.integer({ min: 0, max: 30 }),
      maxAge: fc.integer({ min: 30, max: 90 }),
      modalities: fc.subarray(['in_person', 'telehealth'] as const, { minLength: 1 }),
      states: fc.subarray(['NY', 'NJ', 'CT'] as const, { minLength: 1 }),
      openCapacity: fc.integer({ min: 0, max: 2 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(clin, { selector: (c) => c.clinicianId, maxLength: 4 }),
        fc.integer({ min: 0, max: 95 }),
        fc.constantFrom('NY', 'NJ', 'CT'),
        fc.constantFrom('in_person', 'telehealth', 'either'),
        (cs, age, state, modality) => {
          const inquiry = { id: 'q', payer: { kind: 'self_pay' }, age, state, modality } as const;
          const a = evaluateIntakeFit(inquiry, { clinicians: cs });
          const b = evaluateIntakeFit(inquiry, { clinicians: [...cs].reverse() });
          const oracle = cs
            .filter(
              (c) =>
                c.acceptsSelfPay &&
                age >= c.minAge &&
                age <= c.maxAge &&
                (modality === 'either' || (c.modalities as readonly string[]).includes(modality)) &&
                (c.states as readonly string[]).includes(state) &&
                c.openCapacity > 0,
            )
            .map((c) => c.clinicianId)
            .sort();
          expect(a.outcome === 'fits').toBe(oracle.length > 0);
          expect(a.candidateClinicianIds).toEqual(oracle);
          expect(b).toEqual(a);
        },
      ),
      { numRuns: 200 },
    );
  });
});
