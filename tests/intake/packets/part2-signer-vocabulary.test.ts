import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsState } from '../../../src/core/index.js';
import { evaluateMinorSubstanceUseConsent, IntakeClient } from '../../../src/intake/index.js';
import { part2SignerModeOf } from '../../../src/intake/packets/minor-consent-flags.js';

// One vocabulary for who signs a 42 CFR Part 2 consent (2.14(b): the client alone; 2.14(c): with a parent or
// guardian): the packet's signer mode and evaluateMinorSubstanceUseConsent's `part2Signers` say the same word
// for the same client, so a developer reading both never translates.

const AS_OF = '2026-12-07';

/** A client of `age` on 2026-12-07 (born 1 June), treated in `state`, with the substance-use flag if given. */
function clientOf(state: UsState, age: number, flag: boolean | undefined) {
  return IntakeClient.parse({
    id: 'c-vocab',
    zone: 'America/New_York',
    birthDate: `${2026 - age}-06-01`,
    billing: 'insured',
    modality: 'in_person',
    state,
    ...(flag === undefined ? {} : { minorMayConsentSubstanceUse: flag }),
  });
}

describe('the Part 2 signers, one vocabulary', () => {
  it('says client_alone for an Illinois 14-year-old in both places (410 ILCS 210/4, 42 CFR 2.14(b))', () => {
    const client = clientOf('IL', 14, undefined);
    expect(part2SignerModeOf(client, 14)).toBe('client_alone');
    expect(
      evaluateMinorSubstanceUseConsent({ state: 'IL', birthDate: '2012-06-01' }, { asOf: AS_OF })
        .part2Signers,
    ).toBe('client_alone');
  });

  it('says client_and_guardian for an Oregon 13-year-old in both places (ORS 109.675: from 14; 2.14(c))', () => {
    expect(part2SignerModeOf(clientOf('OR', 13, undefined), 13)).toBe('client_and_guardian');
    expect(
      evaluateMinorSubstanceUseConsent({ state: 'OR', birthDate: '2013-06-01' }, { asOf: AS_OF })
        .part2Signers,
    ).toBe('client_and_guardian');
  });

  it('always gives the packet the answer evaluateMinorSubstanceUseConsent gives, for any state, minor age and flag', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...UsState.options),
        fc.integer({ min: 0, max: 17 }),
        fc.constantFrom(undefined, true, false),
        (state, age, flag) => {
          const decision = evaluateMinorSubstanceUseConsent(
            {
              state,
              birthDate: `${2026 - age}-06-01`,
              ...(flag === undefined ? {} : { minorMayConsentSubstanceUse: flag }),
            },
            { asOf: AS_OF },
          );
          expect(part2SignerModeOf(clientOf(state, age, flag), age)).toBe(decision.part2Signers);
        },
      ),
    );
  });
});
