// One vocabulary of practitioner kinds (core's PractitionerKind): every enum the package's schemas hold that
// names a kind of practitioner spells it as PractitionerKind does, so a record written for one module reads
// the same in another. A spelling the library renamed is taken by no schema.
import { describe, expect, it } from 'vitest';
import { PractitionerKind, RENAMED_PRACTITIONER_KINDS } from '../../src/core/index.js';
import * as api from '../../src/index.js';
import { children, type Def, isSchema, type Node } from '../schema-walk.js';

/** The values of every enum reachable from the package's exported schemas, by the export it was found under. */
function enumValues(): Map<string, Set<string>> {
  const seen = new Set<Node>();
  const found = new Map<string, Set<string>>();
  const visit = (node: Node, name: string) => {
    if (seen.has(node)) return;
    seen.add(node);
    const def = node._zod.def as Def;
    if (def.type === 'enum') {
      const values = found.get(name) ?? new Set<string>();
      for (const v of Object.values(def.entries as Record<string, unknown>))
        if (typeof v === 'string') values.add(v);
      found.set(name, values);
    }
    for (const child of children(def)) visit(child, name);
  };
  for (const [name, value] of Object.entries(api)) if (isSchema(value)) visit(value, name);
  return found;
}

/** Words that name a kind of practitioner. */
const PRACTITIONER_WORDS = /therapist|counselor|social_worker|psycholog|physician|psychiatrist|nurse|midwife/;

/**
 * Values that hold such a word and are not kinds, each for a reason: a license type's class of state titles
 * (credentialing's `LicenseType`), and a minor-consent statute's own category (New York's clinician under a
 * physician's supervision), and billing's care-management service G0323, named for who furnishes it.
 */
const NOT_KINDS = new Set([
  'addiction_counselor',
  'physician_supervised',
  'general_bhi_psychologist_or_social_worker',
]);

describe('the practitioner kinds of every module', () => {
  const enums = enumValues();

  it('finds the practitioner enums of billing and intake (the walk reaches them)', () => {
    const holders = [...enums]
      .filter(([, values]) => values.has('marriage_and_family_therapist'))
      .map(([n]) => n);
    expect(holders).toEqual(expect.arrayContaining(['Claim', 'MinorConsentFacts']));
  });

  it('spells every practitioner kind as PractitionerKind does', () => {
    const kinds = new Set<string>(PractitionerKind.options);
    const strays = [...enums].flatMap(([name, values]) =>
      [...values]
        .filter((v) => PRACTITIONER_WORDS.test(v) && !kinds.has(v) && !NOT_KINDS.has(v))
        .map((v) => `${name}: ${v}`),
    );
    expect(strays).toEqual([]);
  });

  it('takes no spelling the library renamed', () => {
    const renamed = Object.keys(RENAMED_PRACTITIONER_KINDS);
    const found = [...enums].flatMap(([name, values]) =>
      renamed.filter((r) => values.has(r)).map((r) => `${name}: ${r}`),
    );
    expect(found).toEqual([]);
  });
});
