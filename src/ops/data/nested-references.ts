import type { ValidationIssue } from '../../core/index.js';
import { formatPath, type IssueList } from '../../core/internal.js';
import type { PracticeData } from './practice-data.js';
import type { PracticePolicies } from './practice-policies.js';

/** The ids of one kind of record, as the reference check knows them. */
export interface KnownIds {
  has(id: unknown): boolean;
}

function unknown(path: (string | number)[], message: string): ValidationIssue {
  return { path, at: formatPath(path), code: 'ops.data.unknown_reference', message };
}

const TO_PAYER = 'refers to a payer that is not in $.payers';

/**
 * The payer references that sit deeper than a record's own fields: a Medicare Advantage plan's preclusion
 * denial, and the payers the policies name (a payer's credentialing cycle, a filing window keyed by payer
 * id) in `policies` and in every `policyVersions` entry. Each dangling one is `ops.data.unknown_reference`
 * at its path, and the message names the list it should be in; a filing window's key is reported at its
 * map, never by name.
 *
 * Not checked, by design: a session's office (`locationId`) may name an office the file does not list (the
 * rules then answer undecided where the office's zone or state matters), and a balance's remittance ids may
 * name 835s the file no longer keeps.
 */
export function addNestedReferenceProblems(data: PracticeData, payers: KnownIds, out: IssueList): void {
  data.credentials.forEach((c, i) => {
    c.medicareAdvantagePreclusion?.planDenials.forEach((d, j) => {
      if (!payers.has(d.payerId)) {
        out.add(
          unknown(['credentials', i, 'medicareAdvantagePreclusion', 'planDenials', j, 'payerId'], TO_PAYER),
        );
      }
    });
  });
  addPolicyPayerProblems(data.policies, ['policies'], payers, out);
  data.policyVersions?.forEach((v, i) => {
    addPolicyPayerProblems(v, ['policyVersions', i], payers, out);
  });
}

function addPolicyPayerProblems(
  policies: PracticePolicies,
  at: (string | number)[],
  payers: KnownIds,
  out: IssueList,
): void {
  policies.credentialing.payers.forEach((p, i) => {
    if (!payers.has(p.payerId)) out.add(unknown([...at, 'credentialing', 'payers', i, 'payerId'], TO_PAYER));
  });
  const windows = policies.aging.filingWindows;
  if (windows !== undefined && Object.keys(windows).some((id) => !payers.has(id))) {
    out.add(
      unknown(
        [...at, 'aging', 'filingWindows'],
        'has a filing window for a payer id that is not in $.payers (the key is not named here)',
      ),
    );
  }
}
