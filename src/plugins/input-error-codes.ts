import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const VARIABLE_ERROR = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?;/s;

/**
 * Variables that do not fit their input type (unknown field, wrong type) are the client's input
 * errors too: graphql-js gives them no code, this gives them BAD_USER_INPUT and the variable path.
 */
export function useInputErrorCodes(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in result) return;
          for (const error of (result.errors ?? []) as GraphQLError[]) {
            const match = VARIABLE_ERROR.exec(error.message);
            if (!match || error.extensions.code) continue;
            const path = match[2] ?? match[1];
            const unknown = /Field "(\w+)" is not defined by type/.exec(error.message)?.[1];
            const argument = unknown ? `${path}.${unknown}` : path;
            Object.assign(error.extensions, { code: 'BAD_USER_INPUT', argument });
          }
        },
      };
    },
  };
}
