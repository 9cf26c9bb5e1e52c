// The string literals a module's code holds, read by the TypeScript parser: comments and TSDoc examples
// are not literals, so a code quoted in a comment never counts as emitted. The reason-code tests check
// each module's exported code lists against them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** Every string literal in the `.ts` files under `src/<module>`, leaving out its `reason-codes.ts`. */
export function stringLiteralsOf(module: string): ReadonlySet<string> {
  const dir = join(import.meta.dirname, '..', 'src', module);
  const found = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.add(node.text);
    ts.forEachChild(node, visit);
  };
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts') || file === 'reason-codes.ts') continue;
    const path = join(dir, file);
    visit(ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, false));
  }
  return found;
}

/** The literals shaped like a code of `module` (`<module>.<area>.<name>`). */
export function codeLiteralsOf(module: string): string[] {
  const shape = new RegExp(`^${module}\\.[a-z0-9_]+\\.[a-z0-9_]+$`);
  return [...stringLiteralsOf(module)].filter((s) => shape.test(s)).sort();
}
