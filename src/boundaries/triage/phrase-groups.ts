// Alternatives of more than one word. In the phrase language `a|b` gives alternatives for ONE word, so
// 'to ..1 end|be ..1 over' asks for "over" after "end" too: a slip the tables made more than once. A group
// `(end|be over)` gives whole alternatives; a pattern with groups is read as the patterns it stands for, one per
// choice, before it is compiled.

/** The most patterns one pattern's groups may stand for. */
export const MAX_GROUP_EXPANSIONS = 32;

const GROUP = /\(([^()]*)\)/;

/**
 * The patterns a pattern with `(…|…)` groups stands for, in order, or in a few words why it is not one (never
 * echoing it). A pattern without groups stands for itself.
 */
export function expandGroups(pattern: string): string[] | string {
  if (!pattern.includes('(') && !pattern.includes(')')) return [pattern];
  let patterns = [pattern];
  for (;;) {
    const next: string[] = [];
    let expanded = false;
    for (const p of patterns) {
      const match = GROUP.exec(p);
      if (match === null) {
        if (p.includes('(') || p.includes(')')) return 'a group ( ) is closed and not nested';
        next.push(p);
        continue;
      }
      expanded = true;
      const choices = (match[1] as string).split('|').map((choice) => choice.trim());
      if (choices.length < 2 || choices.some((choice) => choice === '' || choice.startsWith('..')))
        return 'a group ( ) holds two or more alternatives of words';
      const before = p.slice(0, match.index);
      const after = p.slice(match.index + match[0].length);
      // A group is whole words: 'a|(b c)' or '(a b)x' would read as something else once expanded.
      if (/[^\s]$/.test(before) || /^[^\s]/.test(after))
        return 'a group ( ) stands apart from the words around it';
      for (const choice of choices) next.push(`${before}${choice}${after}`);
    }
    if (next.length > MAX_GROUP_EXPANSIONS) return `groups stand for at most ${MAX_GROUP_EXPANSIONS} phrases`;
    patterns = next;
    if (!expanded) return patterns;
  }
}
