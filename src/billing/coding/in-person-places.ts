/**
 * Places of service where a clinician can see a client in person for psychotherapy, from the CMS Place of
 * Service code set [sources: cms-pos-codes]: 11 office, 12 the patient's home, 13 assisted living facility,
 * 14 group home, 31 skilled nursing facility, 32 nursing facility, 33 custodial care facility. Telehealth
 * (02, 10) is never one of them: a session delivered remotely is coded by the payer's telehealth convention.
 */
export const IN_PERSON_PLACE_OF_SERVICE_CODES = ['11', '12', '13', '14', '31', '32', '33'] as const;

/** {@link IN_PERSON_PLACE_OF_SERVICE_CODES} as a set, for the scrubber's and the superbill's checks. */
export const IN_PERSON_PLACES_OF_SERVICE: ReadonlySet<string> = new Set(IN_PERSON_PLACE_OF_SERVICE_CODES);
