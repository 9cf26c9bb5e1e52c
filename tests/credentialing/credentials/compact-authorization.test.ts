import { describe, expect, it } from 'vitest';
import { safeValidate } from '../../../src/core/index.js';
import { CompactAuthorization, isCompactAuthorizationInForce } from '../../../src/credentialing/index.js';
import { CompactMemberState } from '../../../src/credentialing/internal.js';
import { thrown } from '../../validation-subject.js';
import { apit } from './credential-fixtures.js';

describe('isCompactAuthorizationInForce', () => {
  it('needs an active authorization within its dates, both inclusive', () => {
    expect(isCompactAuthorizationInForce(apit(), { asOf: '2025-10-01' })).toBe(true);
    expect(isCompactAuthorizationInForce(apit(), { asOf: '2026-09-30' })).toBe(true);
    expect(isCompactAuthorizationInForce(apit(), { asOf: '2026-10-01' })).toBe(false);
    expect(isCompactAuthorizationInForce(apit({ status: 'suspended' }), { asOf: '2026-01-01' })).toBe(false);
  });

  it('lists the authorization’s problems beside a bad date, each under its parameter’s name', () => {
    const error = thrown(() =>
      isCompactAuthorizationInForce(apit({ status: 'lost' as never }), { asOf: '2026-13-01' }),
    );
    expect(error.issues.map((i) => `${i.code}@${i.at}`)).toEqual([
      'invalid_value@$.authorization.status',
      'core.date.invalid@$.options.asOf',
    ]);
  });
});

describe('CompactAuthorization', () => {
  it('rejects an unknown kind and a privilege without its remote state, by path', () => {
    const r = safeValidate(
      CompactAuthorization,
      {
        kind: 'counseling_privilege',
        homeState: 'AZ',
        status: 'active',
        issuedOn: '2025-09-30',
        expiresOn: '2026-09-29',
      },
      'authorization',
    );
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => i.at)).toEqual(['$.remoteState']);
    const unknown = safeValidate(CompactAuthorization, { kind: 'nlc', status: 'active' }, 'authorization');
    expect(unknown.success).toBe(false);
  });

  it('rejects a membership that ends before it starts', () => {
    const r = safeValidate(
      CompactMemberState,
      { state: 'CO', from: '2026-01-01', until: '2025-01-01' },
      'member',
    );
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.error.issues.map((i) => [i.at, i.code])).toEqual([
        ['$.until', 'credentialing.compact.member_until_before_from'],
      ]);
  });
});
