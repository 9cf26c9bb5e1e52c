import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  BOUNDARIES_REASON_CODES,
  type BoundariesReasonCode,
  type ClinicianDeliveryDecision,
  type LegalRecordsDemandDecision,
  type ReplyCheckDecision,
  type TaskPermissionDecision,
  type TemplateRenderDecision,
  type TriageDecision,
} from '../../src/boundaries/index.js';
import { codeLiteralsOf, stringLiteralsOf } from '../code-literals.js';

type CodeOf<T extends { readonly reasons: readonly { readonly code: string }[] }> =
  T['reasons'][number]['code'];

// Reasons are typed by the list, so the compiler rejects a code the list lacks; the literals the module's
// code holds (read by the TypeScript parser, comments left out) check the other direction.
describe('BOUNDARIES_REASON_CODES', () => {
  const listed = Object.keys(BOUNDARIES_REASON_CODES);

  it('types every decision’s reasons with a listed code, so the compiler rejects any other', () => {
    expectTypeOf<BoundariesReasonCode>().toEqualTypeOf<keyof typeof BOUNDARIES_REASON_CODES>();
    expectTypeOf<CodeOf<ClinicianDeliveryDecision>>().toExtend<BoundariesReasonCode>();
    expectTypeOf<CodeOf<LegalRecordsDemandDecision>>().toExtend<BoundariesReasonCode>();
    expectTypeOf<CodeOf<ReplyCheckDecision>>().toExtend<BoundariesReasonCode>();
    expectTypeOf<CodeOf<TaskPermissionDecision>>().toExtend<BoundariesReasonCode>();
    expectTypeOf<CodeOf<TemplateRenderDecision>>().toExtend<BoundariesReasonCode>();
    expectTypeOf<CodeOf<TriageDecision>>().toExtend<BoundariesReasonCode>();
    expectTypeOf<string>().not.toExtend<BoundariesReasonCode>();
  });

  it('lists every code the module’s code holds, and the module’s code holds every code it lists', () => {
    const literals = stringLiteralsOf('boundaries');
    expect(codeLiteralsOf('boundaries').filter((c) => !(c in BOUNDARIES_REASON_CODES))).toEqual([]);
    expect(listed.filter((c) => !literals.has(c))).toEqual([]);
  });

  it('namespaces every code as boundaries.<area>.<name> with a one-sentence meaning', () => {
    for (const [code, meaning] of Object.entries(BOUNDARIES_REASON_CODES)) {
      expect(code).toMatch(/^boundaries\.(scope|access|records|triage|reply|template|focus)\.[a-z_0-9]+$/);
      expect(meaning).toMatch(/^[A-Z].*\.$/);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(BOUNDARIES_REASON_CODES)).toBe(true);
  });
});
