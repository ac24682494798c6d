import { getVariableValues } from '@graphql-tools/executor';
import { type GraphQLError, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ErrorCode } from '../domain-error.js';

const VARIABLE_ERROR = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?;/s;
/** graphql-js's own bound on variable errors per request. */
const MAX_VARIABLE_ERRORS = 50;

/**
 * A variable error as the executor answers it (HTTP 400), with BAD_USER_INPUT and the variable
 * path when the variable does not fit its type.
 */
function withInputCode(error: GraphQLError): GraphQLError {
  const http = error.extensions.http as Record<string, unknown> | undefined;
  Object.assign(error.extensions, { http: { ...http, status: 400 } });
  const match = VARIABLE_ERROR.exec(error.message);
  if (!match || error.extensions.code) return error;
  const path = match[2] ?? match[1];
  const unknown = /Field "(\w+)" is not defined by type/.exec(error.message)?.[1];
  const argument = unknown ? `${path}.${unknown}` : path;
  Object.assign(error.extensions, { code: 'BAD_USER_INPUT' satisfies ErrorCode, argument });
  return error;
}

/**
 * Variables that do not fit their input type (unknown field, wrong type) are the client's input
 * errors too: they are checked here, with the executor's own coercion and wording, before the
 * document runs (graphql-jit's coercion words them otherwise), and given BAD_USER_INPUT and the
 * variable path, which graphql-js does not give them.
 */
export function useInputErrorCodes(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation?.variableDefinitions?.length) return;
      const coerced = getVariableValues(
        args.schema,
        operation.variableDefinitions,
        args.variableValues ?? {},
        { maxErrors: MAX_VARIABLE_ERRORS },
      );
      if (coerced.errors) setResultAndStopExecution({ errors: coerced.errors.map(withInputCode) });
    },
  };
}
