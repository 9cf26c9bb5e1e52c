import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimatePatientShare, evaluateEligibilityBenefits } from '../../../src/billing/index.js';
import {
  DEFAULT_X12_DELIMITERS,
  MENTAL_HEALTH_SERVICE_TYPES,
  read271,
} from '../../../src/billing/x12/index.js';
import { ValidationError } from '../../../src/core/index.js';
import { envelope, person271 as person } from './x12-builders.js';

const text = readFileSync(join(import.meta.dirname, 'fixtures', 'commercial-271-mental-health.edi'), 'utf8');
const options = { clientIds: { '270-0105-001': 'client-lane' }, payerIds: { '60054': 'summit' } };

function issues(run: () => unknown): [string, string][] {
  try {
    run();
  } catch (e) {
    if (e instanceof ValidationError) return e.issues.map((i) => [i.at, i.code]);
    throw e;
  }
  throw new Error('no ValidationError');
}

const read = (lines: string[], dates?: string[]) =>
  read271(person(lines, dates), { clientIds: { 'T-1': 'client-lane' } })[0];

describe('read271', () => {
  describe('a commercial response with in- and out-of-network mental-health benefits', () => {
    const [answer] = read271(text, options);

    it('finds the benefits for the client the practice traced', () => {
      expect(answer).toMatchObject({
        outcome: 'benefits_found',
        clientId: 'client-lane',
        payerId: 'summit',
        traceNumber: '270-0105-001',
        verifiedOn: '2026-01-05',
      });
    });

    it('reads the in-network copay, the deductible and out-of-pocket for the year and what remains, and the visit limit', () => {
      expect(answer?.inNetwork).toEqual({
        clientId: 'client-lane',
        payerId: 'summit',
        verifiedOn: '2026-01-05',
        coverageActive: true,
        inNetwork: true,
        planStartsOn: '2026-01-01',
        planEndsOn: '2026-12-31',
        copayCents: 2_500,
        copayBeforeDeductible: false,
        coinsuranceBasisPoints: 0,
        deductibleCents: 50_000,
        deductibleMetCents: 20_000,
        outOfPocketMaximumCents: 300_000,
        outOfPocketMetCents: 25_000,
        copayCountsTowardOutOfPocket: true,
        visitLimit: 30,
        visitsUsed: 4,
        authorizationRequired: false,
        clientBirthDate: '1990-02-14',
      });
    });

    it('reads the out-of-network coinsurance, its own deductible, and the authorization it requires', () => {
      expect(answer?.outOfNetwork).toMatchObject({
        inNetwork: false,
        copayCents: 0,
        coinsuranceBasisPoints: 4_000,
        deductibleCents: 150_000,
        deductibleMetCents: 0,
        outOfPocketMaximumCents: 600_000,
        visitLimit: null,
        authorizationRequired: true,
      });
      const line = answer?.benefitLines.find((l) => l.percentBasisPoints === 4_000);
      expect(line?.messages).toEqual(['PRIOR AUTHORIZATION REQUIRED FOR OUT OF NETWORK BEHAVIORAL HEALTH']);
    });

    it('feeds the eligibility check and the estimate unchanged', () => {
      const flags = evaluateEligibilityBenefits(answer?.inNetwork as never, { serviceDate: '2026-03-02' });
      expect(flags.outcome).toBe('eligible');
      // $120 allowed with $300 of the deductible left: all of it goes to the deductible.
      expect(
        estimatePatientShare(answer?.inNetwork as never, {
          allowedCents: 12_000,
          dateOfService: '2026-03-02',
        }).clientShareCents,
      ).toBe(12_000);
    });
  });

  it('says coverage is inactive when the payer says so', () => {
    const answer = read(['EB*6*IND*30']);
    expect(answer?.outcome).toBe('coverage_inactive');
    expect(answer?.reasons.map((r) => r.code)).toContain('x12.271.coverage_inactive');
  });

  it('says mental health is not covered when the plan is active but excludes it', () => {
    const answer = read(['EB*1*IND*30', 'EB*I*IND*MH', 'EB*B*IND*30*PR**27*20', 'EB*C*IND*30*PR**23*0']);
    expect(answer?.inNetwork?.coverageActive).toBe(false);
    expect(answer?.outcome).toBe('coverage_inactive');
  });

  it('reads an exclusion (EB*E) of mental health like a non-covered line: not covered, whatever the active plan', () => {
    const answer = read([
      'EB*1*IND*30',
      'EB*E*IND*MH',
      'EB*A*IND*30*PR****0.2***N*Y',
      'EB*C*IND*30*PR**23*500*****Y',
    ]);
    expect(answer?.inNetwork?.coverageActive).toBe(false);
    expect(answer?.outcome).toBe('coverage_inactive');
    expect(answer?.reasons.map((r) => r.code)).toContain('x12.271.coverage_inactive');
    // An exclusion on the plan as a whole (STC 30 alone) names no service asked about: it decides nothing.
    const planLevel = read(['EB*1*IND*30', 'EB*E*IND*30', 'EB*B*IND*30*PR**27*20', 'EB*C*IND*30*PR**23*0']);
    expect(planLevel?.outcome).toBe('benefits_found');
  });

  it('property: EB*E and EB*I on a mental-health service type give the same answer', () => {
    fc.assert(
      fc.property(fc.constantFrom('MH', 'A4', 'A6', 'A8', 'CF'), fc.boolean(), (stc, copay) => {
        const rest = [copay ? 'EB*B*IND*30*PR**27*20' : 'EB*A*IND*30*PR****0.2', 'EB*C*IND*30*PR**23*500'];
        const excluded = read(['EB*1*IND*30', `EB*E*IND*${stc}`, ...rest]);
        const nonCovered = read(['EB*1*IND*30', `EB*I*IND*${stc}`, ...rest]);
        expect(excluded?.outcome).toBe(nonCovered?.outcome);
        expect(excluded?.inNetwork).toEqual(nonCovered?.inNetwork);
        expect(excluded?.outcome).toBe('coverage_inactive');
      }),
    );
  });

  it('is undecided when another or additional payer is reported (EB*R): confirm the order of benefits first', () => {
    const figures = [
      'EB*A*IND*A6*PR****0.2***N*Y',
      'EB*C*IND*30*PR**23*500*****Y',
      'EB*C*IND*30*PR**29*300*****Y',
    ];
    for (const other of [
      ['EB*R*IND*30'],
      ['EB*R*IND*30', 'LS*2120', 'NM1*PRP*2*OTHER INSURER*****PI*99999', 'LE*2120'],
    ]) {
      const answer = read(['EB*1*IND*30^MH^A6^A8*PR*GOLD PPO', ...other, ...figures]);
      expect(answer?.outcome).toBe('undecided');
      // This payer's benefits are still read and given.
      expect(answer?.inNetwork).toMatchObject({ coinsuranceBasisPoints: 2_000, deductibleMetCents: 20_000 });
      expect(answer?.reasons.find((r) => r.code === 'x12.271.other_payer_reported')?.severity).toBe(
        'warning',
      );
    }
    const prp = read([
      'EB*1*IND*30^MH^A6^A8*PR*GOLD PPO',
      'EB*R*IND*30',
      'LS*2120',
      'NM1*PRP*2*OTHER INSURER*****PI*99999',
      'LE*2120',
      ...figures,
    ]);
    expect(prp?.reasons.find((r) => r.code === 'x12.271.other_payer_reported')?.facts.contacts).toMatchObject(
      [{ role: 'PRP', name: 'OTHER INSURER' }],
    );
    expect(read(['EB*1*IND*30^MH^A6^A8*PR*GOLD PPO', ...figures])?.outcome).toBe('benefits_found');
  });

  // 005010X279A1 EB01 V, "Cannot Process": the payer gave no answer for the service type asked about
  // [sources: x12-271]; the plan's general lines (30) do not stand in for it.
  it('is undecided when the payer cannot process mental health (EB*V*IND*MH), whatever the plan lines say', () => {
    const plan = ['EB*1*IND*30*PR*GOLD PPO', 'EB*B*IND*30*PR**27*20', 'EB*C*IND*30*PR**23*500'];
    const answer = read([...plan, 'EB*V*IND*MH']);
    expect(answer?.outcome).toBe('undecided');
    expect(answer?.reasons.map((r) => r.code)).toContain('x12.271.cannot_process');
    expect(answer?.reasons.map((r) => r.code)).not.toContain('x12.271.unknown_code');
    expect(answer?.inNetwork).toMatchObject({ copayCents: 2_000 });
    // Cannot process for a service type not asked about (chiropractic, 33) changes nothing.
    expect(read([...plan, 'EB*V*IND*33'])?.outcome).toBe('benefits_found');
  });

  it('flags a remaining deductible ($700) above the total ($500), read as nothing met', () => {
    const answer = read([
      'EB*1*IND*30',
      'EB*A*IND*A6*PR****0.2***N*Y',
      'EB*C*IND*30*PR**23*500*****Y',
      'EB*C*IND*30*PR**29*700*****Y',
    ]);
    expect(answer?.inNetwork).toMatchObject({ deductibleCents: 50_000, deductibleMetCents: 0 });
    expect(answer?.reasons.find((r) => r.code === 'x12.271.remaining_above_total')).toMatchObject({
      severity: 'warning',
      facts: { network: 'in', benefit: 'deductible', total: 50_000, remaining: 70_000 },
    });
  });

  it('property: a remaining amount is flagged exactly when it is above the total', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000 }), fc.integer({ min: 0, max: 5_000 }), (total, left) => {
        const answer = read([
          'EB*1*IND*30',
          'EB*A*IND*A6*PR****0.2***N*Y',
          `EB*C*IND*30*PR**23*${total}*****Y`,
          `EB*C*IND*30*PR**29*${left}*****Y`,
        ]);
        const flagged = answer?.reasons.some((r) => r.code === 'x12.271.remaining_above_total');
        expect(flagged).toBe(left > total);
        expect(answer?.inNetwork?.deductibleMetCents).toBe(Math.max(0, total - left) * 100);
      }),
    );
  });

  describe('a total and what remains, compared only within one service type and coverage level', () => {
    const active = ['EB*1*IND*30^MH^A6^A8*PR*GOLD PPO', 'EB*A*IND*A6*PR****0.2***N*Y'];
    const flagged = (answer: ReturnType<typeof read>, code: string) =>
      answer?.reasons.filter((r) => r.code === code).map((r) => r.facts.benefit);

    it('does not flag $700 left of psychotherapy (A6) against the plan’s $500 deductible (30), verified 2026-01-05', () => {
      const answer = read([...active, 'EB*C*IND*30*PR**23*500*****Y', 'EB*C*IND*A6*PR**29*700*****Y']);
      expect(flagged(answer, 'x12.271.remaining_above_total')).toEqual([]);
      // The psychotherapy figure is the most specific: $700 left, nothing said to be used of it.
      expect(answer?.inNetwork).toMatchObject({ deductibleCents: 70_000, deductibleMetCents: 0 });
      expect(answer?.reasons.find((r) => r.code === 'x12.271.figure_for_other_service_type')).toMatchObject({
        severity: 'warning',
        facts: {
          network: 'in',
          benefit: 'deductible',
          read: { serviceTypes: ['A6'], coverageLevel: 'IND' },
          other: { serviceTypes: ['30'], coverageLevel: 'IND' },
        },
      });
    });

    it('does not take the plan’s $300 left (30) off a $500 psychotherapy deductible (A6): what is met stays unknown, never $0', () => {
      const answer = read([...active, 'EB*C*IND*A6*PR**23*500*****Y', 'EB*C*IND*30*PR**29*300*****Y']);
      expect(answer?.inNetwork).toMatchObject({ deductibleCents: 50_000, deductibleMetCents: null });
      expect(flagged(answer, 'x12.271.figure_for_other_service_type')).toEqual(['deductible']);
      expect(flagged(answer, 'x12.271.remaining_above_total')).toEqual([]);
    });

    it('does not compare the family’s $700 left with the member’s $500 deductible', () => {
      const answer = read([...active, 'EB*C*IND*30*PR**23*500*****Y', 'EB*C*FAM*30*PR**29*700*****Y']);
      expect(flagged(answer, 'x12.271.remaining_above_total')).toEqual([]);
      expect(answer?.inNetwork).toMatchObject({ deductibleCents: 50_000, deductibleMetCents: null });
      expect(
        answer?.reasons.find((r) => r.code === 'x12.271.figure_for_other_service_type')?.facts,
      ).toMatchObject({ other: { coverageLevel: 'FAM' } });
    });

    it('still flags $700 left of a $500 deductible stated on the same service type, on the out-of-pocket maximum and visits too', () => {
      const answer = read([
        ...active,
        'EB*C*IND*A6*PR**23*500*****Y',
        'EB*C*IND*A6*PR**29*700*****Y',
        'EB*G*IND*30*PR**23*3000*****Y',
        'EB*G*IND*30*PR**29*3500*****Y',
        'EB*F*IND*A6*PR**23***VS*20**Y',
        'EB*F*IND*A6*PR**29***VS*25**Y',
      ]);
      expect(flagged(answer, 'x12.271.remaining_above_total')).toEqual([
        'deductible',
        'out_of_pocket',
        'visits',
      ]);
      expect(flagged(answer, 'x12.271.figure_for_other_service_type')).toEqual([]);
    });

    it('reads each service type’s own pair when both are complete, with no note', () => {
      const answer = read([
        ...active,
        'EB*C*IND*30*PR**23*500*****Y',
        'EB*C*IND*30*PR**29*100*****Y',
        'EB*C*IND*A6*PR**23*250*****Y',
        'EB*C*IND*A6*PR**29*200*****Y',
      ]);
      expect(answer?.inNetwork).toMatchObject({ deductibleCents: 25_000, deductibleMetCents: 5_000 });
      expect(answer?.reasons.filter((r) => r.severity !== 'info').map((r) => r.code)).not.toContain(
        'x12.271.figure_for_other_service_type',
      );
    });

    it('property: a remaining amount is flagged only against the total of its own service type and level', () => {
      // A family's remaining amount also caps the member's (a rule of its own, tested below): here the
      // remaining line is the member's, the total the member's or the family's.
      const stc = fc.constantFrom('30', 'MH', 'A6');
      fc.assert(
        fc.property(
          fc.record({ stc, level: fc.constantFrom('IND', 'FAM') }),
          fc.record({ stc, level: fc.constant('IND') }),
          fc.integer({ min: 0, max: 5_000 }),
          fc.integer({ min: 0, max: 5_000 }),
          (t, r, total, left) => {
            const answer = read([
              ...active,
              `EB*C*${t.level}*${t.stc}*PR**23*${total}*****Y`,
              `EB*C*${r.level}*${r.stc}*PR**29*${left}*****Y`,
            ]);
            const same = t.stc === r.stc && t.level === r.level;
            expect(flagged(answer, 'x12.271.remaining_above_total')).toEqual(
              same && left > total ? ['deductible'] : [],
            );
            expect(flagged(answer, 'x12.271.figure_for_other_service_type')).toEqual(
              same ? [] : ['deductible'],
            );
            // Met is never read from another group's figure: only a same-group pair gives any.
            const met = answer?.inNetwork?.deductibleMetCents;
            // Otherwise it is unknown (a total read alone) or nothing (a remaining amount read as the whole).
            if (same) expect(met).toBe(Math.max(0, total - left) * 100);
            else expect([null, 0]).toContain(met);
          },
        ),
      );
    });
  });

  it('stays undecided when the response does not state the deductible, never assuming none', () => {
    const answer = read(['EB*1*IND*30', 'EB*B*IND*MH*PR**27*20']);
    expect(answer?.outcome).toBe('undecided');
    expect(answer?.inNetwork).toBeNull();
    expect(answer?.reasons.map((r) => r.facts)).toContainEqual({ network: 'in', benefit: 'deductible' });
  });

  it('stays undecided when no cost share or no plan start is given', () => {
    expect(read(['EB*1*IND*30', 'EB*C*IND*30*PR**23*500'])?.reasons.map((r) => r.facts.benefit)).toContain(
      'cost_share',
    );
    expect(
      read(['EB*1*IND*30', 'EB*B*IND*MH*PR**27*20', 'EB*C*IND*30*PR**23*0'], [])?.reasons.map(
        (r) => r.facts.benefit,
      ),
    ).toContain('plan_start');
  });

  it('reads what was used (24) when the payer gives it instead of what remains', () => {
    const answer = read([
      'EB*1*IND*30',
      'EB*B*IND*MH*PR**27*20',
      'EB*C*IND*30*PR**23*500',
      'EB*C*IND*30*PR**24*125',
    ]);
    expect(answer?.inNetwork?.deductibleMetCents).toBe(12_500);
  });

  describe('the family’s deductible and out-of-pocket (EB02 FAM)', () => {
    const base = ['EB*1*IND*30', 'EB*A*IND*MH*PR****0.2', 'EB*C*IND*30*PR**23*500', 'EB*C*IND*30*PR**29*300'];

    it('takes the member’s deductible as met once the family has met its own: $300 left alone, $0 for the family', () => {
      const answer = read([...base, 'EB*C*FAM*30*PR**23*1000', 'EB*C*FAM*30*PR**29*0']);
      expect(answer?.inNetwork).toMatchObject({ deductibleCents: 50_000, deductibleMetCents: 50_000 });
      const note = answer?.reasons.find((r) => r.code === 'x12.271.family_amount_left_applied');
      expect(note).toMatchObject({
        severity: 'info',
        facts: {
          network: 'in',
          benefit: 'deductible',
          individualRemainingCents: 30_000,
          familyRemainingCents: 0,
        },
      });
      expect(answer?.outcome).toBe('benefits_found');
      // The estimate then charges no deductible: 20 % of $200 (no EB01 G nor F: the plan said to have no
      // maximum and no visit limit).
      const e = estimatePatientShare(
        { ...(answer?.inNetwork as object), noOutOfPocketMaximum: true, noVisitLimit: true } as never,
        {
          allowedCents: 20_000,
          dateOfService: '2026-03-02',
        },
      );
      expect(e.clientShareCents).toBe(4_000);
    });

    it('never leaves the member more than the family has left: $100 left for the family', () => {
      const answer = read([...base, 'EB*C*FAM*30*PR**23*1000', 'EB*C*FAM*30*PR**29*100']);
      expect(answer?.inNetwork?.deductibleMetCents).toBe(40_000);
    });

    it('keeps the member’s own figure when the member has less left than the family, or the family’s is unknown', () => {
      expect(
        read([...base, 'EB*C*FAM*30*PR**23*1000', 'EB*C*FAM*30*PR**29*800'])?.inNetwork?.deductibleMetCents,
      ).toBe(20_000);
      const totalOnly = read([...base, 'EB*C*FAM*30*PR**23*1000']);
      expect(totalOnly?.inNetwork?.deductibleMetCents).toBe(20_000);
      expect(totalOnly?.reasons.map((r) => r.code)).not.toContain('x12.271.family_amount_left_applied');
    });

    it('applies the same rule to the out-of-pocket maximum', () => {
      const answer = read([
        ...base,
        'EB*G*IND*30*PR**23*3000',
        'EB*G*IND*30*PR**29*2750',
        'EB*G*FAM*30*PR**23*6000',
        'EB*G*FAM*30*PR**29*0',
      ]);
      expect(answer?.inNetwork).toMatchObject({
        outOfPocketMaximumCents: 300_000,
        outOfPocketMetCents: 300_000,
      });
    });

    it('property: the member’s remaining deductible is the smaller of the member’s and the family’s', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 5_000 }),
          fc.integer({ min: 0, max: 100 }),
          fc.integer({ min: 0, max: 10_000 }),
          fc.integer({ min: 0, max: 100 }),
          (individual, individualLeftShare, family, familyLeftShare) => {
            const individualLeft = Math.floor((individual * individualLeftShare) / 100);
            const familyLeft = Math.floor((family * familyLeftShare) / 100);
            const answer = read([
              'EB*1*IND*30',
              'EB*A*IND*MH*PR****0.2',
              `EB*C*IND*30*PR**23*${individual}`,
              `EB*C*IND*30*PR**29*${individualLeft}`,
              `EB*C*FAM*30*PR**23*${family}`,
              `EB*C*FAM*30*PR**29*${familyLeft}`,
            ]);
            const b = answer?.inNetwork;
            expect(b).not.toBeNull();
            if (b === null || b === undefined) return;
            expect(b.deductibleCents - (b.deductibleMetCents ?? Number.NaN)).toBe(
              Math.min(individualLeft, familyLeft) * 100,
            );
            const noted = answer?.reasons.some((r) => r.code === 'x12.271.family_amount_left_applied');
            expect(noted).toBe(familyLeft < individualLeft);
          },
        ),
        { numRuns: 60 },
      );
    });
  });

  it('reads the plan dates a payer states under the coverage line (2110C DTP), as Medicare’s HETS does', () => {
    // HETS and several commercial payers put DTP*291/307/346 after EB*1 instead of in the subscriber loop
    // [sources: x12-271-cg-hets]; the plan start was then missing and the answer undecided.
    const under = read(
      [
        'EB*1*IND*30^MH*MB',
        'DTP*291*RD8*20260101-20261231',
        'EB*B*IND*MH*MB**27*20',
        'EB*C*IND*30*MB**23*257',
      ],
      [],
    );
    expect(under).toMatchObject({
      outcome: 'benefits_found',
      inNetwork: { planStartsOn: '2026-01-01', planEndsOn: '2026-12-31' },
    });
    // The person's own dates win; a date under a line that is not active coverage, or for other services, is not the plan's.
    const own = read(['EB*1*IND*30', 'DTP*346*D8*20250701', 'EB*B*IND*MH*PR**27*20', 'EB*C*IND*30*PR**23*0']);
    expect(own?.inNetwork?.planStartsOn).toBe('2026-01-01');
    const notPlan = read(
      [
        'EB*1*IND*30',
        'EB*C*IND*30*PR**23*0',
        'DTP*346*D8*20260101',
        'EB*1*IND*88',
        'DTP*346*D8*20260101',
        'EB*B*IND*MH*PR**27*20',
      ],
      [],
    );
    expect(notPlan).toMatchObject({ outcome: 'undecided', inNetwork: null });
  });

  it('prefers the most specific service type: psychotherapy over mental health over the plan', () => {
    const answer = read([
      'EB*1*IND*30',
      'EB*B*IND*30*PR**27*40',
      'EB*B*IND*MH*PR**27*30',
      'EB*B*IND*A6*PR**27*20',
      'EB*C*IND*30*PR**23*0',
    ]);
    expect(answer?.inNetwork?.copayCents).toBe(2_000);
  });

  it('reports a rejected request and builds nothing', () => {
    const answer = read(['AAA*N**72*C']);
    expect(answer).toMatchObject({ outcome: 'request_rejected', inNetwork: null, outOfNetwork: null });
    expect(answer?.reasons[0]).toMatchObject({
      code: 'x12.271.request_rejected',
      facts: { rejectReason: '72' },
    });
  });

  it('reads AAA Y as a rejection too: a valid request the payer rejected all the same (75 member not found)', () => {
    // AAA01 Y: "the request is valid, however the transaction has been rejected as identified by the code in
    // AAA03" (the TR3's AAA; payers send AAA*Y**75*C for a member not found, AAA*Y**42*Y when unable to respond).
    const answer = read(['AAA*Y**75*C']);
    expect(answer).toMatchObject({ outcome: 'request_rejected', inNetwork: null, outOfNetwork: null });
    expect(answer?.reasons).toEqual([
      expect.objectContaining({ facts: { segment: 13, rejectReason: '75' } }),
    ]);
  });

  it('keeps the benefits when a benefit line’s own AAA (2110C) says Y: it answers that inquiry only', () => {
    const answer = read(['EB*1*IND*30', 'AAA*Y**42', 'EB*B*IND*MH*PR**27*20', 'EB*C*IND*30*PR**23*0']);
    expect(answer?.outcome).toBe('benefits_found');
  });

  it('answers a request rejected above any person, with no subscriber loop in the response', () => {
    // The X12 TR3's example of a receiver rejected for not being eligible for inquiries (AAA*Y**50*N at HL 21),
    // as LinuxForHealth's x12 tests carry it, and a payer unable to respond (AAA*Y**42*Y at HL 20).
    const atReceiver = envelope('271', [
      'BHT*0022*11*10001234*20060501*1319',
      'HL*1**20*1',
      'NM1*PR*2*ABC COMPANY*****PI*842610001',
      'HL*2*1*21*0',
      'NM1*1P*2*BONE AND JOINT CLINIC*****SV*2000035',
      'AAA*Y**50*N',
    ]);
    expect(read271(atReceiver, { payerIds: { '842610001': 'abc' } })).toEqual([
      {
        segment: 7,
        traceNumber: null,
        clientId: null,
        payerId: 'abc',
        verifiedOn: '2006-05-01',
        benefitLines: [],
        inNetwork: null,
        outOfNetwork: null,
        outcome: 'request_rejected',
        reasons: [
          {
            code: 'x12.271.request_rejected',
            severity: 'error',
            message: 'The payer rejected the eligibility request.',
            facts: { segment: 9, rejectReason: '50' },
          },
        ],
      },
    ]);
    const atSource = envelope('271', [
      'BHT*0022*11*ABC123*20131212*1241',
      'HL*1**20*0',
      'AAA*Y**42*Y',
      'NM1*PR*2*UNITEDHEALTHCARE*****PI*87726',
    ]);
    expect(read271(atSource)).toMatchObject([
      { segment: 5, outcome: 'request_rejected', reasons: [{ facts: { segment: 6, rejectReason: '42' } }] },
    ]);
  });

  it('reads a rejection above the persons as every person’s', () => {
    const atSource = person(['EB*1*IND*30']).replace(
      'NM1*PR*2*SUMMIT HEALTH PLAN*****PI*60054~',
      (nm1) => `${nm1}AAA*N**42*R~`,
    );
    const [answer] = read271(
      atSource.replace(/SE\*(\d+)/, (_m, n: string) => `SE*${Number(n) + 1}`),
      {
        clientIds: { 'T-1': 'client-lane' },
      },
    );
    expect(answer).toMatchObject({
      outcome: 'request_rejected',
      reasons: [{ facts: { rejectReason: '42' } }],
    });
  });

  it('applies a benefit marked for either network (EB12 W) in and out of network', () => {
    const answer = read(['EB*1*IND*30', 'EB*B*IND*MH*PR**27*20*****W', 'EB*C*IND*30*PR**23*0']);
    expect([answer?.inNetwork?.copayCents, answer?.outOfNetwork?.copayCents]).toEqual([2_000, 2_000]);
  });

  it('reads the service type whole when the file has no repetition separator (ISA11 U)', () => {
    const lines = ['EB*1*IND*30', 'EB*B*IND*A6*PR**27*20', 'EB*C*IND*30*PR**23*0'];
    const file = envelope('271', person(lines).split('~').slice(3, -4), {
      d: { ...DEFAULT_X12_DELIMITERS, repetition: null },
    });
    const [answer] = read271(file, { clientIds: { 'T-1': 'client-lane' } });
    expect(answer?.benefitLines.map((l) => l.serviceTypes)).toEqual([['30'], ['A6'], ['30']]);
  });

  it('keeps only the telephone and web address a contact’s PER gives, ignoring a PER before any entity', () => {
    const answer = read([
      'EB*1*IND*30',
      'EB*B*IND*MH*PR**27*20',
      'EB*C*IND*30*PR**23*0',
      'LS*2120',
      'PER*IC**TE*8005550000',
      'NM1*P3*1*DOE*JANE',
      'PER*IC**FX*8005559999*EM*OFFICE@EXAMPLE.COM',
      'LE*2120',
    ]);
    expect(answer?.benefitLines[2]?.contacts).toEqual([
      { role: 'P3', name: 'DOE JANE', idQualifier: null, id: null, phone: null, url: null },
    ]);
  });

  it('reports a response date that is not a date, by position', () => {
    expect(
      issues(() => read271(person(['EB*1*IND*30']).replace('20260105*1030', '2026-01-05*1030'))),
    ).toEqual([['$.segment[4].BHT04', 'x12.element.invalid']]);
  });

  it('stays undecided for a person the practice did not trace', () => {
    const [answer] = read271(person(['EB*1*IND*30']), {});
    expect(answer).toMatchObject({ outcome: 'undecided', clientId: null });
    expect(answer?.reasons.map((r) => r.code)).toEqual(['x12.271.client_unknown']);
  });

  it('answers for the dependent who is the patient, not the subscriber above', () => {
    const file = envelope('271', [
      'BHT*0022*11*T1*20260105*1030',
      'HL*1**20*1',
      'NM1*PR*2*SUMMIT*****PI*60054',
      'HL*2*1*21*1',
      'NM1*1P*2*HARBOR*****XX*1234567893',
      'HL*3*2*22*1',
      'NM1*IL*1*LANE*ALEX****MI*W1',
      'HL*4*3*23*0',
      'TRN*2*T-2*9HARBORCNS',
      'NM1*03*1*LANE*SAM',
      'DTP*291*RD8*20260101-20261231',
      'EB*1*IND*30',
      'EB*B*IND*MH*PR**27*20',
      'EB*C*IND*30*PR**23*250',
    ]);
    const answers = read271(file, { clientIds: { 'T-2': 'client-sam' } });
    expect(answers.map((a) => [a.clientId, a.outcome])).toEqual([['client-sam', 'benefits_found']]);
    expect(answers[0]?.inNetwork).toMatchObject({ planStartsOn: '2026-01-01', planEndsOn: '2026-12-31' });
  });

  it('reports a benefit code it does not know, and does not use it', () => {
    const answer = read([
      'EB*1*IND*30',
      'EB*B*IND*MH*PR**27*20',
      'EB*C*IND*30*PR**23*0',
      'EB*Q9*IND*MH*PR**27*99',
    ]);
    expect(answer?.reasons.map((r) => r.code)).toContain('x12.271.unknown_code');
    expect(answer?.inNetwork?.copayCents).toBe(2_000);
  });

  describe('benefits another entity answers for (EB*U, carve-outs)', () => {
    const figures = ['EB*1*IND*30', 'EB*B*IND*30*PR**27*40', 'EB*C*IND*30*PR**23*500'];
    const codes = (answer: ReturnType<typeof read>) => answer?.reasons.map((r) => r.code);

    it('names whom to call for inpatient psychiatric care when asked about it, without touching the outpatient benefits', () => {
      // Inpatient care (A7) is not among the default service types of an outpatient session: asked for.
      expect(read271(text, options)[0]?.benefitLines.find((l) => l.benefit === 'U')).toBeUndefined();
      const [answer] = read271(text, { ...options, serviceTypes: [...MENTAL_HEALTH_SERVICE_TYPES, 'A7'] });
      const line = answer?.benefitLines.find((l) => l.benefit === 'U');
      expect(line).toMatchObject({ serviceTypes: ['A7'] });
      expect(line?.contacts).toEqual([
        {
          role: 'PR',
          name: 'CASCADE BEHAVIORAL HEALTH',
          idQualifier: 'PI',
          id: '77001',
          phone: '8005550123',
          url: null,
        },
      ]);
      expect(answer?.outcome).toBe('benefits_found');
      expect(codes(answer)).not.toContain('x12.271.managed_elsewhere');
    });

    it('reads a commercial response whose behavioral health another plan manages: whom to call, no figures', () => {
      const carveOut = readFileSync(
        join(import.meta.dirname, 'fixtures', 'behavioral-health-carve-out-271.edi'),
        'utf8',
      );
      const [answer] = read271(carveOut, { clientIds: { '270-0105-002': 'client-lane' } });
      expect(answer).toMatchObject({ outcome: 'undecided', inNetwork: null, outOfNetwork: null });
      expect(answer?.reasons.map((r) => [r.code, r.facts.network])).toEqual([
        ['x12.271.managed_elsewhere', 'in'],
        ['x12.271.managed_elsewhere', 'out'],
      ]);
      expect(answer?.reasons[0]?.facts).toMatchObject({
        serviceTypes: ['MH', 'A4', 'A6', 'A8', 'CF'],
        contacts: [
          {
            role: 'PR',
            name: 'LAKESIDE BEHAVIORAL HEALTH',
            idQualifier: 'PI',
            id: '01260',
            phone: '8005551234',
            url: 'WWW.EXAMPLE.COM',
          },
        ],
      });
    });

    it('leaves mental-health benefits unknown and says whom to call when behavioral health is carved out', () => {
      const answer = read([
        ...figures,
        'EB*U*IND*MH^A6^A8',
        'MSG*BEHAVIORAL HEALTH ADMINISTERED SEPARATELY',
        'LS*2120',
        'NM1*PR*2*LAKESIDE BEHAVIORAL HEALTH*****PI*01260',
        'PER*IC*PROVIDER SERVICES*TE*8005551234*UR*WWW.EXAMPLE.COM',
        'LE*2120',
      ]);
      expect(answer).toMatchObject({ outcome: 'undecided', inNetwork: null, outOfNetwork: null });
      const reason = answer?.reasons.find((r) => r.code === 'x12.271.managed_elsewhere');
      expect(reason?.facts).toMatchObject({
        network: 'in',
        serviceTypes: ['MH', 'A6', 'A8'],
        contacts: [
          { role: 'PR', name: 'LAKESIDE BEHAVIORAL HEALTH', phone: '8005551234', url: 'WWW.EXAMPLE.COM' },
        ],
      });
    });

    it('reads active mental-health coverage that a managed care organization administers as a carve-out', () => {
      const answer = read([
        ...figures,
        'EB*1*IND*MH',
        'LS*2120',
        'NM1*Y2*2*CASCADE BEHAVIORAL HEALTH',
        'LE*2120',
      ]);
      expect(answer?.outcome).toBe('undecided');
      expect(codes(answer)).toContain('x12.271.managed_elsewhere');
    });

    it('says whom to call when the whole plan refers elsewhere, naming a person by last and first name', () => {
      const answer = read(['EB*U*IND*30', 'LS*2120', 'NM1*VN*1*ROWE*DANA', 'LE*2120']);
      expect(answer?.outcome).toBe('undecided');
      expect(answer?.reasons[0]?.facts.contacts).toEqual([
        { role: 'VN', name: 'ROWE DANA', idQualifier: null, id: null, phone: null, url: null },
      ]);
    });

    it('uses the payer’s own psychotherapy figures when they are more specific than the contact line', () => {
      const answer = read([...figures, 'EB*B*IND*A6*PR**27*20', 'EB*U*IND*MH']);
      expect(answer?.outcome).toBe('benefits_found');
      expect(answer?.inNetwork?.copayCents).toBe(2_000);
    });

    it('keeps a primary care provider named on a line as a contact, not a carve-out', () => {
      const answer = read([...figures.slice(1), 'EB*1*IND*30', 'LS*2120', 'NM1*P3*1*DOE*JANE', 'LE*2120']);
      expect(answer?.outcome).toBe('benefits_found');
      expect(answer?.benefitLines.flatMap((l) => l.contacts.map((c) => [c.role, c.name]))).toEqual([
        ['P3', 'DOE JANE'],
      ]);
    });

    it('applies a carve-out stated for out-of-network care to that network only', () => {
      const answer = read([
        'EB*1*IND*30',
        'EB*B*IND*30*PR**27*40*****Y',
        'EB*C*IND*30*PR**23*500*****Y',
        'EB*U*IND*MH*********N',
        'LS*2120',
        'NM1*PR*2*CASCADE',
        'LE*2120',
      ]);
      expect(answer?.outcome).toBe('benefits_found');
      expect(answer?.inNetwork?.copayCents).toBe(4_000);
      expect(answer?.outOfNetwork).toBeNull();
      expect(answer?.reasons.map((r) => [r.code, r.facts.network])).toContainEqual([
        'x12.271.managed_elsewhere',
        'out',
      ]);
    });
  });

  describe('files it cannot read', () => {
    it('refuses a transaction set that is not a 271', () => {
      expect(issues(() => read271(envelope('835', ['BPR*I*0*C*NON************20260410'])))).toEqual([
        ['$.segment[3].ST01', 'x12.transaction.unexpected_type'],
      ]);
    });

    it('reports malformed amounts, percents, quantities and dates by position', () => {
      const found = issues(() =>
        read(
          [`EB*C*IND*30*PR**23*5,00`, 'EB*A*IND*MH*PR****1.5', 'EB*F*IND*MH*PR**23***VS*many', 'EB'],
          ['DTP*346*D8*20260230'],
        ),
      );
      expect(found).toEqual([
        ['$.segment[12].DTP03', 'x12.element.invalid'],
        ['$.segment[13].EB07', 'x12.element.invalid'],
        ['$.segment[14].EB08', 'x12.element.invalid'],
        ['$.segment[15].EB10', 'x12.element.invalid'],
        ['$.segment[16].EB01', 'x12.element.missing'],
      ]);
    });

    it('reports segments a 271 does not allow, broken hierarchies, and a missing BHT', () => {
      expect(
        issues(() => read(['CLP*c-1*1*100*100', 'HL*9*7*22*0', 'HL*10*3*99*0', 'HL*11*3*constructor*0'])),
      ).toEqual([
        ['$.segment[13]', 'x12.segment.unexpected'],
        ['$.segment[14].HL02', 'x12.element.invalid'],
        ['$.segment[15].HL03', 'x12.element.invalid'],
        ['$.segment[16].HL03', 'x12.element.invalid'],
      ]);
      expect(issues(() => read271(envelope('271', ['HL*1**20*1'])))).toEqual([
        ['$.segment[3]', 'x12.segment.missing'],
      ]);
    });
  });

  it('reads back any in-network benefits written as a 271, in any line order and amount spelling (property)', () => {
    // Payers write whole dollars as 25 or 25.00 and state the total and what remains in either order; the
    // plan dates stand under the person or under the coverage line. None of that may change a figure.
    const dollars = (cents: number, short: boolean) =>
      short && cents % 100 === 0
        ? String(cents / 100)
        : `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
    const figures = fc
      .record({
        copay: fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: undefined }),
        coinsurance: fc.integer({ min: 0, max: 10_000 }),
        deductible: fc.integer({ min: 0, max: 1_000_000 }),
        deductibleLeft: fc.integer({ min: 0, max: 1_000_000 }),
        outOfPocket: fc.integer({ min: 0, max: 2_000_000 }),
        outOfPocketLeft: fc.integer({ min: 0, max: 2_000_000 }),
        visits: fc.integer({ min: 1, max: 60 }),
        visitsLeft: fc.integer({ min: 0, max: 60 }),
        authorization: fc.boolean(),
        short: fc.boolean(),
        datesUnderLine: fc.boolean(),
      })
      .map((f) => ({
        ...f,
        deductibleLeft: Math.min(f.deductibleLeft, f.deductible),
        outOfPocketLeft: Math.min(f.outOfPocketLeft, f.outOfPocket),
        visitsLeft: Math.min(f.visitsLeft, f.visits),
      }));
    fc.assert(
      fc.property(figures, fc.integer({ min: 0, max: 1_000_000 }), (f, seed) => {
        const amount = (cents: number) => dollars(cents, f.short);
        const auth = f.authorization ? 'Y' : 'N';
        const active = f.datesUnderLine
          ? ['EB*1*IND*30^MH*PR*GOLD PPO', 'DTP*291*RD8*20260101-20261231']
          : ['EB*1*IND*30^MH*PR*GOLD PPO'];
        const units: string[][] = [
          active,
          ...(f.copay === undefined ? [] : [[`EB*B*IND*MH*PR**27*${amount(f.copay)}****${auth}*Y`]]),
          [`EB*A*IND*MH*PR****${(f.coinsurance / 10_000).toFixed(4)}***${auth}*Y`],
          [`EB*C*IND*30*PR**23*${amount(f.deductible)}*****Y`],
          [`EB*C*IND*30*PR**29*${amount(f.deductibleLeft)}*****Y`],
          [`EB*G*IND*30*PR**23*${amount(f.outOfPocket)}*****Y`],
          [`EB*G*IND*30*PR**29*${amount(f.outOfPocketLeft)}*****Y`],
          [`EB*F*IND*MH*PR**23***VS*${f.visits}**Y`],
          [`EB*F*IND*MH*PR**29***VS*${f.visitsLeft}**Y`],
        ];
        // A deterministic shuffle from the seed: the lines in any order.
        const order = units
          .map((u, i) => ({ u, k: (seed * (i + 7919)) % 1_000_003 }))
          .sort((a, b) => a.k - b.k);
        const dates = f.datesUnderLine ? [] : ['DTP*291*RD8*20260101-20261231'];
        const [answer] = read271(
          person(
            order.flatMap((o) => o.u),
            dates,
          ),
          { clientIds: { 'T-1': 'client-lane' } },
        );
        expect(answer?.outcome).toBe('benefits_found');
        expect(answer?.inNetwork).toEqual({
          clientId: 'client-lane',
          payerId: '60054',
          verifiedOn: '2026-01-05',
          coverageActive: true,
          inNetwork: true,
          planStartsOn: '2026-01-01',
          planEndsOn: '2026-12-31',
          copayCents: f.copay ?? 0,
          copayBeforeDeductible: false,
          coinsuranceBasisPoints: f.coinsurance,
          deductibleCents: f.deductible,
          deductibleMetCents: f.deductible - f.deductibleLeft,
          outOfPocketMaximumCents: f.outOfPocket,
          outOfPocketMetCents: f.outOfPocket - f.outOfPocketLeft,
          copayCountsTowardOutOfPocket: true,
          visitLimit: f.visits,
          visitsUsed: f.visits - f.visitsLeft,
          authorizationRequired: f.authorization,
        });
      }),
    );
  });
});
