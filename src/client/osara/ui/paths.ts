// Reading and writing one field deep inside a section value, immutably. A section is saved as a
// whole (it is one field of the record), so every keystroke produces a new section value.
export type Path = readonly (string | number)[];
type Node = Record<string, unknown> | unknown[];

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null;
}

function child(node: unknown, key: string | number): unknown {
  if (Array.isArray(node)) return typeof key === 'number' ? node[key] : undefined;
  return isNode(node) ? (node as Record<string, unknown>)[String(key)] : undefined;
}

export function getAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => child(node, key), value);
}

function without(node: Node, key: string | number): Node {
  if (Array.isArray(node)) return node.filter((_, index) => index !== key);
  return Object.fromEntries(Object.entries(node).filter(([name]) => name !== String(key)));
}

/**
 * A copy of `value` with `path` set. `undefined` removes the key (optional fields are absent,
 * never `undefined`, under exactOptionalPropertyTypes) and removes an array item.
 */
export function setAt(value: unknown, path: Path, next: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return next;
  const node: Node = isNode(value) ? value : typeof key === 'number' ? [] : {};
  const inner = rest.length === 0 ? next : setAt(child(node, key), rest, next);
  if (inner === undefined) return without(node, key);
  if (Array.isArray(node)) {
    const copy = [...node];
    copy[Number(key)] = inner;
    return copy;
  }
  return { ...node, [key]: inner };
}

/** `a.b.0.c`, the key that field errors are kept under. */
export function pathKey(path: Path): string {
  return path.join('.');
}
