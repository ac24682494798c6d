import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import {
  BREAK,
  type GraphQLError,
  type OperationDefinitionNode,
  type ValidationContext,
  type ValidationRule,
  visit,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { DomainError, type LIMIT_CODES } from '../domain-error.js';
import { toGraphQLError } from '../error-mapping.js';
import { DOCUMENT_LIMITS } from '../limits.js';

/** True when the operation, or a fragment it spreads, asks for `__schema` or `__type`. */
function introspects(operation: OperationDefinitionNode, context: ValidationContext): boolean {
  let found = false;
  const seen = new Set<string>();
  const search = (node: Parameters<typeof visit>[0]) =>
    visit(node, {
      Field(field) {
        if (field.name.value === '__schema' || field.name.value === '__type') {
          found = true;
          return BREAK;
        }
        return undefined;
      },
      FragmentSpread(spread) {
        const fragment = context.getFragment(spread.name.value);
        if (fragment && !seen.has(spread.name.value)) {
          seen.add(spread.name.value);
          search(fragment);
        }
      },
    });
  search(operation);
  return found;
}

/**
 * Armor's static cost for operations that introspect, which the Pothos complexity limit (it prices
 * the data fields, by page size) does not see.
 */
function introspectionCostRule(options: Parameters<typeof costLimitRule>[0]): ValidationRule {
  return (context) => {
    const inner = costLimitRule(options)(context);
    return {
      OperationDefinition: {
        enter(operation) {
          if (introspects(operation, context)) inner.onOperationDefinitionEnter(operation);
        },
      },
    };
  };
}

/** Turns an Armor rejection into one error with a code, thrown so that validation stops there. */
function rejectWith(code: (typeof LIMIT_CODES)[number]) {
  return [
    (_context: unknown, error: GraphQLError) => {
      throw toGraphQLError(new DomainError(code, error.message.replace(/^Syntax Error: /, '')));
    },
  ];
}

/** GraphQL Armor's checks, each violation reported once with its own code. */
export function useDocumentLimits(options: { fieldSuggestions: boolean }): Plugin[] {
  const plugins: Plugin[] = [
    maxTokensPlugin({ n: DOCUMENT_LIMITS.tokens, onReject: rejectWith('TOKEN_LIMIT') }),
    maxAliasesPlugin({ n: DOCUMENT_LIMITS.aliases, onReject: rejectWith('ALIAS_LIMIT') }),
    maxDirectivesPlugin({ n: DOCUMENT_LIMITS.directives, onReject: rejectWith('DIRECTIVE_LIMIT') }),
    maxDepthPlugin({
      n: DOCUMENT_LIMITS.depth,
      // A fragment spread counts as a level, so a chain of fragments is as bounded as nesting.
      flattenFragments: false,
      // GraphiQL's schema query is 21 levels deep that way; the cost limit bounds introspection.
      ignoreIntrospection: true,
      onReject: rejectWith('DEPTH_LIMIT'),
    }),
    {
      onValidate({ addValidationRule }) {
        addValidationRule(
          introspectionCostRule({
            maxCost: DOCUMENT_LIMITS.cost,
            ignoreIntrospection: false,
            flattenFragments: true,
            // Armor's default 1.5 a level prices GraphiQL's introspection at 87,000; 1.2 still grows fast.
            depthCostFactor: 1.2,
            onReject: rejectWith('COST_LIMIT'),
          }),
        );
      },
    },
  ];
  if (!options.fieldSuggestions) plugins.push(blockFieldSuggestionsPlugin());
  return plugins;
}
