import { describe, expect, it } from 'vitest';
import { getUsFederalHolidays, ValidationError } from '../../../src/core/index.js';
import { findStalledIntakeCases } from '../../../src/intake/index.js';

const NY = 'America/New_York';
const CALENDAR = { holidays: getUsFederalHolidays(2026, 2027) };

const inquiry = (id: string, at: string, extra: object = {}) => ({
  id,
  history: [{ stage: 'inquiry', at }],
  ...extra,
});

describe('findStalledIntakeCases', () => {
  it('flags an inquiry still unanswered after one business day, skipping Thanksgiving and the weekend', () => {
    // Wednesday before Thanksgiving: due by the end of Friday the 27th.
    const cases = [inquiry('k-wed', '2026-11-25T16:00:00-05:00')];
    const friday = findStalledIntakeCases(
      cases,
      {},
      { asOf: '2026-11-27T17:00:00-05:00', practiceZone: NY, calendar: CALENDAR },
    );
    expect(friday.stalled).toEqual([]);
    const monday = findStalledIntakeCases(
      cases,
      {},
      { asOf: '2026-11-30T09:00:00-05:00', practiceZone: NY, calendar: CALENDAR },
    );
    expect(monday.stalled).toEqual([
      {
        caseId: 'k-wed',
        clientId: null,
        stage: 'inquiry',
        since: '2026-11-25T16:00:00-05:00',
        nextStep: 'respond_to_inquiry',
        reasons: [
          {
            code: 'intake.stalled.inquiry_unanswered',
            severity: 'warning',
            message: 'The inquiry has not been answered in time.',
            facts: {
              receivedAt: '2026-11-25T16:00:00-05:00',
              dueBy: '2026-11-27',
              businessDays: 1,
              nextStep: 'respond_to_inquiry',
            },
          },
        ],
      },
    ]);
  });

  it('does not flag an inquiry that was answered', () => {
    const cases = [
      inquiry('k-1', '2026-11-02T09:00:00-05:00', { firstResponseAt: '2026-11-02T11:00:00-05:00' }),
    ];
    expect(
      findStalledIntakeCases(cases, {}, { asOf: '2026-11-10T09:00:00-05:00', practiceZone: NY }).stalled,
    ).toEqual([]);
  });

  it('crosses the year end on business days', () => {
    const cases = [inquiry('k-nye', '2026-12-31T15:00:00-05:00')];
    // Thursday December 31 + 1 business day skips New Year's Day (Friday) and the weekend.
    const r = findStalledIntakeCases(
      cases,
      {},
      { asOf: '2027-01-05T08:00:00-05:00', practiceZone: NY, calendar: CALENDAR },
    );
    expect(r.stalled[0]?.reasons[0]?.facts.dueBy).toBe('2027-01-04');
  });

  it('brings up idle paperwork, screening, ready, booked and attended cases with the next step, oldest first', () => {
    const h = (stages: [string, string][]) => stages.map(([stage, at]) => ({ stage, at }));
    const cases = [
      {
        id: 'k-paper',
        history: h([
          ['inquiry', '2026-03-01T09:00:00Z'],
          ['screening', '2026-03-01T10:00:00Z'],
          ['paperwork', '2026-03-02T10:00:00Z'],
        ]),
        lastActivityAt: '2026-03-03T10:00:00Z',
      },
      {
        id: 'k-screen',
        history: h([
          ['inquiry', '2026-03-01T09:00:00Z'],
          ['screening', '2026-03-01T10:00:00Z'],
        ]),
      },
      {
        id: 'k-ready',
        history: h([
          ['inquiry', '2026-02-20T09:00:00Z'],
          ['screening', '2026-02-21T09:00:00Z'],
          ['paperwork', '2026-02-22T09:00:00Z'],
          ['ready', '2026-02-23T09:00:00Z'],
        ]),
      },
      {
        id: 'k-booked',
        history: h([
          ['inquiry', '2026-02-20T09:00:00Z'],
          ['screening', '2026-02-21T09:00:00Z'],
          ['paperwork', '2026-02-22T09:00:00Z'],
          ['ready', '2026-02-23T09:00:00Z'],
          ['first_session_booked', '2026-02-24T09:00:00Z'],
        ]),
        firstSessionAt: '2026-03-04T15:00:00Z',
      },
      {
        id: 'k-attended',
        history: h([
          ['inquiry', '2026-02-01T09:00:00Z'],
          ['screening', '2026-02-02T09:00:00Z'],
          ['paperwork', '2026-02-03T09:00:00Z'],
          ['ready', '2026-02-04T09:00:00Z'],
          ['first_session_booked', '2026-02-05T09:00:00Z'],
          ['first_session_attended', '2026-02-10T09:00:00Z'],
        ]),
      },
      {
        id: 'k-active',
        history: h([
          ['inquiry', '2026-01-01T09:00:00Z'],
          ['screening', '2026-01-02T09:00:00Z'],
          ['declined', '2026-01-03T09:00:00Z'],
        ]),
      },
    ];
    const r = findStalledIntakeCases(cases, {}, { asOf: '2026-03-06T12:00:00Z', practiceZone: 'UTC' });
    expect(r.stalled.map((s) => [s.caseId, s.nextStep])).toEqual([
      ['k-attended', 'ask_clinician_about_ongoing_care'],
      ['k-ready', 'offer_first_session_times'],
      ['k-screen', 'follow_up_screening'],
      ['k-paper', 'call_about_paperwork'],
      ['k-booked', 'record_first_session_outcome'],
    ]);
    const quiet = findStalledIntakeCases(cases, {}, { asOf: '2026-03-04T12:00:00Z', practiceZone: 'UTC' });
    expect(quiet.stalled.map((s) => s.caseId)).toEqual(['k-attended', 'k-ready', 'k-screen']);
  });

  it('reports invalid cases by index and processes the rest', () => {
    const cases = [
      inquiry('k-ok', '2026-03-02T09:00:00-05:00'),
      { id: 'k-bad', history: [{ stage: 'limbo', at: 'yesterday' }] },
      inquiry('k-ok2', '2026-03-03T09:00:00-05:00'),
    ];
    const r = findStalledIntakeCases(cases, {}, { asOf: '2026-03-06T09:00:00-05:00', practiceZone: NY });
    expect(r.stalled.map((s) => s.caseId)).toEqual(['k-ok', 'k-ok2']);
    expect(r.invalid.map((i) => [i.index, i.issues.map((x) => x.at)])).toEqual([
      [1, ['$[1].history[0].stage', '$[1].history[0].at']],
    ]);
    expect(JSON.stringify(r.invalid)).not.toContain('yesterday');
  });

  it('rejects an invalid policy', () => {
    expect(() =>
      findStalledIntakeCases(
        [],
        { paperworkIdleDays: 0 },
        { asOf: '2026-03-06T09:00:00-05:00', practiceZone: NY },
      ),
    ).toThrow(ValidationError);
  });
});
