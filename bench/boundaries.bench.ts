import { bench, describe } from 'vitest';
import { compileTriageRules, evaluateTaskPermission, triageMessage } from '../src/boundaries/index.js';
import { LABELLED_MESSAGES } from '../tests/boundaries/fixtures/messages.js';
import { referenceTriageMessage } from '../tests/boundaries/triage-oracle.js';

// 10,000 messages of about 1 KB, built from the labelled set (deterministic, no randomness).
const MESSAGES_1KB: string[] = [];
for (let i = 0; MESSAGES_1KB.length < 10_000; i += 1) {
  let text = '';
  let j = i;
  while (text.length < 1000) {
    text += `${(LABELLED_MESSAGES[j % LABELLED_MESSAGES.length] as { text: string }).text} `;
    j += 7;
  }
  MESSAGES_1KB.push(text.slice(0, 1024));
}

// 1 MB adversarial messages: repeated near-matches of crisis phrases and prefixes, and one-letter runs.
const NEAR_MISSES = 'kill my suicid want to dont want to be her cut my jump off the s u i c i d ';
const ADVERSARIAL_NEAR = NEAR_MISSES.repeat(Math.ceil(1_048_576 / NEAR_MISSES.length)).slice(0, 1_048_576);
const ADVERSARIAL_LETTERS = 'a '.repeat(524_288);
const ADVERSARIAL_NO_SPACE = 'k'.repeat(1_048_576);
const rules = compileTriageRules();

// The naive baseline runs in the same group, so the summary gives the ratio on the same machine and load.
describe('triageMessage: 10,000 messages of ~1 KB', () => {
  bench('10,000 messages of ~1 KB', () => {
    for (const text of MESSAGES_1KB) triageMessage(text, { rules });
  });
  bench('naive baseline: the reference, one string per word', () => {
    for (const text of MESSAGES_1KB) referenceTriageMessage(text, rules);
  });
});

describe('triageMessage: 1 MB adversarial messages', () => {
  bench('1 MB of repeated crisis near-matches', () => {
    triageMessage(ADVERSARIAL_NEAR, { rules });
  });
  bench('1 MB of one-letter words', () => {
    triageMessage(ADVERSARIAL_LETTERS, { rules });
  });
  bench('1 MB single word', () => {
    triageMessage(ADVERSARIAL_NO_SPACE, { rules });
  });
});

describe('evaluateTaskPermission', () => {
  bench('1,000 checks with a delegating scope', () => {
    const scope = { grants: [{ role: 'assistant' as const, task: 'verify_eligibility' as const }] };
    for (let i = 0; i < 1000; i += 1)
      evaluateTaskPermission({ role: 'assistant', task: 'verify_eligibility' }, scope);
  });
});
