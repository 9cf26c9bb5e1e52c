import { z } from 'zod';
import { ClaimId, ClientId, ClinicianId, LocalDate, NonNegativeCents, PayerId } from '../../core/index.js';

const ServiceCodeText = z.string().regex(/^\d{5}$/, { message: 'must be a 5-digit service code' });

/** A service line of a claim. */
const DataClaimLine = z.strictObject({
  dateOfService: LocalDate,
  code: ServiceCodeText,
  units: z.number().int().min(1).max(99),
  chargeCents: NonNegativeCents,
});

/** A claim adjustment as a remittance reports it: group code and CARC. */
const DataAdjustment = z.strictObject({
  group: z.enum(['CO', 'PR', 'OA', 'PI']),
  reasonCode: z.string().regex(/^[A-Z0-9]{1,5}$/, { message: 'must be a CARC code' }),
  amountCents: NonNegativeCents,
});

/** An insurance claim with its lines, status and what the payer did. */
export const DataClaim = z.strictObject({
  id: ClaimId,
  clientId: ClientId,
  clinicianId: ClinicianId,
  payerId: PayerId,
  status: z.enum([
    'draft',
    'ready',
    'submitted',
    'rejected',
    'accepted',
    'pending',
    'paid',
    'partially_paid',
    'denied',
    'appealed',
    'resubmitted',
    'closed',
    'written_off',
  ]),
  lines: z.array(DataClaimLine).min(1),
  submittedOn: LocalDate.optional(),
  decidedOn: LocalDate.optional(),
  lastStatusCheckOn: LocalDate.optional(),
  paidCents: NonNegativeCents,
  adjustments: z.array(DataAdjustment),
});

/** A remittance (835) normalized to the claims it pays. */
export const DataRemittance = z.strictObject({
  id: z.string().min(1).max(128),
  payerId: PayerId,
  receivedOn: LocalDate,
  claims: z.array(z.strictObject({ claimId: ClaimId, paidCents: NonNegativeCents })),
});
