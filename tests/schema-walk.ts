// Walks zod schemas: every object schema reachable from every zod schema the package exports.
import type { z } from 'zod';
import * as api from '../src/index.js';

export type Def = z.core.$ZodTypeDef & Record<string, unknown>;
export type Node = z.core.$ZodType;

export function isSchema(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && '_zod' in value && 'def' in (value as Node)._zod;
}

export function children(def: Def): Node[] {
  const out: unknown[] = [];
  switch (def.type) {
    case 'object':
      out.push(...Object.values(def.shape as object), def.catchall);
      break;
    case 'array':
      out.push(def.element);
      break;
    case 'record':
      out.push(def.keyType, def.valueType);
      break;
    case 'union':
      out.push(...(def.options as unknown[]));
      break;
    case 'intersection':
      out.push(def.left, def.right);
      break;
    case 'tuple':
      out.push(...(def.items as unknown[]), def.rest);
      break;
    case 'pipe':
      out.push(def.in, def.out);
      break;
    case 'lazy':
      out.push((def.getter as () => unknown)());
      break;
    case 'map':
    case 'set':
      out.push(def.keyType, def.valueType);
      break;
    default:
      out.push(def.innerType);
  }
  return out.filter(isSchema);
}

/** Every object schema reachable from `roots`, each once, with the name of the export it was found under. */
export function objectSchemas(roots: Record<string, unknown>): { name: string; schema: z.ZodObject }[] {
  const seen = new Set<Node>();
  const found: { name: string; schema: z.ZodObject }[] = [];
  const visit = (node: Node, name: string) => {
    if (seen.has(node)) return;
    seen.add(node);
    const def = node._zod.def as Def;
    if (def.type === 'object') found.push({ name, schema: node as unknown as z.ZodObject });
    for (const child of children(def)) visit(child, name);
  };
  for (const [name, value] of Object.entries(roots)) if (isSchema(value)) visit(value, name);
  return found;
}

/** Every object schema reachable from the package's exports. */
export const EXPORTED_OBJECT_SCHEMAS = objectSchemas(api as Record<string, unknown>);

/** Whether an object schema rejects keys it does not define. */
export function isStrict(schema: z.ZodObject): boolean {
  const catchall = schema._zod.def.catchall as Node | undefined;
  return catchall?._zod.def.type === 'never';
}
