// IPC's structured clone carries Dates, Maps, Sets, binary data and class instances into main, and the
// schemas would take them for something else (an object schema with a default reads a Date as `{}`).
// Requests are plain data; anything else is refused before it is parsed.

export type Path = (string | number)[];

/** A value that is not plain data: where it is, and what it is in words an officer can read. */
export interface NonPlain {
  path: Path;
  kind: string;
}

function describe(value: object): string {
  if (typeof value === 'function') return 'hàm';
  if (value instanceof Date) return 'ngày giờ';
  if (value instanceof Map) return 'bảng tra';
  if (value instanceof Set) return 'tập hợp';
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return 'dữ liệu nhị phân';
  const name = (value.constructor as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' && name !== '' ? `đối tượng ${name}` : 'đối tượng đặc biệt';
}

const isPlainObject = (value: object) => {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * The first value in `input` that is not plain data (objects with the plain prototype or none, arrays,
 * primitives), or null. Primitives are left to the schemas, which say what they expected.
 */
export function findNonPlain(input: unknown, path: Path = [], seen = new WeakSet<object>()): NonPlain | null {
  if (typeof input === 'function') return { path, kind: describe(input) };
  if (typeof input !== 'object' || input === null || seen.has(input)) return null;
  seen.add(input);
  if (Array.isArray(input)) {
    for (const [index, item] of input.entries()) {
      const found = findNonPlain(item, [...path, index], seen);
      if (found) return found;
    }
    return null;
  }
  if (!isPlainObject(input)) return { path, kind: describe(input) };
  for (const [key, item] of Object.entries(input)) {
    const found = findNonPlain(item, [...path, key], seen);
    if (found) return found;
  }
  return null;
}
