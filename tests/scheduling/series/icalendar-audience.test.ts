import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import { type SchedulingAppointmentInput, toICalendar } from '../../../src/scheduling/index.js';

// HIPAA minimum necessary (45 CFR 164.502(b), 164.514(d)) and the identifiers of 164.514(b)(2) (names, record
// numbers): a calendar that leaves the practice shows a time, not who the client is or what care they get.
const appointment: SchedulingAppointmentInput = {
  id: 'a-1',
  clinicianId: 'dr-lee',
  clientIds: ['c-ava-moreno'],
  type: 'individual',
  modality: { kind: 'telehealth', clientLocationState: 'NY' },
  start: '2026-03-09T09:00:00-04:00',
  end: '2026-03-09T09:50:00-04:00',
};
const events = { appointments: [appointment] };
const base = {
  asOf: '2026-03-01T12:00:00Z',
  zone: 'America/New_York',
  clientNames: ['Ava Moreno'],
  summary: 'Appointment',
};

/** The codes of the ValidationError `write` throws, by path; `[]` when it writes. */
function refusal(options: Record<string, unknown>): { at: string; code: string }[] {
  try {
    toICalendar(events, { ...base, ...options } as Parameters<typeof toICalendar>[1]);
    return [];
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return error.issues.map((i) => ({ at: i.at, code: i.code }));
  }
}

const summaryOf = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')?.getFirstPropertyValue('summary');

describe('toICalendar: text by audience (minimum necessary, 45 CFR 164.502(b))', () => {
  // The cases a privacy reviewer would send a client's feed, each with what a feed that leaves the practice
  // must do. Before this change every one of them was written as given (0 of the 12 refusals were right).
  const refused: [string, Record<string, unknown>, string, string][] = [
    ["the client's first name", { summary: 'Ava: session' }, '$.options.summary', 'client_identifier'],
    [
      "the client's surname, any case",
      { summary: 'Session (MORENO)' },
      '$.options.summary',
      'client_identifier',
    ],
    [
      "the client's id (a record number)",
      { description: 'Ref c-ava-moreno' },
      '$.options.description',
      'client_identifier',
    ],
    ['a diagnosis word', { summary: 'Anxiety follow-up' }, '$.options.summary', 'diagnosis'],
    ['an ICD-10-CM F code', { description: 'Dx F41.1' }, '$.options.description', 'diagnosis'],
    ['a two-word diagnosis', { summary: 'Eating disorder group' }, '$.options.summary', 'diagnosis'],
    ['a psychotherapy CPT code', { summary: 'Visit 90837' }, '$.options.summary', 'service_code'],
    [
      'a behavioural-health HCPCS code',
      { description: 'H0004 visit' },
      '$.options.description',
      'service_code',
    ],
    ['"therapy"', { summary: 'Therapy session' }, '$.options.summary', 'clinical_word'],
    ['an accented clinical word', { summary: 'Séance de thérapie' }, '$.options.summary', 'clinical_word'],
    [
      '"mental health" in the location',
      { summary: 'Session', location: 'Mental Health Clinic, Suite 4' },
      '$.options.location',
      'clinical_word',
    ],
    ['"psychiatrist"', { summary: 'Visit with your psychiatrist' }, '$.options.summary', 'clinical_word'],
    // A word that is also a state's code ("in" Indiana, "ID" Idaho) does not make the next code a ZIP code.
    ['a CPT code after "in"', { summary: 'Session in 90837' }, '$.options.summary', 'service_code'],
    ['a CPT code after "ID"', { description: 'Visit ID 90834' }, '$.options.description', 'service_code'],
    [
      'a CPT code after a state code with no comma',
      { location: 'Room 2 OR 90791' },
      '$.options.location',
      'service_code',
    ],
  ];
  for (const [what, options, at, code] of refused) {
    it(`refuses ${what} in a client's feed, at its path, with scheduling.icalendar.${code}`, () => {
      expect(refusal(options)).toContainEqual({ at, code: `scheduling.icalendar.${code}` });
    });
  }

  // What a client's feed may say: these were right before and stay right (4 of 4).
  const allowed: [string, Record<string, unknown>][] = [
    ['a neutral summary', { summary: 'Appointment' }],
    ["the clinician's title and name", { summary: 'Session with Dr. Kim' }],
    [
      'an office address with a ZIP code in the CPT range',
      { summary: 'Appointment', location: '200 Pine Ave, Long Beach, CA 90802' },
    ],
    ['a ZIP+4 code', { summary: 'Appointment', location: '1 Main St 90810-1234' }],
  ];
  for (const [what, options] of allowed) {
    it(`writes ${what} in a client's feed`, () => {
      expect(refusal(options)).toEqual([]);
    });
  }

  it("takes the client audience when none is given (the strictest), and writes the text as given in the clinician's own feed", () => {
    expect(refusal({ summary: 'Therapy: Ava Moreno (F41.1, 90837)' })).toHaveLength(4);
    expect(refusal({ audience: 'staff', summary: 'Therapy: Ava Moreno' })).toHaveLength(2);
    const text = toICalendar(events, {
      ...base,
      audience: 'clinician',
      summary: 'Therapy: Ava Moreno (F41.1, 90837)',
    });
    expect(summaryOf(text)).toBe('Therapy: Ava Moreno (F41.1, 90837)');
  });

  it('lists every problem of every text at once and never echoes the text', () => {
    try {
      toICalendar(events, {
        ...base,
        summary: 'Ava depression',
        description: 'CPT 90834',
        location: 'Psych wing',
      });
      expect.unreachable();
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      expect(error.issues.map((i) => `${i.at} ${i.code}`)).toEqual([
        '$.options.summary scheduling.icalendar.client_identifier',
        '$.options.summary scheduling.icalendar.diagnosis',
        '$.options.description scheduling.icalendar.service_code',
        '$.options.location scheduling.icalendar.clinical_word',
      ]);
      expect(JSON.stringify(error.issues) + error.message).not.toMatch(/ava|depression|90834|psych wing/i);
    }
  });

  it('checks the client ids of a series too, and the names given even when no event is theirs', () => {
    const series = {
      id: 's-1',
      clinicianId: 'dr-lee',
      clientIds: ['c-ben'],
      type: 'individual' as const,
      modality: { kind: 'telehealth' as const, clientLocationState: 'NY' as const },
      zone: 'America/New_York',
      startDate: '2026-03-02',
      startTime: '09:00',
      durationMinutes: 50,
      frequency: 'weekly' as const,
      count: 2,
    };
    const write = (summary: string) => () =>
      toICalendar(
        { series: [series] },
        { asOf: '2026-03-01T12:00:00Z', clientNames: ['Ava Moreno'], summary },
      );
    expect(write('Session c-ben')).toThrow(ValidationError);
    expect(write('Session for Ava')).toThrow(ValidationError);
    expect(write('Session')).not.toThrow();
  });

  // For a feed that leaves the practice, no text reaches the output unless it passes the check: a text built
  // from neutral words and protected ones is written exactly when it holds no protected one, and then as given.
  it('writes a client feed text only when it holds no protected word, and then exactly as given (property)', () => {
    const neutral = [
      'Appointment',
      'Session',
      'with',
      'Dr.',
      'Kim',
      'Room',
      '2',
      'Suite',
      'Main',
      'St',
      'at',
      'noon',
      // Words that are also states' codes: none of them makes a code beside it a ZIP code.
      'in',
      'Hi',
      'ID',
      'OR',
    ];
    const protectedWords = [
      'Ava',
      'moreno',
      'c-ava-moreno',
      'Therapy',
      'PSYCHIATRY',
      'counseling',
      'ADHD',
      'F32.1',
      'bipolar',
      '90837',
      'H2019',
      'cpt',
      'crisis',
      'Trauma',
    ];
    const word = fc.oneof(
      fc.constantFrom(...neutral).map((w) => ({ w, bad: false })),
      fc.constantFrom(...protectedWords).map((w) => ({ w, bad: true })),
    );
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 8 }),
        fc.constantFrom('summary', 'description', 'location'),
        fc.constantFrom('client', 'staff', undefined),
        (list, key, audience) => {
          const text = list.map((x) => x.w).join(' ');
          const options = { ...base, summary: 'Appointment', [key]: text, ...(audience ? { audience } : {}) };
          const issues = refusal(options);
          if (list.some((x) => x.bad)) {
            expect(issues.length).toBeGreaterThan(0);
            expect(issues.every((i) => i.at === `$.options.${key}`)).toBe(true);
          } else {
            expect(issues).toEqual([]);
            const written = toICalendar(events, options as Parameters<typeof toICalendar>[1]);
            const vevent = new ICAL.Component(ICAL.parse(written)).getFirstSubcomponent('vevent');
            expect(vevent?.getFirstPropertyValue(key)).toBe(text);
          }
        },
      ),
    );
  });
});
