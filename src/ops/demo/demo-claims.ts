// Synthetic claims in every lifecycle status, with posted balances, denials and remittances.
import { CLAIM_TRANSITIONS, type ClaimStatus } from '../../billing/index.js';
import { fromEpochDay } from '../../core/internal.js';
import { pad, type Row } from './demo-records.js';
import type { Prng } from './prng.js';

const CLAIM_STATUSES = [
  'draft',
  'ready',
  'submitted',
  'rejected',
  'accepted',
  'pending',
  'paid',
  'paid',
  'paid',
  'partially_paid',
  'denied',
  'denied',
  'appealed',
  'resubmitted',
  'closed',
  'written_off',
] as const;
/** The shortest path through the claim lifecycle table from draft to each status. */
const CLAIM_PATHS: Readonly<Record<ClaimStatus, readonly ClaimStatus[]>> = (() => {
  const paths = new Map<ClaimStatus, ClaimStatus[]>([['draft', ['draft']]]);
  const queue: ClaimStatus[] = ['draft'];
  for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
    for (const next of CLAIM_TRANSITIONS[s]) {
      if (paths.has(next)) continue;
      paths.set(next, [...(paths.get(s) ?? []), next]);
      queue.push(next);
    }
  }
  return Object.fromEntries(paths) as Record<ClaimStatus, ClaimStatus[]>;
})();
const DENIALS = [
  { group: 'CO', reasonCode: '197' },
  { group: 'CO', reasonCode: '29' },
  { group: 'CO', reasonCode: '16' },
  { group: 'CO', reasonCode: '50' },
  { group: 'CO', reasonCode: '18' },
  { group: 'PR', reasonCode: '27' },
  { group: 'OA', reasonCode: '22' },
] as const;

/** Claims, their posted balances and the remittances that paid or denied them, for insured clients. */
export function generateClaims(
  rng: Prng,
  asOfDay: number,
  clients: readonly Row<'clients'>[],
  nClaims: number,
): { claims: Row<'claims'>[]; claimBalances: Row<'claimBalances'>[]; remittances: Row<'remittances'>[] } {
  const insuredIndex = clients.flatMap((c, i) => ((c.payerIds ?? []).length === 0 ? [] : [i]));
  const claims: Row<'claims'>[] = [];
  const claimBalances: Row<'claimBalances'>[] = [];
  const remittanceClaims = new Map<string, NonNullable<Row<'remittances'>['claims']>>();
  for (let i = 0; i < nClaims && insuredIndex.length > 0; i += 1) {
    const index = insuredIndex[i % insuredIndex.length] as number;
    const client = clients[index] as Row<'clients'>;
    const status = CLAIM_STATUSES[rng.int(0, CLAIM_STATUSES.length - 1)] as (typeof CLAIM_STATUSES)[number];
    const dos = asOfDay - rng.int(1, 170);
    const path = CLAIM_PATHS[status];
    // The history walks the lifecycle table from draft, a few days per move, never past yesterday.
    const step = Math.max(1, Math.min(12, Math.floor((asOfDay - 1 - dos) / Math.max(1, path.length))));
    const history = path.slice(1).map((to, k) => ({
      from: path[k] as ClaimStatus,
      to,
      on: fromEpochDay(dos + (k + 1) * step),
    }));
    const charge = 15_000;
    const claimId = `claim-${pad(i + 1, 6)}`;
    const payerId = client.payerIds?.[0] as string;
    const telehealth = rng.chance(0.5);
    claims.push({
      claimId,
      clientId: client.id,
      payerId,
      renderingNpi: '1234567893',
      billingNpi: '1234567893',
      diagnosisCodes: ['F41.1'],
      lines: [
        {
          lineId: '1',
          serviceDate: fromEpochDay(dos),
          procedureCode: rng.pick(['90834', '90837', '90791']),
          modifiers: telehealth && payerId !== 'medicare' ? ['95'] : [],
          placeOfService: telehealth ? '10' : '11',
          units: 1,
          chargeCents: charge,
          diagnosisPointers: [1],
          modality: telehealth ? 'video' : 'in_person',
          clientAtHome: telehealth,
        },
      ],
      status,
      history,
    });
    const denial = status === 'denied' || status === 'appealed' ? rng.pick(DENIALS) : undefined;
    const paid = status === 'paid' || status === 'closed' ? 11_000 : status === 'partially_paid' ? 6_000 : 0;
    if (denial !== undefined || paid > 0) {
      claimBalances.push({
        claimId,
        chargeCents: charge,
        paidCents: paid,
        contractualCents:
          denial === undefined ? charge - paid - (status === 'partially_paid' ? 3_000 : 0) : 0,
        deniedCents: denial === undefined ? (status === 'partially_paid' ? 3_000 : 0) : charge,
        // As posting the remittance below records it: the denial's group and CARC, which the queue works by.
        denials: denial === undefined ? [] : [{ group: denial.group, carc: denial.reasonCode }],
        postedRemittanceIds: [`era-${payerId}`],
      });
      const list = remittanceClaims.get(payerId) ?? [];
      if (list.length < 50) {
        list.push({
          claimId,
          chargeCents: charge,
          paidCents: paid,
          adjustments:
            denial !== undefined
              ? [{ group: denial.group, carc: denial.reasonCode, amountCents: charge }]
              : [{ group: 'CO', carc: '45', amountCents: charge - paid }],
        });
        remittanceClaims.set(payerId, list);
      }
    }
  }
  const remittances: Row<'remittances'>[] = [...remittanceClaims].map(([payerId, list]) => ({
    remittanceId: `era-${payerId}`,
    payerId,
    paidOn: fromEpochDay(asOfDay - 3),
    claims: list,
  }));

  return { claims, claimBalances, remittances };
}
