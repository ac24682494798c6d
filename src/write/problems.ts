// Every problem of one write input, reported at once: each check runs, a BAD_USER_INPUT it raises
// is kept, and the write then fails with one error that lists them all.
import { DomainError, domainErrorIn, type ErrorCode } from '../domain-error.js';

/** One problem of an input: where (the argument path), what kind (a code), and what to do. */
export interface InputProblem {
  path: string;
  code: ErrorCode;
  message: string;
}

function problemOf(error: DomainError): InputProblem {
  const { argument } = error.extensions;
  return {
    path: typeof argument === 'string' ? argument : '',
    code: error.code,
    message: error.message,
  };
}

/** The problems found so far in one input. */
export class InputProblems {
  private readonly found: { error: DomainError; problem: InputProblem }[] = [];

  /** Runs `check`; a client error it throws is kept (undefined is returned), anything else propagates. */
  check<T>(check: () => T): T | undefined {
    try {
      return check();
    } catch (error) {
      this.keep(error);
      return undefined;
    }
  }

  private keep(error: unknown): void {
    const domain = domainErrorIn(error);
    if (!domain || (domain.code !== 'BAD_USER_INPUT' && domain.code !== 'NOT_FOUND')) throw error;
    // An error that already lists its problems (the model's rules) adds each of them.
    const listed = domain.extensions.problems;
    if (Array.isArray(listed) && listed.length > 0) {
      for (const problem of listed as InputProblem[]) this.found.push({ error: domain, problem });
    } else this.found.push({ error: domain, problem: problemOf(domain) });
  }

  /**
   * Throws when any problem was found: the first problem's error (its message and code, as when
   * checks stopped at the first) with `extensions.problems` listing every one.
   */
  throwIfAny(): void {
    const [first] = this.found;
    if (!first) return;
    const { code: _code, ...details } = first.error.extensions;
    throw new DomainError(first.error.code, first.error.message, {
      details: { ...details, problems: this.found.map((found) => found.problem) },
    });
  }
}
