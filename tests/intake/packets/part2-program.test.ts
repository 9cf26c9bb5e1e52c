import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_INTAKE_PACKET_POLICY,
  evaluateFirstSessionReadiness,
  listRequiredIntakeDocuments,
} from '../../../src/intake/index.js';
import { ADULT_INSURED, done, fileOf } from '../intake-fixtures.js';

// 42 CFR Part 2 at intake: a Part 2 program gives the notice of 42 CFR 2.22 at admission and has the
// client's written consent of 42 CFR 2.31 before it discloses (to bill an insurer, to a third party).
// Whether the practice is a Part 2 program is its declaration (`part2Program`), never inferred.

const USUAL_PACKET = [
  done('informed_consent', '2026-03-05T18:00:00-05:00'),
  done('privacy_notice_acknowledgment', '2026-03-05T18:00:00-05:00'),
  done('financial_policy', '2026-03-05T18:01:00-05:00'),
  done('intake_questionnaire', '2026-03-05T18:20:00-05:00'),
  done('insurance_card', '2026-03-05T18:25:00-05:00'),
];
const PART2_PAPERS = [
  done('part2_notice', '2026-03-05T18:30:00-05:00'),
  done('part2_consent', '2026-03-05T18:31:00-05:00'),
];
const AS_OF = { asOf: '2026-03-09T12:00:00-04:00' };
const PART2 = { part2Program: true } as const;
const NOT_PART2 = { part2Program: false } as const;

const part2Types = (types: readonly string[]) => types.filter((t) => t.startsWith('part2_'));

describe('42 CFR Part 2 at intake', () => {
  it('is undecided while the practice has not declared whether it is a Part 2 program (never taken as outside it)', () => {
    const r = evaluateFirstSessionReadiness(fileOf(ADULT_INSURED, USUAL_PACKET), {}, AS_OF);
    expect(r.outcome).toBe('undecided');
    const missing = r.reasons.filter((x) => x.code === 'intake.requirements.missing_fact');
    expect(missing.map((x) => [x.facts.document, x.facts.missingFact])).toEqual([
      ['part2_consent', 'part2_program'],
      ['part2_notice', 'part2_program'],
    ]);
    expect(missing[0]?.message).toContain('42 CFR Part 2');
    expect(r.blockers.filter((b) => b.action === 'collect_missing_fact').length).toBe(2);
    expect(DEFAULT_INTAKE_PACKET_POLICY.part2Program).toBeUndefined();
  });

  it('asks nothing of Part 2 of a practice that declared it is not a Part 2 program', () => {
    const r = evaluateFirstSessionReadiness(fileOf(ADULT_INSURED, USUAL_PACKET), NOT_PART2, AS_OF);
    expect(r.outcome).toBe('ready');
    const list = listRequiredIntakeDocuments(ADULT_INSURED, NOT_PART2, { asOf: '2026-03-10' });
    expect(part2Types(list.required.map((x) => x.type))).toEqual([]);
    expect(list.undecided).toEqual([]);
  });

  it('blocks an insured client’s first session in a Part 2 program until the 2.22 notice and the 2.31 consent are done', () => {
    const without = evaluateFirstSessionReadiness(fileOf(ADULT_INSURED, USUAL_PACKET), PART2, AS_OF);
    expect(without.outcome).toBe('not_ready');
    expect(
      without.reasons
        .filter((x) => x.code === 'intake.readiness.blocking_document_missed_deadline')
        .map((x) => x.facts.document),
    ).toEqual(['part2_consent', 'part2_notice']);
    const withPapers = evaluateFirstSessionReadiness(
      fileOf(ADULT_INSURED, [...USUAL_PACKET, ...PART2_PAPERS]),
      PART2,
      AS_OF,
    );
    expect(withPapers.outcome).toBe('ready');
  });

  it('needs the consent only when the program discloses: to bill an insurer or to a third party', () => {
    const selfPay = { ...ADULT_INSURED, billing: 'self_pay' } as const;
    const on = { asOf: '2026-03-10' };
    expect(part2Types(listRequiredIntakeDocuments(selfPay, PART2, on).required.map((x) => x.type))).toEqual([
      'part2_notice',
    ]);
    const release = { ...selfPay, releaseNeeded: true };
    expect(part2Types(listRequiredIntakeDocuments(release, PART2, on).required.map((x) => x.type))).toEqual([
      'part2_notice',
      'part2_consent',
    ]);
    // Billing not recorded: whether the consent is needed waits on it; the notice does not.
    const unknownBilling = { id: 'c-x', zone: 'America/Chicago' };
    const list = listRequiredIntakeDocuments(unknownBilling, PART2, on);
    expect(part2Types(list.required.map((x) => x.type))).toEqual(['part2_notice']);
    expect(list.undecided.filter((u) => u.type === 'part2_consent')).toEqual([
      { type: 'part2_consent', missingFact: 'billing' },
    ]);
  });

  it('reports a declined Part 2 consent as declined, never as ready', () => {
    const declined = {
      type: 'part2_consent',
      status: 'declined',
      sentAt: '2026-03-05T18:00:00-05:00',
      declinedAt: '2026-03-06T09:00:00-05:00',
    };
    const r = evaluateFirstSessionReadiness(
      fileOf(ADULT_INSURED, [...USUAL_PACKET, done('part2_notice', '2026-03-05T18:30:00-05:00'), declined]),
      PART2,
      AS_OF,
    );
    expect(r.outcome).toBe('not_ready');
    expect(r.reasons.map((x) => x.code)).toContain('intake.readiness.blocking_document_declined');
  });

  it('never lists a Part 2 document as required while undeclared, always the notice once declared, none once declared out (property)', () => {
    fc.assert(
      fc.property(
        fc.record({
          billing: fc.constantFrom('insured', 'self_pay', undefined),
          modality: fc.constantFrom('in_person', 'telehealth', undefined),
          releaseNeeded: fc.boolean(),
          birthDate: fc.constantFrom('1990-06-15', '2012-01-01', undefined),
        }),
        fc.constantFrom(true, false, undefined),
        (facts, part2Program) => {
          const client = {
            id: 'c-p',
            zone: 'America/Denver',
            ...(facts.billing === undefined ? {} : { billing: facts.billing }),
            ...(facts.modality === undefined ? {} : { modality: facts.modality }),
            ...(facts.birthDate === undefined ? {} : { birthDate: facts.birthDate }),
            releaseNeeded: facts.releaseNeeded,
          };
          const policy = part2Program === undefined ? {} : { part2Program };
          const list = listRequiredIntakeDocuments(client, policy, { asOf: '2026-03-10' });
          const required = part2Types(list.required.map((x) => x.type));
          const undecided = part2Types(list.undecided.map((x) => x.type));
          if (part2Program === undefined) {
            expect(required).toEqual([]);
            // The consent waits on the declaration unless the client is known not to need one anyway.
            const mayDisclose = facts.billing !== 'self_pay' || facts.releaseNeeded;
            expect(undecided).toEqual(mayDisclose ? ['part2_notice', 'part2_consent'] : ['part2_notice']);
          } else if (part2Program) {
            expect(required).toContain('part2_notice');
            const discloses = facts.billing === 'insured' || facts.releaseNeeded;
            expect(required.includes('part2_consent')).toBe(discloses);
          } else {
            expect([...required, ...undecided]).toEqual([]);
          }
        },
      ),
    );
  });

  it('is never ready while the Part 2 status is undeclared, whatever papers are on file (property)', () => {
    fc.assert(
      fc.property(fc.subarray([...USUAL_PACKET, ...PART2_PAPERS]), (docs) => {
        const r = evaluateFirstSessionReadiness(fileOf(ADULT_INSURED, docs), {}, AS_OF);
        expect(['undecided', 'not_ready']).toContain(r.outcome);
      }),
    );
  });
});
