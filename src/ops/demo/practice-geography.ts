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

/**
 * The demo practice's own office, in its home state and on its clock: where a booking naming no office
 * (`office-main`) is held, and the in-person sessions of its Texas clinicians.
 */
export const DEMO_MAIN_OFFICE = { id: 'office-main', state: 'TX', zone: 'America/Chicago' } as const;

/**
 * The demo's offices: the main office, and one in the home state of each other clinician who sees clients
 * in person (`office-<state>`, on that state's clock in {@link DEMO_GEOGRAPHY}), in the clinicians' order.
 */
export function demoOffices(
  homes: readonly { readonly state: UsState; readonly zone: IanaZone; readonly inPerson: boolean }[],
): { id: string; state: UsState; zone: IanaZone }[] {
  const offices: { id: string; state: UsState; zone: IanaZone }[] = [{ ...DEMO_MAIN_OFFICE }];
  for (const home of homes) {
    const id = demoOfficeId(home.state);
    if (home.inPerson && !offices.some((o) => o.id === id))
      offices.push({ id, state: home.state, zone: home.zone });
  }
  return offices;
}

/** The office of the in-person sessions of a clinician living in `state`: the main office in Texas, else theirs. */
export function demoOfficeId(state: UsState): string {
  return state === DEMO_MAIN_OFFICE.state ? DEMO_MAIN_OFFICE.id : `office-${state.toLowerCase()}`;
}

/** Synthetic client messages (written for the demo), by the kind a triage should find. */
export const DEMO_MESSAGES: readonly { readonly kind: string; readonly text: string }[] = [
  { kind: 'crisis', text: "I don't see the point anymore and I have been thinking about ending my life." },
  { kind: 'clinical', text: 'Should I stop taking my medication before our next session? I feel worse.' },
  { kind: 'scheduling', text: 'Can I move my Thursday appointment to the afternoon?' },
  { kind: 'billing', text: 'I got a bill for a session my insurance should have covered.' },
  { kind: 'paperwork', text: 'I cannot open the consent form you sent, can you resend it?' },
  { kind: 'general', text: 'Is there parking near the office?' },
];
