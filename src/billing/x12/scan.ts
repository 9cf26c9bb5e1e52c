import { ValidationError } from '../../core/index.js';
import type { X12Delimiters } from './delimiters.js';
import { EnvelopeChecker, type EnvelopeHandler } from './envelope.js';
import type { X12Problems } from './problems.js';
import { SegmentScanner } from './tokenizer.js';

/**
 * X12 text to read: the whole file as a string, or its chunks in order (an array, a generator reading
 * the file piece by piece), so a large file never has to be held whole. Chunks may split a segment, an
 * element or a line break anywhere.
 *
 * @example
 * ```ts
 * const whole: X12Input = 'ISA*00*…~';
 * const chunks: X12Input = ['ISA*00*…', '…~GS*HP*…'];
 * ```
 */
export type X12Input = string | Iterable<string>;

function inputError(): ValidationError {
  return new ValidationError('X12 input', [
    { path: [], at: '$', code: 'invalid_type', message: 'expected a string or an iterable of strings' },
  ]);
}

/**
 * Streams `input` through the tokenizer and the envelope checks into `handler`; problems go to
 * `problems`. Returns the delimiters the file declared (`null` when it has no readable ISA).
 */
export function scanX12(
  input: X12Input,
  handler: EnvelopeHandler,
  problems: X12Problems,
): X12Delimiters | null {
  const checker = new EnvelopeChecker(handler, problems);
  let last = 0;
  const scanner = new SegmentScanner((segment, delimiters) => {
    last = segment.position;
    checker.accept(segment, delimiters);
  }, problems);
  if (typeof input === 'string') scanner.push(input);
  else if (typeof input === 'object' && input !== null && typeof input[Symbol.iterator] === 'function') {
    for (const chunk of input as Iterable<unknown>) {
      if (typeof chunk !== 'string') throw inputError();
      scanner.push(chunk);
    }
  } else throw inputError();
  scanner.end();
  if (scanner.delimiters !== null) checker.end(last);
  return scanner.delimiters;
}
