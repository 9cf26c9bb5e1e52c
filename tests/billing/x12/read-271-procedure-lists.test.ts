// EB13-1 names the code list of the one procedure a 271 benefit line is limited to: HC (HCPCS, which holds
// CPT) and CJ (CPT) name the codes a session is billed with; AD (ADA), ID (ICD procedure), IV (HIEC), N4
// (NDC drug) and ZZ (mutually defined) name codes a session's CPT code cannot be matched against
// [sources: x12-271]. Such a line may or may not cover the session: it is neither dropped silently nor applied
// to every procedure. Response dated 2026-01-05, plan from 2026-01-01.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codes, copay, PLAN, read } from './procedure-271-fixtures.js';

describe('read271: a benefit line limited by a code list other than CPT/HCPCS (EB13-1)', () => {
  it('is undecided for a 90837 session when a $40 copay is stated for an ICD procedure (ID), beside a $25 general one', () => {
    const a = read([...PLAN, copay(25), copay(40, 'ID:9433')], '90837');
    expect(a.outcome).toBe('undecided');
    const why = a.reasons.find((r) => r.code === 'x12.271.procedure_list_not_read');
    expect(why?.facts).toMatchObject({ qualifiers: 'ID', segments: [expect.any(Number)] });
    // Not applied to every procedure either: the general $25 is what was read.
    expect(a.inNetwork?.copayCents).toBe(2500);
  });

  it('is undecided for a drug (NDC, N4) or an unknown code list, with the session’s code given or not', () => {
    for (const procedure of ['N4:00093721401', 'XX:123', 'ZZ:THERAPY']) {
      for (const code of ['90837', undefined]) {
        const a = read([...PLAN, copay(25), copay(40, procedure)], code);
        expect(a.outcome).toBe('undecided');
        expect(codes(a)).toContain('x12.271.procedure_list_not_read');
        expect(codes(a)).not.toContain('x12.271.procedure_not_read');
      }
    }
  });

  it('never applies a copay stated only for an ICD procedure to every procedure', () => {
    const a = read([...PLAN, copay(40, 'ID:9433')], '90837');
    expect(a.inNetwork?.copayCents ?? null).not.toBe(4000);
    expect(a.outcome).toBe('undecided');
    expect(codes(a)).toContain('x12.271.procedure_list_not_read');
  });

  it('needs nothing more when the line only repeats what the plan says for every procedure', () => {
    const a = read([...PLAN, copay(25), copay(25, 'N4:00093721401')], '90837');
    expect(a.outcome).toBe('benefits_found');
    expect(codes(a)).not.toContain('x12.271.procedure_list_not_read');
  });

  it('still reads CPT (CJ) and HCPCS (HC) lines by the session’s code', () => {
    expect(read([...PLAN, copay(25), copay(40, 'CJ:90837')], '90837').inNetwork?.copayCents).toBe(4000);
    expect(read([...PLAN, copay(25), copay(40, 'HC:90837')], '90834').inNetwork?.copayCents).toBe(2500);
  });

  it('never reads a line of another code list as the session’s benefit, nor ignores it (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('AD', 'ID', 'IV', 'N4', 'ZZ', 'Q1', 'XY'),
        fc.integer({ min: 26, max: 200 }),
        fc.option(fc.constantFrom('90837', '90834', '90791'), { nil: undefined }),
        (qualifier, dollars, code) => {
          const a = read([...PLAN, copay(25), copay(dollars, `${qualifier}:X1`)], code);
          expect(a.outcome).toBe('undecided');
          expect(a.inNetwork?.copayCents).toBe(2500);
          expect(codes(a)).toContain('x12.271.procedure_list_not_read');
        },
      ),
    );
  });
});
