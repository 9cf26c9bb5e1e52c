// What the command line needs from ops and users must not see (not in the package's exports).
export { safeValidateOwnedPracticeData } from './data/validate-practice-data.js';
