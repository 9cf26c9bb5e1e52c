import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import {
  buildPracticeDigest,
  buildWorkQueue,
  DEMO_AS_OF,
  evaluateBooking,
  findReferenceProblems,
  generateDemoPractice,
  generatePractice,
  PracticeData,
  practiceDataJsonSchema,
  safeValidatePracticeData,
} from '../../../src/ops/index.js';

const minimal = { practice: { name: 'Calm Harbor', zone: 'America/Chicago', state: 'TX' } };

describe('practiceDataJsonSchema', () => {
  it('is a JSON Schema of an object with every section, only practice required', () => {
    const schema = practiceDataJsonSchema() as {
      type: string;
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(['practice']);
    for (const key of Object.keys(PracticeData.shape)) expect(schema.properties).toHaveProperty(key);
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});
