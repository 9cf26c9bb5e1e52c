import type { IanaZone, ValidationIssue } from '../../core/index.js';
import { formatPath, type IssueList } from '../../core/internal.js';
import { isZoneOfState, zonesAgree } from '../../scheduling/internal.js';
import type { PracticeData } from './practice-data.js';

function issue(path: (string | number)[], code: string, message: string): ValidationIssue {
  return { path, at: formatPath(path), code, message };
}

type Office = NonNullable<PracticeData['practice']['offices']>[number];

/**
 * The zones of a data file's offices that cannot be right, each at its path (no value repeated):
 *
 * - an office's `zone` that keeps another clock than every zone of the office's `state`
 *   (`ops.data.zone_not_in_state`: an Arizona office on `America/Denver` keeps daylight time Arizona does not);
 * - an in-person session's, a series' or an availability block's office `zone` that keeps another clock than
 *   its office's recorded zone (`ops.data.zone_not_office`) or, the office listed without one, than every
 *   zone of its state (`ops.data.zone_not_in_state`).
 *
 * Each is the data contradicting itself, so it is a validation problem, not a warning: every local date
 * and holiday read at that office would be wrong by an hour for half the year. Zones are compared by clock
 * (the same offset at noon UTC through the months clocks change in, 2024 through 2030), so a link such as `US/Eastern` is the zone it names.
 */
export function addOfficeZoneProblems(data: PracticeData, out: IssueList): void {
  const offices = data.practice.offices ?? [];
  const byId = new Map<string, Office>();
  offices.forEach((office, i) => {
    if (!byId.has(office.id)) byId.set(office.id, office);
    if (office.zone !== undefined && !isZoneOfState(office.zone, office.state)) {
      out.add(
        issue(
          ['practice', 'offices', i, 'zone'],
          'ops.data.zone_not_in_state',
          'keeps another clock than every time zone of the office’s state',
        ),
      );
    }
  });
  if (byId.size === 0) return;
  const check = (locationId: string, zone: IanaZone | undefined, path: (string | number)[]) => {
    if (zone === undefined) return;
    const office = byId.get(locationId);
    if (office === undefined) return;
    if (office.zone !== undefined) {
      if (!zonesAgree(office.zone, zone)) {
        out.add(
          issue(
            path,
            'ops.data.zone_not_office',
            'names another time zone than its office’s in $.practice.offices',
          ),
        );
      }
    } else if (!isZoneOfState(zone, office.state)) {
      out.add(
        issue(
          path,
          'ops.data.zone_not_in_state',
          'keeps another clock than every time zone of its office’s state',
        ),
      );
    }
  };
  // Plain loops: a file has a million rows, and most sessions name no office zone.
  for (let i = 0; i < data.appointments.length; i += 1) {
    const m = (data.appointments[i] as PracticeData['appointments'][number]).modality;
    if (m.kind === 'in_person') check(m.locationId, m.zone, ['appointments', i, 'modality', 'zone']);
  }
  for (let i = 0; i < data.series.length; i += 1) {
    const m = (data.series[i] as PracticeData['series'][number]).modality;
    if (m.kind === 'in_person') check(m.locationId, m.zone, ['series', i, 'modality', 'zone']);
  }
  data.clinicians.forEach((c, i) => {
    c.availability.forEach((rule, j) => {
      if (rule.locationId !== undefined)
        check(rule.locationId, rule.zone, ['clinicians', i, 'availability', j, 'zone']);
    });
  });
}
