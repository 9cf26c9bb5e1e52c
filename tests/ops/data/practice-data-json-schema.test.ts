import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { IanaZone, Instant, LocalDate, LocalTime, Npi } from '../../../src/core/index.js';
import { idSchema } from '../../../src/core/internal.js';
import {
  generateDemoPractice,
  getPracticeDataJsonSchema,
  PracticeData,
  safeValidatePracticeData,
} from '../../../src/ops/index.js';

// What an editor or another language would do with the schema: ajv, draft 2020-12, formats on, strict.
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const schema = getPracticeDataJsonSchema();
const ajvAccepts = ajv.compile(schema);

// biome-ignore lint/suspicious/noExplicitAny: the bad files below are edited as plain JSON
type Json = Record<string, any>;
const demo = JSON.parse(JSON.stringify(generateDemoPractice())) as Json;
const example = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'examples', 'practice.json'), 'utf8'),
) as Json;

function verdicts(file: unknown) {
  return { zod: safeValidatePracticeData(file).success, ajv: ajvAccepts(file) };
}

function edited(edit: (file: Json) => void): Json {
  const file = structuredClone(demo);
  edit(file);
  return file;
}

type Node = Record<string, unknown>;
// Every schema node, with a readable path.
function* nodes(node: unknown, path = '$'): Generator<[string, Node]> {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* nodes(item, `${path}[${i}]`);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  yield [path, node as Node];
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'default' && key !== 'enum' && key !== 'const') yield* nodes(value, `${path}.${key}`);
  }
}

// The string branches of a property's schema (through arrays, unions and nullables).
function strings(node: unknown): Node[] {
  if (node === null || typeof node !== 'object') return [];
  const n = node as Node;
  if (Array.isArray(n.anyOf)) return n.anyOf.flatMap(strings);
  if (Array.isArray(n.oneOf)) return n.oneOf.flatMap(strings);
  if (n.type === 'array') return strings(n.items);
  return n.type === 'string' ? [n] : [];
}

describe('getPracticeDataJsonSchema', () => {
  it('is a JSON Schema of an object with every section, only practice required', () => {
    const schema = getPracticeDataJsonSchema() as {
      type: string;
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(['practice']);
    for (const key of Object.keys(PracticeData.shape)) expect(schema.properties).toHaveProperty(key);
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });

  it('is a draft 2020-12 schema with an $id, a title and a description, strict for ajv', () => {
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'urn:practice-ops:practice-data',
      title: expect.any(String),
      description: expect.any(String),
    });
    expect(Object.keys(schema).slice(0, 2)).toEqual(['$schema', '$id']);
  });

  it('describes every section of the file and the records in it', () => {
    const properties = schema.properties as Record<string, Node>;
    expect(Object.keys(properties)).toEqual(Object.keys(PracticeData.shape));
    for (const [key, section] of Object.entries(properties)) {
      expect(section.description, key).toEqual(expect.any(String));
      if (section.type === 'array')
        expect((section.items as Node).description, key).toEqual(expect.any(String));
    }
  });

  it('closes every object (additionalProperties: false) and types every map’s keys and values', () => {
    let objects = 0;
    for (const [path, node] of nodes(schema)) {
      if (node.type !== 'object') continue;
      objects += 1;
      if (node.properties !== undefined) expect(node.additionalProperties, path).toBe(false);
      else
        expect([path, node.propertyNames, node.additionalProperties]).toEqual([
          path,
          expect.any(Object),
          expect.any(Object),
        ]);
    }
    expect(objects).toBeGreaterThan(100);
  });

  it('gives every id, date and instant field its pattern, and dates their format', () => {
    const dates = (z.toJSONSchema(LocalDate) as Node).pattern;
    let fields = 0;
    for (const [path, node] of nodes(schema)) {
      for (const [key, field] of Object.entries((node.properties ?? {}) as Record<string, unknown>)) {
        const kind = /(^id|Id|Ids)$/.test(key)
          ? 'id'
          : /(On|Date)$/.test(key)
            ? 'date'
            : /At$/.test(key)
              ? 'instant'
              : null;
        if (kind === null) continue;
        const branches = strings(field);
        expect(branches.length, `${path}.${key}`).toBeGreaterThan(0);
        for (const branch of branches) {
          fields += 1;
          expect(branch.pattern, `${path}.${key}`).toEqual(expect.any(String));
          if (kind === 'date') expect([key, branch.format, branch.pattern]).toEqual([key, 'date', dates]);
          if (kind === 'instant') expect(branch.pattern as string, key).toMatch(/^\^\(\?:\\d\{4\}-.*T/);
        }
      }
    }
    expect(fields).toBeGreaterThan(100);
  });
});

describe('getPracticeDataJsonSchema and safeValidatePracticeData', () => {
  it('both accept the demo practice and the shipped example', () => {
    expect(verdicts(demo)).toEqual({ zod: true, ajv: true });
    expect(verdicts(example)).toEqual({ zod: true, ajv: true });
  });

  const bad: Record<string, (file: Json) => void> = {
    'a renamed field on a client (payerClass)': (f) => {
      f.clients[3].payerClass = f.clients[3].payerClasses;
      delete f.clients[3].payerClasses;
    },
    'an unknown section': (f) => {
      f.surprise = [];
    },
    'a misspelled fee on an appointment': (f) => {
      f.appointments[0].sesionFeeCents = 15_000;
    },
    'an unknown key deep in a claim line': (f) => {
      f.claims[0].lines[0].units2 = 1;
    },
    'an unknown policy': (f) => {
      f.policies.lateFees = {};
    },
    'an unknown key in a policy': (f) => {
      f.policies.reminders.hoursBefor = [24];
    },
    '30 February': (f) => {
      f.clients[0].birthDate = '1994-02-30';
    },
    '29 February in a year that is not a leap year': (f) => {
      f.clients[0].birthDate = '1900-02-29';
    },
    'a date without its leading zeros': (f) => {
      f.practice.holidays[0] = '2025-1-1';
    },
    'a date with a time': (f) => {
      f.eligibility[0].lastVerifiedOn = '2026-10-06T00:00:00Z';
    },
    'an instant without an offset': (f) => {
      f.appointments[0].start = '2026-10-06T09:00:00';
      f.appointments[0].end = '2026-10-06T09:53:00';
    },
    'an instant at hour 24': (f) => {
      f.messages[0].receivedAt = '2026-11-20T24:00:00Z';
    },
    'an instant with four decimals': (f) => {
      f.messages[0].receivedAt = '2026-11-20T07:00:00.1234-05:00';
    },
    'a time of day without its leading zero': (f) => {
      f.clinicians[0].availability[0].start = '8:00';
    },
    'a zone with a space': (f) => {
      f.practice.zone = 'America/New York';
    },
    'an id with a space': (f) => {
      f.staff[0].id = 'staff owner';
    },
    'an id of 129 characters': (f) => {
      f.staff[0].id = `s${'x'.repeat(128)}`;
    },
    'fractional cents': (f) => {
      f.appointments[0].sessionFeeCents = 150.5;
    },
    'cents as a string': (f) => {
      f.claimBalances[0].paidCents = '0';
    },
    'negative cents for a fee': (f) => {
      f.appointments[0].sessionFeeCents = -1;
    },
    'a state that is not one': (f) => {
      f.practice.state = 'XX';
    },
    'an NPI of 9 digits': (f) => {
      f.credentials[0].individualNpi = '170000001';
    },
    'an intake document type that is not one': (f) => {
      f.paperwork[0].type = 'consent';
    },
    'a practice without a zone': (f) => {
      delete f.practice.zone;
    },
    'a section that is not a list': (f) => {
      f.clients = {};
    },
    'a policy version without the date it took effect': (f) => {
      f.policyVersions = [{ version: '2026-01' }];
    },
    'an unknown key in a policy version': (f) => {
      f.policyVersions = [{ version: '2026-01', effectiveFrom: '2026-01-01', effectiveUntil: '2026-12-31' }];
    },
    'an empty list of policy versions': (f) => {
      f.policyVersions = [];
    },
    'a map with a key it does not know': (f) => {
      f.policies.credentialing.owners = { license_renewal: 'clinician' };
    },
  };

  it.each(Object.entries(bad))('both reject %s', (_name, edit) => {
    expect(verdicts(edited(edit))).toEqual({ zod: false, ajv: false });
  });

  const good: Record<string, (file: Json) => void> = {
    '29 February in a leap year (2000)': (f) => {
      f.clients[0].birthDate = '2000-02-29';
    },
    'an instant in UTC with milliseconds, and one without seconds': (f) => {
      f.appointments[0].start = '2026-10-06T13:00:00.000Z';
      f.appointments[0].end = '2026-10-06T09:53-04:00';
    },
    'a practice’s own intake document': (f) => {
      f.paperwork[0].type = 'custom:parking_waiver';
    },
    'a zone with three parts': (f) => {
      // A client's zone must be one of their state's clocks: Indiana's county zones have three parts.
      f.clients[0].zone = 'America/Indiana/Indianapolis';
      f.clients[0].locationState = 'IN';
    },
    'the schema’s own $id as $schema': (f) => {
      f.$schema = schema.$id;
    },
    'policy versions, one with a 48-hour window from 2026-10-01': (f) => {
      f.policyVersions = [
        { version: '2026-01', effectiveFrom: '2026-01-01' },
        {
          version: '2026-10',
          effectiveFrom: '2026-10-01',
          cancellation: { practiceZone: f.practice.zone, notice: { unit: 'hours', hours: 48 } },
        },
      ];
    },
    'a file with only the practice': (f) => {
      for (const key of Object.keys(f)) if (key !== 'practice') delete f[key];
    },
  };

  it.each(Object.entries(good))('both accept %s', (_name, edit) => {
    expect(verdicts(edited(edit))).toEqual({ zod: true, ajv: true });
  });
});

describe('the JSON Schema of each primitive', () => {
  // Many tools ignore `format`: the patterns alone must say it too.
  const patternsOnly = new Ajv2020({ strict: true, validateFormats: false });
  const agree = (primitive: z.ZodType) => {
    const json = z.toJSONSchema(primitive, { io: 'input' });
    const [withFormats, withoutFormats] = [ajv.compile(json), patternsOnly.compile(json)];
    return (value: string) => {
      const verdict = withFormats(value);
      expect(withoutFormats(value), value).toBe(verdict);
      return { zod: primitive.safeParse(value).success, ajv: verdict };
    };
  };
  const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
  const dateLike = fc
    .tuple(fc.integer({ min: 0, max: 9999 }), two(13), two(32))
    .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${m}-${d}`);
  const centuryLeapDays = fc.integer({ min: 0, max: 99 }).map((c) => `${String(c).padStart(2, '0')}00-02-29`);

  it('accepts exactly the dates LocalDate accepts (month lengths, leap years, centuries)', () => {
    const same = agree(LocalDate);
    fc.assert(
      fc.property(fc.oneof(dateLike, centuryLeapDays, fc.string({ maxLength: 12 })), (text) => {
        const { zod, ajv } = same(text);
        expect(ajv).toBe(zod);
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts exactly the instants Instant accepts (seconds, milliseconds, Z or an offset)', () => {
    const same = agree(Instant);
    const instantLike = fc
      .tuple(
        dateLike,
        two(25),
        two(61),
        fc.option(fc.tuple(two(61), fc.option(fc.stringMatching(/^\d{0,4}$/))), { nil: undefined }),
        fc.oneof(
          fc.constant('Z'),
          fc.tuple(fc.constantFrom('+', '-'), two(25), two(61)).map((o) => `${o[0]}${o[1]}:${o[2]}`),
          fc.constantFrom('', 'z', '+0500', ' Z'),
        ),
      )
      .map(([date, h, m, s, offset]) => {
        const seconds = s === undefined ? '' : `:${s[0]}${s[1] === null ? '' : `.${s[1]}`}`;
        return `${date}T${h}:${m}${seconds}${offset}`;
      });
    fc.assert(
      fc.property(fc.oneof(instantLike, fc.string({ maxLength: 30 })), (text) => {
        const { zod, ajv } = same(text);
        expect(ajv).toBe(zod);
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts exactly the times and ids their schemas accept', () => {
    const time = agree(LocalTime);
    const id = agree(idSchema('Any'));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(two(25), two(61)).map(([h, m]) => `${h}:${m}`),
          fc.string({ maxLength: 6 }),
        ),
        fc.oneof(fc.stringMatching(/^[A-Za-z0-9._:-]{0,130}$/), fc.string({ maxLength: 20 })),
        (t, i) => {
          expect(time(t).ajv).toBe(time(t).zod);
          expect(id(i).ajv).toBe(id(i).zod);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('lets through every zone and NPI the library accepts (the rest it checks against data)', () => {
    const zone = agree(IanaZone);
    for (const name of [
      ...Intl.supportedValuesOf('timeZone'),
      'UTC',
      'Etc/GMT+5',
      'EST5EDT',
      'America/Port-au-Prince',
    ]) {
      expect(zone(name), name).toEqual({ zod: true, ajv: true });
    }
    const npi = agree(Npi);
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9,11}$/), (text) => {
        const { zod, ajv } = npi(text);
        expect(!zod || ajv).toBe(true);
        expect(ajv).toBe(/^\d{10}$/.test(text));
      }),
      { numRuns: 500 },
    );
  });
});
