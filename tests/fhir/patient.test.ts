import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromFhirPatient } from '../../src/fhir/index.js';

const asOf = { asOf: '2026-03-01' };

// A Patient as an EHR sends it: far more than the rules need.
const mariaEhr = {
  resourceType: 'Patient',
  id: 'c-maria',
  meta: { lastUpdated: '2026-02-01T10:00:00Z' },
  identifier: [{ system: 'http://hospital.example/mrn', value: 'MRN-0042' }],
  name: [{ family: 'García', given: ['María'] }],
  gender: 'female',
  birthDate: '2009-11-30',
  telecom: [
    { system: 'email', value: 'maria@example.com', rank: 2 },
    { system: 'phone', value: '+13125550100', use: 'home' },
    { system: 'sms', value: '+13125550101', rank: 1 },
    { system: 'fax', value: '+13125550102' },
    { system: 'email', value: 'old@example.com', period: { end: '2025-01-01' } },
  ],
  address: [
    { use: 'old', state: 'WI' },
    { use: 'billing', state: 'IN' },
    { use: 'home', line: ['1 Main St'], city: 'Chicago', state: 'IL', postalCode: '60601' },
  ],
  communication: [
    { language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'en' }] } },
    { language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'es' }] }, preferred: true },
  ],
};

function issues(resource: unknown): string[] {
  const r = fromFhirPatient(resource, asOf);
  return r.success ? [] : r.error.issues.map((i) => `${i.at} ${i.code}`);
}

describe('fromFhirPatient', () => {
  it('keeps only what the rules need: birth date, home state, preferred language, channels by rank', () => {
    expect(fromFhirPatient(mariaEhr, asOf)).toEqual({
      success: true,
      data: {
        clientId: 'c-maria',
        birthDate: '2009-11-30',
        state: 'IL',
        language: 'es',
        contactChannels: ['sms', 'email', 'phone'],
      },
    });
  });

  it('never returns names, numbers, addresses or identifiers', () => {
    const text = JSON.stringify(fromFhirPatient(mariaEhr, asOf));
    for (const secret of ['García', 'MRN-0042', '1 Main St', '+1312', 'example.com', 'Chicago'])
      expect(text).not.toContain(secret);
  });

  it('takes a current address with no use when there is no home one, and ignores addresses that ended', () => {
    const r = fromFhirPatient(
      {
        resourceType: 'Patient',
        id: 'p-1',
        address: [{ state: 'NY', period: { end: '2026-02-01' } }, { state: 'NJ' }],
      },
      asOf,
    );
    expect(r.success && r.data.state).toBe('NJ');
  });

  it('never reads a work address as where the client lives: the state is left unknown', () => {
    // A client who lives in New Jersey commutes to an office in New York; the EHR holds only the office.
    const only = { resourceType: 'Patient', id: 'p-1', address: [{ use: 'work', state: 'NY' }] };
    expect(fromFhirPatient(only, asOf)).toEqual({
      success: true,
      data: { clientId: 'p-1', contactChannels: [] },
    });
    const both = {
      ...only,
      address: [
        { use: 'work', state: 'NY' },
        { use: 'home', state: 'NJ' },
      ],
    };
    expect(fromFhirPatient(both, asOf)).toMatchObject({ success: true, data: { state: 'NJ' } });
  });

  it('reads the state only from a home address or one whose use is not given', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            use: fc.constantFrom(undefined, 'home', 'work', 'temp', 'old', 'billing'),
            state: fc.constantFrom('NJ', 'NY'),
          }),
          { maxLength: 4 },
        ),
        (addresses) => {
          const address = addresses.map((a) => (a.use === undefined ? { state: a.state } : a));
          const r = fromFhirPatient({ resourceType: 'Patient', id: 'p-1', address }, asOf);
          const state = r.success ? r.data.state : undefined;
          if (state !== undefined)
            expect(
              addresses.some((a) => a.state === state && (a.use === undefined || a.use === 'home')),
            ).toBe(true);
        },
      ),
    );
  });

  it('lists every problem in one read: a missing id does not hide a bad birth date or a bad state', () => {
    const bad = {
      resourceType: 'Patient',
      birthDate: '1990-02-30',
      address: [{ use: 'home', state: 'ZZ' }],
      deceasedDateTime: '2020',
      active: false,
    };
    expect(issues(bad).sort()).toEqual(
      [
        '$.id invalid_type',
        '$.deceasedDateTime fhir.patient.deceased',
        '$.active fhir.patient.inactive',
        '$.address[0].state fhir.patient.state_unknown',
        '$.birthDate core.date.invalid',
      ].sort(),
    );
  });

  it('always reports a bad birth date, whatever else is wrong', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.boolean(), (noId, dead, badState) => {
        const patient = {
          resourceType: 'Patient',
          ...(noId ? {} : { id: 'p-1' }),
          birthDate: '2027-02-29',
          ...(dead ? { deceasedBoolean: true } : {}),
          address: [{ use: 'home', state: badState ? 'ZZ' : 'NJ' }],
        };
        expect(issues(patient)).toContain('$.birthDate core.date.invalid');
      }),
    );
  });

  it('reports two current home addresses in different states instead of picking one', () => {
    expect(
      issues({
        ...mariaEhr,
        address: [
          { use: 'home', state: 'IL' },
          { use: 'home', state: 'IN', period: { start: '2026-01-01' } },
        ],
      }),
    ).toEqual(['$.address fhir.patient.state_ambiguous']);
  });

  it('reads a state written out in full or in lower case as its USPS code', () => {
    // Synthea, whose generated patients fill the SMART sandboxes, writes Address.state as "Massachusetts";
    // the reader refused every such patient as of an unknown state.
    const stateOf = (state: string) => {
      const r = fromFhirPatient({ ...mariaEhr, address: [{ use: 'home', state }] }, asOf);
      return r.success ? r.data.state : issues({ ...mariaEhr, address: [{ use: 'home', state }] });
    };
    expect(
      ['Massachusetts', 'illinois', ' New  York ', 'District of Columbia', 'Puerto Rico', 'il'].map(stateOf),
    ).toEqual(['MA', 'IL', 'NY', 'DC', 'PR', 'IL']);
    // The same state named two ways is one state, not two.
    const twice = fromFhirPatient(
      {
        ...mariaEhr,
        address: [
          { use: 'home', state: 'IL' },
          { use: 'home', state: 'Illinois' },
        ],
      },
      asOf,
    );
    expect(twice.success && twice.data.state).toBe('IL');
  });

  it('reports a state that is not a USPS code, and a year-only birth date', () => {
    expect(issues({ ...mariaEhr, address: [{ use: 'home', state: 'Ontario' }] })).toEqual([
      '$.address[0].state fhir.patient.state_unknown',
    ]);
    expect(issues({ ...mariaEhr, address: [{ use: 'home', state: 'ON' }] })).toEqual([
      '$.address[0].state fhir.patient.state_unknown',
    ]);
    expect(issues({ ...mariaEhr, birthDate: '2009' })).toEqual(['$.birthDate core.date.invalid']);
  });

  it('reads a patient with nothing but an id, and a language coded outside BCP-47', () => {
    expect(fromFhirPatient({ resourceType: 'Patient', id: 'p-2' }, asOf)).toEqual({
      success: true,
      data: { clientId: 'p-2', contactChannels: [] },
    });
    const r = fromFhirPatient(
      { resourceType: 'Patient', id: 'p-3', communication: [{ language: { coding: [{ code: 'vi' }] } }] },
      asOf,
    );
    expect(r.success && r.data.language).toBe('vi');
  });

  it('reports a patient who has died, by deceasedBoolean or by a death date of any day, instead of a reachable client', () => {
    expect(issues({ ...mariaEhr, deceasedBoolean: true })).toEqual([
      '$.deceasedBoolean fhir.patient.deceased',
    ]);
    // Died before the day read, and a date after it (recorded ahead, or a clock gone wrong): both reported.
    expect(issues({ ...mariaEhr, deceasedDateTime: '2026-01-01' })).toEqual([
      '$.deceasedDateTime fhir.patient.deceased',
    ]);
    expect(issues({ ...mariaEhr, deceasedDateTime: '2026-03-02T10:00:00-05:00' })).toEqual([
      '$.deceasedDateTime fhir.patient.deceased',
    ]);
    // Nothing of the record is returned, so no channel can be used.
    expect(JSON.stringify(fromFhirPatient({ ...mariaEhr, deceasedBoolean: true }, asOf))).not.toContain(
      'contactChannels',
    );
  });

  it('reads a patient said to be alive, or active, as usual', () => {
    expect(fromFhirPatient({ ...mariaEhr, deceasedBoolean: false, active: true }, asOf)).toEqual(
      fromFhirPatient(mariaEhr, asOf),
    );
  });

  it('reports a record not in active use (merged, or entered by mistake), with any other problem', () => {
    expect(issues({ ...mariaEhr, active: false })).toEqual(['$.active fhir.patient.inactive']);
    expect(issues({ ...mariaEhr, active: false, deceasedBoolean: true })).toEqual([
      '$.deceasedBoolean fhir.patient.deceased',
      '$.active fhir.patient.inactive',
    ]);
  });

  it('never gives contact channels for a patient who has died or a record not in use, whatever else it holds', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Record<string, unknown>>(
          { deceasedBoolean: true },
          { deceasedDateTime: '2020-02-29' },
          { active: false },
        ),
        fc.subarray(['phone', 'sms', 'email'] as const),
        fc.boolean(),
        (modifier, systems, withBirthDate) => {
          const r = fromFhirPatient(
            {
              resourceType: 'Patient',
              id: 'c-1',
              ...(withBirthDate ? { birthDate: '2001-05-02' } : {}),
              telecom: systems.map((system) => ({ system, value: 'x' })),
              ...modifier,
            },
            asOf,
          );
          expect(r.success).toBe(false);
        },
      ),
    );
  });

  it('refuses a call without a valid asOf', () => {
    expect(() => fromFhirPatient(mariaEhr, { asOf: 'yesterday' })).toThrowError(/asOf/);
  });
});

describe('fromFhirPatient: records not in use, languages not chosen, births not yet', () => {
  const link = (type?: string) => ({
    ...mariaEhr,
    link: [{ other: { reference: 'Patient/c-maria-2' }, ...(type === undefined ? {} : { type }) }],
  });

  it('reports a record replaced by another, or not the main one, like an inactive record', () => {
    expect(issues(link('replaced-by'))).toEqual(['$.link[0].type fhir.patient.replaced']);
    expect(issues(link('refer'))).toEqual(['$.link[0].type fhir.patient.not_main_record']);
    expect(issues(link('merged-into'))).toEqual(['$.link[0].type fhir.patient.link_unknown']);
    expect(issues(link())).toEqual(['$.link[0].type fhir.patient.link_unknown']);
  });

  it('reads a record that replaces another, or names another record of the same person', () => {
    expect(fromFhirPatient(link('replaces'), asOf)).toEqual(fromFhirPatient(mariaEhr, asOf));
    expect(fromFhirPatient(link('seealso'), asOf)).toEqual(fromFhirPatient(mariaEhr, asOf));
  });

  it('asks which language when several are listed and none or several is preferred', () => {
    const en = { language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'en' }] } };
    const es = { language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'es' }] } };
    expect(issues({ ...mariaEhr, communication: [en, es] })).toEqual([
      '$.communication fhir.patient.language_ambiguous',
    ]);
    const both = [
      { ...en, preferred: true },
      { ...es, preferred: true },
    ];
    expect(issues({ ...mariaEhr, communication: both })).toEqual([
      '$.communication fhir.patient.language_ambiguous',
    ]);
    const only = fromFhirPatient({ ...mariaEhr, communication: [es] }, asOf);
    expect(only.success && only.data.language).toBe('es');
    const twice = fromFhirPatient({ ...mariaEhr, communication: [es, { ...es, preferred: false }] }, asOf);
    expect(twice.success && twice.data.language).toBe('es');
  });

  it('reads a language only when one is preferred or only one is listed', () => {
    const entry = fc.record({
      code: fc.constantFrom('en', 'es', 'vi', 'zh'),
      preferred: fc.option(fc.boolean(), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 4 }), (list) => {
        const communication = list.map((e) => ({
          language: { coding: [{ system: 'urn:ietf:bcp:47', code: e.code }] },
          ...(e.preferred === undefined ? {} : { preferred: e.preferred }),
        }));
        const read = fromFhirPatient({ ...mariaEhr, communication }, asOf);
        const preferred = list.filter((e) => e.preferred === true);
        const pool = new Set((preferred.length > 0 ? preferred : list).map((e) => e.code));
        expect(read.success).toBe(pool.size <= 1);
        if (read.success) expect(read.data.language).toBe([...pool][0]);
      }),
    );
  });

  it('refuses a birth date after the date of reading, and reads one born that very day', () => {
    expect(issues({ ...mariaEhr, birthDate: '2027-05-01' })).toEqual([
      '$.birthDate fhir.patient.birth_date_future',
    ]);
    expect(issues({ ...mariaEhr, birthDate: '2026-03-02' })).toEqual([
      '$.birthDate fhir.patient.birth_date_future',
    ]);
    const today = fromFhirPatient({ ...mariaEhr, birthDate: '2026-03-01' }, asOf);
    expect(today.success && today.data.birthDate).toBe('2026-03-01');
  });
});

describe('fromFhirPatient: a language is a BCP-47 tag, or it is reported', () => {
  const BCP_47 = 'urn:ietf:bcp:47';
  const speaking = (language: object, preferred = true) => ({
    ...mariaEhr,
    communication: [{ language: { coding: [{ system: BCP_47, code: 'en' }] } }, { language, preferred }],
  });

  it('reads es, en-US, zh-Hant-TW, es-419 and sgn-ASE as they are written', () => {
    for (const code of ['es', 'en-US', 'zh-Hant-TW', 'es-419', 'sgn-ASE', 'de-CH-1996', 'x-klingon']) {
      const r = fromFhirPatient(speaking({ coding: [{ system: BCP_47, code }] }), asOf);
      expect(r.success && r.data.language).toBe(code);
    }
  });

  it('reports a preferred language given only as text ("Spanish"), never dropping it', () => {
    expect(issues(speaking({ text: 'Spanish' }))).toEqual([
      '$.communication[1].language fhir.patient.language_uncoded',
    ]);
    expect(issues(speaking({ coding: [{ system: BCP_47, display: 'Spanish' }], text: 'Spanish' }))).toEqual([
      '$.communication[1].language fhir.patient.language_uncoded',
    ]);
    // The only language listed, uncoded: the same.
    expect(issues({ ...mariaEhr, communication: [{ language: { text: 'Vietnamese' } }] })).toEqual([
      '$.communication[0].language fhir.patient.language_uncoded',
    ]);
  });

  it('reports a code that is not a BCP-47 tag (Spanish, es_MX, a number) rather than reading it as one', () => {
    for (const code of ['Spanish', 'es_MX', 'e', '123', 'en-', 'en US', 'english-language-of-the-united'])
      expect(issues(speaking({ coding: [{ system: BCP_47, code }] }))).toEqual([
        '$.communication[1].language fhir.patient.language_not_bcp47',
      ]);
    // The BCP-47 coding wins over another system's code.
    const both = speaking({
      coding: [
        { system: 'urn:iso:std:iso:639-2', code: 'spa' },
        { system: BCP_47, code: 'es' },
      ],
    });
    expect(fromFhirPatient(both, asOf)).toMatchObject({ success: true, data: { language: 'es' } });
  });

  it('asks which language when an uncoded one and a coded one are both listed, none preferred', () => {
    expect(
      issues({
        ...mariaEhr,
        communication: [
          { language: { text: 'Spanish' } },
          { language: { coding: [{ system: BCP_47, code: 'es' }] } },
        ],
      }),
    ).toEqual(['$.communication fhir.patient.language_ambiguous']);
  });

  it('property: a tag of language, script and region subtags is read; any other character in it is reported', () => {
    const letters = (min: number, max: number) => fc.stringMatching(new RegExp(`^[a-zA-Z]{${min},${max}}$`));
    const tag = fc
      .tuple(
        letters(2, 3),
        fc.option(letters(4, 4), { nil: undefined }),
        fc.option(fc.oneof(letters(2, 2), fc.stringMatching(/^[0-9]{3}$/)), { nil: undefined }),
      )
      .map((parts) => parts.filter((p) => p !== undefined).join('-'));
    fc.assert(
      fc.property(tag, fc.constantFrom('_', ' ', '.', '/', '--'), (good, bad) => {
        const read = fromFhirPatient(speaking({ coding: [{ system: BCP_47, code: good }] }), asOf);
        expect(read.success && read.data.language).toBe(good);
        expect(issues(speaking({ coding: [{ system: BCP_47, code: `${good}${bad}x1` }] }))).toEqual([
          '$.communication[1].language fhir.patient.language_not_bcp47',
        ]);
      }),
    );
  });
});
