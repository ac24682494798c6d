import SchemaBuilder, { type SchemaTypes } from '@pothos/core';
import { PothosComplexityPlugin } from '@pothos/plugin-complexity';
import type { GraphQLResolveInfo, OperationDefinitionNode } from 'graphql';

type ComplexityOf<Types extends SchemaTypes> = PothosComplexityPlugin<Types>['complexityCache'];
type Complexity = ReturnType<ComplexityOf<SchemaTypes>>;

/** Variable sets remembered per operation; past it, a request's complexity is worked out anew. */
const VARIABLE_SETS_PER_OPERATION = 64;

const pluginName = 'documentComplexity';

/**
 * Pothos's complexity limit, worked out once per operation and variable values instead of once per
 * request (a walk of the whole selection with every field's argument values: 5 % of b.'s CPU). The
 * limit, the check and the errors are Pothos's own; the fields' complexity functions read their
 * arguments only, never the context, so one operation with the same variables costs the same.
 */
class DocumentComplexityPlugin<Types extends SchemaTypes> extends PothosComplexityPlugin<Types> {
  constructor(...args: ConstructorParameters<typeof PothosComplexityPlugin<Types>>) {
    super(...args);
    const perRequest = this.complexityCache;
    const known = new WeakMap<OperationDefinitionNode, Map<string, Complexity>>();
    const cached = (ctx: Types['Context'], info: GraphQLResolveInfo) => {
      let byVariables = known.get(info.operation);
      if (!byVariables) {
        byVariables = new Map();
        known.set(info.operation, byVariables);
      }
      const id = JSON.stringify(info.variableValues);
      let complexity = byVariables.get(id);
      if (!complexity) {
        complexity = perRequest(ctx, info);
        if (byVariables.size < VARIABLE_SETS_PER_OPERATION) byVariables.set(id, complexity);
      }
      return complexity;
    };
    this.complexityCache = Object.assign(cached, { delete: perRequest.delete });
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      documentComplexity: DocumentComplexityPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin(pluginName, DocumentComplexityPlugin);

export default pluginName;
