import { describe, expect, expectTypeOf, it } from 'vitest';
import { ClaimId, ClientId, Email, Phone, UsState } from '../../src/core/index.js';
import { idSchema } from '../../src/core/internal.js';

describe('ids', () => {
  it('accepts ordinary ids and rejects empty or odd ones', () => {
    expect(ClientId.parse('client-001')).toBe('client-001');
    expect(ClientId.safeParse('').success).toBe(false);
    expect(ClientId.safeParse('has space').success).toBe(false);
    expect(ClientId.safeParse('x'.repeat(129)).success).toBe(false);
  });

  it('keeps ids of different kinds apart at compile time', () => {
    const client = ClientId.parse('c-1');
    expectTypeOf(client).not.toEqualTypeOf(ClaimId.parse('c-1'));
    const RoomNumber = idSchema('RoomNumber');
    expect(RoomNumber.parse('r1')).toBe('r1');
  });
});

describe('US states and contact details', () => {
  it('knows the states, DC and the territories', () => {
    expect(UsState.options).toHaveLength(56);
    expect(UsState.safeParse('PR').success).toBe(true);
    expect(UsState.safeParse('XX').success).toBe(false);
  });

  it('accepts E.164 phone numbers and email addresses', () => {
    expect(Phone.safeParse('+15555550123').success).toBe(true);
    expect(Phone.safeParse('555-0123').success).toBe(false);
    expect(Email.safeParse('front.desk@example.org').success).toBe(true);
    expect(Email.safeParse('not an email').success).toBe(false);
  });
});
