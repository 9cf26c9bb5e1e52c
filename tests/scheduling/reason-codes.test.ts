import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type BookingConflictDecision,
  type ClinicianLoad,
  type MissedSessionFeeDecision,
  type OpenSlotResult,
  type PlannedReminder,
  type RankedWaitlistEntry,
  SCHEDULING_REASON_CODES,
  type SchedulingReason,
  type SchedulingReasonCode,
  type SeriesBookingDecision,
  type SeriesExpansion,
  type WaitlistCheckIn,
  type WaitlistOfferDecision,
  type WaitlistPriorityChangeDecision,
} from '../../src/scheduling/index.js';

type CodeOf<T extends { readonly reasons: readonly { readonly code: string }[] }> =
  T['reasons'][number]['code'];

const dir = join(import.meta.dirname, '../../src/scheduling');
// The module's code, comment lines left out (TSDoc examples quote codes too).
const code = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts') && f !== 'reason-codes.ts')
  .map((f) => readFileSync(join(dir, f), 'utf8'))
  .join('\n')
  .split('\n')
  .filter((line) => !/^\s*(\*|\/\/|\/\*\*)/.test(line))
  .join('\n');

describe('SCHEDULING_REASON_CODES', () => {
  it('types every reason the module returns with a code from the list, so the compiler rejects any other', () => {
    expectTypeOf<SchedulingReason['code']>().toEqualTypeOf<SchedulingReasonCode>();
    expectTypeOf<SchedulingReasonCode>().toEqualTypeOf<keyof typeof SCHEDULING_REASON_CODES>();
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

  it('has no code that the module never emits', () => {
    const unused = Object.keys(SCHEDULING_REASON_CODES).filter((c) => !code.includes(`'${c}'`));
    expect(unused).toEqual([]);
  });

  it('namespaces every code as scheduling.<area>.<name> and explains each in a sentence', () => {
    for (const [c, meaning] of Object.entries(SCHEDULING_REASON_CODES)) {
      expect(c).toMatch(/^scheduling\.[a-z_]+\.[a-z_]+$/);
      expect(meaning).toMatch(/^[A-Z].*\.$/);
    }
  });
});
