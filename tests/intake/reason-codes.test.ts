import { describe, expect, expectTypeOf, it } from 'vitest';
import type { IntakeValidationCode } from '../../src/intake/index.js';
import {
  type FirstSessionReadinessDecision,
  type GoodFaithEstimateContentsDecision,
  type GoodFaithEstimateCoverageDecision,
  type GoodFaithEstimateDisputeDecision,
  type GoodFaithEstimateDue,
  type GoodFaithEstimateRequirementDecision,
  type GoodFaithEstimateTimelinessDecision,
  INTAKE_REASON_CODES,
  INTAKE_VALIDATION_CODES,
  type IntakeCaseMoveDecision,
  type IntakeFitDecision,
  type IntakeFollowUpDecision,
  type IntakeReasonCode,
  type IntakeStalledCase,
  type MinorConsentDecision,
} from '../../src/intake/index.js';
import { codeLiteralsOf, stringLiteralsOf } from '../code-literals.js';

type CodeOf<T extends { readonly reasons: readonly { readonly code: string }[] }> =
  T['reasons'][number]['code'];

const catalog: Readonly<Record<string, string>> = { ...INTAKE_REASON_CODES, ...INTAKE_VALIDATION_CODES };

describe('intake reason codes', () => {
  it('types every decision reason with a listed code, so the compiler rejects any other', () => {
    expectTypeOf<IntakeReasonCode>().toEqualTypeOf<keyof typeof INTAKE_REASON_CODES>();
    expectTypeOf<IntakeValidationCode>().toEqualTypeOf<keyof typeof INTAKE_VALIDATION_CODES>();
    expectTypeOf<CodeOf<FirstSessionReadinessDecision>>().toExtend<IntakeReasonCode>();
    expectTypeOf<CodeOf<IntakeFollowUpDecision>>().toExtend<IntakeReasonCode>();
    expectTypeOf<CodeOf<IntakeCaseMoveDecision>>().toExtend<IntakeReasonCode>();
    expectTypeOf<CodeOf<IntakeFitDecision>>().toExtend<IntakeReasonCode>();
    expectTypeOf<CodeOf<IntakeStalledCase>>().toExtend<IntakeReasonCode>();
    expectTypeOf<CodeOf<GoodFaithEstimateContentsDecision>>().toExtend<IntakeReasonCode>();
    expectTypeOf<CodeOf<GoodFaithEstimateCoverageDecision>>().toExtend<IntakeReasonCode>();
    expectTypeOf<CodeOf<GoodFaithEstimateDisputeDecision>>().toExtend<IntakeReasonCode>();
    expectTypeOf<CodeOf<GoodFaithEstimateRequirementDecision>>().toExtend<IntakeReasonCode>();
    expectTypeOf<CodeOf<GoodFaithEstimateTimelinessDecision>>().toExtend<IntakeReasonCode>();
    expectTypeOf<CodeOf<GoodFaithEstimateDue>>().toExtend<IntakeReasonCode>();
    expectTypeOf<CodeOf<MinorConsentDecision>>().toExtend<IntakeReasonCode>();
    expectTypeOf<string>().not.toExtend<IntakeReasonCode>();
  });

  it('lists every code the module’s code holds, and the module’s code holds every code listed', () => {
    const literals = stringLiteralsOf('intake');
    expect(codeLiteralsOf('intake').filter((c) => !(c in catalog))).toEqual([]);
    expect(Object.keys(catalog).filter((c) => !literals.has(c))).toEqual([]);
  });

  it('names each code <module>.<area>.<name> and explains it in one sentence', () => {
    for (const [c, meaning] of Object.entries({ ...INTAKE_REASON_CODES, ...INTAKE_VALIDATION_CODES })) {
      expect(c).toMatch(/^intake\.[a-z_]+\.[a-z_]+$/);
      expect(meaning.length).toBeGreaterThan(10);
    }
  });
});
