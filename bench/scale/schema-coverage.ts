import { readFileSync } from 'node:fs';
import {
  buildSchema,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isInputObjectType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  parse,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/** The published schema (`npm run check:generated` keeps it equal to the code's). */
export function publishedSchema(path = 'schema/schema.graphql'): GraphQLSchema {
  return buildSchema(readFileSync(path, 'utf8'));
}

/** How deep a full selection goes below its root field. */
const FULL_DEPTH = 3;

function selectFields(
  schema: GraphQLSchema,
  type: GraphQLCompositeType,
  depth: number,
  path: Set<string>,
  inList: boolean,
): string {
  const own = isAbstractType(type) ? ['__typename'] : [];
  const fields = 'getFields' in type ? Object.values(type.getFields()) : [];
  for (const field of fields) {
    const part = fieldSelection(schema, field, depth, path, inList);
    if (part) own.push(part);
  }
  if (isAbstractType(type)) {
    for (const possible of schema.getPossibleTypes(type)) {
      const extra = Object.values(possible.getFields())
        .filter((field) => !('getFields' in type && type.getFields()[field.name]))
        // Each kind's own scalars: its objects would multiply the selection by the kinds.
        .filter((field) => field.args.length === 0 && isLeafType(getNamedType(field.type)))
        .map((field) => field.name);
      if (extra.length > 0) own.push(`... on ${possible.name} { ${extra.join(' ')} }`);
    }
  }
  return own.join(' ');
}

function fieldSelection(
  schema: GraphQLSchema,
  field: GraphQLField<unknown, unknown>,
  depth: number,
  path: Set<string>,
  inList: boolean,
): string | null {
  // A field with arguments (a connection, `neighbors`) is a read of its own, with its own cases.
  if (field.args.length > 0) return null;
  const named = getNamedType(field.type);
  if (isLeafType(named)) return field.name;
  if (!isCompositeType(named) || depth >= FULL_DEPTH || path.has(named.name)) return null;
  const list = isListType(getNullableType(field.type));
  // Per-item lists of objects (timelines, founders, sources) are measured once, on the hub.
  if (list && inList) return null;
  const inner = selectFields(
    schema,
    named,
    depth + 1,
    new Set([...path, named.name]),
    inList || list,
  );
  return inner ? `${field.name} { ${inner} }` : null;
}

/**
 * Every field without arguments below a root field, to depth 4, each type once per path; an object
 * reached through a list gets its scalars and single objects but not its own lists of objects.
 */
export function fullSelection(schema: GraphQLSchema, rootField: string): string {
  const field = schema.getQueryType()?.getFields()[rootField];
  if (!field) throw new Error(`Query.${rootField} is not in the schema`);
  const named = getNamedType(field.type);
  if (!isCompositeType(named)) return '';
  const list = isListType(getNullableType(field.type));
  return `{ ${selectFields(schema, named, 1, new Set([named.name]), list)} }`;
}

/** What a worst case must be for the coverage check. */
export interface CoveredCase {
  name: string;
  query: string;
}

/** The name of a field's argument for coverage: an interface's field counts for every type. */
function coordinate(parent: GraphQLNamedType, fieldName: string): string {
  if (isObjectType(parent)) {
    const declaring = parent.getInterfaces().find((i) => i.getFields()[fieldName]);
    if (declaring) return `${declaring.name}.${fieldName}`;
  }
  return `${parent.name}.${fieldName}`;
}

/** Object and interface types a query can reach, with the fields that take arguments. */
function argumentFields(schema: GraphQLSchema): Map<string, GraphQLField<unknown, unknown>> {
  const found = new Map<string, GraphQLField<unknown, unknown>>();
  const query = schema.getQueryType();
  if (!query) return found;
  const seen = new Set<string>();
  const queue: GraphQLNamedType[] = [query];
  for (let type = queue.shift(); type; type = queue.shift()) {
    if (seen.has(type.name) || !('getFields' in type) || isInputObjectType(type)) continue;
    seen.add(type.name);
    if (isAbstractType(type)) queue.push(...schema.getPossibleTypes(type));
    for (const field of Object.values(type.getFields())) {
      if (field.args.length > 0) found.set(coordinate(type, field.name), field);
      queue.push(getNamedType(field.type));
    }
  }
  return found;
}

/** What one case's document uses: root fields, arguments, input fields, and selections. */
interface Usage {
  /** `Type.field(argument)` and `Type.field(argument.inputField)`. */
  arguments: Set<string>;
  /** `Type.field` of every field selected below each root field, by root field. */
  selected: Map<string, Set<string>>;
  /** Fields (as `Type.field`) whose connection had its `totalCount` asked. */
  counted: Set<string>;
}

function usageOf(schema: GraphQLSchema, query: string): Usage {
  const usage: Usage = { arguments: new Set(), selected: new Map(), counted: new Set() };
  const typeInfo = new TypeInfo(schema);
  const stack: string[] = [];
  visit(
    parse(query),
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter(node) {
          const parent = typeInfo.getParentType();
          const at = parent ? coordinate(parent, node.name.value) : node.name.value;
          const root = stack[0]?.split('.')[1] ?? node.name.value;
          if (stack.length === 0) usage.selected.set(root, usage.selected.get(root) ?? new Set());
          else if (parent) usage.selected.get(root)?.add(`${parent.name}.${node.name.value}`);
          const owner = stack.at(-1);
          if (node.name.value === 'totalCount' && owner) usage.counted.add(owner);
          stack.push(at);
          for (const argument of node.arguments ?? []) {
            usage.arguments.add(`${at}(${argument.name.value})`);
            if (argument.value.kind !== Kind.OBJECT) continue;
            for (const inner of argument.value.fields) {
              usage.arguments.add(`${at}(${argument.name.value}.${inner.name.value})`);
            }
          }
        },
        leave() {
          stack.pop();
        },
      },
    }),
  );
  return usage;
}

/** `Type.field` of every field a full selection of the root field holds. */
function fullCoordinates(schema: GraphQLSchema, rootField: string): Set<string> {
  const selection = fullSelection(schema, rootField);
  if (!selection) return new Set();
  return usageOf(schema, `{ ${rootField} ${selection} }`).selected.get(rootField) ?? new Set();
}

function connectionsWithTotal(schema: GraphQLSchema): string[] {
  return [...argumentFields(schema)].flatMap(([at, field]) => {
    const type = getNamedType(field.type);
    return isObjectType(type) && type.name.endsWith('Connection') && type.getFields().totalCount
      ? [at]
      : [];
  });
}

function missingArguments(schema: GraphQLSchema, used: Set<string>): string[] {
  const missing: string[] = [];
  for (const [at, field] of argumentFields(schema)) {
    for (const argument of field.args) {
      if (!used.has(`${at}(${argument.name})`)) missing.push(`${at}(${argument.name}): no case`);
      const input = getNamedType(argument.type);
      if (!isInputObjectType(input)) continue;
      for (const inner of Object.keys(input.getFields())) {
        const name = `${at}(${argument.name}.${inner})`;
        if (!used.has(name)) missing.push(`${name}: no case`);
      }
    }
  }
  return missing;
}

/**
 * What the worst cases leave out, as readable lines (empty when nothing): invalid documents, root
 * fields without a full-field case (and, where a full selection is wide, a lean one), arguments
 * and input fields that no case uses, and connections whose `totalCount` no case asks.
 */
export function missingWorstCases(schema: GraphQLSchema, cases: CoveredCase[]): string[] {
  const missing: string[] = [];
  const usages = cases.flatMap((worstCase) => {
    const errors = validate(schema, parse(worstCase.query));
    if (errors.length === 0) return [usageOf(schema, worstCase.query)];
    missing.push(`${worstCase.name}: invalid (${errors.map((e) => e.message).join('; ')})`);
    return [];
  });
  for (const name of Object.keys(schema.getQueryType()?.getFields() ?? {})) {
    const selections = usages.flatMap((u) => u.selected.get(name) ?? []);
    if (selections.length === 0) {
      missing.push(`Query.${name}: no case`);
      continue;
    }
    const full = fullCoordinates(schema, name);
    if (!selections.some((s) => [...full].every((c) => s.has(c)))) {
      missing.push(`Query.${name}: no full-field case`);
    }
    if (full.size > LEAN_WIDTH && !selections.some((s) => s.size < full.size / 2)) {
      missing.push(`Query.${name}: no lean case`);
    }
  }
  missing.push(...missingArguments(schema, new Set(usages.flatMap((u) => [...u.arguments]))));
  const counted = new Set(usages.flatMap((u) => [...u.counted]));
  for (const at of connectionsWithTotal(schema)) {
    if (!counted.has(at)) missing.push(`${at}: no case asks its totalCount`);
  }
  return missing;
}

/** A full selection narrower than this is lean already. */
const LEAN_WIDTH = 6;
