// Negated crisis mentions: the words that negate a phrase, and the words that may stand between them.

// A crisis phrase is a negated mention when one of these comes before it in the same clause, separated
// only by FILLER words ("I'm not having thoughts of suicide"). Any other word ends the search, so doubt
// stays a crisis: in "I don't know why I want to die", "why" stops it before "don't".
export const NEGATOR_WORDS: readonly string[] = Object.freeze([
  'not',
  'no',
  'never',
  'dont',
  'didnt',
  'doesnt',
  'wont',
  'wouldnt',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'havent',
  'hasnt',
  'hadnt',
  'nor',
  'aint',
]);
export const FILLER_WORDS: readonly string[] = Object.freeze([
  'i',
  'im',
  'ive',
  'am',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'going',
  'gonna',
  'to',
  'ever',
  'really',
  'actually',
  'have',
  'has',
  'had',
  'having',
  'would',
  'will',
  'do',
  'did',
  'feel',
  'feeling',
  'think',
  'thinking',
  'thought',
  'thoughts',
  'of',
  'about',
  'any',
  'a',
  'the',
  'that',
  'it',
  'so',
  'at',
  'all',
  'currently',
  'even',
  'want',
  'wanna',
  'plan',
  'planning',
  'intend',
  'try',
  'trying',
]);
/** How many words before a crisis phrase are searched for a negator. */
export const NEGATION_WINDOW = 5;

/** A word's part in a negation: none, a negator, or filler that the search passes over. */
export const NOT_NEGATION = 0;
export const NEGATOR = 1;
export const FILLER = 2;
