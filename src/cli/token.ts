import { parseArgs } from 'node:util';
import { isRole, ROLES } from '../auth/roles.js';
import {
  createToken,
  listTokens,
  revokeToken,
  TOKEN_NAME_PATTERN,
  TokenNameTaken,
} from '../auth/tokens.js';
import type { Database } from '../db/database.js';
import { withBoot } from './boot.js';
import { runCommand, UsageError } from './run-command.js';

// `npm run token -- create|list|revoke`: API tokens, on the local Neo4j or NEO4J_URI (as `npm run seed`).
const USAGE = `Usage:
  npm run token -- create --name NAME --role ${ROLES.join('|')}
  npm run token -- list
  npm run token -- revoke NAME`;

type Command = (db: Database) => Promise<void>;

function parseCommand(argv: string[]): Command {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { name: { type: 'string' }, role: { type: 'string' } },
  });
  const [command, ...rest] = positionals;
  if (command === 'create' && rest.length === 0) {
    const { name, role } = values;
    if (!name || !TOKEN_NAME_PATTERN.test(name)) {
      throw new UsageError('--name: 1 to 64 letters, digits, ".", "_", "@" or "-"');
    }
    if (!isRole(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
    return async (db) => {
      const token = await createToken(db, name, role);
      console.error(
        `Created the ${role} token "${name}". It is shown once and stored only as a hash:`,
      );
      console.log(token);
    };
  }
  if (command === 'list' && rest.length === 0) {
    return async (db) => {
      const tokens = await listTokens(db);
      if (tokens.length === 0) console.log('No tokens.');
      for (const t of tokens) {
        const state = t.revokedAt ? `revoked ${t.revokedAt}` : 'live';
        console.log(
          `${t.name}\t${t.role}\tcreated ${t.createdAt}\tlast used ${t.lastUsedAt ?? 'never'}\t${state}`,
        );
      }
    };
  }
  if (command === 'revoke' && rest.length === 1) {
    const name = rest[0] as string;
    return async (db) => {
      if (!(await revokeToken(db, name))) {
        throw new UsageError(`No live token is named "${name}".`);
      }
      console.log(`Revoked "${name}": it is refused from the next request on.`);
    };
  }
  throw new UsageError(USAGE);
}

runCommand(async () => {
  const command = parseCommand(process.argv.slice(2));
  try {
    await withBoot({ seedIfEmpty: false, log: console.error }, ({ db }) => command(db));
  } catch (error) {
    if (error instanceof TokenNameTaken) throw new UsageError(error.message);
    throw error;
  }
  return 0;
}, USAGE);
