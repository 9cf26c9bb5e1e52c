import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PractitionerKind,
  RENAMED_PRACTITIONER_KINDS,
  safeValidate,
  ValidationError,
  validate,
} from '../../src/core/index.js';
import { practitionerKinds } from '../../src/core/internal.js';

const KINDS = PractitionerKind.options;
const RENAMED = Object.keys(RENAMED_PRACTITIONER_KINDS);

function issuesOf(schema: Parameters<typeof safeValidate>[0], value: unknown) {
  const result = safeValidate(schema, value, 'practitioner kind');
  if (result.success) throw new Error('expected the value to be rejected');
  return result.error.issues;
}

describe('PractitionerKind', () => {
  it('spells the marriage and family therapist one way: marriage_and_family_therapist', () => {
    expect(PractitionerKind.parse('marriage_and_family_therapist')).toBe('marriage_and_family_therapist');
    expect(KINDS.filter((k) => k.includes('marriage'))).toEqual(['marriage_and_family_therapist']);
  });

  it('takes every kind it lists, and gives it back unchanged', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), (kind) => {
        expect(PractitionerKind.parse(kind)).toBe(kind);
      }),
    );
  });

  it('rejects the renamed marriage_family_therapist, naming the spelling to write and never the value given', () => {
    const issues = issuesOf(PractitionerKind, 'marriage_family_therapist');
    expect(issues.map((i) => [i.at, i.code])).toEqual([
      ['$', 'invalid_value'],
      ['$', 'core.practitioner_kind.renamed'],
    ]);
    const renamed = issues[1];
    expect(renamed?.message).toBe('is a renamed practitioner kind: write "marriage_and_family_therapist"');
    expect(renamed?.message).not.toContain('marriage_family_therapist');
  });

  it('maps each renamed spelling to a kind it lists, and lists no renamed spelling', () => {
    for (const [from, to] of Object.entries(RENAMED_PRACTITIONER_KINDS)) {
      expect(KINDS).toContain(to);
      expect(KINDS).not.toContain(from);
    }
    expect(RENAMED).toEqual(['marriage_family_therapist']);
  });

  it('says only invalid_value of a value that is neither a kind nor a renamed spelling', () => {
    const other = fc.string({ maxLength: 40 }).map((s) => `x-${s}`);
    fc.assert(
      fc.property(other, (value) => {
        expect(issuesOf(PractitionerKind, value).map((i) => i.code)).toEqual(['invalid_value']);
      }),
    );
  });

  it('throws a ValidationError for a renamed spelling through validate', () => {
    expect(() => validate(PractitionerKind, 'marriage_family_therapist', 'practitioner kind')).toThrow(
      ValidationError,
    );
  });
});

describe('practitionerKinds', () => {
  it("takes only the module's kinds", () => {
    const schema = practitionerKinds(['physician', 'marriage_and_family_therapist']);
    expect(schema.options).toEqual(['physician', 'marriage_and_family_therapist']);
    expect(schema.safeParse('psychologist').success).toBe(false);
  });

  it('names the new spelling only where the module takes it', () => {
    const withTarget = practitionerKinds(['physician', 'marriage_and_family_therapist']);
    const without = practitionerKinds(['physician', 'psychologist']);
    expect(issuesOf(withTarget, 'marriage_family_therapist').map((i) => i.code)).toEqual([
      'invalid_value',
      'core.practitioner_kind.renamed',
    ]);
    expect(issuesOf(without, 'marriage_family_therapist').map((i) => i.code)).toEqual(['invalid_value']);
  });

  it('reports a value of another type as invalid, never as renamed', () => {
    const schema = practitionerKinds(['marriage_and_family_therapist']);
    expect(issuesOf(schema, 42).map((i) => i.code)).toEqual(['invalid_value']);
  });
});
