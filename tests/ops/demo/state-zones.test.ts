import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IanaZone, UsState, ValidationError } from '../../../src/core/index.js';
import {
  buildPracticeDigest,
  type CreateStarterPracticeOptions,
  createStarterPractice,
  STATE_ZONES,
  safeValidatePracticeData,
} from '../../../src/ops/index.js';

const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('STATE_ZONES', () => {
  it('names a real IANA zone for every state and territory', () => {
    expect(Object.keys(STATE_ZONES).sort()).toEqual([...UsState.options].sort());
    for (const zone of Object.values(STATE_ZONES)) expect(IanaZone.safeParse(zone).success).toBe(true);
  });
});
