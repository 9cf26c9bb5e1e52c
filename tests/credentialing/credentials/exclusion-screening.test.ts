// Monthly exclusion screening: a state Medicaid agency checks the LEIE and SAM at least monthly
// (42 CFR 455.436(c)(2)); OIG updates the LEIE monthly and advises providers to screen on the same cycle; an
// excluded clinician is paid nothing by a federal program from the exclusion's effective date (1001.1901).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, compareDates } from '../../../src/core/index.js';
import {
  EXCLUSION_SCREENING_INTERVAL_MONTHS,
  evaluateExclusionScreening,
  getExclusionScreeningDueDate,
} from '../../../src/credentialing/index.js';
import { thrown } from '../../validation-subject.js';
import { dateArb } from './credential-fixtures.js';

const both = (on: string) => ({ leieScreenedOn: on, samScreenedOn: on });

describe('getExclusionScreeningDueDate', () => {
  it('is one month after the check (42 CFR 455.436(c)(2)): checked 2026-03-02, due 2026-04-02', () => {
    expect(EXCLUSION_SCREENING_INTERVAL_MONTHS).toBe(1);
    expect(getExclusionScreeningDueDate('2026-03-02')).toBe('2026-04-02');
  });

  it('clamps a month end: checked 2026-01-31, due 2026-02-28; 2024-01-31, due 2024-02-29', () => {
    expect(getExclusionScreeningDueDate('2026-01-31')).toBe('2026-02-28');
    expect(getExclusionScreeningDueDate('2024-01-31')).toBe('2024-02-29');
  });

  it('rejects a bad date by path, without echoing it', () => {
    const error = thrown(() => getExclusionScreeningDueDate('2026-02-30'));
    expect(error.issues[0]?.at).toBe('$.screenedOn');
    expect(JSON.stringify(error.issues)).not.toContain('2026-02-30');
  });
});

describe('evaluateExclusionScreening', () => {
  it('is current on the due day of a LEIE and SAM check made 2026-03-02 (2026-04-02)', () => {
    const d = evaluateExclusionScreening(both('2026-03-02'), { asOf: '2026-04-02' });
    expect(d.outcome).toBe('current');
    expect(d.nextDueOn).toBe('2026-04-02');
    expect(d.reasons.map((r) => r.code)).toEqual([
      'credentialing.exclusion.screening_current',
      'credentialing.exclusion.screening_current',
    ]);
  });

  it('is overdue the day after (2026-04-03), an error naming the list and its due date', () => {
    const d = evaluateExclusionScreening(both('2026-03-02'), { asOf: '2026-04-03' });
    expect(d.outcome).toBe('overdue');
    expect(d.reasons[0]).toMatchObject({
      code: 'credentialing.exclusion.screening_overdue',
      severity: 'error',
      facts: { source: 'leie', screenedOn: '2026-03-02', dueOn: '2026-04-02', on: '2026-04-03' },
    });
  });

  it('is undecided, never assumed clean, when SAM was never checked', () => {
    const d = evaluateExclusionScreening({ leieScreenedOn: '2026-03-02' }, { asOf: '2026-03-10' });
    expect(d.outcome).toBe('undecided');
    expect(d.reasons).toEqual([
      expect.objectContaining({
        code: 'credentialing.exclusion.screening_unknown',
        facts: expect.objectContaining({ source: 'sam' }),
      }),
    ]);
  });

  it('an overdue list wins over an unknown one (overdue, both reasons)', () => {
    const d = evaluateExclusionScreening({ leieScreenedOn: '2026-01-05' }, { asOf: '2026-03-10' });
    expect(d.outcome).toBe('overdue');
    expect(d.reasons.map((r) => r.code)).toEqual([
      'credentialing.exclusion.screening_overdue',
      'credentialing.exclusion.screening_unknown',
    ]);
  });

  it('for a Medicaid biller asks for a state Medicaid list, and reads each recorded and named state', () => {
    expect(
      evaluateExclusionScreening(both('2026-03-02'), { asOf: '2026-03-10', billsMedicaid: true }).outcome,
    ).toBe('undecided');
    const ny = { ...both('2026-03-02'), stateMedicaid: [{ state: 'NY' as const, screenedOn: '2026-03-02' }] };
    expect(evaluateExclusionScreening(ny, { asOf: '2026-03-10', billsMedicaid: true }).outcome).toBe(
      'current',
    );
    const d = evaluateExclusionScreening(ny, {
      asOf: '2026-03-10',
      billsMedicaid: true,
      medicaidStates: ['NJ'],
    });
    expect(d.outcome).toBe('undecided');
    expect(d.sources.map((s) => [s.source, s.state, s.status])).toEqual([
      ['leie', null, 'current'],
      ['sam', null, 'current'],
      ['state_medicaid', 'NJ', 'unknown'],
      ['state_medicaid', 'NY', 'current'],
    ]);
  });

  it('ignores state lists when the clinician does not bill Medicaid', () => {
    const stale = {
      ...both('2026-03-02'),
      stateMedicaid: [{ state: 'NY' as const, screenedOn: '2025-01-02' }],
    };
    expect(evaluateExclusionScreening(stale, { asOf: '2026-03-10' }).outcome).toBe('current');
  });

  it('rejects two entries for one state, and every bad argument by path', () => {
    const error = thrown(() =>
      evaluateExclusionScreening(
        {
          stateMedicaid: [
            { state: 'NY' as const, screenedOn: '2026-03-02' },
            { state: 'NY' as const, screenedOn: '2026-03-03' },
          ],
        },
        { asOf: 'soon' },
      ),
    );
    expect(error.issues.map((i) => [i.at, i.code])).toEqual(
      expect.arrayContaining([
        ['$.screening.stateMedicaid[1].state', 'credentialing.screening.duplicate_state'],
        ['$.options.asOf', expect.any(String)],
      ]),
    );
  });

  it('is current exactly from one month before the newest check through one month after the oldest (property)', () => {
    fc.assert(
      fc.property(dateArb, dateArb, dateArb, (leie, sam, asOf) => {
        const d = evaluateExclusionScreening({ leieScreenedOn: leie, samScreenedOn: sam }, { asOf });
        const [oldest, newest] = compareDates(leie, sam) <= 0 ? [leie, sam] : [sam, leie];
        const dueOn = addMonths(oldest, 1);
        expect(d.nextDueOn).toBe(dueOn);
        const expected =
          compareDates(asOf, dueOn) > 0
            ? 'overdue'
            : compareDates(asOf, addMonths(newest, -1)) < 0
              ? 'undecided'
              : 'current';
        expect(d.outcome).toBe(expected);
      }),
    );
  });

  it('the same rule for both lists: a check on 2026-03-02 covers 2026-02-02 to 2026-04-02, and not 2026-02-01', () => {
    for (const screening of [
      { leieScreenedOn: '2026-03-02', samScreenedOn: '2026-03-10' },
      { leieScreenedOn: '2026-03-10', samScreenedOn: '2026-03-02' },
    ]) {
      const which = screening.leieScreenedOn === '2026-03-02' ? 'leie' : 'sam';
      expect(evaluateExclusionScreening(screening, { asOf: '2026-04-02' }).outcome).toBe('current');
      expect(evaluateExclusionScreening(screening, { asOf: '2026-04-03' }).outcome).toBe('overdue');
      expect(evaluateExclusionScreening(screening, { asOf: '2026-02-10' }).outcome).toBe('current');
      const early = evaluateExclusionScreening(screening, { asOf: '2026-02-09' });
      expect(early.outcome).toBe('undecided');
      expect(early.reasons.map((r) => [r.code, r.facts.source])).toEqual([
        ['credentialing.exclusion.screening_after_date', which === 'leie' ? 'sam' : 'leie'],
      ]);
    }
    const one = { leieScreenedOn: '2026-03-02', samScreenedOn: '2026-03-02' };
    expect(evaluateExclusionScreening(one, { asOf: '2026-02-02' }).outcome).toBe('current');
    const before = evaluateExclusionScreening(one, { asOf: '2026-02-01' });
    expect(before.outcome).toBe('undecided');
    expect(before.reasons.map((r) => r.code)).toEqual([
      'credentialing.exclusion.screening_after_date',
      'credentialing.exclusion.screening_after_date',
    ]);
    expect(before.reasons[0]?.message).toContain('more than a month after 2026-02-01');
  });
});
