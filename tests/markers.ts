// Random markers for the tests that check a problem never repeats a key or value it was given.
import fc from 'fast-check';

/** A random marker: no field of any schema looks like it, so it may appear in no problem it causes. */
export const markerArb = fc.stringMatching(/^zq[0-9]{6}$/);

/** Values that carry `marker`: as text, inside a date or a list, as a key and as a value of an object. */
export const markedValue = (marker: string) =>
  fc.constantFrom(
    marker,
    `2026-02-30${marker}`,
    `${marker}@example.com`,
    [marker],
    { [marker]: marker },
    { id: marker, name: marker },
    new Map([[marker, marker]]),
  );

/** Every string in a problem a caller is shown: message, JSON path, and each path segment. */
export const problemText = (issues: readonly { message: string; at: string; path: readonly unknown[] }[]) =>
  issues.flatMap((i) => [i.message, i.at, ...i.path.map(String)]);
