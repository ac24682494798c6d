import { describeStartupError } from '../errors.js';

/** Runs a command's main and sets the exit code: its own, or 1 with a clear message on an error. */
export function runCommand(main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(describeStartupError(error));
      process.exitCode = 1;
    },
  );
}
