import type { ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { DomainError } from '../domain-error.js';
import { toGraphQLError } from '../error-mapping.js';

/**
 * An operation whose type the schema lacks (`subscription` here) is a validation error with a 400,
 * as graphql-js 17's KnownOperationTypesRule makes it, rather than a failure at execution (a 500).
 */
const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    const message = `This schema has no ${node.operation} operations: send a query or a mutation.`;
    context.reportError(
      toGraphQLError(new DomainError('GRAPHQL_VALIDATION_FAILED', message), { nodes: [node] }),
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
