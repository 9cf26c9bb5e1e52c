// What the other layers of this package need from core but users must not see (not in the package's
// exports): cheap checks for arguments on hot paths, each failing with a ValidationError.
export { argumentError, checkIterable } from './arguments.js';
