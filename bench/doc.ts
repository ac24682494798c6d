import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const DOC = fileURLToPath(new URL('../docs/performance.md', import.meta.url));

const HEADER = '# Performance\n';

/** Replaces (or appends) the section between `<!-- name -->` markers of docs/performance.md. */
export async function writeDocSection(name: string, body: string): Promise<string> {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const current = await readFile(DOC, 'utf8').catch(() => HEADER);
  const section = `${start}\n${body.trim()}\n${end}`;
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next =
    from >= 0 && to > from
      ? `${current.slice(0, from)}${section}${current.slice(to + end.length)}`
      : `${current.trimEnd()}\n\n${section}\n`;
  await writeFile(DOC, next);
  return DOC;
}
