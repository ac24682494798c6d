// Session 34 (helper extent): where the relation readers cut an end, from an eval-sweep --misses report:
// a page's wrong proposal paired with a missed relation of the same type whose end contains or is
// contained in the wrong one's ("union des sucreries" for "union des sucreries et distilleries …").
// Usage: node --import tsx scripts/eval-sweep.ts --pages --misses > R; node --import tsx scripts/names/reader-cuts.ts R
import { readFile } from 'node:fs/promises';

const report = await readFile(process.argv[2] as string, 'utf8');
const ends = (relation: string) =>
  [...relation.matchAll(/(?:new|known) "([^"]*)"/gu)].map((m) => m[1] as string);
const typeOf = (relation: string) => /\b([A-Z_]{4,})\b/u.exec(relation)?.[1] ?? '';

const pages: { page: string; wrong: string[]; missed: string[] }[] = [];
const rows = new Set<string>();
for (const line of report.split('\n')) {
  const page = /^(\S+\.txt)\t/u.exec(line)?.[1];
  if (page) pages.push({ page, wrong: [], missed: [] });
  const kind = /^ {4}(wrong|missed) (.*)$/u.exec(line);
  if (kind && pages.length > 0)
    pages.at(-1)?.[kind[1] as 'wrong' | 'missed'].push(kind[2] as string);
  const split = /^SPLIT (\S+):/u.exec(line)?.[1];
  if (!split) continue;
  for (const { page: name, wrong, missed } of pages.splice(0))
    for (const w of wrong)
      for (const m of missed.filter((m) => typeOf(m) === typeOf(w)))
        for (const a of ends(w))
          for (const b of ends(m))
            if (a !== b && a.length > 2 && b.length > 2 && (a.includes(b) || b.includes(a)))
              rows.add(`${split}\t${name}\t${typeOf(w)}\tfound "${a}"\texpected "${b}"`);
}
for (const row of [...rows].sort()) console.log(row);
