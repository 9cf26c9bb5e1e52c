import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AccessPurpose,
  isClinicalRole,
  MINIMUM_NECESSARY_MATRIX,
  PhiCategory,
  PracticeRole,
  planRecordAccess,
  type RecordAccessContextInput,
  type RecordFieldMapInput,
  redactRecordForPurpose,
} from '../../../src/boundaries/index.js';
import { ValidationError } from '../../../src/core/index.js';

const FIELD_MAP: RecordFieldMapInput = {
  name: { category: 'identity' },
  phone: { category: 'contact' },
  dateOfBirth: { category: 'demographics' },
  nextAppointment: { category: 'appointments' },
  memberId: { category: 'insurance' },
  balanceCents: { category: 'billing' },
  icd10: { category: 'diagnosis_codes' },
  progressNote: { category: 'clinical_record' },
  processNotes: { category: 'psychotherapy_notes' },
  sudTreatmentSummary: { category: 'substance_use_record' },
  sudCounselingDates: { category: 'appointments', part2: true },
};

const RECORD = {
  name: 'Client A',
  phone: '+15555550100',
  dateOfBirth: '1990-01-01',
  nextAppointment: '2026-12-01T10:00:00-05:00',
  memberId: 'M123',
  balanceCents: 4000,
  icd10: 'F41.1',
  progressNote: 'note',
  processNotes: 'process',
  sudTreatmentSummary: 'summary',
  sudCounselingDates: ['2026-11-01'],
  unmappedSecret: 'x',
};

describe('planRecordAccess', () => {
  it('gives the biller what a claim needs and no notes', () => {
    const plan = planRecordAccess(FIELD_MAP, { role: 'biller', purpose: 'payment' });
    expect(plan.visibleFields).toEqual([
      'balanceCents',
      'dateOfBirth',
      'icd10',
      'memberId',
      'name',
      'nextAppointment',
      'phone',
    ]);
    expect(plan.hiddenFields).toEqual([
      {
        field: 'processNotes',
        category: 'psychotherapy_notes',
        code: 'boundaries.access.psychotherapy_notes_restricted',
      },
      {
        field: 'progressNote',
        category: 'clinical_record',
        code: 'boundaries.access.not_needed_for_purpose',
      },
      {
        field: 'sudCounselingDates',
        category: 'appointments',
        code: 'boundaries.access.part2_consent_missing',
      },
      {
        field: 'sudTreatmentSummary',
        category: 'substance_use_record',
        code: 'boundaries.access.not_needed_for_purpose',
      },
    ]);
  });

  it('shows Part 2 records to billing once a Part 2 consent covers payment', () => {
    const plan = planRecordAccess(FIELD_MAP, {
      role: 'biller',
      purpose: 'payment',
      part2ConsentPurposes: ['payment'],
    });
    expect(plan.visibleFields).toContain('sudCounselingDates');
  });

  it('shows the scheduler demographics-light fields only', () => {
    const plan = planRecordAccess(FIELD_MAP, { role: 'assistant', purpose: 'scheduling' });
    expect(plan.visibleFields).toEqual(['name', 'nextAppointment', 'phone']);
  });

  it('refuses every field for a purpose the role does not act for', () => {
    const plan = planRecordAccess(FIELD_MAP, { role: 'biller', purpose: 'treatment' });
    expect(plan.visibleFields).toEqual([]);
    expect(new Set(plan.hiddenFields.map((h) => h.code))).toEqual(
      new Set(['boundaries.access.purpose_not_permitted_for_role']),
    );
  });

  it('shows psychotherapy notes to their author for treatment, and to an opted-in supervisor', () => {
    expect(
      planRecordAccess(FIELD_MAP, { role: 'clinician', purpose: 'treatment', isNotesAuthor: true })
        .visibleFields,
    ).toContain('processNotes');
    expect(
      planRecordAccess(FIELD_MAP, { role: 'clinician', purpose: 'treatment' }).visibleFields,
    ).not.toContain('processNotes');
    expect(
      planRecordAccess(FIELD_MAP, {
        role: 'supervisor',
        purpose: 'supervision',
        authorOptedInSupervisor: true,
      }).visibleFields,
    ).toContain('processNotes');
    expect(
      planRecordAccess(FIELD_MAP, { role: 'supervisor', purpose: 'supervision' }).visibleFields,
    ).not.toContain('processNotes');
  });
});

describe('redactRecordForPurpose', () => {
  it('returns only the visible fields and drops unmapped ones', () => {
    expect(redactRecordForPurpose(RECORD, FIELD_MAP, { role: 'assistant', purpose: 'scheduling' })).toEqual({
      name: 'Client A',
      nextAppointment: '2026-12-01T10:00:00-05:00',
      phone: '+15555550100',
    });
  });

  it('does not change its input', () => {
    const copy = structuredClone(RECORD);
    redactRecordForPurpose(RECORD, FIELD_MAP, { role: 'biller', purpose: 'payment' });
    expect(RECORD).toEqual(copy);
  });

  const context: fc.Arbitrary<RecordAccessContextInput> = fc.record({
    role: fc.constantFrom(...PracticeRole.options),
    purpose: fc.constantFrom(...AccessPurpose.options),
    isNotesAuthor: fc.boolean(),
    authorOptedInSupervisor: fc.boolean(),
    part2ConsentPurposes: fc.subarray([...AccessPurpose.options]),
  });
  const fieldName = fc.constantFrom('a', 'b', 'c', 'notes', 'sud', 'name', 'memberId', 'x_1', 'constructor');
  const fieldMap = fc.dictionary(
    fieldName,
    fc.record({ category: fc.constantFrom(...PhiCategory.options), part2: fc.boolean() }),
  );
  const record = fc.dictionary(fieldName, fc.jsonValue());

  it('property: never returns a field the role may not see, and is idempotent', () => {
    fc.assert(
      fc.property(record, fieldMap, context, (rec, map, ctx) => {
        const out = redactRecordForPurpose(rec, map, ctx);
        const plan = planRecordAccess(map, ctx);
        const parsedRole = ctx.role;
        for (const field of Object.keys(out)) {
          expect(plan.visibleFields).toContain(field);
          const spec = map[field];
          expect(spec).toBeDefined();
          const allowed = MINIMUM_NECESSARY_MATRIX[parsedRole][ctx.purpose] ?? [];
          expect(allowed).toContain(spec?.category);
          if (spec?.category === 'psychotherapy_notes') expect(isClinicalRole(parsedRole)).toBe(true);
          if (spec?.part2 === true || spec?.category === 'substance_use_record') {
            expect(ctx.part2ConsentPurposes).toContain(ctx.purpose);
          }
        }
        expect(redactRecordForPurpose(out, map, ctx)).toEqual(out);
      }),
    );
  });

  it('property: psychotherapy notes are never visible to a non-clinician', () => {
    fc.assert(
      fc.property(context, (ctx) => {
        const plan = planRecordAccess({ notes: { category: 'psychotherapy_notes' } }, ctx);
        if (!isClinicalRole(ctx.role)) expect(plan.visibleFields).toEqual([]);
      }),
    );
  });
});

describe('bad input', () => {
  it('rejects an unknown role, purpose and category, naming each and echoing none', () => {
    let error: unknown;
    try {
      planRecordAccess(
        { secretField: { category: 'gossip' } } as unknown as RecordFieldMapInput,
        {
          role: 'janitor',
          purpose: 'curiosity',
        } as unknown as RecordAccessContextInput,
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const v = error as ValidationError;
    // Both arguments' problems at once, each under its parameter's name.
    expect(v.issues.map((i) => i.at)).toEqual([
      '$.fieldMap.secretField.category',
      '$.context.role',
      '$.context.purpose',
    ]);
    expect(v.subject).toBe('record field map and record access context');
    expect(v.message).not.toContain('gossip');
    expect(() =>
      planRecordAccess({}, { role: 'janitor', purpose: 'curiosity' } as unknown as RecordAccessContextInput),
    ).toThrow(/\$\.context\.role[\s\S]*\$\.context\.purpose/);
  });

  it('rejects a record that is not an object', () => {
    expect(() =>
      redactRecordForPurpose(
        'x' as unknown as Record<string, unknown>,
        {},
        { role: 'biller', purpose: 'payment' },
      ),
    ).toThrow(ValidationError);
  });
});
