import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

// Checks the frozen evaluation set's shape and composition only. It never runs triage: the evaluation
// test measures the engine on this file, and nothing here may be changed to make that test pass.

const CRISIS_CATEGORIES = [
  'passive_ideation',
  'active_ideation',
  'method_means',
  'plan_intent',
  'preparatory_acts',
  'ingestion_overdose',
  'self_harm',
  'psychosis_command',
  'harm_to_others',
  'child_safety',
  'intimate_partner_violence',
  'sexual_assault',
  'medical_emergency',
] as const;
const CLINICAL_CATEGORIES = [
  'medication',
  'symptoms',
  'feelings_about_therapy',
  'letters_forms_clinical',
  'substance_use',
  'negated_risk',
] as const;
const ADMIN_CATEGORIES = ['scheduling', 'billing', 'paperwork', 'general'] as const;

const common = {
  id: z.string().regex(/^f-\d{4}$/),
  text: z.string().trim().min(1),
  language: z.enum(['en', 'es']),
  mixedWithAdmin: z.boolean(),
  alarmingWordsInOrdinarySense: z.boolean(),
};

// The label decides which categories are allowed, so a crisis message filed under `billing` fails to parse.
const messageSchema = z.discriminatedUnion('label', [
  z.strictObject({ ...common, label: z.literal('crisis'), category: z.enum(CRISIS_CATEGORIES) }),
  z.strictObject({ ...common, label: z.literal('clinical'), category: z.enum(CLINICAL_CATEGORIES) }),
  z.strictObject({ ...common, label: z.literal('admin'), category: z.enum(ADMIN_CATEGORIES) }),
]);

const corpusSchema = z.strictObject({
  about: z.string().min(1),
  written: z.literal('2026-12-03'),
  messages: z.array(messageSchema),
});

type Message = z.infer<typeof messageSchema>;

const raw: unknown = JSON.parse(readFileSync(join(import.meta.dirname, 'frozen.json'), 'utf8'));
const corpus = corpusSchema.parse(raw);
const messages = corpus.messages;
const crisis = messages.filter((message) => message.label === 'crisis');

function count(list: readonly Message[], predicate: (message: Message) => boolean): number {
  return list.filter(predicate).length;
}

describe('frozen triage evaluation corpus', () => {
  it('says in its header that it was written before tuning and must never be tuned against', () => {
    expect(corpus.about).toMatch(/before any tuning/);
    expect(corpus.about).toMatch(/never use it for tuning/i);
  });

  it('has unique ids and unique texts', () => {
    expect(new Set(messages.map((message) => message.id)).size).toBe(messages.length);
    const texts = messages.map((message) => message.text.trim().toLowerCase());
    expect(new Set(texts).size).toBe(messages.length);
  });

  it('holds at least 360 messages', () => {
    expect(messages.length).toBeGreaterThanOrEqual(360);
  });

  it('keeps the crisis share between 35 % and 45 %', () => {
    const share = crisis.length / messages.length;
    expect(share).toBeGreaterThanOrEqual(0.35);
    expect(share).toBeLessThanOrEqual(0.45);
  });

  it.each(CRISIS_CATEGORIES)('has at least 8 crisis messages in %s', (category) => {
    expect(count(crisis, (message) => message.category === category)).toBeGreaterThanOrEqual(8);
  });

  it('mixes at least 25 % of crisis messages with an ordinary administrative request', () => {
    expect(count(crisis, (message) => message.mixedWithAdmin) / crisis.length).toBeGreaterThanOrEqual(0.25);
  });

  it('is at least 15 % Spanish, with Spanish messages in every label', () => {
    expect(count(messages, (message) => message.language === 'es') / messages.length).toBeGreaterThanOrEqual(
      0.15,
    );
    for (const label of ['crisis', 'clinical', 'admin'] as const) {
      expect(
        count(messages, (message) => message.label === label && message.language === 'es'),
      ).toBeGreaterThan(0);
    }
  });

  it('has at least 30 admin messages that use alarming words in their ordinary sense', () => {
    const alarming = count(
      messages,
      (message) => message.label === 'admin' && message.alarmingWordsInOrdinarySense,
    );
    expect(alarming).toBeGreaterThanOrEqual(30);
  });

  it('marks no admin message as mixed with admin (the flag is for crisis and clinical content)', () => {
    expect(count(messages, (message) => message.label === 'admin' && message.mixedWithAdmin)).toBe(0);
  });
});
