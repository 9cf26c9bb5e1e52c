import { describe, expect, it } from 'vitest';
import { billingOf, intakeBillingOf } from '../../../src/ops/data/client-coverage.js';
import type { PracticeData } from '../../../src/ops/index.js';

type Client = PracticeData['clients'][number];
const client = (payerClasses: Client['payerClasses'], payerIds: string[] = []): Client =>
  ({ id: 'c-1', zone: 'America/Chicago', locationState: 'TX', payerClasses, payerIds }) as unknown as Client;

describe('intakeBillingOf', () => {
  it('is self-pay only when recorded so, insured with any coverage, unknown when nothing is recorded', () => {
    expect(intakeBillingOf(client(['self_pay']))).toBe('self_pay');
    expect(intakeBillingOf(client(['medicaid']))).toBe('insured');
    expect(intakeBillingOf(client(['self_pay', 'commercial']))).toBe('insured');
    expect(intakeBillingOf(client([], ['bluebird']))).toBe('insured');
    expect(intakeBillingOf(client([]))).toBeUndefined();
  });

  it('leaves intake’s billing out when coverage is unknown', () => {
    expect(billingOf(client([]))).toEqual({});
    expect(billingOf(client(['self_pay']))).toEqual({ billing: 'self_pay' });
  });
});
