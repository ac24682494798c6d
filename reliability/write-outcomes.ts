import { parseArgs } from 'node:util';
import { startApi } from '../bench/api.js';
import { createToken } from '../src/auth/tokens.js';
import { commandLine, intOption, runReliabilityScript } from './script.js';

// `npx tsx reliability/write-outcomes.ts [-- --deadlines 250,500,1000 --seconds 25 --writers 4]`:
// addSource writes against the API process with short deadlines, so that many meet the deadline,
// then each answer against the graph. A write acknowledged must be stored, one answered with an
// error must not, one answered writeOutcome "unknown" may be either (counted).
const options = commandLine(() => {
  const { values } = parseArgs({
    options: {
      deadlines: { type: 'string', default: '250,500,1000' },
      seconds: { type: 'string', default: '25' },
      writers: { type: 'string', default: '4' },
    },
  });
  return {
    deadlines: values.deadlines
      .split(',')
      .map((deadline) => intOption(deadline, 'deadlines', 100, 600_000)),
    seconds: intOption(values.seconds, 'seconds', 1, 3_600),
    writers: intOption(values.writers, 'writers', 1, 100),
  };
});

type Answer = 'acknowledged' | 'failed' | 'in doubt';

const ADD_SOURCE =
  'mutation($input: AddSourceInput!) { addSource(input: $input) { graphVersion } }';

interface Answered {
  status: number;
  errors?: { extensions?: { code?: string; writeOutcome?: string } }[];
}

async function addSource(url: string, token: string, key: string): Promise<Answer> {
  const input = {
    key,
    accessed: '2024-01-01',
    language: 'fr',
    publisher: 'write-outcomes',
    title: key,
    url: `https://example.org/${key}`,
  };
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: ADD_SOURCE, variables: { input } }),
  });
  const { errors } = (await response.json()) as Answered;
  if (response.status === 200 && !errors) return 'acknowledged';
  return errors?.[0]?.extensions?.writeOutcome === 'unknown' ? 'in doubt' : 'failed';
}

runReliabilityScript(async (database, cleanup) => {
  const token = await createToken(database.db, 'write-outcomes', 'curator');
  let kept = true;
  for (const deadline of options.deadlines) {
    const api = await startApi(
      database.connection,
      { responseCache: true, runtime: 'compiled' },
      cleanup,
      { nodeEnv: 'production', env: { REQUEST_TIMEOUT_MS: String(deadline) } },
    );
    const answers = new Map<string, Answer>();
    const endAt = Date.now() + options.seconds * 1_000;
    await Promise.all(
      Array.from({ length: options.writers }, async (_, writer) => {
        for (let n = 0; Date.now() < endAt; n++) {
          const key = `write-outcomes-${deadline}-${writer}-${n}`;
          answers.set(key, await addSource(api.url, token, key));
        }
      }),
    );
    const rows = await database.db.read(
      'MATCH (s:Source) WHERE s.key STARTS WITH $prefix RETURN s.key AS key',
      { prefix: `write-outcomes-${deadline}-` },
    );
    const stored = new Set(rows.map((row) => String(row.key)));
    const table: Record<string, number> = {};
    for (const [key, answer] of answers) {
      const cell = `${answer}, ${stored.has(key) ? 'stored' : 'absent'}`;
      table[cell] = (table[cell] ?? 0) + 1;
    }
    console.log(`deadline ${deadline} ms: ${answers.size} writes ${JSON.stringify(table)}`);
    kept &&= !table['acknowledged, absent'] && !table['failed, stored'];
  }
  console.log(kept ? 'every answer matches the graph' : 'FAILED: an answer the graph contradicts');
  return kept;
});
