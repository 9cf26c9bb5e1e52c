// A 271 benefit line limited to one procedure (EB13, a composite such as HC:90837) applies to sessions of that
// procedure only [sources: x12-271]: a $40 copay stated for 90837 is not the copay of a 90834 session. Response
// dated 2026-01-05, plan from 2026-01-01.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import { codes, copay, PLAN, read } from './procedure-271-fixtures.js';

describe('read271: a benefit line limited to a procedure (EB13)', () => {
  it('reads the $40 copay stated for 90837 for a 90837 session, and the $25 for every other procedure for a 90834 one', () => {
    const lines = [...PLAN, copay(25), copay(40, 'HC:90837')];
    const long = read(lines, '90837');
    expect(long.outcome).toBe('benefits_found');
    expect(long.inNetwork?.copayCents).toBe(4000);
    expect(long.benefitLines.find((l) => l.procedure !== null)?.procedure).toEqual({
      qualifier: 'HC',
      code: '90837',
    });
    const shorter = read(lines, '90834');
    expect(shorter.outcome).toBe('benefits_found');
    expect(shorter.inNetwork?.copayCents).toBe(2500);
  });

  it('is undecided when the session’s procedure is not given and the 90837 line says what the general one does not', () => {
    const a = read([...PLAN, copay(25), copay(40, 'HC:90837')]);
    expect(a.outcome).toBe('undecided');
    expect(a.inNetwork?.copayCents).toBe(2500);
    expect(a.reasons.find((r) => r.code === 'x12.271.procedure_not_read')?.facts).toMatchObject({
      procedureCodes: '90837',
    });
  });

  it('needs no procedure when the limited line only repeats what the plan says for every procedure', () => {
    const a = read([...PLAN, copay(25), copay(25, 'HC:90837')]);
    expect(a.outcome).toBe('benefits_found');
    expect(codes(a)).not.toContain('x12.271.procedure_not_read');
  });

  it('never applies a copay stated only for 90837 to a 90834 session', () => {
    const a = read([...PLAN, copay(40, 'HC:90837')], '90834');
    expect(a.inNetwork?.copayCents ?? null).not.toBe(4000);
    expect(a.outcome).toBe('undecided');
  });

  it('does not read a line limited to a code of another list (ZZ) as the CPT code', () => {
    const a = read([...PLAN, copay(25), copay(40, 'ZZ:90837')], '90837');
    expect(a.inNetwork?.copayCents).toBe(2500);
  });

  it('reports an EB13 without its procedure code by segment, and a procedure code that is not CPT or HCPCS', () => {
    expect(() => read([...PLAN, copay(25), copay(40, 'HC')])).toThrow(/EB13/);
    try {
      read([...PLAN, copay(25)], '908');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues[0]?.at).toBe('$.procedureCode');
    }
  });

  it('applies a procedure’s copay to that procedure only, and is undecided without the code when they differ (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 200 }),
        fc.constantFrom(undefined, '90837', '90834', '90832', 'H0004'),
        fc.boolean(),
        (general, limited, session, limitedFirst) => {
          const both = [copay(general), copay(limited, 'HC:90837')];
          const a = read([...PLAN, ...(limitedFirst ? both.reverse() : both)], session);
          if (session === '90837') expect(a.inNetwork?.copayCents).toBe(limited * 100);
          else expect(a.inNetwork?.copayCents).toBe(general * 100);
          if (session === undefined && general !== limited) expect(a.outcome).toBe('undecided');
          else expect(a.outcome).toBe('benefits_found');
        },
      ),
    );
  });
});
