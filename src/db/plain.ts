import neo4j from 'neo4j-driver';
import { mapListCopyOnWrite, mapValuesCopyOnWrite } from '../copy-on-write.js';

/** A value as resolvers see it: no driver Integer, temporal, node or relationship objects. */
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/** The map itself when every value is already plain (rows of lists and maps): nothing is copied. */
function plainObject(value: Record<string, unknown>): { [key: string]: Plain } {
  return mapValuesCopyOnWrite(value, toPlain) as { [key: string]: Plain };
}

/** The list itself when every item is already plain (the common case): rows are not copied. */
function plainList(value: unknown[]): Plain[] {
  return mapListCopyOnWrite(value, toPlain) as Plain[];
}

/** Driver objects: Integers (when lossless integers are on), temporals, nodes and relationships. */
function fromDriverObject(value: object): Plain {
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (neo4j.isNode(value) || neo4j.isRelationship(value))
    return plainObject(value.properties as Record<string, unknown>);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  return String(value);
}

/**
 * Converts driver values to plain JS at the data-access boundary. The driver already returns numbers
 * (`disableLosslessIntegers`), so the common values pass through the first checks untouched.
 */
export function toPlain(value: unknown): Plain {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    case 'bigint':
      return Number(value);
    case 'object': {
      if (value === null) return null;
      if (Array.isArray(value)) return plainList(value);
      if (Object.getPrototypeOf(value) === Object.prototype) {
        return plainObject(value as Record<string, unknown>);
      }
      return fromDriverObject(value);
    }
    case 'undefined':
      return null;
    default:
      return String(value);
  }
}

const ownValue = (value: unknown): PropertyDescriptor => ({
  value,
  enumerable: true,
  writable: true,
  configurable: true,
});

/** Converts parameters for the driver: integral numbers become Neo4j Integers (JS numbers are floats). */
export function toParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toParams);
  if (
    value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    // A loop rather than fromEntries, whose object is a slow dictionary for the driver to pack.
    const params: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      // A `__proto__` key of a client's map stays a key, as fromEntries kept it.
      if (key === '__proto__') Object.defineProperty(params, key, ownValue(toParams(inner)));
      else params[key] = toParams(inner);
    }
    return params;
  }
  return value;
}
