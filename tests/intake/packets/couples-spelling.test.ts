// One spelling of a couples session across modules: scheduling's appointment types, the booking request and FHIR
// say `couples`, and so does intake (its service type and its packet condition; `couple` before cred41). The old
// spelling is rejected, never read as the new one, by a code whose message names the spelling to write.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeValidate } from '../../../src/core/index.js';
import {
  DEFAULT_INTAKE_PACKET_POLICY,
  IntakeClient,
  IntakePacketPolicy,
  listRequiredIntakeDocuments,
  RENAMED_INTAKE_SERVICE_TYPES,
} from '../../../src/intake/index.js';
import { IntakeCondition, IntakeServiceType } from '../../../src/intake/internal.js';
import { IntakeInquiry, IntakeRosterClinician } from '../../../src/intake/pipeline/fit.js';
import { SchedulingAppointmentType } from '../../../src/scheduling/appointments/appointment.js';

const issues = (schema: Parameters<typeof safeValidate>[0], value: unknown) => {
  const result = safeValidate(schema, value, 'intake value');
  if (result.success) throw new Error('expected the value to be rejected');
  return result.error.issues.map((i) => [i.at, i.code, i.message]);
};

describe('couples, spelled one way', () => {
  it('spells the session couples in intake as in scheduling', () => {
    expect(SchedulingAppointmentType.options).toContain('couples');
    expect(IntakeServiceType.options).toEqual(['individual', 'couples', 'family']);
    expect(IntakeCondition.options).toContain('couples');
    expect(RENAMED_INTAKE_SERVICE_TYPES).toEqual({ couple: 'couples' });
    for (const [from, to] of Object.entries(RENAMED_INTAKE_SERVICE_TYPES)) {
      expect(SchedulingAppointmentType.options).toContain(to);
      expect(SchedulingAppointmentType.options).not.toContain(from);
      expect(IntakeServiceType.options).not.toContain(from);
    }
  });

  it('rejects a client’s serviceType couple by path, naming couples and never echoing the value', () => {
    const found = issues(IntakeClient, {
      id: 'c-1',
      zone: 'America/Denver',
      serviceType: 'couple',
      signers: ['p-1', 'p-2'],
    });
    expect(found.map(([at, code]) => [at, code])).toEqual([
      ['$.serviceType', 'invalid_value'],
      ['$.serviceType', 'intake.client.service_type_renamed'],
    ]);
    expect(found[1]?.[2]).toBe('is a renamed service type: write "couples"');
  });

  it('rejects a packet rule’s condition couple, naming couples', () => {
    const found = issues(IntakePacketPolicy, {
      documents: [{ type: 'photo_id', kind: 'upload', weight: 'blocking' }],
      rules: [{ document: 'photo_id', when: ['couple'] }],
    });
    expect(found.map(([at, code]) => [at, code])).toContainEqual([
      '$.rules[0].when[0]',
      'intake.packet.condition_renamed',
    ]);
    expect(found.find(([, code]) => code === 'intake.packet.condition_renamed')?.[2]).toBe(
      'is a renamed packet condition: write "couples"',
    );
  });

  it('rejects couple among a clinician’s services and in an inquiry (the fit check)', () => {
    const clinician = issues(IntakeRosterClinician, {
      clinicianId: 'dr-a',
      modalities: ['telehealth'],
      states: ['NY'],
      openCapacity: 1,
      services: ['individual', 'couple'],
    });
    expect(clinician.map(([at, code]) => [at, code])).toContainEqual([
      '$.services[1]',
      'intake.client.service_type_renamed',
    ]);
    const inquiry = issues(IntakeInquiry, { service: 'couple' });
    expect(inquiry.map(([at, code]) => [at, code])).toContainEqual([
      '$.service',
      'intake.client.service_type_renamed',
    ]);
  });

  it('still asks both adults of a couples session to sign (one copy each)', () => {
    const { required } = listRequiredIntakeDocuments(
      {
        id: 'c-1',
        zone: 'America/Denver',
        serviceType: 'couples',
        signers: ['p-1', 'p-2'],
        billing: 'self_pay',
        modality: 'in_person',
        birthDate: '1985-05-05',
      },
      DEFAULT_INTAKE_PACKET_POLICY,
      { asOf: '2026-04-01' },
    );
    const consent = required.filter((r) => r.type === 'informed_consent').map((r) => r.signerId);
    expect(consent).toEqual(['p-1', 'p-2']);
  });

  it('says only invalid_value of any other unknown service type (property)', () => {
    fc.assert(
      fc.property(
        fc
          .string({ maxLength: 20 })
          .filter((s) => !['individual', 'couples', 'family', 'couple'].includes(s)),
        (value) => {
          expect(issues(IntakeServiceType, value).map(([, code]) => code)).toEqual(['invalid_value']);
        },
      ),
    );
  });
});
