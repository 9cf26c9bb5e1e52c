import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toValidationIssues } from '../../src/core/zod-issues.js';

describe('toValidationIssues', () => {
  it('describes invalid record keys, invalid map or set elements, and an issue-less error', () => {
    const keyed = z.record(z.string().min(2), z.number()).safeParse({ a: 1 });
    expect(keyed.success).toBe(false);
    // The bad key is data: the problem is reported at the record, not at a path naming the key.
    if (!keyed.success)
      expect(toValidationIssues(keyed.error)[0]).toMatchObject({ code: 'invalid_key', at: '$' });
    const element = new z.ZodError([
      {
        code: 'invalid_element',
        origin: 'map',
        key: 'k',
        issues: [],
        path: ['m'],
        message: 'Invalid element',
        input: 1,
      },
    ]);
    expect(toValidationIssues(element, ['root'])[0]).toMatchObject({
      code: 'invalid_element',
      at: '$.root.m',
    });
    expect(toValidationIssues(new z.ZodError([]), ['x'])).toEqual([
      { path: ['x'], at: '$.x', code: 'invalid', message: 'is invalid' },
    ]);
  });
});
