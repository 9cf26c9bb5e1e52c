import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
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
  type IntakeValidationCode,
} from '../../src/intake/index.js';

type CodeOf<T extends { readonly reasons: readonly { readonly code: string }[] }> =
  T['reasons'][number]['code'];

const SRC = join(import.meta.dirname, '../../src/intake');
// The module's code, comment lines left out (TSDoc examples quote codes too).
const code = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts') && f !== 'reason-codes.ts')
  .map((f) => readFileSync(join(SRC, f), 'utf8'))
  .join('\n')
  .split('\n')
  .filter((line) => !/^\s*(\*|\/\/|\/\*\*)/.test(line))
  .join('\n');

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
    expectTypeOf<string>().not.toExtend<IntakeReasonCode>();
  });

  it('holds no code that is never emitted', () => {
    const all = [...Object.keys(INTAKE_REASON_CODES), ...Object.keys(INTAKE_VALIDATION_CODES)];
    expect(all.filter((c) => !code.includes(`'${c}'`))).toEqual([]);
  });

  it('names each code <module>.<area>.<name> and explains it in one sentence', () => {
    for (const [c, meaning] of Object.entries({ ...INTAKE_REASON_CODES, ...INTAKE_VALIDATION_CODES })) {
      expect(c).toMatch(/^intake\.[a-z_]+\.[a-z_]+$/);
      expect(meaning.length).toBeGreaterThan(10);
    }
  });
});
