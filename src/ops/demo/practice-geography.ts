import type { IanaZone, UsState } from '../../core/index.js';

/** States and the zones the demo's clinicians and clients live in (a mix of DST and no-DST zones). */
export const DEMO_GEOGRAPHY: readonly { readonly state: UsState; readonly zone: IanaZone }[] = [
  { state: 'NY', zone: 'America/New_York' },
  { state: 'TX', zone: 'America/Chicago' },
  { state: 'CO', zone: 'America/Denver' },
  { state: 'CA', zone: 'America/Los_Angeles' },
  { state: 'AZ', zone: 'America/Phoenix' },
  { state: 'FL', zone: 'America/New_York' },
  { state: 'IL', zone: 'America/Chicago' },
  { state: 'WA', zone: 'America/Los_Angeles' },
];

/** Synthetic client messages (written for the demo), by the kind a triage should find. */
export const DEMO_MESSAGES: readonly { readonly kind: string; readonly text: string }[] = [
  { kind: 'crisis', text: "I don't see the point anymore and I have been thinking about ending my life." },
  { kind: 'clinical', text: 'Should I stop taking my medication before our next session? I feel worse.' },
  { kind: 'scheduling', text: 'Can I move my Thursday appointment to the afternoon?' },
  { kind: 'billing', text: 'I got a bill for a session my insurance should have covered.' },
  { kind: 'paperwork', text: 'I cannot open the consent form you sent, can you resend it?' },
  { kind: 'general', text: 'Is there parking near the office?' },
];
