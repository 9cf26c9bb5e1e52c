import type { IanaZone, UsState } from '../../core/index.js';
import { zonesAgree } from './zone-agreement.js';

const EASTERN = ['America/New_York'] as const;
const CENTRAL = ['America/Chicago'] as const;
const MOUNTAIN = ['America/Denver'] as const;
const PACIFIC = ['America/Los_Angeles'] as const;

/**
 * The IANA zones each state's clocks keep, every part of it (a state split across time zones lists each):
 * an office's or a client's zone must be one of them, or keep the same clock as one (internal).
 *
 * Arizona keeps standard time all year (`America/Phoenix`, the state's exemption under the Uniform Time
 * Act), but the Navajo Nation, a third of the state's north-east, keeps daylight time (`America/Denver`):
 * the IANA table says `America/Phoenix` is "AZ (except Navajo)". Both are Arizona's; the Hopi
 * Reservation inside the Navajo Nation keeps Arizona's standard time. The other states split across zones
 * follow the boundaries of 49 CFR part 71, and two places keep a neighbour's clock by custom, as Phenix
 * City (Alabama, Eastern) does: Kenton (Oklahoma's Cimarron County, Mountain) and Hyder (Alaska, Pacific).
 *
 * @remarks From the IANA time zone database's zone table for the US (its comments name the states and
 * counties each zone covers) [sources: iana-tz-zone-tab, usc-15-260a, cfr-49-71]. Links and other names
 * of the same clock (`US/Eastern`, `America/Indianapolis`) are accepted by comparing clocks, not by this
 * list.
 */
export const STATE_IANA_ZONES: Readonly<Record<UsState, readonly IanaZone[]>> = {
  AL: [...CENTRAL, ...EASTERN], // Phenix City keeps Eastern time by custom
  AK: [
    'America/Anchorage',
    'America/Juneau',
    'America/Sitka',
    'America/Metlakatla',
    'America/Yakutat',
    'America/Nome',
    'America/Adak',
    ...PACIFIC, // Hyder keeps Pacific time by custom
  ],
  AZ: ['America/Phoenix', ...MOUNTAIN], // the Navajo Nation keeps daylight time
  AR: CENTRAL,
  CA: PACIFIC,
  CO: MOUNTAIN,
  CT: EASTERN,
  DE: EASTERN,
  FL: [...EASTERN, ...CENTRAL], // the western panhandle is Central
  GA: EASTERN,
  HI: ['Pacific/Honolulu'],
  ID: ['America/Boise', ...PACIFIC], // the panhandle is Pacific
  IL: CENTRAL,
  IN: [
    'America/Indiana/Indianapolis',
    'America/Indiana/Vincennes',
    'America/Indiana/Winamac',
    'America/Indiana/Marengo',
    'America/Indiana/Petersburg',
    'America/Indiana/Vevay',
    'America/Indiana/Tell_City',
    'America/Indiana/Knox',
    'America/Kentucky/Louisville',
    ...EASTERN,
    ...CENTRAL, // the northwest (Gary) and southwest (Evansville) counties
  ],
  IA: CENTRAL,
  KS: [...CENTRAL, ...MOUNTAIN], // four western counties are Mountain
  KY: ['America/Kentucky/Louisville', 'America/Kentucky/Monticello', ...EASTERN, ...CENTRAL],
  LA: CENTRAL,
  ME: EASTERN,
  MD: EASTERN,
  MA: EASTERN,
  MI: ['America/Detroit', 'America/Menominee', ...EASTERN, ...CENTRAL], // four counties on Wisconsin are Central
  MN: CENTRAL,
  MS: CENTRAL,
  MO: CENTRAL,
  MT: MOUNTAIN,
  NE: [...CENTRAL, ...MOUNTAIN],
  NV: [...PACIFIC, ...MOUNTAIN], // West Wendover is Mountain
  NH: EASTERN,
  NJ: EASTERN,
  NM: MOUNTAIN, // the Navajo Nation there keeps Mountain daylight time, as the state does
  NY: EASTERN,
  NC: EASTERN,
  ND: [
    ...CENTRAL,
    'America/North_Dakota/Center',
    'America/North_Dakota/New_Salem',
    'America/North_Dakota/Beulah',
    ...MOUNTAIN,
  ],
  OH: EASTERN,
  OK: [...CENTRAL, ...MOUNTAIN], // Kenton (Cimarron County) keeps Mountain time by custom
  OR: [...PACIFIC, 'America/Boise'], // Malheur County is Mountain
  PA: EASTERN,
  RI: EASTERN,
  SC: EASTERN,
  SD: [...CENTRAL, ...MOUNTAIN],
  TN: [...CENTRAL, ...EASTERN], // East Tennessee is Eastern
  TX: [...CENTRAL, ...MOUNTAIN], // El Paso and Hudspeth counties are Mountain
  UT: MOUNTAIN,
  VT: EASTERN,
  VA: EASTERN,
  WA: PACIFIC,
  WV: EASTERN,
  WI: CENTRAL,
  WY: MOUNTAIN,
  DC: EASTERN,
  PR: ['America/Puerto_Rico'],
  GU: ['Pacific/Guam'],
  VI: ['America/St_Thomas'],
  AS: ['Pacific/Pago_Pago'],
  MP: ['Pacific/Saipan'],
};

/** Whether `zone` keeps the clock of one of the state's zones (internal) [sources: iana-tz-zone-tab]. */
export function isZoneOfState(zone: IanaZone, state: UsState): boolean {
  return STATE_IANA_ZONES[state].some((z) => zonesAgree(z, zone));
}

// One entry per state at most; it never changes an answer.
const CLOCKS = new Map<UsState, readonly IanaZone[]>();

/**
 * The distinct clocks of a state: one zone for each clock its parts keep (internal), in the order of
 * {@link STATE_IANA_ZONES}. Texas gives Chicago and Denver; Indiana its Eastern and Central clocks.
 */
export function stateClocks(state: UsState): readonly IanaZone[] {
  let clocks = CLOCKS.get(state);
  if (clocks === undefined) {
    const list: IanaZone[] = [];
    for (const zone of STATE_IANA_ZONES[state]) {
      if (!list.some((z) => zonesAgree(z, zone))) list.push(zone);
    }
    clocks = list;
    CLOCKS.set(state, clocks);
  }
  return clocks;
}
