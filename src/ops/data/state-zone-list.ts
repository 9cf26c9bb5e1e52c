import type { IanaZone, UsState } from '../../core/index.js';

const EASTERN = ['America/New_York'] as const;
const CENTRAL = ['America/Chicago'] as const;
const MOUNTAIN = ['America/Denver'] as const;
const PACIFIC = ['America/Los_Angeles'] as const;

/**
 * The IANA zones each state's clocks keep, every part of it (a state split across time zones lists each):
 * an office's zone must be one of them, or keep the same clock as one. Arizona keeps standard time all year
 * (`America/Phoenix`); `America/Denver` there would read every summer session an hour late.
 *
 * @remarks From the IANA time zone database's zone table for the US (its comments name the states and
 * counties each zone covers) [sources: iana-tz-zone-tab]. Links and other names of the same clock
 * (`US/Eastern`, `America/Indianapolis`) are accepted by comparing clocks, not by this list.
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
  ],
  AZ: ['America/Phoenix'],
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
  NM: MOUNTAIN,
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
  OK: CENTRAL,
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
