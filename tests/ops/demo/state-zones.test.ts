import { describe, expect, it } from 'vitest';
import { IanaZone, UsState } from '../../../src/core/index.js';
import { STATE_ZONES } from '../../../src/ops/index.js';

const _asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('STATE_ZONES', () => {
  it('names a real IANA zone for every state and territory', () => {
    expect(Object.keys(STATE_ZONES).sort()).toEqual([...UsState.options].sort());
    for (const zone of Object.values(STATE_ZONES)) expect(IanaZone.safeParse(zone).success).toBe(true);
  });
});
