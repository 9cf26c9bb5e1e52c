// The synthetic payers of a demo practice (invented names), built from billing's example profiles.
import {
  COMMERCIAL_PAYER_PROFILE_EXAMPLE,
  MEDICARE_PAYER_PROFILE_EXAMPLE,
  type PayerProfile,
} from '../../billing/index.js';
import { PayerId } from '../../core/index.js';
import type { Prng } from './prng.js';

/** The payer class of each client, by client index, in turn. */
export const PAYER_KINDS = ['commercial', 'commercial', 'medicare', 'medicaid', 'self_pay'] as const;

/** Four synthetic payers: two commercial plans, Medicare and a state Medicaid plan. */
export function makePayers(): PayerProfile[] {
  const commercial = (id: string, name: string): PayerProfile => ({
    ...COMMERCIAL_PAYER_PROFILE_EXAMPLE,
    payerId: PayerId.parse(id),
    name,
  });
  return [
    commercial('bluebird', 'Bluebird Health Plan (synthetic)'),
    commercial('meridian-trust', 'Meridian Trust Insurance (synthetic)'),
    { ...MEDICARE_PAYER_PROFILE_EXAMPLE, payerId: PayerId.parse('medicare'), name: 'Medicare (synthetic)' },
    {
      ...COMMERCIAL_PAYER_PROFILE_EXAMPLE,
      payerId: PayerId.parse('state-medicaid'),
      name: 'State Medicaid (synthetic)',
      kind: 'medicaid',
      priorAuthorizationCodes: ['90837'],
      eligibilityReverification: { maxAgeDays: null, everyCalendarMonth: true, atNewPlanYear: true },
    },
  ];
}

/** The payer a client of a payer class is with (none when self-pay). */
export function payerFor(kind: (typeof PAYER_KINDS)[number], rng: Prng): string | undefined {
  switch (kind) {
    case 'commercial':
      return rng.pick(['bluebird', 'meridian-trust']);
    case 'medicare':
      return 'medicare';
    case 'medicaid':
      return 'state-medicaid';
    case 'self_pay':
      return undefined;
    default: {
      const exhausted: never = kind;
      return exhausted;
    }
  }
}
