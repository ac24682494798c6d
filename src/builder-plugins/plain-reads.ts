import SchemaBuilder, {
  BasePlugin,
  type PothosOutputFieldConfig,
  type SchemaTypes,
} from '@pothos/core';
import { defaultFieldResolver, type GraphQLFieldResolver } from 'graphql';

const pluginName = 'plainReads';

/** `(edge) => edge.node` and the like: one parameter, whose property of that name is the whole body. */
const PROPERTY_READ = /^\(?\s*([A-Za-z_$][\w$]*)\s*\)?\s*=>\s*\1\.([A-Za-z_$][\w$]*)\s*$/;

/** True when `resolve`'s source only returns its parent's property named `field`. */
// biome-ignore lint/complexity/noBannedTypes: any resolver's source text is read, never called.
export function readsOwnProperty(resolve: Function, field: string): boolean {
  return PROPERTY_READ.exec(resolve.toString())?.[2] === field;
}

/**
 * Fields whose resolver only returns the parent's property of the field's name (relay's `edges`,
 * `node` and `pageInfo`, and ours like `(row) => row.kind`) get no resolver: graphql-jit then
 * reads the property inline, where it called the resolver with a resolve info and response path
 * built afresh for each object (about 1 KB a call: 226 calls in b., docs/performance.md). Last of
 * the plugins, so it sees the field's own resolver and the others still wrap what it returns.
 */
class PlainReadsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    return readsOwnProperty(resolver, fieldConfig.name) ? defaultFieldResolver : resolver;
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      plainReads: PlainReadsPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin(pluginName, PlainReadsPlugin);

export default pluginName;
