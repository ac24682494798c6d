import { describeStartupError } from '../src/cli/describe-error.js';

/** Undo steps run last-in first-out, once, whether the run ends, fails or is interrupted. */
export class Cleanup {
  private readonly steps: { name: string; undo: () => Promise<void> | void }[] = [];
  private running: Promise<void> | undefined;

  add(name: string, undo: () => Promise<void> | void): void {
    this.steps.push({ name, undo });
  }

  run(): Promise<void> {
    this.running ??= (async () => {
      for (const step of this.steps.reverse()) {
        try {
          await step.undo();
        } catch (error) {
          // One failed step must not leave the later ones (the database, the temp dir) behind.
          console.error(`cleanup: ${step.name} failed: ${String(error)}`);
        }
      }
    })();
    return this.running;
  }

  /**
   * Runs `main`, then the undo steps, and exits: 0 on success, 1 on failure (or when `main`
   * resolves `false`: a check that failed without an exception), 130 on Ctrl-C (the steps run on a
   * signal too).
   */
  runThenExit(main: () => Promise<unknown>): void {
    let interrupted = false;
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      // npm and tsx forward Ctrl-C too, so the same signal may arrive more than once.
      process.on(signal, () => {
        if (interrupted) return;
        interrupted = true;
        console.log(`\n${signal}: stopping the API and the database...`);
        this.run().finally(() => process.exit(130));
      });
    }
    main()
      .finally(() => this.run())
      .then(
        (passed) => process.exit(passed === false ? 1 : 0),
        (error: unknown) => {
          // After a signal, errors from cut-off queries are expected; the signal handler exits.
          if (interrupted) return;
          console.error(describeStartupError(error));
          process.exit(1);
        },
      );
  }
}
