import * as z from 'zod';
import { Npi, UsState } from '../../core/index.js';

/**
 * Where the services of a claim were given when that is not the billing provider's address: a second
 * office, a school, a clinic the practice rents rooms in (the 837P's service facility location, loop 2310C;
 * the CMS-1500's box 32). Its NPI is given only when the place is an organization of its own with an NPI,
 * not a part of the billing provider.
 *
 * @remarks Loop 2310C and its situational rules [sources: x12-837p-cg-cms, x12-rfi-service-facility].
 * Names and address lines keep to the 837P's lengths (NM103 60, N301/N302 55, N401 2 to 30).
 * @example
 * ```ts
 * ClaimServiceFacility.parse({ name: 'EASTSIDE OFFICE', address: { line1: '45 OAK AVE', city: 'GRESHAM',
 *   state: 'OR', postalCode: '970301234' } }).npi; //=> undefined
 * ```
 */
export const ClaimServiceFacility = z.strictObject({
  /** The place's name (NM103): 1 to 60 characters. */
  name: z.string().trim().min(1).max(60),
  address: z.strictObject({
    line1: z.string().trim().min(1).max(55),
    line2: z.string().trim().min(1).max(55).optional(),
    city: z.string().trim().min(2).max(30),
    state: UsState,
    /** Five or nine digits; an 837P asks for all nine (ZIP+4). */
    postalCode: z.string().regex(/^\d{5}(\d{4})?$/, { message: 'must be 5 or 9 digits' }),
  }),
  /** The place's own NPI, only when it is an organization apart from the billing provider. */
  npi: Npi.optional(),
});
export type ClaimServiceFacility = z.infer<typeof ClaimServiceFacility>;
