import { addDays, type LocalDate } from '../../core/index.js';
import type { ClinicianCredentials, MalpracticeCoverage } from '../credentials/clinician-credentials.js';
import { describeAuthorization } from '../credentials/compact-authorization.js';
import {
  getLicenseStanding,
  groupLicenseRecords,
  isPracticingLicenseStatus,
} from '../credentials/license.js';
import type { EnrollmentDocumentKind } from '../enrollment/enrollment.js';
import { getCaqhReattestationDueDate } from './caqh-attestation.js';

/** The kinds of credential that expire on their own (as opposed to payer-driven deadlines). */
export type CredentialExpiryKind =
  | 'license_expiry'
  | 'compact_expiry'
  | 'caqh_reattestation'
  | 'malpractice_expiry'
  | 'dea_expiry'
  | 'board_certification_expiry'
  | 'supervision_end';

/** One credential's current expiry: the latest of its renewals, so a renewed credential never alerts. */
export interface CredentialExpiry {
  readonly kind: CredentialExpiryKind;
  /** Stable key within the clinician, e.g. `CA/LMFT/LMFT 100`. */
  readonly subject: string;
  /** Plain-English name, e.g. `CA LMFT license LMFT 100`. */
  readonly label: string;
  readonly dueOn: LocalDate;
  /** The application document it backs, if any. */
  readonly document: EnrollmentDocumentKind | null;
}

// Keeps, per key, the record that expires last: an older record of a renewed credential is history.
function latestBy<T>(items: readonly T[], key: (t: T) => string, due: (t: T) => LocalDate): Map<string, T> {
  const out = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    const prev = out.get(k);
    if (prev === undefined || due(item) > due(prev)) out.set(k, item);
  }
  return out;
}

/** Every maintained credential of a clinician with its current expiry or due date. */
export function credentialExpiries(
  c: ClinicianCredentials,
  caqhReattestationDays: number,
  asOf: LocalDate,
): CredentialExpiry[] {
  const out: CredentialExpiry[] = [];
  // One rule for a license's standing (shared with jurisdiction and the enrollment documents): the
  // record issued last governs from then on, so a renewal replaces the record it renews and a later
  // suspension stops the alerts.
  for (const records of groupLicenseRecords(c.licenses)) {
    const standing = getLicenseStanding(records, null);
    // Records that disagree: alert on the earliest expiry any of them claims, never the latest.
    const candidates =
      standing.kind === 'record' ? [standing.license] : standing.kind === 'conflict' ? standing.records : [];
    const l = candidates
      // Inactive, suspended, revoked or surrendered licenses are not being renewed.
      .filter((r) => isPracticingLicenseStatus(r.status))
      .sort((a, b) => (a.expiresOn < b.expiresOn ? -1 : a.expiresOn > b.expiresOn ? 1 : 0))[0];
    if (l === undefined) continue;
    out.push({
      kind: 'license_expiry',
      subject: `${l.state}/${l.type}/${l.number}`,
      label: `${l.state} ${l.type} license ${l.number}`,
      dueOn: l.expiresOn,
      document: 'state_license',
    });
  }
  const compacts = latestBy(c.compactAuthorizations, describeAuthorization, (a) => a.expiresOn);
  for (const [key, a] of compacts) {
    if (a.status !== 'active') continue;
    out.push({
      kind: 'compact_expiry',
      subject: key,
      label: `${key} authorization`,
      dueOn: a.expiresOn,
      document: null,
    });
  }
  if (c.caqh?.lastAttestedOn !== undefined) {
    out.push({
      kind: 'caqh_reattestation',
      subject: c.caqh.providerId,
      label: `CAQH ProView attestation (${c.caqh.providerId})`,
      dueOn: getCaqhReattestationDueDate(c.caqh.lastAttestedOn, { reattestationDays: caqhReattestationDays }),
      document: 'caqh_attestation',
    });
  }
  // Coverage is read on `asOf`: the policy in force and its renewals that follow without a gap decide
  // when coverage lapses. With no policy in force there is no expiry to count down to: the callers
  // report the lapse from getMalpracticeCoverageOn.
  const coverage = getMalpracticeCoverageOn(c.malpractice, asOf);
  if (coverage.kind === 'in_force') {
    const last = coverage.lastPolicy;
    out.push({
      kind: 'malpractice_expiry',
      subject: `${last.carrier}/${last.policyNumber}`,
      label: `malpractice policy ${last.policyNumber} (${last.carrier})`,
      dueOn: coverage.coveredThrough,
      document: 'malpractice_certificate',
    });
  }
  for (const [state, d] of latestBy(
    c.deaRegistrations,
    (d) => d.state,
    (d) => d.expiresOn,
  )) {
    out.push({
      kind: 'dea_expiry',
      subject: `${state}/${d.number}`,
      label: `${state} DEA registration ${d.number}`,
      dueOn: d.expiresOn,
      document: 'dea_registration',
    });
  }
  const boards = latestBy(
    c.boardCertifications,
    (b) => `${b.board}/${b.specialty}`,
    (b) => b.expiresOn ?? '9999-12-31',
  );
  for (const [key, b] of boards) {
    if (b.expiresOn === undefined) continue;
    out.push({
      kind: 'board_certification_expiry',
      subject: key,
      label: `${b.board} certification in ${b.specialty}`,
      dueOn: b.expiresOn,
      document: 'board_certification',
    });
  }
  const supervision = latestBy(
    c.supervision,
    (s) => `${s.state}/${s.supervisorId}`,
    (s) => s.endsOn ?? '9999-12-31',
  );
  for (const [key, s] of supervision) {
    if (s.endsOn === undefined) continue;
    out.push({
      kind: 'supervision_end',
      subject: key,
      label: `supervision by ${s.supervisorId} in ${s.state}`,
      dueOn: s.endsOn,
      document: 'supervision_agreement',
    });
  }
  return out;
}

/**
 * Malpractice coverage on a date. `in_force`: a policy covers the date (`effectiveOn` <= date <=
 * `expiresOn`), and coverage runs without a gap through `coveredThrough` (a renewal that starts no later
 * than the day after the previous policy's last day continues it); `resumesOn` is the start of the next
 * policy after a gap, if any. `not_in_force`: no policy covers the date; `lapsedOn` is the last day of the
 * latest coverage before it (null when none), `resumesOn` the first policy starting after it (null when none).
 * `none`: no policy is recorded.
 */
export type MalpracticeCoverageStanding =
  | {
      readonly kind: 'in_force';
      readonly coveredThrough: LocalDate;
      readonly lastPolicy: MalpracticeCoverage;
      readonly resumesOn: LocalDate | null;
    }
  | {
      readonly kind: 'not_in_force';
      readonly lapsedOn: LocalDate | null;
      readonly lastPolicy: MalpracticeCoverage | null;
      readonly resumesOn: LocalDate | null;
      readonly nextPolicy: MalpracticeCoverage | null;
    }
  | { readonly kind: 'none' };

/** Reads malpractice coverage on `asOf` (see {@link MalpracticeCoverageStanding}). */
export function getMalpracticeCoverageOn(
  policies: readonly MalpracticeCoverage[],
  asOf: LocalDate,
): MalpracticeCoverageStanding {
  if (policies.length === 0) return { kind: 'none' };
  const byStart = [...policies].sort((a, b) =>
    a.effectiveOn < b.effectiveOn
      ? -1
      : a.effectiveOn > b.effectiveOn
        ? 1
        : a.expiresOn < b.expiresOn
          ? -1
          : 1,
  );
  const firstStartAfter = (day: LocalDate): MalpracticeCoverage | null =>
    byStart.find((p) => p.effectiveOn > day) ?? null;
  const covering = byStart.filter((p) => p.effectiveOn <= asOf && asOf <= p.expiresOn);
  if (covering.length === 0) {
    const ended = byStart.filter((p) => p.expiresOn < asOf);
    const lastPolicy =
      ended.length === 0 ? null : ended.reduce((a, b) => (b.expiresOn > a.expiresOn ? b : a));
    const nextPolicy = firstStartAfter(asOf);
    return {
      kind: 'not_in_force',
      lapsedOn: lastPolicy?.expiresOn ?? null,
      lastPolicy,
      resumesOn: nextPolicy?.effectiveOn ?? null,
      nextPolicy,
    };
  }
  let last = covering.reduce((a, b) => (b.expiresOn > a.expiresOn ? b : a));
  // Follow renewals that start no later than the day after coverage ends.
  for (const p of byStart) {
    if (p.effectiveOn <= addDays(last.expiresOn, 1) && p.expiresOn > last.expiresOn) last = p;
  }
  return {
    kind: 'in_force',
    coveredThrough: last.expiresOn,
    lastPolicy: last,
    resumesOn: firstStartAfter(last.expiresOn)?.effectiveOn ?? null,
  };
}
