import type { AddressInfo } from 'node:net';
import type { DatabaseTarget } from '../config.js';
import { FORMATS } from '../export/formats.js';

export interface ReadyFacts {
  seconds: number;
  /** Where the server listens (the bound port, so PORT=0 prints the real one). */
  address: AddressInfo;
  graphiql: boolean;
  database: DatabaseTarget;
  /** The Bolt URI and pid of the local Neo4j this server started. */
  local?: { uri: string; pid: number };
}

/** A URI without the credentials someone may have written into it. */
function withoutCredentials(uri: string): string {
  try {
    const url = new URL(uri);
    url.username = '';
    url.password = '';
    return url.toString().replace(/\/$/, '');
  } catch {
    return uri;
  }
}

function databaseLine(facts: ReadyFacts): string {
  const target = facts.database;
  if (target.kind === 'remote') {
    const name = target.database ? `, database "${target.database}"` : '';
    return `NEO4J_URI ${withoutCredentials(target.uri)} as "${target.user}"${name}`;
  }
  const where = facts.local ? `${facts.local.uri} (pid ${facts.local.pid})` : 'local';
  return `local Neo4j ${where}, data in ${target.dataDir}`;
}

/** What `npm start` prints once /ready answers 200: where to go and which database it serves. */
export function readyLines(facts: ReadyFacts): string[] {
  const { address } = facts;
  const host = ['0.0.0.0', '::'].includes(address.address)
    ? 'localhost'
    : address.family === 'IPv6'
      ? `[${address.address}]`
      : address.address;
  const base = `http://${host}:${address.port}`;
  const files = Object.values(FORMATS).map((format) => format.fileName);
  return [
    `solidarity-graph ready in ${facts.seconds.toFixed(1)} s (${base}/ready answers 200)`,
    `  explorer:  ${base}/`,
    facts.graphiql
      ? `  GraphiQL:  ${base}/graphql`
      : `  GraphiQL:  off (GRAPHIQL=on turns it on); the API is at ${base}/graphql`,
    `  exports:   ${base}/export/${files[0]} (also ${files.slice(1).join(', ')})`,
    `  database:  ${databaseLine(facts)}`,
  ];
}
