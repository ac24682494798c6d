import { describeStartupError } from './describe-error.js';

/** A command line that cannot be run as written: exit code 2, with the command's usage. */
export class UsageError extends Error {}

/** A failure the command explains in one line: exit code 1, the message alone. */
export class CommandFailure extends Error {}

/** parseArgs' own errors (unknown option, missing value) are usage errors too. */
function isParseArgsError(error: unknown): error is TypeError {
  return (
    error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')
  );
}

/**
 * Runs a command's main and sets the exit code: its own; 2 with the usage for a command line that
 * cannot run; 1 with a one-line message for a failure (database, launcher, data).
 */
export function runCommand(
  main: () => Promise<number>,
  usage?: string,
  translate: (error: unknown) => unknown = (error) => error,
): void {
  // An async main: a synchronous throw becomes a rejection too.
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        process.exitCode = code;
      },
      (thrown: unknown) => {
        const error = translate(thrown);
        if (error instanceof UsageError || isParseArgsError(error)) {
          console.error(
            isParseArgsError(error) && usage ? `${error.message}\n${usage}` : error.message,
          );
          process.exitCode = 2;
          return;
        }
        console.error(
          error instanceof CommandFailure ? error.message : describeStartupError(error),
        );
        process.exitCode = 1;
      },
    );
}
