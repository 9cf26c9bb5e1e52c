import { describe, expect, it } from 'vitest';
import { SERVICE_CODE_CATALOG, ServiceCodeDefinition } from '../../../src/billing/index.js';
import {
  areServiceCodesExclusive,
  EvaluationAndManagementCode,
  getServiceCodeDefinition,
  isAddOnServiceCode,
  isKnownServiceCode,
  SERVICE_CODES,
} from '../../../src/billing/internal.js';

describe('SERVICE_CODE_CATALOG', () => {
  it('has one valid entry per service code, keyed by its own code', () => {
    for (const code of SERVICE_CODES) {
      const entry = SERVICE_CODE_CATALOG[code];
      expect(ServiceCodeDefinition.parse(entry)).toEqual(entry);
      expect(entry.code).toBe(code);
    }
    expect(Object.keys(SERVICE_CODE_CATALOG).sort()).toEqual([...SERVICE_CODES].sort());
  });

  it('lists primaries only for add-ons, and add-ons always name at least one', () => {
    for (const code of SERVICE_CODES) {
      const entry = SERVICE_CODE_CATALOG[code];
      expect(entry.requiresOneOf.length > 0).toBe(entry.addOn);
      for (const primary of entry.requiresOneOf) expect(areServiceCodesExclusive(code, primary)).toBe(false);
    }
  });

  it('keeps the exclusion relation symmetric and irreflexive in the data itself', () => {
    for (const a of SERVICE_CODES) {
      expect(SERVICE_CODE_CATALOG[a].excludes).not.toContain(a);
      for (const b of SERVICE_CODE_CATALOG[a].excludes) expect(SERVICE_CODE_CATALOG[b].excludes).toContain(a);
    }
  });

  it('carries the published psychotherapy time bands ([ama-cpt], [lcd-l35101])', () => {
    expect(getServiceCodeDefinition('90832').time).toEqual({ kind: 'band', minMinutes: 16, maxMinutes: 37 });
    expect(getServiceCodeDefinition('90834').time).toEqual({ kind: 'band', minMinutes: 38, maxMinutes: 52 });
    expect(getServiceCodeDefinition('90837').time).toEqual({
      kind: 'band',
      minMinutes: 53,
      maxMinutes: null,
    });
    expect(getServiceCodeDefinition('90847').time).toEqual({
      kind: 'band',
      minMinutes: 26,
      maxMinutes: null,
    });
    expect(getServiceCodeDefinition('90840').time).toEqual({
      kind: 'per_unit',
      firstUnitAtMinutes: 75,
      minutesPerUnit: 30,
    });
    expect(getServiceCodeDefinition('90791').time).toEqual({ kind: 'untimed' });
  });

  it('does not allow interactive complexity with crisis or family codes (source conflict resolved per issue 5)', () => {
    for (const other of ['90839', '90840', '90846', '90847'] as const) {
      expect(areServiceCodesExclusive('90785', other)).toBe(true);
    }
    expect(SERVICE_CODE_CATALOG['90785'].requiresOneOf).not.toContain('99213');
  });
});

describe('EvaluationAndManagementCode', () => {
  // Office E/M: new patient 99202–99205, established 99212–99215 (CPT E/M; LCD L35101): one list, the
  // service codes built from it.
  it('is exactly the service codes of the E/M family, 99202–99205 and 99212–99215', () => {
    const emFamily = SERVICE_CODES.filter(
      (c) => SERVICE_CODE_CATALOG[c].family === 'evaluation_and_management',
    );
    expect([...EvaluationAndManagementCode.options]).toEqual(emFamily);
    expect(EvaluationAndManagementCode.options).toEqual([
      '99202',
      '99203',
      '99204',
      '99205',
      '99212',
      '99213',
      '99214',
      '99215',
    ]);
    for (const code of EvaluationAndManagementCode.options) expect(isKnownServiceCode(code)).toBe(true);
  });

  it('keeps the service codes in ascending code order, the E/M codes after the psychiatry codes', () => {
    expect([...SERVICE_CODES]).toEqual([...SERVICE_CODES].sort());
    const first = SERVICE_CODES.indexOf('99202');
    expect(SERVICE_CODES.slice(first, first + 8)).toEqual(EvaluationAndManagementCode.options);
  });
});

describe('service-code lookups', () => {
  it('tells known codes and add-ons apart', () => {
    expect(isKnownServiceCode('90834')).toBe(true);
    expect(isKnownServiceCode('90999')).toBe(false);
    expect(isKnownServiceCode('toString')).toBe(false);
    expect(isAddOnServiceCode('90833')).toBe(true);
    expect(isAddOnServiceCode('90837')).toBe(false);
  });
});

describe('SERVICE_CODE_CATALOG: new-patient office E/M 99202–99205 (CPT E/M)', () => {
  it('knows 99202–99205 as untimed E/M primaries that the psychotherapy add-ons accept', () => {
    for (const code of ['99202', '99203', '99204', '99205'] as const) {
      expect(isKnownServiceCode(code)).toBe(true);
      expect(getServiceCodeDefinition(code)).toMatchObject({
        family: 'evaluation_and_management',
        addOn: false,
        time: { kind: 'untimed' },
        maxUnitsPerSession: 1,
      });
      expect(getServiceCodeDefinition(code).description).toContain('a new patient');
      for (const addOn of ['90833', '90836', '90838'] as const) {
        expect(getServiceCodeDefinition(addOn).requiresOneOf).toContain(code);
      }
    }
    expect(getServiceCodeDefinition('99213').description).toContain('an established patient');
  });

  it('bills one E/M per session: a new-patient code never beside an established one or a diagnostic evaluation', () => {
    expect(areServiceCodesExclusive('99203', '99213')).toBe(true);
    expect(areServiceCodesExclusive('99202', '99205')).toBe(true);
    expect(areServiceCodesExclusive('99204', '90791')).toBe(true);
    expect(areServiceCodesExclusive('99204', '90834')).toBe(true);
    expect(areServiceCodesExclusive('99204', '90836')).toBe(false);
  });
});
