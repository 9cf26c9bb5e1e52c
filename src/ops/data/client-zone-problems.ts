import { formatPath, type IssueList } from '../../core/internal.js';
import { isZoneOfState } from '../../scheduling/internal.js';
import type { PracticeData } from './practice-data.js';

/**
 * The clients whose `zone` keeps another clock than every zone of their `locationState`, each at its path
 * (`$.clients[3].zone`, `ops.data.zone_not_in_state`; no value repeated): a client living in Arizona on
 * `America/New_York`. The client's zone places their reminders, texting hours and preferred hours, so a
 * zone their state never keeps moves every one of them by hours; it is the file contradicting itself.
 * A border town's neighbouring clock and Arizona's Navajo Nation (`America/Denver`) are their state's
 * [sources: iana-tz-zone-tab].
 */
export function addClientZoneProblems(data: PracticeData, out: IssueList): void {
  // A plain loop: a file has thousands of clients, most in a state of one clock.
  for (let i = 0; i < data.clients.length; i += 1) {
    const client = data.clients[i] as PracticeData['clients'][number];
    if (isZoneOfState(client.zone, client.locationState)) continue;
    const path = ['clients', i, 'zone'];
    out.add({
      path,
      at: formatPath(path),
      code: 'ops.data.zone_not_in_state',
      message: 'keeps another clock than every time zone of the client’s state',
    });
  }
}
