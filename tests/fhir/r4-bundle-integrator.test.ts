// The library's FHIR R4 output as an integrator assembles it into one Bundle (type collection) beside the
// Patient and Organizations it keeps itself, checked by hand against the R4 base specification
// [sources: fhir-r4-appointment, fhir-r4-claim, fhir-r4-coverage, fhir-r4-schedule, fhir-r4-practitioner,
// fhir-r4-datatypes]: required elements and cardinalities, required value sets' codes, and references that
// resolve inside the Bundle (relative `Type/id` against an entry's fullUrl, or by a logical identifier).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  toFhirAppointment,
  toFhirClaim,
  toFhirCoverage,
  toFhirPractitioner,
  toFhirPractitionerRole,
  toFhirSchedule,
  toFhirSlots,
} from '../../src/fhir/index.js';
import { findOpenSlots, type SchedulingClinicianInput } from '../../src/scheduling/index.js';
import { ANXIETY_CLAIM } from './claim-fixtures.js';
import { MONDAY_TELEHEALTH_SESSION } from './fhir-fixtures.js';

const BASE = 'https://ehr.example.org/fhir';
type Resource = { resourceType: string; id?: string; [k: string]: unknown };
// R4 required bindings (hl7.org/fhir/R4/valueset-*.html).
const APPOINTMENT_STATUS = [
  'proposed',
  'pending',
  'booked',
  'arrived',
  'fulfilled',
  'cancelled',
  'noshow',
  'entered-in-error',
  'checked-in',
  'waitlist',
];
const PARTICIPATION_STATUS = ['accepted', 'declined', 'tentative', 'needs-action'];
const PARTICIPANT_REQUIRED = ['required', 'optional', 'information-only'];
const FM_STATUS = ['active', 'cancelled', 'draft', 'entered-in-error'];
const CLAIM_USE = ['claim', 'preauthorization', 'predetermination'];
const SLOT_STATUS = ['busy', 'free', 'busy-unavailable', 'busy-tentative', 'entered-in-error'];
const CANCELLATION_REASON = new Set([
  'pat',
  'pat-crs',
  'pat-cpp',
  'pat-dec',
  'pat-inp',
  'pat-mt',
  'pat-mv',
  'pat-pref',
  'pat-pt',
  'pat-swie',
  'prov',
  'prov-pers',
  'prov-dch',
  'prov-edu',
  'prov-hosp',
  'prov-labs',
  'prov-mri',
  'prov-onc',
  'maint',
  'meds-inc',
  'other',
  'oth-cms',
  'oth-err',
  'oth-fin',
  'oth-im',
  'oth-int',
  'oth-mu',
  'oth-room',
  'oth-oerr',
  'oth-swie',
  'oth-weath',
]);
const NPI = 'http://hl7.org/fhir/sid/us-npi';

const drLee: SchedulingClinicianInput = {
  id: 'dr-lee',
  zone: 'America/New_York',
  modalities: ['telehealth'],
  availability: [{ days: ['mon'], start: '09:00', end: '12:00', modalities: ['telehealth'] }],
};

function bundle(): {
  resourceType: 'Bundle';
  type: 'collection';
  entry: { fullUrl: string; resource: Resource }[];
} {
  const window = { from: '2026-03-09', to: '2026-03-16' };
  const own: Resource[] = [
    toFhirAppointment(MONDAY_TELEHEALTH_SESSION) as unknown as Resource,
    toFhirClaim(
      { ...ANXIETY_CLAIM, renderingNpi: '1234567893' },
      { asOf: '2026-03-03', coverageId: 'cov-ava-1' },
    ) as unknown as Resource,
    toFhirCoverage({
      id: 'cov-ava-1',
      clientId: 'c-ava',
      status: 'active',
      payerClass: 'commercial',
      payerId: 'bcbs-il',
      memberId: 'XOF123456789',
      start: '2026-01-01',
    }) as unknown as Resource,
    toFhirPractitioner({
      clinicianId: 'dr-lee',
      individualNpi: '1234567893',
      licenses: [],
    } as never) as unknown as Resource,
    toFhirPractitionerRole({
      clinicianId: 'dr-lee',
      payerId: 'bcbs-il',
      status: 'approved',
      effectiveOn: '2026-01-01',
    } as never) as unknown as Resource,
    toFhirSchedule(drLee, window) as unknown as Resource,
    ...(toFhirSlots(
      findOpenSlots([drLee], [], {
        ...window,
        asOf: '2026-03-01T00:00:00Z',
        sessionMinutes: 50,
        displayZone: 'America/New_York',
      }).slots,
    ) as unknown as Resource[]),
  ];
  // What the integrator keeps itself: the client, the payer and the group practice (billing NPI).
  const theirs: Resource[] = [
    { resourceType: 'Patient', id: 'c-ava' },
    { resourceType: 'Organization', id: 'bcbs-il', name: 'Example Blue' },
    { resourceType: 'Organization', id: 'harbor', identifier: [{ system: NPI, value: '1245319599' }] },
  ];
  return {
    resourceType: 'Bundle',
    type: 'collection',
    // Slots and PractitionerRoles carry no id (computed on request, docs/fhir.md): the integrator gives such
    // an entry a urn:uuid fullUrl of its own, as R4 Bundle allows.
    entry: [...own, ...theirs].map((resource, i) => ({
      fullUrl:
        resource.id === undefined
          ? `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`
          : `${BASE}/${resource.resourceType}/${resource.id}`,
      resource,
    })),
  };
}

/** Every Reference in a resource, with its path. */
function references(
  node: unknown,
  path: string,
  out: [
    string,
    { reference?: string; type?: string; identifier?: { system?: string; value?: string } },
  ][] = [],
) {
  if (Array.isArray(node)) {
    for (const [i, x] of node.entries()) references(x, `${path}[${i}]`, out);
  } else if (typeof node === 'object' && node !== null) {
    const o = node as Record<string, unknown>;
    if (
      typeof o.reference === 'string' ||
      (typeof o.identifier === 'object' && typeof o.type === 'string' && !Array.isArray(o.identifier))
    )
      out.push([path, o as never]);
    for (const [k, v] of Object.entries(o)) if (k !== 'identifier') references(v, `${path}.${k}`, out);
  }
  return out;
}

describe('the library’s R4 resources in one Bundle, as an integrator checks them', () => {
  const b = bundle();
  const resources = b.entry.map((e) => e.resource);
  const byType = (t: string): unknown[] => resources.filter((r) => r.resourceType === t);

  it('gives every entry a fullUrl of its own (bdl-7), and every resource another references a FHIR id', () => {
    const urls = b.entry.map((e) => e.fullUrl);
    expect(new Set(urls).size).toBe(urls.length);
    for (const r of resources) if (r.id !== undefined) expect(r.id).toMatch(/^[A-Za-z0-9\-.]{1,64}$/);
    const referenced = new Set(
      resources.flatMap((r) =>
        references(r, '').flatMap(([, ref]) => (ref.reference === undefined ? [] : [ref.reference])),
      ),
    );
    for (const ref of referenced) {
      const [type, id] = ref.split('/');
      expect(resources.some((r) => r.resourceType === type && r.id === id)).toBe(true);
    }
  });

  it('resolves every reference inside the Bundle: literal ones by fullUrl, logical ones by an entry’s identifier', () => {
    const unresolved: string[] = [];
    for (const r of resources)
      for (const [path, ref] of references(r, `${r.resourceType}/${r.id}`)) {
        if (ref.reference?.startsWith('#')) continue; // contained, checked by the base-rules suite
        if (ref.reference !== undefined) {
          if (!b.entry.some((e) => e.fullUrl === `${BASE}/${ref.reference}`)) unresolved.push(path);
        } else if (
          !resources.some(
            (x) =>
              x.resourceType === ref.type &&
              ((x.identifier ?? []) as { system?: string; value?: string }[]).some(
                (i) => i.system === ref.identifier?.system && i.value === ref.identifier?.value,
              ),
          )
        )
          unresolved.push(path);
      }
    expect(unresolved).toEqual([]);
  });

  it('has the elements R4 requires, each with a code of its required value set (Appointment, Claim, Coverage, Slot)', () => {
    for (const a of byType('Appointment') as {
      status: string;
      participant: { status: string; required?: string }[];
    }[]) {
      expect(APPOINTMENT_STATUS).toContain(a.status);
      expect(a.participant.length).toBeGreaterThan(0);
      for (const p of a.participant) {
        expect(PARTICIPATION_STATUS).toContain(p.status);
        if (p.required !== undefined) expect(PARTICIPANT_REQUIRED).toContain(p.required);
      }
    }
    const [claim] = byType('Claim') as unknown as {
      status: string;
      use: string;
      type: unknown;
      patient: unknown;
      created: string;
      provider: unknown;
      priority: { coding: { system: string; code: string }[] };
      insurance: { sequence: number; focal: boolean; coverage: unknown }[];
      item: { sequence: number; productOrService: { coding: unknown[] } }[];
    }[];
    expect(FM_STATUS).toContain(claim?.status);
    expect(CLAIM_USE).toContain(claim?.use);
    for (const key of ['type', 'patient', 'created', 'provider', 'priority'] as const)
      expect(claim?.[key]).toBeDefined();
    expect(claim?.priority.coding).toContainEqual({
      system: 'http://terminology.hl7.org/CodeSystem/processpriority',
      code: 'normal',
    });
    expect(claim?.insurance.length).toBeGreaterThan(0);
    for (const i of claim?.insurance ?? [])
      expect([typeof i.sequence, typeof i.focal, i.coverage !== undefined]).toEqual([
        'number',
        'boolean',
        true,
      ]);
    for (const item of claim?.item ?? []) expect(item.productOrService.coding.length).toBeGreaterThan(0);
    for (const c of byType('Coverage') as { status: string; beneficiary: unknown; payor: unknown[] }[]) {
      expect(FM_STATUS).toContain(c.status);
      expect(c.beneficiary).toBeDefined();
      expect(c.payor.length).toBeGreaterThan(0);
    }
    const slots = byType('Slot') as { status: string; schedule: unknown; start: string; end: string }[];
    expect(slots.length).toBeGreaterThan(0);
    for (const s of slots) {
      expect(SLOT_STATUS).toContain(s.status);
      expect(s.start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/); // instant
    }
    for (const s of byType('Schedule') as { actor: unknown[] }[]) expect(s.actor.length).toBeGreaterThan(0);
  });

  it('codes a cancellation from R4’s appointment-cancellation-reason and only on cancelled or no-show sessions (property, app-4)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('scheduled', 'completed', 'no_show', 'cancelled'),
        fc.constantFrom('client', 'clinician', 'practice'),
        (state, by) => {
          const status =
            state === 'cancelled'
              ? { state, by, at: '2026-03-08T22:15:00-04:00' }
              : state === 'no_show'
                ? { state, recordedAt: '2026-03-09T10:00:00-04:00' }
                : { state };
          let a: { status: string; cancelationReason?: { coding: { system: string; code: string }[] } };
          try {
            a = toFhirAppointment({ ...MONDAY_TELEHEALTH_SESSION, status } as never) as never;
          } catch {
            return; // a status shape this model does not take: the writer refuses, never writes it
          }
          expect(APPOINTMENT_STATUS).toContain(a.status);
          const hl7 =
            a.cancelationReason?.coding.filter(
              (c) => c.system === 'http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason',
            ) ?? [];
          if (a.cancelationReason !== undefined) {
            expect(['cancelled', 'noshow']).toContain(a.status);
            expect(hl7.length).toBeGreaterThan(0);
            for (const c of hl7) expect(CANCELLATION_REASON.has(c.code)).toBe(true);
          }
        },
      ),
    );
  });
});
