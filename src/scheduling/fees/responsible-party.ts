import { addMonths, type LocalDate } from '../../core/index.js';
import type { SchedulingAppointment } from '../appointments/appointment.js';
import type { SchedulingClient } from '../appointments/client-profile.js';

/**
 * How the responsible party of a session was found: the appointment names the billed client
 * (`appointment`), every client of the session is billed to the same party (`single_party`: an individual
 * session, or a family whose children's guarantor is the parent), or, with nothing recorded, the first
 * client listed, the session's primary client (`first_client`).
 */
export type ResponsiblePartyBasis = 'appointment' | 'single_party' | 'first_client';

/** Who a session's own charges go to. */
export interface ResponsibleParty {
  /** The client whose account is charged. */
  readonly clientId: string;
  /** Who pays: that client's guarantor (a minor's parent or guardian), else the client. */
  readonly partyId: string;
  readonly basis: ResponsiblePartyBasis;
  /** The charged client is a minor on the event date and no guarantor is recorded. */
  readonly minorWithoutGuarantor: boolean;
  /** The charged client has neither a birth date nor a guarantor: whether they are a minor is unknown. */
  readonly ageUnknown: boolean;
}

/** The person who pays a client's own charges. */
function payerOf(client: SchedulingClient): string {
  return client.guarantorId ?? client.id;
}

/**
 * The responsible party of a session whose clients are all known (internal): one party per session,
 * never one per attendee.
 *
 * @param clients - the session's clients, in the appointment's order
 */
export function responsiblePartyOf(
  appointment: SchedulingAppointment,
  clients: readonly SchedulingClient[],
  eventDate: LocalDate,
  ageOfMajority: number,
): ResponsibleParty {
  const named =
    appointment.responsibleClientId === undefined
      ? undefined
      : clients.find((c) => c.id === appointment.responsibleClientId);
  let client: SchedulingClient;
  let basis: ResponsiblePartyBasis;
  const parties = new Set(clients.map(payerOf));
  if (named !== undefined) {
    client = named;
    basis = 'appointment';
  } else if (parties.size === 1) {
    // A party who is also a client of the session (the parent in a family session) is the one charged.
    const party = [...parties][0] as string;
    client = clients.find((c) => c.id === party) ?? (clients[0] as SchedulingClient);
    basis = 'single_party';
  } else {
    client = clients[0] as SchedulingClient;
    basis = 'first_client';
  }
  const minor = client.birthDate !== undefined && addMonths(client.birthDate, 12 * ageOfMajority) > eventDate;
  return {
    clientId: client.id,
    partyId: payerOf(client),
    basis,
    minorWithoutGuarantor: minor && client.guarantorId === undefined,
    ageUnknown: client.birthDate === undefined && client.guarantorId === undefined,
  };
}
