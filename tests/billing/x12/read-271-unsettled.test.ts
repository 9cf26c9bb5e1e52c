// read271 on what a payer leaves open or states in a form the reader cannot take: an authorization flag
// it does not know (EB11 U), a figure whose network it does not know (EB12 U), a limitation that is not a
// visit count, a cost share that is not per visit or not a percent, and a coverage status that is pending
// or contradicts itself. None of them may become a definite, cheaper answer. Response date 2026-01-05,
// plan from 2026-01-01, as in the other 271 tests.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimatePatientShare } from '../../../src/billing/index.js';
import { read271 } from '../../../src/billing/x12/index.js';
import { person271 as person } from './x12-builders.js';

const read = (lines: string[]) => {
  const [answer] = read271(person(lines), { clientIds: { 'T-1': 'client-lane' } });
  if (answer === undefined) throw new Error('no answer');
  return answer;
};
const codes = (answer: ReturnType<typeof read>) => answer.reasons.map((r) => r.code);

const ACTIVE = 'EB*1*IND*30^MH^A6^A8*PR*GOLD PPO';
const COPAY = 'EB*B*IND*A6*PR**27*25****N*Y';
const COINSURANCE = 'EB*A*IND*A6*PR****0.2***N*Y';
const DEDUCTIBLE = ['EB*C*IND*30*PR**23*500*****Y', 'EB*C*IND*30*PR**29*300*****Y'];

describe('read271: facts the payer leaves open are never read as the cheaper answer', () => {
  describe('authorization the payer does not know (EB11 U)', () => {
    it('is undecided, names the segment, and reads authorization as required: it read "not required"', () => {
      const answer = read([ACTIVE, 'EB*B*IND*A6*PR**27*25****U*Y', COINSURANCE, ...DEDUCTIBLE]);
      expect(answer.outcome).toBe('undecided');
      expect(answer.inNetwork).toMatchObject({ authorizationRequired: true, copayCents: 2_500 });
      expect(answer.reasons.find((r) => r.code === 'x12.271.authorization_unknown')).toMatchObject({
        severity: 'warning',
        facts: { network: 'in', segments: [answer.benefitLines[1]?.segment] },
      });
      expect(answer.benefitLines[1]?.authorizationRequired).toBe('unknown');
    });

    it('is settled by a line that says authorization is required, and ignores services not asked about', () => {
      const required = read([
        ACTIVE,
        'EB*B*IND*A6*PR**27*25****U*Y',
        'EB*A*IND*A6*PR****0.2***Y*Y',
        ...DEDUCTIBLE,
      ]);
      expect(required.outcome).toBe('benefits_found');
      expect(required.inNetwork?.authorizationRequired).toBe(true);
      expect(codes(required)).not.toContain('x12.271.authorization_unknown');
      // Hospital inpatient (48) is not a service asked about: its flag decides nothing.
      const other = read([ACTIVE, COPAY, COINSURANCE, ...DEDUCTIBLE, 'EB*B*IND*48*PR**27*250****U*Y']);
      expect(other.outcome).toBe('benefits_found');
      expect(other.inNetwork?.authorizationRequired).toBe(false);
    });

    it('property: "not required" only when no line says required or unknown; undecided exactly when unknown alone', () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom('Y', 'N', 'U', ''), { minLength: 3, maxLength: 3 }), (flags) => {
          const [a, b, c] = flags;
          const answer = read([
            ACTIVE,
            `EB*B*IND*A6*PR**27*25****${a}*Y`,
            `EB*A*IND*A6*PR****0.2***${b}*Y`,
            `EB*C*IND*30*PR**23*500****${c}*Y`,
          ]);
          const known = flags.includes('Y');
          const unknown = flags.includes('U');
          expect(answer.inNetwork?.authorizationRequired).toBe(known || unknown);
          expect(answer.outcome).toBe(unknown && !known ? 'undecided' : 'benefits_found');
        }),
      );
    });
  });

  describe('a figure whose network the payer does not know (EB12 U)', () => {
    it('applies it to neither network and is undecided: the $25 copay was read in and out of network', () => {
      const answer = read([ACTIVE, 'EB*B*IND*A6*PR**27*25*****U', COINSURANCE, ...DEDUCTIBLE]);
      expect(answer.outcome).toBe('undecided');
      expect(answer.inNetwork).toMatchObject({ copayCents: 0, coinsuranceBasisPoints: 2_000 });
      expect(answer.outOfNetwork).toBeNull();
      expect(answer.reasons.find((r) => r.code === 'x12.271.network_unknown')?.facts).toEqual({
        segments: [answer.benefitLines[1]?.segment],
      });
      expect(answer.benefitLines[1]?.network).toBe('unknown');
    });

    it('leaves the cost share unknown when that was the only one, and keeps a coverage line with it for both', () => {
      const only = read([ACTIVE, 'EB*B*IND*A6*PR**27*25*****U', ...DEDUCTIBLE]);
      expect(only.outcome).toBe('undecided');
      expect(only.inNetwork).toBeNull();
      expect(codes(only)).toEqual(
        expect.arrayContaining(['x12.271.benefit_not_found', 'x12.271.network_unknown']),
      );
      // Active coverage with EB12 U still says the coverage is active: it is not a figure.
      const status = read(['EB*1*IND*30*********U', COPAY, COINSURANCE, ...DEDUCTIBLE]);
      expect(status.outcome).toBe('benefits_found');
      expect(status.inNetwork?.coverageActive).toBe(true);
    });
  });

  describe('a limitation that is not a visit count (EB01 F)', () => {
    it.each([
      ['30 days (DY)', 'EB*F*IND*A6*PR**23***DY*30**Y'],
      ['no figure (the terms in a message)', 'EB*F*IND*A6*PR**23******Y'],
      ['a $2,000 benefit maximum', 'EB*F*IND*A6*PR**23*2000*****Y'],
      ['visits per visit (27)', 'EB*F*IND*A6*PR**27***VS*1**Y'],
    ])('is undecided with the benefits still given, never "no limit": %s', (_, line) => {
      const answer = read([ACTIVE, COPAY, COINSURANCE, ...DEDUCTIBLE, line]);
      expect(answer.outcome).toBe('undecided');
      expect(answer.inNetwork).toMatchObject({ visitLimit: null, copayCents: 2_500 });
      expect(answer.reasons.find((r) => r.code === 'x12.271.limitation_not_read')).toMatchObject({
        severity: 'warning',
        facts: { network: 'in', segments: [answer.benefitLines[5]?.segment] },
      });
    });

    it('reads a visit count for the year, and a limitation of a service not asked about decides nothing', () => {
      const visits = read([ACTIVE, COPAY, COINSURANCE, ...DEDUCTIBLE, 'EB*F*IND*A6*PR**23***VS*30**Y']);
      expect(visits.outcome).toBe('benefits_found');
      expect(visits.inNetwork?.visitLimit).toBe(30);
      const inpatient = read([ACTIVE, COPAY, COINSURANCE, ...DEDUCTIBLE, 'EB*F*IND*48*PR**23***DY*30**Y']);
      expect(inpatient.outcome).toBe('benefits_found');
    });

    it('property: a limitation is read as a visit limit, or the answer is undecided', () => {
      fc.assert(
        fc.property(
          fc.constantFrom('VS', 'DY', 'HS', ''),
          fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
          fc.constantFrom('23', '22', '29', '27', '7', ''),
          (qualifier, quantity, period) => {
            const answer = read([
              ACTIVE,
              COPAY,
              COINSURANCE,
              ...DEDUCTIBLE,
              `EB*F*IND*A6*PR**${period}***${qualifier}*${quantity ?? ''}**Y`,
            ]);
            const readable =
              qualifier === 'VS' && quantity !== undefined && ['23', '22', '29', ''].includes(period);
            expect(answer.outcome).toBe(readable ? 'benefits_found' : 'undecided');
            expect(codes(answer).includes('x12.271.limitation_not_read')).toBe(!readable);
            if (readable) expect(answer.inNetwork?.visitLimit).toBe(quantity);
          },
        ),
      );
    });
  });

  describe('a cost share the reader cannot take', () => {
    it('leaves a copay per day unknown beside a coinsurance: it was read as no copay ($0)', () => {
      const answer = read([ACTIVE, 'EB*B*IND*A6*PR**7*25****N*Y', COINSURANCE, ...DEDUCTIBLE]);
      expect(answer.outcome).toBe('undecided');
      expect(answer.inNetwork).toBeNull();
      expect(answer.reasons.find((r) => r.code === 'x12.271.cost_share_not_read')).toMatchObject({
        facts: { network: 'in', benefit: 'copay', segment: answer.benefitLines[1]?.segment, timePeriod: '7' },
      });
      // What the estimate took before: $40 of a $200 session under 20 % once the deductible is met, no copay.
      expect(
        estimatePatientShare(
          // No EB01 G nor F: the maximum and the visit limit are unknown, so the plan is said to have neither.
          {
            ...read([ACTIVE, COINSURANCE, ...DEDUCTIBLE]).inNetwork!,
            deductibleMetCents: 50_000,
            noOutOfPocketMaximum: true,
            noVisitLimit: true,
          },
          { allowedCents: 20_000, dateOfService: '2026-03-02' },
        ).clientShareCents,
      ).toBe(4_000);
    });

    it('never falls back on the plan’s copay when psychotherapy’s cannot be read: it used the plan’s $25', () => {
      const answer = read([
        ACTIVE,
        'EB*B*IND*A6*PR**26*40****N*Y',
        'EB*B*IND*30*PR**27*25****N*Y',
        COINSURANCE,
        ...DEDUCTIBLE,
      ]);
      expect(answer.inNetwork).toBeNull();
      expect(codes(answer)).toContain('x12.271.cost_share_not_read');
    });

    it('leaves a coinsurance stated as an amount unknown, and a copay with no amount', () => {
      const amount = read([ACTIVE, COPAY, 'EB*A*IND*A6*PR***20****N*Y', ...DEDUCTIBLE]);
      expect(amount.inNetwork).toBeNull();
      expect(amount.reasons.find((r) => r.code === 'x12.271.cost_share_not_read')?.facts).toMatchObject({
        benefit: 'coinsurance',
      });
      const noAmount = read([
        ACTIVE,
        'EB*B*IND*A6*PR**27',
        'MSG*COPAY VARIES BY PROVIDER',
        COINSURANCE,
        ...DEDUCTIBLE,
      ]);
      expect(noAmount.inNetwork).toBeNull();
      expect(codes(noAmount)).toContain('x12.271.cost_share_not_read');
    });

    it('leaves a psychotherapy deductible per visit unknown, never the plan’s calendar-year one instead', () => {
      const answer = read([ACTIVE, COPAY, COINSURANCE, 'EB*C*IND*A6*PR**27*50*****Y', ...DEDUCTIBLE]);
      expect(answer.inNetwork).toBeNull();
      expect(answer.reasons.find((r) => r.code === 'x12.271.cost_share_not_read')?.facts).toMatchObject({
        benefit: 'deductible',
        timePeriod: '27',
      });
      // Alone, it is the same: not read, and said so (not "not found").
      const alone = read([ACTIVE, COPAY, COINSURANCE, 'EB*C*IND*A6*PR**27*50*****Y']);
      expect(codes(alone)).toContain('x12.271.cost_share_not_read');
      expect(alone.reasons.some((r) => r.facts.benefit === 'deductible' && r.facts.network === 'in')).toBe(
        true,
      );
      // The plan's deductible per visit beside psychotherapy's own for the year changes nothing.
      const specific = read([
        ACTIVE,
        COPAY,
        COINSURANCE,
        'EB*C*IND*A6*PR**23*400*****Y',
        'EB*C*IND*30*PR**27*50*****Y',
      ]);
      expect(specific.outcome).toBe('benefits_found');
      expect(specific.inNetwork?.deductibleCents).toBe(40_000);
    });

    it('reads psychotherapy’s own copay when only a less specific one cannot be read', () => {
      const answer = read([ACTIVE, COPAY, 'EB*B*IND*30*PR**7*10****N*Y', COINSURANCE, ...DEDUCTIBLE]);
      expect(answer.outcome).toBe('benefits_found');
      expect(answer.inNetwork?.copayCents).toBe(2_500);
    });

    it('property: an unreadable copay at least as specific as the one read leaves the benefits unknown', () => {
      const types = ['A6', 'MH', '30'] as const;
      fc.assert(
        fc.property(
          fc.constantFrom(...types),
          fc.constantFrom(...types),
          fc.constantFrom('7', '26', '23'),
          (readableType, unreadableType, period) => {
            const answer = read([
              ACTIVE,
              `EB*B*IND*${readableType}*PR**27*25****N*Y`,
              `EB*B*IND*${unreadableType}*PR**${period}*40****N*Y`,
              COINSURANCE,
              ...DEDUCTIBLE,
            ]);
            const shadowed = types.indexOf(unreadableType) <= types.indexOf(readableType);
            expect(answer.inNetwork === null).toBe(shadowed);
            if (!shadowed) expect(answer.inNetwork?.copayCents).toBe(2_500);
          },
        ),
      );
    });
  });

  describe('coverage that is pending or contradicts itself', () => {
    it('is undecided when psychotherapy is said active and inactive at once: it read active', () => {
      const answer = read([ACTIVE, 'EB*6*IND*A6', COPAY, COINSURANCE, ...DEDUCTIBLE]);
      expect(answer.outcome).toBe('undecided');
      expect(answer.inNetwork).toBeNull();
      expect(answer.reasons.find((r) => r.code === 'x12.271.coverage_status_conflict')?.facts).toMatchObject({
        network: 'in',
        segments: [answer.benefitLines[0]?.segment, answer.benefitLines[1]?.segment],
      });
    });

    it('still lets the more specific status decide: inactive psychotherapy under an active plan, and the reverse', () => {
      expect(read(['EB*1*IND*30', 'EB*6*IND*A6', COPAY, COINSURANCE, ...DEDUCTIBLE]).outcome).toBe(
        'coverage_inactive',
      );
      expect(read(['EB*6*IND*30', 'EB*1*IND*A6', COPAY, COINSURANCE, ...DEDUCTIBLE]).outcome).toBe(
        'benefits_found',
      );
    });

    it.each([
      ['5', 'active, pending investigation'],
      ['7', 'inactive, pending eligibility update'],
      ['8', 'inactive, pending investigation'],
    ])('is undecided on EB01 %s (%s): it read it as settled', (code) => {
      const answer = read([`EB*${code}*IND*30^A6`, COPAY, COINSURANCE, ...DEDUCTIBLE]);
      expect(answer.outcome).toBe('undecided');
      expect(answer.inNetwork).toBeNull();
      expect(codes(answer)).toContain('x12.271.coverage_pending');
    });

    it('reads a settled psychotherapy status over a pending plan, and a non-covered service over a pending one', () => {
      expect(read(['EB*5*IND*30', 'EB*1*IND*A6', COPAY, COINSURANCE, ...DEDUCTIBLE]).outcome).toBe(
        'benefits_found',
      );
      expect(read(['EB*5*IND*30^A6', 'EB*I*IND*MH', COPAY, COINSURANCE, ...DEDUCTIBLE]).outcome).toBe(
        'coverage_inactive',
      );
    });

    it('property: the most specific status decides, and only a settled one gives an answer', () => {
      const status = fc.constantFrom('1', '2', '5', '6', '7', '8', '');
      fc.assert(
        fc.property(status, status, (plan, psychotherapy) => {
          const lines = [
            ...(plan === '' ? [] : [`EB*${plan}*IND*30`]),
            ...(psychotherapy === '' ? [] : [`EB*${psychotherapy}*IND*A6`]),
          ];
          const answer = read([...lines, COPAY, COINSURANCE, ...DEDUCTIBLE]);
          const deciding = psychotherapy === '' ? plan : psychotherapy;
          const expected =
            deciding === ''
              ? 'coverage_inactive'
              : ['5', '7', '8'].includes(deciding)
                ? 'undecided'
                : ['1', '2'].includes(deciding)
                  ? 'benefits_found'
                  : 'coverage_inactive';
          expect(answer.outcome).toBe(expected);
        }),
      );
    });
  });
});
