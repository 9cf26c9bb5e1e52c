import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AdjustmentGroupCode,
  DENIAL_CODE_TABLE,
  extendDenialCodeTable,
} from '../../../src/billing/remittance/denial-codes.js';
import { triageDenial } from '../../../src/billing/remittance/denial-triage.js';
import { ValidationError } from '../../../src/core/index.js';
import { thrown } from '../../validation-subject.js';

const decided = { decisionDate: '2026-04-10', appealWindow: { amount: 60, unit: 'days' as const } };
const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);

describe('triageDenial: one named example per category', () => {
  it('eligibility: CO-27, service after coverage ended → verify coverage and rebill (assistant)', () => {
    expect(triageDenial({ group: 'CO', carc: '27', amountCents: 15_000 }, decided)).toMatchObject({
      outcome: 'classified',
      category: 'eligibility',
      action: 'verify_coverage_and_rebill',
      owner: 'assistant',
      clientBillable: false,
    });
  });

  it('authorization: CO-197, no prior authorization → appeal by the deadline (biller)', () => {
    const r = triageDenial({ group: 'CO', carc: '197', amountCents: 15_000 }, decided);
    expect(r).toMatchObject({
      category: 'authorization',
      action: 'appeal',
      owner: 'biller',
      appealable: true,
      appealDeadline: '2026-06-09',
    });
    expect(codes(r)).toContain('billing.denial.appeal_deadline');
  });

  it('coding: CO-4, modifier missing → correct and resubmit', () => {
    expect(triageDenial({ group: 'CO', carc: '4', amountCents: 15_000 })).toMatchObject({
      category: 'coding',
      action: 'correct_and_resubmit',
    });
  });

  it('duplicate: OA-18 → check claim status, not an appeal', () => {
    const r = triageDenial({ group: 'OA', carc: '18', amountCents: 15_000 }, decided);
    expect(r).toMatchObject({
      category: 'duplicate',
      action: 'check_claim_status',
      appealable: false,
      appealDeadline: null,
      clientBillable: false,
    });
  });

  it('timely filing: CO-29 from a commercial payer → write off unless there is proof of timely filing', () => {
    const r = triageDenial(
      { group: 'CO', carc: '29', amountCents: 15_000 },
      { ...decided, payerKind: 'commercial' },
    );
    expect(r).toMatchObject({
      outcome: 'classified',
      category: 'timely_filing',
      action: 'write_off',
      appealable: true,
      clientBillable: false,
    });
    expect(codes(r)).toContain('billing.denial.needs_proof_of_timely_filing');
  });

  it('timely filing: CO-29 from Medicare is not appealable (Pub. 100-04 ch. 1 §70; [cms-mcpm-ch1-70])', () => {
    const r = triageDenial(
      { group: 'CO', carc: '29', amountCents: 15_000 },
      { ...decided, payerKind: 'medicare' },
    );
    expect(r).toMatchObject({ appealable: false, appealDeadline: null });
    expect(codes(r)).toContain('billing.denial.not_appealable');
  });

  it('timely filing: even as PR, an in-network timely-filing denial is never billed to the client', () => {
    const r = triageDenial({ group: 'PR', carc: '29', amountCents: 15_000 }, { ...decided, inNetwork: true });
    expect(r.clientBillable).toBe(false);
    expect(codes(r)).toContain('billing.denial.timely_filing_not_client_billable');
    // Out of network no contract settles it, and the claim was late on the filer's side: undecided.
    const outOfNetwork = triageDenial(
      { group: 'PR', carc: '29', amountCents: 1 },
      { payerKind: 'commercial', inNetwork: false, hasSecondaryCoverage: false },
    );
    expect(outOfNetwork).toMatchObject({
      outcome: 'undecided',
      clientBillable: false,
      action: 'review_manually',
    });
    expect(codes(outOfNetwork)).toContain('billing.denial.timely_filing_out_of_network');
    // The network status unknown: not billed, undecided.
    const unknown = triageDenial({ group: 'PR', carc: '29', amountCents: 1 }, { payerKind: 'commercial' });
    expect(unknown).toMatchObject({ outcome: 'undecided', clientBillable: false });
    expect(codes(unknown)).toContain('billing.denial.network_unknown');
  });

  it('medical necessity: CO-50 → appeal with records, owned by a clinician', () => {
    const r = triageDenial({ group: 'CO', carc: '50', amountCents: 15_000 }, decided);
    expect(r).toMatchObject({ category: 'medical_necessity', action: 'appeal', owner: 'clinician' });
    expect(codes(r)).toContain('billing.denial.clinician_review');
  });

  it('missing information: CO-16 with its remark → correct and resubmit, not an appeal', () => {
    const r = triageDenial({ group: 'CO', carc: '16', amountCents: 15_000, remarks: ['M51'] }, decided);
    expect(r).toMatchObject({
      category: 'missing_information',
      action: 'correct_and_resubmit',
      appealable: false,
      remarks: ['M51'],
    });
    expect(codes(r)).not.toContain('billing.denial.remark_missing');
    expect(codes(triageDenial({ group: 'CO', carc: '16', amountCents: 1 }))).toContain(
      'billing.denial.remark_missing',
    );
  });

  it('missing information returned as unprocessable: CO-16 with MA130 → no appeal rights, a new claim', () => {
    const r = triageDenial(
      { group: 'CO', carc: '16', amountCents: 15_000, remarks: ['MA130', 'N290'] },
      decided,
    );
    expect(r).toMatchObject({ action: 'correct_and_resubmit', appealable: false, appealDeadline: null });
    expect(codes(r)).toContain('billing.denial.unprocessable');
    // MA130 takes away the appeal of a code that is otherwise appealable.
    const bundled = triageDenial(
      { group: 'CO', carc: '97', amountCents: 3_000, remarks: ['MA130'] },
      decided,
    );
    expect(bundled).toMatchObject({ appealable: false, action: 'correct_and_resubmit' });
  });

  it('contractual: CO-253 sequestration → an ordinary write-off, never the client’s, not appealable', () => {
    expect(triageDenial({ group: 'CO', carc: '253', amountCents: 160 }, decided)).toMatchObject({
      outcome: 'classified',
      category: 'contractual',
      action: 'write_off',
      clientBillable: false,
      appealable: false,
    });
  });

  it('coordination of benefits: CO-22 → verify order of benefits; OA-23 → post only', () => {
    expect(triageDenial({ group: 'CO', carc: '22', amountCents: 1 })).toMatchObject({
      category: 'coordination_of_benefits',
      action: 'verify_coverage_and_rebill',
    });
    expect(triageDenial({ group: 'OA', carc: '23', amountCents: 1 })).toMatchObject({
      category: 'coordination_of_benefits',
      action: 'post_only',
    });
  });

  it('patient responsibility: PR-2 coinsurance → bill the client, or the secondary first', () => {
    expect(
      triageDenial({ group: 'PR', carc: '2', amountCents: 2_000 }, { hasSecondaryCoverage: false }),
    ).toMatchObject({
      category: 'patient_responsibility',
      action: 'bill_client',
      clientBillable: true,
      appealable: false,
    });
    const r = triageDenial({ group: 'PR', carc: '2', amountCents: 2_000 }, { hasSecondaryCoverage: true });
    expect(r.action).toBe('bill_secondary');
    expect(codes(r)).toContain('billing.denial.bill_secondary_first');
  });

  it('contractual: CO-45 → write off, never billed to the client', () => {
    const r = triageDenial({ group: 'CO', carc: '45', amountCents: 4_000 });
    expect(r).toMatchObject({ category: 'contractual', action: 'write_off', clientBillable: false });
    expect(codes(r)).toContain('billing.denial.not_client_billable');
  });
});

describe('triageDenial: unknowns and bad input', () => {
  it('reports an unknown CARC as unknown, never guessed', () => {
    const r = triageDenial({ group: 'PR', carc: '999', amountCents: 1 });
    expect(r).toMatchObject({
      outcome: 'unknown_code',
      category: null,
      action: 'review_manually',
      clientBillable: false,
    });
    expect(codes(r)).toEqual(['billing.denial.unknown_code']);
  });

  it('says the appeal deadline is unknown without a decision date', () => {
    expect(codes(triageDenial({ group: 'CO', carc: '197', amountCents: 1 }))).toContain(
      'billing.denial.appeal_deadline_unknown',
    );
  });

  it('throws a ValidationError for the non-existent group OI, naming the path', () => {
    try {
      triageDenial({ group: 'OI' as 'CO', carc: '45', amountCents: 1 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => [i.at, i.code])).toEqual([
        ['$.adjustment.group', 'invalid_value'],
      ]);
    }
  });

  it('lists every argument’s problems at once, each under its parameter’s name', () => {
    const table = { ...DENIAL_CODE_TABLE, '288': { owner: 'nobody' } } as never;
    const error = thrown(() =>
      triageDenial(
        { group: 'OI' as 'CO', carc: '45', amountCents: 1 },
        { decisionDate: '2026-02-30', table },
      ),
    );
    const at = error.issues.map((i) => i.at);
    expect(at.slice(0, 2)).toEqual(['$.adjustment.group', '$.options.decisionDate']);
    expect(at.slice(2).length).toBeGreaterThan(0);
    const position = Object.keys(table).indexOf('288');
    for (const path of at.slice(2)) expect(path.startsWith(`$.options.table[${position}].`)).toBe(true);
  });

  it('reports a caller’s table rule by position, never echoing its key', () => {
    const keys = ['Ms. Rivera 555-0142', '288', 'a"b\\c', '__proto__x'];
    for (const key of keys) {
      const table = { ...DENIAL_CODE_TABLE, [key]: { owner: 'nobody' } } as never;
      const position = Object.keys(table).indexOf(key);
      const triaged = thrown(() => triageDenial({ group: 'CO', carc: '45', amountCents: 1 }, { table }));
      const extended = thrown(() => extendDenialCodeTable([], table));
      for (const [error, root] of [
        [triaged, '$.options.table'],
        [extended, '$.base'],
      ] as const) {
        expect(error.issues.length).toBeGreaterThan(0);
        for (const issue of error.issues) {
          expect(issue.at.startsWith(`${root}[${position}]`)).toBe(true);
          expect(issue.path).not.toContain(key);
          expect(issue.at).not.toContain(key);
          expect(issue.message).not.toContain(key);
        }
        expect(error.message).not.toContain(key);
      }
    }
  });

  it('keeps every well-formed rule of a caller’s table under its own key', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('45', '197', '29')),
        (picks) => {
          const table = Object.fromEntries(
            Object.entries(picks).map(([k, carc]) => [k, DENIAL_CODE_TABLE[carc]]),
          );
          const extended = extendDenialCodeTable([], table as never);
          expect(Object.keys(extended)).toEqual(Object.keys(table));
          for (const [k, carc] of Object.entries(picks)) expect(extended[k]).toEqual(DENIAL_CODE_TABLE[carc]);
        },
      ),
    );
  });

  it('throws for a malformed CARC or RARC', () => {
    expect(() => triageDenial({ group: 'CO', carc: '045', amountCents: 1 })).toThrow(ValidationError);
    expect(() => triageDenial({ group: 'CO', carc: '16', amountCents: 1, remarks: ['X1'] })).toThrow(
      ValidationError,
    );
  });

  it('property: the payer-initiated group (PI) is always disputed by the biller, never written off or billed', () => {
    const carcs = Object.keys(DENIAL_CODE_TABLE);
    fc.assert(
      fc.property(
        fc.constantFrom(...carcs),
        fc.constantFrom('medicare', 'commercial', 'medicaid') as fc.Arbitrary<
          'medicare' | 'commercial' | 'medicaid'
        >,
        fc.option(fc.boolean(), { nil: undefined }),
        (carc, payerKind, waiverSigned) => {
          const r = triageDenial(
            { group: 'PI', carc, amountCents: 100 },
            { payerKind, ...(waiverSigned === undefined ? {} : { waiverSigned }) },
          );
          expect(r.clientBillable).toBe(false);
          expect(['write_off', 'post_only', 'bill_client', 'bill_secondary']).not.toContain(r.action);
          expect(r.owner).not.toBe('assistant');
          expect(codes(r)).toContain('billing.denial.payer_initiated_reduction');
          // Appealable unless Medicare's own bar on late-filing appeals applies.
          if (!(payerKind === 'medicare' && r.category === 'timely_filing')) expect(r.appealable).toBe(true);
        },
      ),
    );
  });

  it('property: an answer that depends on a missing fact is undecided, never a default; the fact given decides it', () => {
    const carcs = Object.keys(DENIAL_CODE_TABLE);
    fc.assert(
      fc.property(
        fc.constantFrom(...AdjustmentGroupCode.options),
        fc.constantFrom(...carcs),
        (group, carc) => {
          const unknown = triageDenial({ group, carc, amountCents: 100 });
          const known = triageDenial(
            { group, carc, amountCents: 100 },
            { payerKind: 'commercial', waiverSigned: false, inNetwork: true, hasSecondaryCoverage: false },
          );
          expect(known.outcome).toBe('classified');
          const rule = DENIAL_CODE_TABLE[carc];
          // A PR amount that could be the client's waits on the secondary-coverage fact.
          const mayBeClients =
            group === 'PR' &&
            rule?.otherPayer !== true &&
            rule?.neverClient !== true &&
            rule?.providerFault !== true;
          const dependsOnFact =
            unknown.category === 'timely_filing' ||
            (unknown.category === 'medical_necessity' && group === 'PR') ||
            mayBeClients;
          expect(unknown.outcome).toBe(dependsOnFact ? 'undecided' : 'classified');
          // Undecided never bills the client.
          if (unknown.outcome === 'undecided') expect(unknown.clientBillable).toBe(false);
        },
      ),
    );
  });

  it('property: CO, OA and PI amounts are never billable to the client', () => {
    const carcs = [...Object.keys(DENIAL_CODE_TABLE), '999', 'Z9'];
    fc.assert(
      fc.property(
        fc.constantFrom(...AdjustmentGroupCode.options),
        fc.constantFrom(...carcs),
        fc.boolean(),
        fc.boolean(),
        (group, carc, inNetwork, hasSecondaryCoverage) => {
          const r = triageDenial({ group, carc, amountCents: 100 }, { inNetwork, hasSecondaryCoverage });
          if (group !== 'PR') expect(r.clientBillable).toBe(false);
          expect(r.reasons.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe('extendDenialCodeTable', () => {
  it('adds a practice rule and replaces a built-in one without touching the built-in table', () => {
    const table = extendDenialCodeTable([
      {
        carc: '288',
        description: 'Referral missing.',
        category: 'authorization',
        action: 'correct_and_resubmit',
        owner: 'assistant',
        source: 'our policy',
      },
      {
        carc: '45',
        description: 'Contract write-off.',
        category: 'contractual',
        action: 'post_only',
        owner: 'biller',
        source: 'our policy',
      },
    ]);
    expect(triageDenial({ group: 'CO', carc: '288', amountCents: 1 }, { table })).toMatchObject({
      outcome: 'classified',
      owner: 'assistant',
    });
    expect(table['45']?.action).toBe('post_only');
    expect(DENIAL_CODE_TABLE['45']?.action).toBe('write_off');
  });

  it('lists malformed rules beside a bad base table, each under its parameter’s name', () => {
    const rule = {
      carc: '288',
      description: 'x',
      category: 'nope',
      action: 'appeal',
      owner: 'biller',
      source: 'x',
    };
    const error = thrown(() => extendDenialCodeTable([rule as never], { '288': null } as never));
    expect(error.issues.map((i) => i.at)).toEqual(['$.rules[0].category', '$.base[0]']);
  });

  it('throws on a malformed rule', () => {
    expect(() =>
      extendDenialCodeTable([
        {
          carc: '288',
          description: '',
          category: 'nope' as 'coding',
          action: 'appeal',
          owner: 'biller',
          source: 'x',
        },
      ]),
    ).toThrow(ValidationError);
  });

  it('keeps CO-204 and PR-204 apart (plan does not cover the service)', () => {
    expect(triageDenial({ group: 'CO', carc: '204', amountCents: 1 })).toMatchObject({
      action: 'write_off',
      clientBillable: false,
    });
    expect(
      triageDenial({ group: 'PR', carc: '204', amountCents: 1 }, { hasSecondaryCoverage: false }),
    ).toMatchObject({
      action: 'bill_client',
      clientBillable: true,
    });
  });
});

describe('triageDenial: payer-initiated reductions (PI) are disputed', () => {
  it('PI-45 $50: not a contractual write-off but an appeal the biller files', () => {
    const r = triageDenial({ group: 'PI', carc: '45', amountCents: 5000 }, { payerKind: 'commercial' });
    expect(r).toMatchObject({
      outcome: 'classified',
      action: 'appeal',
      owner: 'biller',
      appealable: true,
      clientBillable: false,
    });
    expect(codes(r)).toContain('billing.denial.payer_initiated_reduction');
  });

  it('PI-2: never bill_client for an amount the client does not owe', () => {
    const r = triageDenial({ group: 'PI', carc: '2', amountCents: 5000 }, { payerKind: 'commercial' });
    expect(r).toMatchObject({ action: 'appeal', owner: 'biller', clientBillable: false, appealable: true });
  });

  it('PI-97 keeps its correctable action (correct and resubmit), still appealable', () => {
    const r = triageDenial({ group: 'PI', carc: '97', amountCents: 5000 }, { payerKind: 'commercial' });
    expect(r).toMatchObject({ action: 'correct_and_resubmit', appealable: true });
  });
});

describe('triageDenial: PR-50, not medically necessary', () => {
  const pr50 = { group: 'PR' as const, carc: '50', amountCents: 15_000 };

  it('is undecided without knowing whether a waiver was signed, and not billable to the client', () => {
    const r = triageDenial(pr50, { payerKind: 'medicare' });
    expect(r).toMatchObject({
      outcome: 'undecided',
      clientBillable: false,
      action: 'appeal',
      owner: 'clinician',
    });
    expect(codes(r)).toContain('billing.denial.waiver_unknown');
  });

  it('is not billable to the client when no waiver was signed before the service', () => {
    const r = triageDenial(pr50, { payerKind: 'medicare', waiverSigned: false });
    expect(r).toMatchObject({ outcome: 'classified', clientBillable: false, action: 'appeal' });
    expect(codes(r)).toContain('billing.denial.waiver_missing');
  });

  it('bills the client when the client signed a waiver (ABN) before the service', () => {
    const r = triageDenial(pr50, { payerKind: 'medicare', waiverSigned: true, hasSecondaryCoverage: false });
    expect(r).toMatchObject({
      outcome: 'classified',
      clientBillable: true,
      action: 'bill_client',
      owner: 'biller',
    });
    expect(codes(r)).toContain('billing.denial.waiver_on_file');
  });

  it('CO-50 is never the client’s, waiver or not', () => {
    expect(
      triageDenial({ ...pr50, group: 'CO' }, { payerKind: 'medicare', waiverSigned: true }).clientBillable,
    ).toBe(false);
  });
});

describe('triageDenial: the payer kind is never assumed', () => {
  it('CO-29 without a payer kind is undecided, not appealable by default, reviewed by hand', () => {
    const r = triageDenial({ group: 'CO', carc: '29', amountCents: 15_000 });
    expect(r).toMatchObject({ outcome: 'undecided', appealable: false, action: 'review_manually' });
    expect(codes(r)).toContain('billing.denial.payer_kind_unknown');
  });

  it('CO-29 from Medicare is not appealable; from a commercial payer it is, with proof of timely filing', () => {
    expect(
      triageDenial({ group: 'CO', carc: '29', amountCents: 1 }, { payerKind: 'medicare' }).appealable,
    ).toBe(false);
    expect(
      triageDenial({ group: 'CO', carc: '29', amountCents: 1 }, { payerKind: 'commercial' }).appealable,
    ).toBe(true);
  });

  it('CO-45 does not depend on the payer kind: classified without it', () => {
    expect(triageDenial({ group: 'CO', carc: '45', amountCents: 1 }).outcome).toBe('classified');
  });
});

describe('triageDenial: who else may owe the amount (bill another payer, sequestration, secondary)', () => {
  const allFacts = fc.record(
    {
      payerKind: fc.constantFrom(
        'medicare',
        'medicaid',
        'commercial',
        'medicare_advantage',
        'other' as const,
      ),
      inNetwork: fc.boolean(),
      hasSecondaryCoverage: fc.boolean(),
      waiverSigned: fc.boolean(),
      medicaidCostSharing: fc.boolean(),
    },
    { requiredKeys: [] },
  );

  it('PR-22 $150 on the 2026-04-10 remittance: another payer is primary, so the client is not billed', () => {
    const r = triageDenial(
      { group: 'PR', carc: '22', amountCents: 15_000 },
      { ...decided, payerKind: 'commercial', hasSecondaryCoverage: false },
    );
    expect(r).toMatchObject({
      outcome: 'classified',
      category: 'coordination_of_benefits',
      action: 'verify_coverage_and_rebill',
      clientBillable: false,
    });
    expect(codes(r)).toContain('billing.denial.bill_other_payer');
  });

  it('PR-109 $150: not this payer’s claim → rebill the right payer, never the client', () => {
    const r = triageDenial(
      { group: 'PR', carc: '109', amountCents: 15_000 },
      { hasSecondaryCoverage: false },
    );
    expect(r).toMatchObject({ action: 'verify_coverage_and_rebill', clientBillable: false });
    expect(codes(r)).toContain('billing.denial.bill_other_payer');
  });

  it('PR-253 $3 (sequestration mis-grouped as PR): written off, never the client’s', () => {
    const r = triageDenial(
      { group: 'PR', carc: '253', amountCents: 300 },
      { payerKind: 'medicare', hasSecondaryCoverage: false },
    );
    expect(r).toMatchObject({ outcome: 'classified', action: 'write_off', clientBillable: false });
    expect(codes(r)).toContain('billing.denial.never_client_share');
  });

  it('PR-1 $100 with secondary coverage unknown: undecided, check coverage before billing the client', () => {
    const r = triageDenial({ group: 'PR', carc: '1', amountCents: 10_000 }, { payerKind: 'commercial' });
    expect(r).toMatchObject({
      outcome: 'undecided',
      action: 'verify_coverage_and_rebill',
      clientBillable: false,
    });
    expect(codes(r)).toContain('billing.denial.secondary_coverage_unknown');
  });

  it('property: a code meaning “bill another payer” or a rule’s reduction is never billed to the client, whatever the facts', () => {
    const carcs = Object.values(DENIAL_CODE_TABLE)
      .filter((r) => r.otherPayer || r.neverClient)
      .map((r) => r.carc);
    expect(carcs.sort()).toEqual(['109', '22', '253']);
    fc.assert(
      fc.property(
        fc.constantFrom(...AdjustmentGroupCode.options),
        fc.constantFrom(...carcs),
        allFacts,
        (group, carc, facts) => {
          expect(triageDenial({ group, carc, amountCents: 100 }, facts).clientBillable).toBe(false);
        },
      ),
    );
  });

  it('property: without the secondary-coverage fact no amount is ever billed to the client', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...AdjustmentGroupCode.options),
        fc.constantFrom(...Object.keys(DENIAL_CODE_TABLE)),
        allFacts,
        (group, carc, facts) => {
          const { hasSecondaryCoverage: _, ...rest } = facts;
          const r = triageDenial({ group, carc, amountCents: 100 }, rest);
          expect(r.clientBillable).toBe(false);
          if (group === 'PR' && r.outcome === 'classified')
            expect(codes(r)).not.toContain('billing.denial.bill_secondary_first');
        },
      ),
    );
  });
});

describe('triageDenial: Medicaid payment in full (42 CFR 447.15)', () => {
  const medicaid = { payerKind: 'medicaid' as const, hasSecondaryCoverage: false, inNetwork: true };

  it('PR-50 with a waiver signed, Medicaid, 2026-03-02 session: never the client’s (payment in full)', () => {
    const r = triageDenial(
      { group: 'PR', carc: '50', amountCents: 10_000 },
      { ...medicaid, waiverSigned: true, ...decided },
    );
    expect(r).toMatchObject({ outcome: 'classified', clientBillable: false, action: 'appeal' });
    expect(codes(r)).toContain('billing.denial.medicaid_payment_in_full');
    expect(codes(r)).not.toContain('billing.denial.waiver_on_file');
  });

  it('PR-45 (charge above the fee) for a Medicaid managed-care plan: written off, not balance-billed', () => {
    const r = triageDenial(
      { group: 'PR', carc: '45', amountCents: 4_000 },
      { ...medicaid, payerKind: 'medicaid_managed_care' },
    );
    expect(r).toMatchObject({ outcome: 'classified', action: 'write_off', clientBillable: false });
  });

  it('PR-3 $3 copay: the client’s only when the state plan imposes it; unknown → undecided', () => {
    const copay = { group: 'PR' as const, carc: '3', amountCents: 300 };
    const unknown = triageDenial(copay, medicaid);
    expect(unknown).toMatchObject({ outcome: 'undecided', clientBillable: false, action: 'review_manually' });
    expect(codes(unknown)).toContain('billing.denial.medicaid_cost_sharing_unknown');
    // `medicaidExemptions: []`: no exemption of 42 CFR 447.56(a) holds (without the list, undecided).
    const imposed = triageDenial(copay, {
      ...medicaid,
      medicaidCostSharing: true,
      qualifiedMedicareBeneficiary: false,
      medicaidExemptions: [],
    });
    expect(imposed).toMatchObject({ outcome: 'classified', clientBillable: true, action: 'bill_client' });
    expect(codes(imposed)).toContain('billing.denial.medicaid_cost_sharing');
    // Imposed, with the QMB status unknown: it may be a QMB's Medicare cost sharing (2026-12-06).
    const qmbUnknown = triageDenial(copay, { ...medicaid, medicaidCostSharing: true });
    expect(qmbUnknown).toMatchObject({
      outcome: 'undecided',
      clientBillable: false,
      action: 'review_manually',
    });
    expect(codes(qmbUnknown)).toContain('billing.denial.medicaid_qmb_status_unknown');
    const none = triageDenial(copay, { ...medicaid, medicaidCostSharing: false });
    expect(none).toMatchObject({ outcome: 'classified', clientBillable: false, action: 'review_manually' });
    expect(codes(none)).toContain('billing.denial.medicaid_cost_sharing_not_allowed');
  });

  it('PR-204 (service not covered) for Medicaid: depends on the state’s rules → undecided', () => {
    const r = triageDenial({ group: 'PR', carc: '204', amountCents: 10_000 }, medicaid);
    expect(r).toMatchObject({ outcome: 'undecided', clientBillable: false });
    expect(codes(r)).toContain('billing.denial.medicaid_client_billing_unknown');
  });

  it('property: a Medicaid client is billed only cost sharing the state plan is stated to impose', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...AdjustmentGroupCode.options),
        fc.constantFrom(...Object.keys(DENIAL_CODE_TABLE)),
        fc.constantFrom('medicaid', 'medicaid_managed_care' as const),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.boolean(),
        (group, carc, payerKind, medicaidCostSharing, waiverSigned) => {
          const r = triageDenial(
            { group, carc, amountCents: 100 },
            {
              payerKind,
              inNetwork: false,
              hasSecondaryCoverage: false,
              waiverSigned,
              qualifiedMedicareBeneficiary: false,
              medicaidExemptions: [],
              ...(medicaidCostSharing === undefined ? {} : { medicaidCostSharing }),
            },
          );
          const costSharing = DENIAL_CODE_TABLE[carc]?.costSharing === true;
          expect(r.clientBillable).toBe(group === 'PR' && costSharing && medicaidCostSharing === true);
        },
      ),
    );
  });
});

describe('triageDenial: a provider-side fault is never the client’s, whatever the group', () => {
  const inNetwork = { payerKind: 'commercial' as const, inNetwork: true, hasSecondaryCoverage: false };

  it('PR-B7 (provider not enrolled on 2026-03-02), commercial, in network: written off, not billed to the client', () => {
    const r = triageDenial({ group: 'PR', carc: 'B7', amountCents: 5_000 }, inNetwork);
    expect(r).toMatchObject({ outcome: 'classified', action: 'write_off', clientBillable: false });
    expect(codes(r)).toContain('billing.denial.provider_fault_not_client');
  });

  it('PR-16, PR-31, PR-170, PR-185 keep their correction; PR-197 and PR-198 their appeal; none billed to the client', () => {
    const triage = (carc: string) => triageDenial({ group: 'PR', carc, amountCents: 15_000 }, inNetwork);
    for (const carc of ['16', '31', '170', '185'])
      expect(triage(carc)).toMatchObject({ action: 'correct_and_resubmit', clientBillable: false });
    for (const carc of ['197', '198'])
      expect(triage(carc)).toMatchObject({ action: 'appeal', clientBillable: false });
  });

  it('a practice’s own provider-fault code that would bill the client goes to manual review instead', () => {
    const table = extendDenialCodeTable([
      {
        carc: '288',
        description: 'Referral missing.',
        category: 'authorization',
        action: 'bill_client',
        owner: 'assistant',
        providerFault: true,
        source: 'our policy',
      },
    ]);
    const r = triageDenial({ group: 'PR', carc: '288', amountCents: 15_000 }, { ...inNetwork, table });
    expect(r).toMatchObject({ action: 'review_manually', clientBillable: false });
  });

  it('property: a provider-fault code is never billable to the client and never billed to anyone, whatever the group and the facts', () => {
    const faults = Object.values(DENIAL_CODE_TABLE).filter((r) => r.providerFault);
    expect(faults.map((r) => r.carc)).toEqual(expect.arrayContaining(['4', '16', '197', 'B7']));
    fc.assert(
      fc.property(
        fc.constantFrom(...faults.map((r) => r.carc)),
        fc.constantFrom(...AdjustmentGroupCode.options),
        fc.option(fc.constantFrom('medicare', 'commercial', 'medicaid') as fc.Arbitrary<'commercial'>, {
          nil: undefined,
        }),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.option(fc.boolean(), { nil: undefined }),
        (carc, group, payerKind, inNet, secondary) => {
          const r = triageDenial(
            { group, carc, amountCents: 100 },
            { payerKind, inNetwork: inNet, hasSecondaryCoverage: secondary },
          );
          expect(r.clientBillable).toBe(false);
          expect(['bill_client', 'bill_secondary']).not.toContain(r.action);
          if (group === 'PR') expect(codes(r)).toContain('billing.denial.provider_fault_not_client');
        },
      ),
    );
  });
});

describe('triageDenial: PR-45, the charge above the contracted fee', () => {
  const pr45 = { group: 'PR' as const, carc: '45', amountCents: 4_000 };
  const facts = { payerKind: 'commercial' as const, hasSecondaryCoverage: false };

  it('in network: a contractual write-off, never billed to the client', () => {
    const r = triageDenial(pr45, { ...facts, inNetwork: true });
    expect(r).toMatchObject({
      outcome: 'classified',
      category: 'contractual',
      action: 'write_off',
      clientBillable: false,
    });
    expect(codes(r)).toContain('billing.denial.contractual_not_client_billable');
  });

  it('network status unknown: undecided, not billed', () => {
    const r = triageDenial(pr45, facts);
    expect(r).toMatchObject({ outcome: 'undecided', clientBillable: false, action: 'review_manually' });
    expect(codes(r)).toContain('billing.denial.network_unknown');
  });

  it('out of network: the client’s balance above the plan’s allowed amount', () => {
    expect(triageDenial(pr45, { ...facts, inNetwork: false })).toMatchObject({
      outcome: 'classified',
      action: 'bill_client',
      clientBillable: true,
    });
  });

  it('property: a contractual amount is billable to the client only out of network, and only as PR', () => {
    const contractual = Object.values(DENIAL_CODE_TABLE).filter(
      (r) => r.category === 'contractual' && Object.keys(r.byGroup).length === 0,
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...contractual.map((r) => r.carc)),
        fc.constantFrom(...AdjustmentGroupCode.options),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.constantFrom('medicare', 'commercial', 'tricare') as fc.Arbitrary<'commercial'>,
        (carc, group, inNet, payerKind) => {
          const r = triageDenial(
            { group, carc, amountCents: 100 },
            { payerKind, inNetwork: inNet, hasSecondaryCoverage: false },
          );
          if (r.clientBillable) {
            expect(group).toBe('PR');
            expect(inNet).toBe(false);
          }
          if (group === 'PR' && inNet === undefined && !DENIAL_CODE_TABLE[carc]?.neverClient)
            expect(r.outcome).toBe('undecided');
        },
      ),
    );
  });
});

describe('triageDenial: PR-59, a multiple-procedure reduction (priced like CARC 45)', () => {
  // A 90837 and a 90785 interactive-complexity add-on on 2026-03-02, the add-on reduced by the payer's
  // multiple-procedure rule; the remittance dated 2026-04-10.
  const pr59 = { group: 'PR' as const, carc: '59', amountCents: 1_500 };
  const facts = { payerKind: 'commercial' as const, hasSecondaryCoverage: false };

  it('out of network: the client’s balance, billed to the client (it was written off while billed)', () => {
    expect(triageDenial(pr59, { ...facts, inNetwork: false })).toMatchObject({
      outcome: 'classified',
      category: 'contractual',
      action: 'bill_client',
      clientBillable: true,
    });
  });

  it('in network: a contractual write-off, never billed, whatever the group', () => {
    const r = triageDenial(pr59, { ...facts, inNetwork: true });
    expect(r).toMatchObject({ outcome: 'classified', action: 'write_off', clientBillable: false });
    expect(codes(r)).toContain('billing.denial.contractual_not_client_billable');
    expect(triageDenial({ ...pr59, group: 'CO' }, { ...facts, inNetwork: false })).toMatchObject({
      action: 'write_off',
      clientBillable: false,
    });
  });

  it('network unknown: undecided, neither billed nor written off; Medicaid: payment in full', () => {
    const unknown = triageDenial(pr59, facts);
    expect(unknown).toMatchObject({ outcome: 'undecided', action: 'review_manually', clientBillable: false });
    expect(codes(unknown)).toContain('billing.denial.network_unknown');
    const medicaid = triageDenial(pr59, {
      payerKind: 'medicaid',
      inNetwork: false,
      hasSecondaryCoverage: false,
    });
    expect(medicaid).toMatchObject({ action: 'write_off', clientBillable: false });
    expect(codes(medicaid)).toContain('billing.denial.medicaid_payment_in_full');
  });

  it('out of network with secondary coverage: the secondary is billed first; unknown, undecided', () => {
    expect(
      triageDenial(pr59, { payerKind: 'commercial', inNetwork: false, hasSecondaryCoverage: true }),
    ).toMatchObject({ action: 'bill_secondary', clientBillable: true });
    expect(triageDenial(pr59, { payerKind: 'commercial', inNetwork: false })).toMatchObject({
      outcome: 'undecided',
      clientBillable: false,
    });
  });
});

describe('triageDenial: the action never contradicts who owes the amount', () => {
  it('a CO-1 (a deductible under the contractual group) is reviewed, not billed to the client', () => {
    const r = triageDenial({ group: 'CO', carc: '1', amountCents: 5_000 }, { inNetwork: true });
    expect(r).toMatchObject({ clientBillable: false, action: 'review_manually' });
    expect(codes(r)).toContain('billing.denial.not_client_billable');
  });

  it('property: written off is never the client’s; billed to the client (or a secondary) always is, for every code, group and fact', () => {
    const bool = fc.option(fc.boolean(), { nil: undefined });
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(DENIAL_CODE_TABLE)),
        fc.constantFrom(...AdjustmentGroupCode.options),
        fc.option(
          fc.constantFrom(
            'medicare',
            'commercial',
            'medicaid',
            'medicaid_managed_care',
            'tricare',
          ) as fc.Arbitrary<'commercial'>,
          { nil: undefined },
        ),
        bool,
        bool,
        bool,
        bool,
        (carc, group, payerKind, inNetwork, hasSecondaryCoverage, waiverSigned, medicaidCostSharing) => {
          const r = triageDenial(
            { group, carc, amountCents: 100, remarks: ['N130'] },
            { payerKind, inNetwork, hasSecondaryCoverage, waiverSigned, medicaidCostSharing },
          );
          expect(r.action === 'write_off' && r.clientBillable).toBe(false);
          expect((r.action === 'bill_client' || r.action === 'bill_secondary') && !r.clientBillable).toBe(
            false,
          );
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
