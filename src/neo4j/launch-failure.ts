import { RUNNING_RECORD_FILE } from './running-record.js';

/** Why the launcher stopped, in one line that says what to do; the log file keeps the Java trace. */
export function describeLaunchFailure(
  port: number,
  dataDir: string,
  reason: string,
  logTail: string,
  logFile: string,
): string {
  if (logTail.includes('Lock file has been locked by another process')) {
    return (
      `Another process holds the local Neo4j data directory ${dataDir} (a server or command still ` +
      `starting, or one that did not write ${RUNNING_RECORD_FILE}): wait until it is ready and run ` +
      'this again, stop it, or set NEO4J_LOCAL_DATA to another directory.'
    );
  }
  if (/Address already in use|PortBindException/.test(logTail)) {
    return `Port ${port} on 127.0.0.1 is already in use, so the local Neo4j cannot listen there: stop the other program or set NEO4J_LOCAL_PORT.`;
  }
  // The deepest cause is the last "Caused by" of the trace.
  const cause = [...logTail.matchAll(/^Caused by: [\w.$]+: (.*)$/gm)].at(-1)?.[1];
  return `Local Neo4j did not start on port ${port} (${reason}${cause ? `: ${cause}` : ''}); its log is ${logFile}.`;
}
