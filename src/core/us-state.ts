import * as z from 'zod';

/**
 * US state, district and territory postal codes: the 50 states, DC, and the five inhabited territories
 * (PR, GU, VI, AS, MP), where licensure and telehealth rules are set.
 *
 * @example
 * ```ts
 * UsState.parse('TX'); //=> 'TX'
 * ```
 */
export const UsState = /* @__PURE__ */ z
  .enum([
    'AL',
    'AK',
    'AZ',
    'AR',
    'CA',
    'CO',
    'CT',
    'DE',
    'FL',
    'GA',
    'HI',
    'ID',
    'IL',
    'IN',
    'IA',
    'KS',
    'KY',
    'LA',
    'ME',
    'MD',
    'MA',
    'MI',
    'MN',
    'MS',
    'MO',
    'MT',
    'NE',
    'NV',
    'NH',
    'NJ',
    'NM',
    'NY',
    'NC',
    'ND',
    'OH',
    'OK',
    'OR',
    'PA',
    'RI',
    'SC',
    'SD',
    'TN',
    'TX',
    'UT',
    'VT',
    'VA',
    'WA',
    'WV',
    'WI',
    'WY',
    'DC',
    'PR',
    'GU',
    'VI',
    'AS',
    'MP',
  ])
  .meta({ description: 'A US state, DC or territory postal code.' });
export type UsState = z.infer<typeof UsState>;
