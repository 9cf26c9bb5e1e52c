// The library's FHIR R4 resources as a server-less validator reads them: the base rules HL7's JSON Schema
// cannot check [sources: fhir-r4-datatypes, fhir-r4-appointment, fhir-r4-claim, fhir-r4-coverage,
// fhir-r4-schedule, fhir-r4-practitioner]: dateTime and instant with seconds and an offset when they have a
// time; Period start <= end (per-1); every Coding with a system URI and a code; ext-1 (an extension has a
// value or extensions, never both); literal references of a known type and a FHIR id, contained ones resolving
// (dom-3); Appointment app-2, app-3 and app-4, each participant with its status; a Claim's sequences (careTeam,
// diagnosis, item, insurance with one focal) and the item references to them; Slot and PractitionerRole
// references that resolve to the Schedule and Practitioner the library writes for the same clinician.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWithOffset } from '../../src/core/internal.js';
import {
  toFhirAppointment,
  toFhirClaim,
  toFhirCoverage,
  toFhirEncounter,
  toFhirPractitioner,
  toFhirPractitionerRole,
  toFhirSchedule,
  toFhirSlots,
} from '../../src/fhir/index.js';
import { findOpenSlots, type SchedulingClinicianInput } from '../../src/scheduling/index.js';
import { ANXIETY_CLAIM } from './claim-fixtures.js';
import { instantArb, MONDAY_TELEHEALTH_SESSION } from './fhir-fixtures.js';

const DATE_TIME =
  /^\d{4}(-\d{2}(-\d{2}(T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00)))?)?)?$/;
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
const TYPES = new Set([
  'Patient',
  'Practitioner',
  'Organization',
  'Location',
  'Coverage',
  'Schedule',
  'Appointment',
]);
const TIME_KEYS = new Set(['start', 'end', 'created', 'servicedDate', 'valueDateTime', 'birthDate']);

/** What a base-rules validator finds in a resource, by path (none for a valid one). */
function baseRuleProblems(resource: object): string[] {
  const out: string[] = [];
  const contained = new Set(
    ((resource as { contained?: { id: string }[] }).contained ?? []).map((c) => `#${c.id}`),
  );
  const referenced = new Set<string>();
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) {
      if (node.length === 0) out.push(`${path} empty array`);
      for (const [i, x] of node.entries()) walk(x, `${path}[${i}]`);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const o = node as Record<string, unknown>;
    for (const [k, v] of Object.entries(o)) {
      const p = `${path}.${k}`;
      if (v === null || v === '') out.push(`${p} empty`);
      if (typeof v === 'string' && TIME_KEYS.has(k) && !DATE_TIME.test(v)) out.push(`${p} not a dateTime`);
      if (k === 'coding' && Array.isArray(v))
        for (const [i, c] of (v as { system?: string; code?: string }[]).entries())
          if (!c.system || !/^(https?:\/\/|urn:)/.test(c.system) || !c.code) out.push(`${p}[${i}] coding`);
      if (k === 'reference' && typeof v === 'string') {
        if (v.startsWith('#')) referenced.add(v);
        else {
          const [type, id, ...rest] = v.split('/');
          if (!TYPES.has(type ?? '') || !FHIR_ID.test(id ?? '') || rest.length > 0)
            out.push(`${p} reference`);
        }
      }
    }
    if ('url' in o && path.includes('extension')) {
      const values = Object.keys(o).filter((k) => k.startsWith('value'));
      const hasExtensions = Array.isArray(o.extension);
      if (values.length + (hasExtensions ? 1 : 0) !== 1) out.push(`${path} ext-1`);
    }
    const period = o as { start?: unknown; end?: unknown };
    if (typeof period.start === 'string' && typeof period.end === 'string') {
      const ms = (s: string) => (s.includes('T') ? Date.parse(s) : Date.parse(`${s}T00:00:00Z`));
      if (ms(period.start) > ms(period.end)) out.push(`${path} start after end`);
    }
    for (const [k, v] of Object.entries(o)) walk(v, `${path}.${k}`);
  };
  walk(resource, '$');
  for (const r of referenced) if (!contained.has(r)) out.push(`${r} does not resolve`);
  for (const c of contained) if (!referenced.has(c)) out.push(`${c} contained but not referenced (dom-3)`);
  return out;
}

const cancelled = {
  ...MONDAY_TELEHEALTH_SESSION,
  status: { state: 'cancelled' as const, by: 'client' as const, at: '2026-03-08T22:15:00-04:00' },
};

describe('toFhirAppointment, as an R4 base-rules validator reads it', () => {
  it('writes a booked session with start, end, minutesDuration and every participant’s status (app-3)', () => {
    const fhir = toFhirAppointment(MONDAY_TELEHEALTH_SESSION);
    expect(baseRuleProblems(fhir)).toEqual([]);
    expect(fhir.participant.length).toBeGreaterThan(0);
    for (const p of fhir.participant)
      expect(['accepted', 'declined', 'tentative', 'needs-action']).toContain(p.status);
    expect(fhir.minutesDuration).toBe(
      (Date.parse(fhir.end as string) - Date.parse(fhir.start as string)) / 60_000,
    );
  });

  it('gives a cancelationReason only to a cancelled or no-show session (app-4)', () => {
    for (const state of ['scheduled', 'completed'] as const)
      expect(
        toFhirAppointment({ ...MONDAY_TELEHEALTH_SESSION, status: { state } }).cancelationReason,
      ).toBeUndefined();
    const fhir = toFhirAppointment(cancelled);
    expect(fhir.status).toBe('cancelled');
    expect(fhir.cancelationReason?.coding?.[0]?.system).toBe(
      'http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason',
    );
    expect(baseRuleProblems(fhir)).toEqual([]);
  });

  it('writes the cancellation time as a dateTime with seconds and its offset', () => {
    const ext = toFhirAppointment(cancelled).extension?.find((e) => e.url.endsWith('cancellationDate'));
    expect(ext?.valueDateTime).toBe('2026-03-08T22:15:00-04:00');
  });

  it('adds the seconds an instant needs to a start given without them (2026-11-01, the fall-back day)', () => {
    const fhir = toFhirAppointment({
      ...MONDAY_TELEHEALTH_SESSION,
      start: '2026-11-01T01:30-05:00',
      end: '2026-11-01T02:20-05:00',
    });
    expect([fhir.start, fhir.end]).toEqual(['2026-11-01T01:30:00-05:00', '2026-11-01T02:20:00-05:00']);
  });

  it('refuses a session that ends before it starts rather than write one that breaks app-2', () => {
    expect(() =>
      toFhirAppointment({ ...MONDAY_TELEHEALTH_SESSION, end: '2026-03-09T08:50:00-04:00' }),
    ).toThrow();
  });

  it('writes an in-person session’s Location reference as a literal, resolvable reference', () => {
    const fhir = toFhirAppointment({
      ...MONDAY_TELEHEALTH_SESSION,
      modality: { kind: 'in_person', locationId: 'loop-office', roomId: 'room.2' },
    });
    expect(baseRuleProblems(fhir)).toEqual([]);
    expect(fhir.participant.map((p) => p.actor?.reference)).toContain('Location/loop-office');
  });
});

describe('toFhirEncounter, as an R4 base-rules validator reads it', () => {
  it('writes a held, an under-way and a cancelled session with literal references and a period in order', () => {
    const held = { ...MONDAY_TELEHEALTH_SESSION, status: { state: 'completed' as const } };
    for (const [session, asOf] of [
      [held, '2026-03-09T10:00:00-04:00'],
      [MONDAY_TELEHEALTH_SESSION, '2026-03-09T09:10:00-04:00'],
      [cancelled, '2026-03-09T10:00:00-04:00'],
    ] as const) {
      const fhir = toFhirEncounter(session, { asOf, zone: 'America/New_York' });
      expect(baseRuleProblems(fhir)).toEqual([]);
    }
  });
});

describe('toFhirClaim, as an R4 base-rules validator reads it', () => {
  const fhir = toFhirClaim(ANXIETY_CLAIM, { asOf: '2026-03-03', coverageId: 'cov-ava-1' });

  it('has every element R4 requires: status, type, use, patient, created, provider, priority, insurance', () => {
    for (const key of ['status', 'type', 'use', 'patient', 'created', 'provider', 'priority', 'insurance'])
      expect(fhir).toHaveProperty(key);
    expect(baseRuleProblems(fhir)).toEqual([]);
  });

  it('numbers careTeam, diagnosis, insurance and item from 1 without repeats, and one insurance is focal', () => {
    for (const list of [fhir.careTeam ?? [], fhir.diagnosis ?? [], fhir.insurance, fhir.item])
      expect(list.map((x) => x.sequence)).toEqual(list.map((_, i) => i + 1));
    expect(fhir.insurance.filter((i) => i.focal)).toHaveLength(1);
  });

  it('points each item only at care-team members and diagnoses the claim holds', () => {
    const team = new Set((fhir.careTeam ?? []).map((c) => c.sequence));
    const dx = new Set((fhir.diagnosis ?? []).map((d) => d.sequence));
    for (const item of fhir.item) {
      for (const s of item.careTeamSequence ?? []) expect(team.has(s)).toBe(true);
      for (const s of item.diagnosisSequence ?? []) expect(dx.has(s)).toBe(true);
    }
  });

  it('totals the item nets in USD, to the cent', () => {
    const cents = fhir.item.reduce((sum, i) => sum + Math.round((i.net?.value ?? 0) * 100), 0);
    expect(Math.round((fhir.total?.value ?? 0) * 100)).toBe(cents);
    expect(fhir.total?.currency).toBe('USD');
  });

  it('writes a HCPCS code and modifier under HCPCS’s system, CPT’s under CPT’s (H0004 HO, 90837 95)', () => {
    const h = toFhirClaim(
      {
        ...ANXIETY_CLAIM,
        lines: [
          {
            lineId: '1',
            serviceDate: '2026-03-02',
            procedureCode: 'H0004',
            modifiers: ['HO'],
            placeOfService: '11',
            units: 4,
            chargeCents: 8_000,
            diagnosisPointers: [1],
          },
        ],
      },
      { asOf: '2026-03-03', coverageId: 'cov-ava-1' },
    );
    expect(baseRuleProblems(h)).toEqual([]);
    expect(h.item[0]?.productOrService.coding?.[0]?.system).toBe(
      'https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets',
    );
    expect(h.item[0]?.modifier?.[0]?.coding?.[0]?.system).toBe(
      'https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets',
    );
  });
});

describe('toFhirClaim with contained facilities (dom-3)', () => {
  it('references every contained Location and resolves every local reference', () => {
    const facility = {
      name: 'EASTSIDE SCHOOL WELLNESS ROOM',
      address: { line1: '45 OAK AVE', city: 'GRESHAM', state: 'OR', postalCode: '970301234' },
    } as const;
    const fhir = toFhirClaim(
      {
        ...ANXIETY_CLAIM,
        serviceFacility: facility,
        lines: [
          { ...(ANXIETY_CLAIM.lines[1] as object), placeOfService: '11' },
          {
            ...(ANXIETY_CLAIM.lines[1] as object),
            lineId: '3',
            placeOfService: '11',
            serviceFacility: {
              name: 'ANNEX',
              address: { line1: '9 PINE ST', city: 'PORTLAND', state: 'OR', postalCode: '97201' },
            },
          },
        ] as never,
      },
      { asOf: '2026-03-03', coverageId: 'cov-ava-1' },
    );
    expect(fhir.contained?.length).toBe(2);
    expect(baseRuleProblems(fhir)).toEqual([]);
  });
});

describe('toFhirCoverage, toFhirPractitioner, toFhirPractitionerRole', () => {
  it('writes a Coverage with its status, beneficiary, payor and a period that does not end before it starts', () => {
    const fhir = toFhirCoverage({
      id: 'cov-1',
      clientId: 'c-ava',
      status: 'active',
      payerClass: 'medicaid',
      payerId: 'il-hfs',
      memberId: 'M1',
      start: '2026-01-01',
      end: '2026-12-31',
    });
    expect(baseRuleProblems(fhir)).toEqual([]);
    expect(fhir.payor.length).toBeGreaterThan(0);
    expect(fhir.beneficiary.reference).toBe('Patient/c-ava');
  });

  it('writes a Practitioner and a PractitionerRole whose practitioner reference resolves to it', () => {
    const practitioner = toFhirPractitioner({
      clinicianId: 'dr-okafor',
      individualNpi: '1234567893',
      licenses: [
        {
          state: 'IL',
          type: 'LCPC',
          number: '180.012345',
          level: 'independent',
          status: 'active',
          issuedOn: '2022-04-01',
          expiresOn: '2027-03-31',
        },
      ],
    } as never);
    // Terminated on 2026-11-01: in network through 2026-10-31, a period that ends after it starts.
    const role = toFhirPractitionerRole({
      clinicianId: 'dr-okafor',
      payerId: 'aetna',
      status: 'terminated',
      effectiveOn: '2026-02-01',
      terminatedOn: '2026-11-01',
    } as never);
    expect(baseRuleProblems(practitioner)).toEqual([]);
    expect(baseRuleProblems(role)).toEqual([]);
    expect(role.practitioner?.reference).toBe(`Practitioner/${practitioner.id}`);
    expect(role.period).toEqual({ start: '2026-02-01', end: '2026-10-31' });
  });

  it('refuses an enrollment terminated on its effective date rather than write a period that ends before it starts', () => {
    expect(() =>
      toFhirPractitionerRole({
        clinicianId: 'dr-okafor',
        payerId: 'aetna',
        status: 'terminated',
        effectiveOn: '2026-02-01',
        terminatedOn: '2026-02-01',
      } as never),
    ).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ at: '$.terminatedOn' })] }));
  });
});

describe('toFhirSchedule and toFhirSlots: a Bundle’s references resolve', () => {
  const drLee: SchedulingClinicianInput = {
    id: 'dr-lee',
    zone: 'America/Chicago',
    modalities: ['in_person', 'telehealth'],
    availability: [
      { days: ['mon'], start: '09:00', end: '12:00', modalities: ['in_person'], locationId: 'loop-office' },
    ],
  };

  it('writes free slots across the 2026-11-01 change whose schedule reference is the Schedule written for the clinician', () => {
    const window = { from: '2026-10-26', to: '2026-11-03' };
    const schedule = toFhirSchedule(drLee, window);
    const found = findOpenSlots([drLee], [], {
      ...window,
      asOf: '2026-10-20T00:00:00Z',
      sessionMinutes: 60,
      displayZone: 'America/Chicago',
    });
    const slots = toFhirSlots(found.slots);
    expect(slots.length).toBeGreaterThan(0);
    expect(baseRuleProblems(schedule)).toEqual([]);
    for (const slot of slots) {
      expect(baseRuleProblems(slot)).toEqual([]);
      expect(slot.schedule.reference).toBe(`Schedule/${schedule.id}`);
      expect(Date.parse(slot.start)).toBeLessThan(Date.parse(slot.end));
    }
    // 09:00 in Chicago is 14:00Z in CDT (26 October) and 15:00Z in CST (2 November).
    const starts = slots.map((s) => new Date(Date.parse(s.start)).toISOString());
    expect(starts).toContain('2026-10-26T14:00:00.000Z');
    expect(starts).toContain('2026-11-02T15:00:00.000Z');
  });
});

describe('toFhirAppointment (property)', () => {
  it('writes only resources the base rules accept, whatever the instants, offsets and status', () => {
    fc.assert(
      fc.property(
        instantArb,
        fc.integer({ min: 1, max: 240 }),
        fc.constantFrom('scheduled', 'completed', 'no_show', 'cancelled'),
        (start, minutes, state) => {
          const fhir = toFhirAppointment({
            ...MONDAY_TELEHEALTH_SESSION,
            start: start.instant,
            end: formatWithOffset(start.ms + minutes * 60_000, start.offset),
            status: state === 'cancelled' ? { state, by: 'clinician', at: start.instant } : { state },
          });
          expect(baseRuleProblems(fhir)).toEqual([]);
          // app-4: a cancelation reason only on a cancelled or no-show session.
          if (fhir.status !== 'cancelled' && fhir.status !== 'noshow')
            expect(fhir.cancelationReason).toBeUndefined();
        },
      ),
    );
  });
});
