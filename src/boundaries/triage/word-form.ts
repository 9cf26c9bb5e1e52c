// How a raw word is normalised before it is looked up: accents folded, leetspeak read, stretched letters
// shortened. Run once per distinct word (the lexicon remembers the answer).

const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};

/** Folds accents and the few letters that do not decompose: `días` → `dias`, `ñ` → `n`. */
export function foldAccents(word: string): string {
  let ascii = true;
  for (let i = 0; i < word.length; i += 1) {
    if (word.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return word;
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ø/g, 'o')
    .replace(/ı/g, 'i');
}

/**
 * Reads leetspeak in a word that starts with a letter and has at least two letters: `su1c1de` → `suicide`,
 * `k1ll` → `kill`, `$elf` → `self`. Words that start with a digit (`3pm`, `2nd`) are left alone.
 */
export function readLeetspeak(word: string): string {
  const first = word.charCodeAt(0);
  const startsWithLetter = (first >= 97 && first <= 122) || first === 36 || first === 64 || first > 127;
  if (!startsWithLetter || !/[0-9@$!]/.test(word)) return word;
  if ((word.match(/[a-z\u00c0-\uffff]/g)?.length ?? 0) < 2) return word;
  return word.replace(/[013457@$!]/g, (c) => LEET[c] ?? c);
}

/** The letter a digit stands for in leetspeak (`1` → `i`), by character code; 0 for a digit that stands for none. */
export function leetLetter(code: number): number {
  return code >= 48 && code <= 57 ? (LEET[String.fromCharCode(code)]?.charCodeAt(0) ?? 0) : 0;
}

/** Shortens letters stretched three or more times to two: `killll` → `kill`, `pleeease` → `pleease`. */
export function shortenStretched(word: string): string {
  // One pass, copying only when a stretch is found (a run of one letter may be a whole long message).
  let out: string | null = null;
  let copied = 0;
  for (let i = 0; i < word.length; ) {
    const code = word.charCodeAt(i);
    let end = i + 1;
    while (end < word.length && word.charCodeAt(end) === code) end += 1;
    if (end - i >= 3) {
      out = (out ?? '') + word.slice(copied, i + 2);
      copied = end;
    }
    i = end;
  }
  return out === null ? word : out + word.slice(copied);
}

/** Whether a word has a letter three or more times in a row (`huuusband`). */
export function isStretched(word: string): boolean {
  for (let i = 2; i < word.length; i += 1) {
    const code = word.charCodeAt(i);
    if (code === word.charCodeAt(i - 1) && code === word.charCodeAt(i - 2)) return true;
  }
  return false;
}

/** Every run of a repeated letter as one letter: `pills` → `pils`, `pleease` → `please` → `plase`. */
export function squeeze(word: string): string {
  return /(.)\1/.test(word) ? word.replace(/(.)\1+/g, '$1') : word;
}

/** The form a word is looked up under: accents folded, leetspeak read, stretched letters shortened. */
export function wordForm(raw: string): string {
  return shortenStretched(readLeetspeak(foldAccents(raw)));
}

/**
 * Whether two words are at most one edit apart: one letter added, dropped or changed, or two neighbours
 * swapped (`suicdie` ~ `suicide`). With `length`, `a` is read as its first `length` letters (no string is
 * made for them).
 */
export function withinOneEdit(a: string, b: string, length = a.length): boolean {
  const la = length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i += 1;
  if (i === la && la === lb) return true;
  if (la === lb) {
    // A change at i, or a swap of i and i + 1.
    if (sameFrom(a, i + 1, b, i + 1, la)) return true;
    return (
      a.charCodeAt(i) === b.charCodeAt(i + 1) &&
      a.charCodeAt(i + 1) === b.charCodeAt(i) &&
      sameFrom(a, i + 2, b, i + 2, la)
    );
  }
  return la > lb ? sameFrom(a, i + 1, b, i, la) : sameFrom(a, i, b, i + 1, la);
}

// Whether `a[from..end)` is `b` from `at` to its end.
function sameFrom(a: string, from: number, b: string, at: number, end: number): boolean {
  if (end - from !== b.length - at) return false;
  for (let k = 0; from + k < end; k += 1) if (a.charCodeAt(from + k) !== b.charCodeAt(at + k)) return false;
  return true;
}

/**
 * A Spanish word as it sounds, so that a word written as it is said finds the word as it is spelled: `ll` and `y`,
 * `z` and a soft `c` as `s`, `v` as `b`, a silent `h` dropped, `qu` as `k` (`pastiyas` is `pastillas`, `bida` is
 * `vida`, `desapareser` is `desaparecer`). Takes a folded word.
 */
export function spanishSound(word: string): string {
  return word
    .replace(/ll/g, 'y')
    .replace(/z/g, 's')
    .replace(/c([ei])/g, 's$1')
    .replace(/v/g, 'b')
    .replace(/(^|[^c])h/g, '$1')
    .replace(/qu([ei])/g, 'k$1');
}
