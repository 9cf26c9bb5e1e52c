import { describe, expect, it } from 'vitest';
import { listDenialsToWork } from '../../../src/billing/remittance/denial-worklist.js';
import type { RemittanceInput } from '../../../src/billing/remittance/remittance.js';
import { ValidationError } from '../../../src/core/index.js';

const era: RemittanceInput = {
  remittanceId: 'era-1',
  payerId: 'commercial-example',
  paidOn: '2026-04-10',
  claims: [
    {
      claimId: 'claim-2',
      chargeCents: 15_000,
      paidCents: 0,
      adjustments: [{ group: 'CO', carc: '16', amountCents: 15_000 }],
      remarks: ['M51'],
    },
    {
      claimId: 'claim-1',
      chargeCents: 20_000,
      paidCents: 9_000,
      lines: [
        {
          procedureCode: '90834',
          chargeCents: 15_000,
          paidCents: 9_000,
          adjustments: [
            { group: 'CO', carc: '45', amountCents: 4_000 },
            { group: 'PR', carc: '3', amountCents: 2_000 },
          ],
        },
        {
          procedureCode: '90785',
          chargeCents: 3_000,
          paidCents: 0,
          adjustments: [{ group: 'CO', carc: '97', amountCents: 3_000 }],
        },
        {
          procedureCode: '90840',
          chargeCents: 2_000,
          paidCents: 0,
          adjustments: [
            { group: 'CO', carc: '197', amountCents: 1_000 },
            { group: 'OA', carc: '23', amountCents: 500 },
            { group: 'PI', carc: 'Z9', amountCents: 500 },
          ],
        },
      ],
    },
  ],
};

describe('listDenialsToWork', () => {
  it('lists denials and unknown codes, not contractual, client or informational amounts, by appeal deadline then amount', () => {
    const items = listDenialsToWork(era, {
      appealWindow: { amount: 60, unit: 'days' },
      hasSecondaryCoverage: false,
    });
    expect(
      items.map((d) => [
        d.claimId,
        d.lineIndex,
        d.procedureCode,
        `${d.group}-${d.carc}`,
        d.triage.action,
        d.triage.appealDeadline,
      ]),
    ).toEqual([
      ['claim-1', 1, '90785', 'CO-97', 'correct_and_resubmit', '2026-06-09'],
      ['claim-1', 2, '90840', 'CO-197', 'appeal', '2026-06-09'],
      ['claim-2', null, null, 'CO-16', 'correct_and_resubmit', null],
      ['claim-1', 2, '90840', 'PI-Z9', 'review_manually', null],
    ]);
  });

  it('leaves out a reversal’s negated denials (status 22) and keeps the corrected entry’s', () => {
    const reversal = {
      claimId: 'claim-3',
      claimStatusCode: '22' as const,
      chargeCents: -15_000,
      paidCents: 0,
      adjustments: [{ group: 'CO' as const, carc: '197', amountCents: -15_000 }],
    };
    const corrected = {
      claimId: 'claim-3',
      claimStatusCode: '4' as const,
      chargeCents: 15_000,
      paidCents: 0,
      adjustments: [{ group: 'CO' as const, carc: '50', amountCents: 15_000 }],
    };
    const items = listDenialsToWork({ ...era, claims: [reversal, corrected] });
    expect(items.map((d) => [d.remittanceClaimIndex, `${d.group}-${d.carc}`, d.amountCents])).toEqual([
      [1, 'CO-50', 15_000],
    ]);
  });

  it('lists a PI-45 reduction and a PR-50 with no waiver known as work; a Medicare-less CO-29 as undecided', () => {
    const items = listDenialsToWork(
      {
        remittanceId: 'era-2',
        payerId: 'commercial-example',
        paidOn: '2026-04-10',
        claims: [
          {
            claimId: 'claim-3',
            chargeCents: 45_000,
            paidCents: 8_000,
            lines: [
              {
                procedureCode: '90834',
                chargeCents: 15_000,
                paidCents: 8_000,
                adjustments: [{ group: 'PI', carc: '45', amountCents: 7_000 }],
              },
              {
                procedureCode: '90837',
                chargeCents: 15_000,
                paidCents: 0,
                adjustments: [{ group: 'PR', carc: '50', amountCents: 15_000 }],
              },
              {
                procedureCode: '90832',
                chargeCents: 15_000,
                paidCents: 0,
                adjustments: [{ group: 'CO', carc: '29', amountCents: 15_000 }],
              },
            ],
          },
        ],
      },
      { appealWindow: { amount: 60, unit: 'days' } },
    );
    expect(
      items.map((d) => [`${d.group}-${d.carc}`, d.triage.outcome, d.triage.action, d.triage.owner]),
    ).toEqual([
      ['PR-50', 'undecided', 'appeal', 'clinician'],
      ['PI-45', 'classified', 'appeal', 'biller'],
      ['CO-29', 'undecided', 'review_manually', 'biller'],
    ]);
  });

  it('reads the claim’s remarks with a claim-level CO-16, so no remark is reported missing', () => {
    const co16 = listDenialsToWork(era).find((d) => d.carc === '16');
    expect(co16?.triage.remarks).toEqual(['M51']);
    expect(co16?.triage.reasons.map((r) => r.code)).not.toContain('billing.denial.remark_missing');
  });

  it('applies the practice’s own rules', () => {
    const items = listDenialsToWork(era, {
      denialRules: [
        {
          carc: 'Z9',
          description: 'Payer audit hold.',
          category: 'missing_information',
          action: 'send_records',
          owner: 'clinician',
          source: 'our policy',
        },
      ],
    });
    expect(items.find((d) => d.carc === 'Z9')?.triage).toMatchObject({
      outcome: 'classified',
      action: 'send_records',
      owner: 'clinician',
    });
  });

  it('breaks ties by claim, remittance entry, line (claim level first) and code', () => {
    const adj = (carc: string) => ({ group: 'CO' as const, carc, amountCents: 1_000 });
    const items = listDenialsToWork(
      {
        remittanceId: 'era-2',
        payerId: 'p',
        paidOn: '2026-04-10',
        claims: [
          { claimId: 'claim-b', chargeCents: 2_000, paidCents: 0, adjustments: [adj('18'), adj('197')] },
          {
            claimId: 'claim-a',
            chargeCents: 5_000,
            paidCents: 0,
            adjustments: [adj('197')],
            lines: [
              {
                procedureCode: '90834',
                chargeCents: 3_000,
                paidCents: 0,
                adjustments: [adj('198'), adj('197'), adj('18')],
              },
              { procedureCode: '90785', chargeCents: 2_000, paidCents: 1_000, adjustments: [adj('197')] },
            ],
          },
          { claimId: 'claim-a', chargeCents: 1_000, paidCents: 0, adjustments: [adj('197')] },
        ],
      },
      { appealWindow: { amount: 60, unit: 'days' } },
    );
    expect(items.map((d) => [d.claimId, d.remittanceClaimIndex, d.lineIndex, d.carc])).toEqual([
      ['claim-a', 1, null, '197'],
      ['claim-a', 1, 0, '197'],
      ['claim-a', 1, 0, '198'],
      ['claim-a', 1, 1, '197'],
      ['claim-a', 2, null, '197'],
      ['claim-b', 0, null, '197'],
      ['claim-a', 1, 0, '18'],
      ['claim-b', 0, null, '18'],
    ]);
  });

  it('lists PR-B7 and PR-197 as denials to work, never billable to the client; an in-network PR-45 is a write-off, not work', () => {
    const one = (claimId: string, group: 'PR' | 'CO', carc: string, paidCents: number) => ({
      claimId,
      chargeCents: 15_000,
      paidCents,
      adjustments: [{ group, carc, amountCents: 15_000 - paidCents }],
    });
    const items = listDenialsToWork(
      {
        ...era,
        claims: [one('c1', 'PR', 'B7', 0), one('c2', 'PR', '197', 0), one('c3', 'PR', '45', 10_000)],
      },
      {
        appealWindow: { amount: 60, unit: 'days' },
        payerKind: 'commercial',
        inNetwork: true,
        hasSecondaryCoverage: false,
      },
    );
    expect(items.map((d) => [d.claimId, d.triage.action, d.triage.clientBillable])).toEqual([
      ['c1', 'write_off', false],
      ['c2', 'appeal', false],
    ]);
  });

  it('throws a ValidationError on an unbalanced remittance', () => {
    expect(() =>
      listDenialsToWork({ ...era, claims: [{ claimId: 'c', chargeCents: 10, paidCents: 1 }] }),
    ).toThrow(ValidationError);
  });
});
