import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import { evaluateGoodFaithEstimateRequirement } from '../../../src/intake/index.js';

describe('evaluateGoodFaithEstimateRequirement', () => {
  it('requires an estimate for uninsured and self-pay clients, not for insured clients filing claims', () => {
    expect(evaluateGoodFaithEstimateRequirement({ coverage: 'uninsured' }).reasons[0]?.code).toBe(
      'intake.gfe.required_uninsured',
    );
    expect(evaluateGoodFaithEstimateRequirement({ coverage: 'insured_not_filing' })).toMatchObject({
      outcome: 'required',
      reasons: [{ code: 'intake.gfe.required_self_pay' }],
    });
    expect(
      evaluateGoodFaithEstimateRequirement({ coverage: 'insured_filing', requested: true }).outcome,
    ).toBe('not_required');
  });

  it('owes no estimate to a Medicare or Medicaid enrollee for a covered service, not even on request: they are not uninsured or self-pay', () => {
    for (const requested of [false, true]) {
      const d = evaluateGoodFaithEstimateRequirement({
        coverage: 'federal_program',
        requested,
        programCoversService: true,
      });
      expect(d).toMatchObject({
        outcome: 'not_required',
        reasons: [
          {
            code: 'intake.gfe.not_required_federal_program',
            facts: { coverage: 'federal_program', requested, programCoversService: true },
          },
        ],
      });
    }
  });

  it('cannot decide for a Medicare enrollee when nobody recorded whether Medicare covers the service: it asks', () => {
    for (const requested of [false, true]) {
      const d = evaluateGoodFaithEstimateRequirement({ coverage: 'federal_program', requested });
      expect(d).toMatchObject({
        outcome: 'undecided',
        reasons: [
          {
            code: 'intake.gfe.program_coverage_unknown',
            severity: 'warning',
            facts: { coverage: 'federal_program', requested, programCoversService: null },
          },
        ],
      });
    }
  });

  it('answers not_required only on a recorded fact: never for unknown coverage or unknown program coverage (property)', () => {
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom('uninsured', 'insured_not_filing', 'insured_filing', 'federal_program'), {
          nil: undefined,
        }),
        fc.boolean(),
        fc.option(fc.boolean(), { nil: undefined }),
        (coverage, requested, programCoversService) => {
          const d = evaluateGoodFaithEstimateRequirement({
            ...(coverage === undefined ? {} : { coverage }),
            requested,
            ...(programCoversService === undefined ? {} : { programCoversService }),
          });
          if (d.outcome === 'not_required') {
            expect(
              coverage === 'insured_filing' ||
                (coverage === 'federal_program' && programCoversService === true),
            ).toBe(true);
          }
          if (coverage === 'federal_program' && programCoversService === undefined) {
            expect(d.outcome).toBe('undecided');
          }
        },
      ),
    );
  });

  it('owes an estimate to a Medicare, Medicaid, TRICARE or VA enrollee for a service the program does not cover', () => {
    // Uninsured means without benefits for the item or service, under a plan or a Federal program alike.
    for (const requested of [false, true]) {
      expect(
        evaluateGoodFaithEstimateRequirement({
          coverage: 'federal_program',
          requested,
          programCoversService: false,
        }),
      ).toEqual({
        outcome: 'required',
        reasons: [
          expect.objectContaining({
            code: 'intake.gfe.required_not_covered_by_program',
            facts: { coverage: 'federal_program', requested, programCoversService: false },
          }),
        ],
      });
    }
    expect(
      evaluateGoodFaithEstimateRequirement({ coverage: 'federal_program', programCoversService: true })
        .outcome,
    ).toBe('not_required');
  });

  it('treats a request as owed when coverage is unknown, and cannot decide without either', () => {
    expect(evaluateGoodFaithEstimateRequirement({ requested: true }).reasons[0]?.code).toBe(
      'intake.gfe.required_on_request',
    );
    const d = evaluateGoodFaithEstimateRequirement({});
    expect(d.outcome).toBe('undecided');
    expect(d.reasons[0]?.code).toBe('intake.gfe.coverage_unknown');
  });

  it('rejects an unknown coverage value', () => {
    expect(() => evaluateGoodFaithEstimateRequirement({ coverage: 'medicaid' as never })).toThrow(
      ValidationError,
    );
  });
});
