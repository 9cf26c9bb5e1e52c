// Telehealth at booking as an outside tester (sched38): a Medicare client's home as the originating site for
// mental-health telehealth and the in-person visit from the date the Consolidated Appropriations Act, 2026 set
// (2028-01-01) [sources: usc-42-1395m, hr-7148-caa-2026]; audio-only for mental health at home
// [sources: cfr-42-410.78]; a client in a state where the clinician holds no license
// [sources: hhs-telehealth-licensure].
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import { evaluateBooking, type PracticeData } from '../../../src/ops/index.js';
import { AS_OF, allowedBooking, smallPractice } from '../practice-fixtures.js';

const data = smallPractice();
const base = allowedBooking(data);
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);
const medicareCodes = (d: { reasons: readonly { code: string }[] }) =>
  codes(d).filter((c) => c.includes('medicare'));

/** The booking's client on Medicare with no in-person visit on record; the law's default date. */
function medicare(): PracticeData {
  const d = structuredClone(data);
  const c = d.clients.find((x) => x.id === base.clientId) as PracticeData['clients'][number];
  c.payerClasses = ['medicare'];
  for (const a of d.appointments)
    if (a.clientIds.includes(base.clientId)) a.modality = { kind: 'telehealth', clientLocationState: 'NY' };
  return d;
}
const on = (date: string, offset = '-05:00') => ({
  start: `${date}T15:00:00${offset}`,
  end: `${date}T15:53:00${offset}`,
});

describe('Medicare’s in-person visit from the date the law sets (2028-01-01 as it stands)', () => {
  it('asks nothing of a home session on Friday 2027-12-31, the last day before it applies', () => {
    const d = evaluateBooking({ ...base, ...on('2027-12-31') }, medicare(), { asOf: AS_OF });
    expect(medicareCodes(d)).toEqual([]);
  });

  it('warns that a visit is needed for a home session on Monday 2028-01-03 with none on record', () => {
    const d = evaluateBooking({ ...base, ...on('2028-01-03') }, medicare(), { asOf: AS_OF });
    expect(medicareCodes(d)).toContain('ops.booking.medicare_in_person_needed');
  });

  it('asks nothing when the client joins from a clinic, not home (the requirement is for the home)', () => {
    const d = evaluateBooking({ ...base, ...on('2028-01-03'), clientAtHome: false }, medicare(), {
      asOf: AS_OF,
    });
    expect(medicareCodes(d)).toEqual([]);
  });
});

describe('audio-only mental-health telehealth for a Medicare client (42 CFR 410.78(a)(3))', () => {
  const audio = { ...base, ...on('2028-03-01'), audioOnly: true };

  it('pays it at home when the client cannot use video or declines it, with modifier 93 (info)', () => {
    const d = evaluateBooking({ ...audio, videoDeclinedByClient: true }, medicare(), { asOf: AS_OF });
    const r = d.reasons.find((x) => x.code === 'ops.booking.medicare_audio_only');
    expect(r).toMatchObject({ severity: 'info', facts: { dateOfService: '2028-03-01' } });
  });

  it('is undecided (a warning) when nobody recorded whether the client can use video', () => {
    const d = evaluateBooking(audio, medicare(), { asOf: AS_OF });
    expect(d.reasons.find((x) => x.code === 'ops.booking.medicare_audio_only_video_unknown')?.severity).toBe(
      'warning',
    );
    expect(d.outcome).not.toBe('allowed');
  });

  it('warns when the client can use video and agrees to: Medicare pays audio-only only otherwise', () => {
    const d = evaluateBooking({ ...audio, videoDeclinedByClient: false }, medicare(), { asOf: AS_OF });
    expect(medicareCodes(d)).toContain('ops.booking.medicare_audio_only_video_accepted');
  });

  it('warns for an audio-only session away from home in 2028, after the temporary rules end', () => {
    const d = evaluateBooking({ ...audio, clientAtHome: false, videoDeclinedByClient: true }, medicare(), {
      asOf: AS_OF,
    });
    expect(medicareCodes(d)).toEqual(['ops.booking.medicare_audio_only_not_home']);
  });

  it('notes the temporary rules for an audio-only session away from home on 2027-12-31, their last day', () => {
    const d = evaluateBooking(
      { ...audio, ...on('2027-12-31'), clientAtHome: false, videoDeclinedByClient: true },
      medicare(),
      { asOf: AS_OF },
    );
    const r = d.reasons.find((x) => x.code === 'ops.booking.medicare_audio_only_flexibility');
    expect(r).toMatchObject({ severity: 'info', facts: { flexibilitiesThrough: '2027-12-31' } });
  });

  it('says nothing of Medicare for a self-pay client’s audio-only session', () => {
    const d = evaluateBooking({ ...base, audioOnly: true }, data, { asOf: AS_OF });
    expect(medicareCodes(d)).toEqual([]);
  });

  it('says nothing of audio-only for a Medicare video session', () => {
    const d = evaluateBooking({ ...base, ...on('2027-06-01', '-04:00') }, medicare(), { asOf: AS_OF });
    expect(codes(d).filter((c) => c.includes('audio_only'))).toEqual([]);
  });

  it('refuses audio-only on an in-person booking as a broken request, by path', () => {
    try {
      evaluateBooking({ ...base, modality: 'in_person', audioOnly: true }, data, { asOf: AS_OF });
      expect.unreachable('no error');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => `${i.code}@${i.at}`)).toContain(
        'ops.booking.audio_only_in_person@$.request.audioOnly',
      );
    }
  });
});

describe('a client located where the clinician holds no license', () => {
  it('refuses a session while the client is in Arizona (no DST; the clinician holds NY and CA)', () => {
    const d = evaluateBooking({ ...base, clientState: 'AZ' }, data, { asOf: AS_OF });
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toContain('ops.booking.no_license_in_state');
  });

  it('leaves licensure undecided, never allowed silently, when the Medicare client’s location is not known', () => {
    const d = evaluateBooking({ ...base, clientState: undefined }, medicare(), { asOf: AS_OF });
    expect(codes(d)).toContain('ops.booking.client_location_unknown');
    expect(d.outcome).not.toBe('allowed');
  });
});
