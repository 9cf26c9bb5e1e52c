// Where triage spends its time, by stage: the bench's 10,000 messages of about 1 KB (bench/boundaries.bench.ts)
// triaged on the built package under the V8 CPU profiler, each sample inside triageMessage put in the innermost stage
// its call stack names: reading the message, the pass over its words that matching makes, proposing
// sequences, finding them, one-word rules, the risk reader, and the rest (deciding: findings, pairs, sentence
// accounting, the word model). Shares of the time inside triageMessage; the profiler slows everything alike, so only
// shares are printed. Run on the built package: `node scripts/build.mjs --no-types && node bench/triage-stages.mjs`.
//
//   BENCH_MESSAGES=10000   how many of the bench's messages (the first ones)
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { compileTriageRules, triageMessage } from '../dist/boundaries/index.js';

const TUNING = JSON.parse(
  readFileSync(new URL('../tests/boundaries/corpus/tuning.json', import.meta.url), 'utf8'),
).messages;
// The bench's messages (messagesOfOneKilobyte in bench/boundaries.bench.ts).
const messages = [];
for (let i = 0; messages.length < Number(process.env.BENCH_MESSAGES ?? 10_000); i += 1) {
  let text = '';
  for (let j = i; text.length < 1000; j += 7) text += `${TUNING[j % TUNING.length].text} `;
  messages.push(text.slice(0, 1024));
}

// The stages by the function that runs each (matching's pass over words calls the three matching stages after it).
const STAGES = [
  ['reading', 'read@phrase-engine.js'],
  ['risk reader', 'readRisk@risk-reader.js'],
  ['matching: the pass over words', 'match@phrase-matcher.js'],
  ['matching: proposing', 'propose@sequence-search.js'],
  ['matching: finding', 'find@sequence-search.js'],
  ['matching: one-word rules', 'wordRuleHits@phrase-matcher.js'],
];

const rules = compileTriageRules();
for (const text of messages.slice(0, 2000)) triageMessage(text, { rules });
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.start');
for (const text of messages) triageMessage(text, { rules });
const { profile } = await session.post('Profiler.stop');
session.disconnect();

const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parents = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
const nameOf = (node) => `${node.callFrame.functionName}@${node.callFrame.url.split('/').pop()}`;
const spent = new Map();
let total = 0;
profile.samples.forEach((id, k) => {
  const stack = [];
  for (let at = id; at !== undefined; at = parents.get(at)) stack.unshift(nameOf(nodes.get(at)));
  if (!stack.includes('triageMessage@message-triage.js')) return;
  const delta = profile.timeDeltas[k] ?? 0;
  total += delta;
  let stage = 'deciding and the rest';
  for (const name of stack) stage = STAGES.find(([, frame]) => frame === name)?.[0] ?? stage;
  spent.set(stage, (spent.get(stage) ?? 0) + delta);
});
console.log(`${messages.length.toLocaleString('en-US')} messages of about 1 KB, shares of triageMessage:`);
for (const [stage, time] of [...spent].sort((a, b) => b[1] - a[1]))
  console.log(`${((100 * time) / total).toFixed(1).padStart(5)} %  ${stage}`);
