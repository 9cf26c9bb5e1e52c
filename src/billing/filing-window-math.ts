// Filing windows on epoch days, for the hot paths of aging and timely filing (no luxon, no Date objects).
import { addMonthsToEpochDay } from '../core/index.js';
import type { FilingWindow } from './payer-profile.js';

/** Adds a filing window to an epoch day; months clamp to the month end (Feb 29 + 12 months = Feb 28). */
export function addFilingWindow(epochDay: number, window: FilingWindow): number {
  // A 12-month window from Feb 29 ends on Feb 28 (clamp to the shorter month) [sources: cms-mcpm-ch1-70].
  return window.unit === 'days' ? epochDay + window.amount : addMonthsToEpochDay(epochDay, window.amount);
}
