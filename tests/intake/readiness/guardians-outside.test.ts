import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import { evaluateFirstSessionReadiness } from '../../../src/intake/index.js';
import { done, fileOf, NOT_PART2 } from '../intake-fixtures.js';

// An outside tester's cases for who consents for a minor at the first-session gate (intake38, 2026-12-07),
// written from the rules before the code was read. Joint legal custody: either parent may consent to routine
// care in most states. A court order may limit one parent's decision-making: its terms decide, so a person reads
// it. A guardian ad litem represents the child's interests in court and does not consent to care. A child in
// foster care: the agency with custody (or the court) consents; whether a foster parent or a caseworker may sign
// for it is state law and agency policy. An emancipated minor (a court's decree) consents as an adult. Turning 18
// between booking and the session: intake37's cases 11-14; here the day after, and a guarantor parent.

const NY = 'America/New_York';
const teen = {
  id: 'c-teo',
  zone: NY,
  // 15 on Tuesday 2026-03-10.
  birthDate: '2010-09-01',
  billing: 'insured',
  modality: 'in_person',
  state: 'NY',
  firstSessionAt: '2026-03-10T10:00:00-04:00',
} as const;
const SIGNED = '2026-03-05T18:00:00-05:00';
const DAY_BEFORE = '2026-03-09T12:00:00-04:00';
const own = ['informed_consent', 'privacy_notice_acknowledgment', 'intake_questionnaire'].map((t) =>
  done(t, SIGNED),
);
const card = done('insurance_card', SIGNED);
const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);
/** The teen's packet with the guardian consent and financial policy signed by `consenter` and `payer`. */
const papers = (consenter: string, payer = consenter) => [
  ...own,
  card,
  done('guardian_consent', SIGNED, { signerId: consenter }),
  done('financial_policy', SIGNED, { signerId: payer }),
];
const run = (client: object, docs: readonly object[], asOf = DAY_BEFORE) =>
  evaluateFirstSessionReadiness(fileOf({ ...teen, ...client }, docs), NOT_PART2, { asOf });

describe('who consents for a minor: custody, guardians and agencies', () => {
  it('1. joint legal custody: the father alone signs the guardian consent: ready', () => {
    expect(run({ guardians: ['mom', 'dad'] }, papers('dad')).outcome).toBe('ready');
  });

  it('2. joint legal custody, both named as parents: the mother alone signs: ready', () => {
    const client = {
      guardians: ['mom', 'dad'],
      guardianRoles: [
        { signerId: 'mom', role: 'parent' },
        { signerId: 'dad', role: 'parent' },
      ],
    };
    expect(run(client, papers('mom')).outcome).toBe('ready');
  });

  it('3. a court order limits the father’s decisions: his signature alone is undecided, never ready', () => {
    const client = {
      guardians: ['mom', 'dad'],
      guardianRoles: [{ signerId: 'dad', role: 'parent_limited_by_court_order' }],
    };
    const r = run(client, papers('dad', 'mom'));
    expect(r.outcome).toBe('undecided');
    expect(codes(r)).toEqual(['intake.readiness.guardian_authority_limited_by_order']);
  });

  it('4. the same order, and the mother signs: ready', () => {
    const client = {
      guardians: ['mom', 'dad'],
      guardianRoles: [{ signerId: 'dad', role: 'parent_limited_by_court_order' }],
    };
    expect(run(client, papers('mom')).outcome).toBe('ready');
  });

  it('5. a guardian ad litem signed the guardian consent: not a consenter, not ready', () => {
    const client = {
      guardians: ['mom', 'gal'],
      guardianRoles: [{ signerId: 'gal', role: 'guardian_ad_litem' }],
    };
    const r = run(client, papers('gal', 'mom'));
    expect(r.outcome).toBe('not_ready');
    expect(codes(r)).toEqual(['intake.readiness.guardian_ad_litem_not_consenter']);
  });

  it('6. a foster parent signed in New York: the agency’s consent is needed, undecided with the state named', () => {
    const client = {
      guardians: ['foster'],
      guardianRoles: [{ signerId: 'foster', role: 'foster_parent' }],
    };
    const r = run(client, papers('foster'));
    expect(r.outcome).toBe('undecided');
    const reason = r.reasons.find((x) => x.code === 'intake.readiness.agency_consent_needed');
    expect(reason?.facts).toMatchObject({ state: 'NY', role: 'foster_parent' });
  });

  it('7. an agency caseworker signed: whether they may sign for the agency is undecided, state named', () => {
    const client = {
      guardians: ['cw'],
      guardianRoles: [{ signerId: 'cw', role: 'agency_caseworker' }],
    };
    const r = run(client, papers('cw'));
    expect(r.outcome).toBe('undecided');
    expect(r.reasons.find((x) => x.code === 'intake.readiness.agency_consent_needed')?.facts).toMatchObject({
      state: 'NY',
    });
  });

  it('8. the custodial agency’s own consent (signed for the agency) counts: ready', () => {
    const client = {
      guardians: ['acs'],
      guardianRoles: [{ signerId: 'acs', role: 'custodial_agency' }],
    };
    expect(run(client, papers('acs')).outcome).toBe('ready');
  });

  it('9. a foster child with the foster parent’s and the agency’s consent on file: ready', () => {
    const client = {
      guardians: ['foster', 'acs'],
      guardianRoles: [
        { signerId: 'foster', role: 'foster_parent' },
        { signerId: 'acs', role: 'custodial_agency' },
      ],
    };
    const docs = [
      ...papers('foster', 'acs'),
      done('guardian_consent', SIGNED, { id: 'gc-acs', signerId: 'acs' }),
    ];
    expect(run(client, docs).outcome).toBe('ready');
  });

  it('10. an emancipated 16-year-old (court decree on record) signs their own papers, no guardian: ready', () => {
    const client = { birthDate: '2009-08-01', emancipated: true };
    expect(run(client, [...own, card, done('financial_policy', SIGNED)]).outcome).toBe('ready');
  });

  it('11. the same 16-year-old without emancipation recorded: a guardian consent is asked, never ready', () => {
    const r = run({ birthDate: '2009-08-01' }, [...own, card, done('financial_policy', SIGNED)]);
    expect(r.outcome).toBe('not_ready');
    expect(codes(r)).toContain('intake.readiness.blocking_document_missed_deadline');
  });

  it('12. turning 18 the day after the session (born 2008-03-11): still a minor, the mother’s consent counts', () => {
    const r = run({ birthDate: '2008-03-11', guardians: ['mom'] }, papers('mom'));
    expect(r.outcome).toBe('ready');
  });

  it('13. turned 18 on 2026-03-09 with the mother as guarantor: her fee policy counts, his own consent signed that morning counts', () => {
    const client = { birthDate: '2008-03-09', guardians: ['mom'], guarantorId: 'mom' };
    const adultSigned = ['informed_consent', 'privacy_notice_acknowledgment', 'intake_questionnaire'].map(
      (t) => done(t, '2026-03-09T08:00:00-04:00'),
    );
    const docs = [...adultSigned, card, done('financial_policy', SIGNED, { signerId: 'mom' })];
    expect(run(client, docs, '2026-03-09T09:00:00-04:00').outcome).toBe('ready');
  });

  it('14. a role given for someone not listed as a guardian or signer is refused by path, unechoed', () => {
    let error: unknown;
    try {
      run({ guardians: ['mom'], guardianRoles: [{ signerId: 'stranger', role: 'parent' }] }, papers('mom'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const v = error as ValidationError;
    expect(v.issues.map((i) => [i.at, i.code])).toEqual([
      ['$.file.client.guardianRoles[0].signerId', 'intake.client.guardian_role_unlisted'],
    ]);
    expect(v.message).not.toContain('stranger');
  });

  it('never makes a minor ready on the guardian consent of someone who may not consent alone (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'guardian_ad_litem',
          'parent_limited_by_court_order',
          'foster_parent',
          'agency_caseworker',
        ),
        fc.integer({ min: 0, max: 17 * 365 }),
        (role, days) => {
          // Born between 2009-03-11 and 2026-03-10 less 17 years' days: a minor on the session's date.
          const birth = new Date(Date.UTC(2009, 2, 11) + days * 86_400_000).toISOString().slice(0, 10);
          const client = { birthDate: birth, guardians: ['g'], guardianRoles: [{ signerId: 'g', role }] };
          const r = run(client, papers('g'));
          expect(['not_ready', 'undecided']).toContain(r.outcome);
        },
      ),
    );
  });
});
