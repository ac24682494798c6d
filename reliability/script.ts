import { Cleanup } from '../bench/cleanup.js';
import { type BenchDatabase, openBenchDatabase } from '../bench/database.js';
import { ConfigError } from '../src/config.js';

/** Parses and checks the command line before anything starts; a mistake exits 2 with its message. */
export function commandLine<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    console.error(`solidarity-graph: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}

/** An integer command-line option within bounds, or a message naming the option. */
export function intOption(raw: string | undefined, name: string, min: number, max: number): number {
  const value = Number(raw);
  if (raw === undefined || !Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`--${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

/** One of a few words, or a message naming the option and the words allowed. */
export function choiceOption<T extends string>(
  raw: string | undefined,
  name: string,
  choices: readonly T[],
): T {
  const choice = choices.find((allowed) => allowed === raw);
  if (choice === undefined) {
    throw new ConfigError(`--${name} must be one of ${choices.join(', ')}, got "${raw}"`);
  }
  return choice;
}

/**
 * Runs a reliability script against the database the bench uses (a temporary local Neo4j, or
 * NEO4J_URI, loaded with the curated graph) and exits non-zero when `main` says it failed; the
 * database and whatever `main` adds to `cleanup` are stopped on every exit, Ctrl-C included.
 */
export function runReliabilityScript(
  main: (database: BenchDatabase, cleanup: Cleanup) => Promise<boolean>,
): void {
  const cleanup = new Cleanup();
  cleanup.runThenExit(async () => main(await openBenchDatabase(cleanup), cleanup));
}
