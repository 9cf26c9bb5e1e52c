import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type BookingConflictDecision,
  type ClinicianLoad,
  type MissedSessionFeeDecision,
  type OpenSlotResult,
  type PlannedReminder,
  type RankedWaitlistEntry,
  SCHEDULING_REASON_CODES,
  SCHEDULING_VALIDATION_CODES,
  type SchedulingReason,
  type SchedulingReasonCode,
  type SchedulingValidationCode,
  type SeriesBookingDecision,
  type SeriesExpansion,
  type WaitlistCheckIn,
  type WaitlistOfferDecision,
  type WaitlistPriorityChangeDecision,
} from '../../src/scheduling/index.js';
import { codeLiteralsOf, stringLiteralsOf } from '../code-literals.js';

type CodeOf<T extends { readonly reasons: readonly { readonly code: string }[] }> =
  T['reasons'][number]['code'];

const catalog: Readonly<Record<string, string>> = {
  ...SCHEDULING_REASON_CODES,
  ...SCHEDULING_VALIDATION_CODES,
};

// Reasons are typed by the reason list; validation codes are written `'…' satisfies SchedulingValidationCode`,
// so the compiler rejects a code the lists lack. What is left to check at run time is the other direction.
describe('SCHEDULING_REASON_CODES', () => {
  it('types every reason the module returns with a code from the list, so the compiler rejects any other', () => {
    expectTypeOf<SchedulingReason['code']>().toEqualTypeOf<SchedulingReasonCode>();
    expectTypeOf<SchedulingReasonCode>().toEqualTypeOf<keyof typeof SCHEDULING_REASON_CODES>();
    expectTypeOf<SchedulingValidationCode>().toEqualTypeOf<keyof typeof SCHEDULING_VALIDATION_CODES>();
    expectTypeOf<CodeOf<BookingConflictDecision>>().toExtend<SchedulingReasonCode>();
    expectTypeOf<CodeOf<MissedSessionFeeDecision>>().toExtend<SchedulingReasonCode>();
    expectTypeOf<CodeOf<SeriesBookingDecision>>().toExtend<SchedulingReasonCode>();
    expectTypeOf<CodeOf<WaitlistOfferDecision>>().toExtend<SchedulingReasonCode>();
    expectTypeOf<CodeOf<WaitlistPriorityChangeDecision>>().toExtend<SchedulingReasonCode>();
    expectTypeOf<CodeOf<OpenSlotResult>>().toExtend<SchedulingReasonCode>();
    expectTypeOf<CodeOf<ClinicianLoad>>().toExtend<SchedulingReasonCode>();
    expectTypeOf<CodeOf<PlannedReminder>>().toExtend<SchedulingReasonCode>();
    expectTypeOf<CodeOf<RankedWaitlistEntry>>().toExtend<SchedulingReasonCode>();
    expectTypeOf<CodeOf<WaitlistCheckIn>>().toExtend<SchedulingReasonCode>();
    expectTypeOf<CodeOf<SeriesExpansion>>().toExtend<SchedulingReasonCode>();
    expectTypeOf<string>().not.toExtend<SchedulingReasonCode>();
  });

  it('lists every code the module’s code holds, and the module’s code holds every code listed', () => {
    const literals = stringLiteralsOf('scheduling');
    expect(codeLiteralsOf('scheduling').filter((c) => !(c in catalog))).toEqual([]);
    expect(Object.keys(catalog).filter((c) => !literals.has(c))).toEqual([]);
  });

  it('keeps reason codes and validation codes apart', () => {
    expect(Object.keys(SCHEDULING_REASON_CODES).filter((c) => c in SCHEDULING_VALIDATION_CODES)).toEqual([]);
  });

  it('namespaces every code as scheduling.<area>.<name> and explains each in a sentence', () => {
    for (const [c, meaning] of Object.entries(catalog)) {
      expect(c).toMatch(/^scheduling\.[a-z_]+\.[a-z_]+$/);
      expect(meaning).toMatch(/^[A-Z].*\.$/);
    }
  });
});
