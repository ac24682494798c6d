import { GraphQLError, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * An operation whose type the schema lacks (`subscription` here) is a validation error with a 400,
 * as graphql-js 17's KnownOperationTypesRule makes it, rather than a failure at execution (a 500).
 */
const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    context.reportError(
      new GraphQLError(
        `This schema has no ${node.operation} operations: send a query or a mutation.`,
        {
          nodes: [node],
          // `spec: false`: a 400 even for application/json clients, like the other request errors.
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400, spec: false } },
        },
      ),
    );
  },
});

export function useKnownOperationTypes(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(knownOperationTypes);
    },
  };
}
