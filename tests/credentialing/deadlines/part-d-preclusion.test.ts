// A prescriber on CMS's preclusion list: Part D plans reject pharmacy claims for drugs they prescribe
// (42 CFR 423.120(c)(6)). The calendar says so while the clinician is listed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, compareDates } from '../../../src/core/index.js';
import { buildCredentialingCalendar, type CredentialingDeadline } from '../../../src/credentialing/index.js';
import {
  clinician as bareClinician,
  dateArb,
  license,
  malpracticePolicy,
} from '../credentials/credential-fixtures.js';

const LONG_POLICY = malpracticePolicy('P-LONG', '2010-01-01', '2045-12-31');
const psychiatrist = license({ type: 'psychiatrist', number: 'MD 1' });
const listed = (over: Parameters<typeof bareClinician>[0] = {}) =>
  bareClinician({
    clinicianId: 'c1',
    licenses: [psychiatrist],
    prescribes: true,
    deaRegistrations: [{ number: 'AB1234563', state: 'CA', issuedOn: '2024-01-01', expiresOn: '2029-12-31' }],
    malpractice: [LONG_POLICY],
    medicareAdvantagePreclusion: { listedOn: '2026-04-01' },
    ...over,
  });
const partD = (asOf: string, c: ReturnType<typeof listed>): CredentialingDeadline[] =>
  buildCredentialingCalendar({ clinicians: [c] }, { asOf }).deadlines.filter(
    (d) => d.kind === 'part_d_preclusion',
  );

describe('the Part D preclusion entry of the credentialing calendar', () => {
  it('warns on 2026-04-01, the day a prescribing psychiatrist is listed, and not the day before', () => {
    expect(partD('2026-03-31', listed())).toEqual([]);
    const [d] = partD('2026-04-01', listed());
    expect(d).toMatchObject({
      id: 'c1/part_d_preclusion/2026-04-01',
      dueOn: '2026-04-01',
      daysLeft: 0,
      owner: 'clinician',
      severity: 'warning',
      alerts: [],
    });
    expect(d?.reasons.map((r) => r.code)).toEqual(['credentialing.deadline.part_d_precluded']);
    expect(d?.reasons[0]?.facts).toMatchObject({ listedOn: '2026-04-01', removedOn: null, prescribes: true });
    expect(d?.needed).toContain('another prescriber');
  });

  it('stops on the day CMS removes the clinician (2026-09-01)', () => {
    const removed = listed({
      medicareAdvantagePreclusion: { listedOn: '2026-04-01', removedOn: '2026-09-01' },
    });
    expect(partD('2026-08-31', removed)).toHaveLength(1);
    expect(partD('2026-09-01', removed)).toEqual([]);
  });

  it('asks for a psychiatrist whose prescribing is not recorded, and says nothing for one who does not prescribe', () => {
    const unknown = listed({ prescribes: undefined });
    const [d] = partD('2026-05-01', unknown);
    expect(d?.reasons[0]?.facts).toMatchObject({ prescribes: null });
    expect(partD('2026-05-01', listed({ prescribes: false }))).toEqual([]);
    // An LCSW does not prescribe: Part D does not reach them (the Medicare Advantage rule still does).
    expect(partD('2026-05-01', listed({ licenses: [license()], prescribes: undefined }))).toEqual([]);
  });

  it('is listed exactly while the prescriber is on the list (property)', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.option(fc.integer({ min: 1, max: 900 }), { nil: undefined }),
        dateArb,
        (listedOn, length, asOf) => {
          const removedOn = length === undefined ? undefined : addDays(listedOn, length);
          const c = listed({
            medicareAdvantagePreclusion: removedOn === undefined ? { listedOn } : { listedOn, removedOn },
          });
          const onList =
            compareDates(asOf, listedOn) >= 0 &&
            (removedOn === undefined || compareDates(asOf, removedOn) < 0);
          const found = partD(asOf, c);
          expect(found).toHaveLength(onList ? 1 : 0);
          if (onList) expect(found[0]).toMatchObject({ dueOn: asOf, severity: 'warning' });
        },
      ),
    );
  });
});
