// What other layers of this package need from scheduling and users must not see: fast paths on input
// already validated (ops validates the data file once, then asks the rules many times).
export { decideMissedSessionFeesFromValidated, missedEventMs } from './fees/missed-session-fees.js';
