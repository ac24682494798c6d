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
}
