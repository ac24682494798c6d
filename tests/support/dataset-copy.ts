import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_DIR } from '../../src/dataset/read-dataset.js';

export type DataFile =
  | 'sources.yaml'
  | 'actors.yaml'
  | 'events.yaml'
  | 'documents.yaml'
  | 'relations.yaml';

/** A throwaway copy of data/ that a test may edit. */
export class DatasetCopy {
  readonly dir = mkdtempSync(join(tmpdir(), 'solidarity-graph-data-'));

  constructor() {
    cpSync(DATA_DIR, this.dir, { recursive: true });
  }

  append(file: DataFile, yaml: string): this {
    appendFileSync(join(this.dir, file), `\n${yaml.trim()}\n`);
    return this;
  }

  /** Replaces the one occurrence of `search`; fails loudly if the fixture text moved. */
  replace(file: DataFile, search: string, replacement: string): this {
    const path = join(this.dir, file);
    const text = readFileSync(path, 'utf8');
    const count = text.split(search).length - 1;
    if (count !== 1) throw new Error(`expected one "${search}" in ${file}, found ${count}`);
    writeFileSync(path, text.replace(search, replacement));
    return this;
  }

  /** Gives a node a new key in every file of the copy: its entry and every relation that names it. */
  renameKey(key: string, renamed: string): this {
    const pattern = new RegExp(`^(- key|- from|  to): ${key}$`, 'gm');
    const files = readdirSync(this.dir, { recursive: true, encoding: 'utf8' });
    let count = 0;
    for (const file of files.filter((name) => name.endsWith('.yaml'))) {
      const path = join(this.dir, file);
      const text = readFileSync(path, 'utf8');
      const next = text.replace(pattern, (_line, field: string) => {
        count += 1;
        return `${field}: ${renamed}`;
      });
      if (next !== text) writeFileSync(path, next);
    }
    if (count === 0) throw new Error(`no entry has the key "${key}"`);
    return this;
  }

  /** The edit two loader tests make: a board-seat role of MES edited, its CTC membership removed. */
  editMesBoardSeatAndDropCtc(): this {
    return this.replace(
      'relations.yaml',
      'role: board seat\n  sources: [S1, S8, mesn.111]',
      'role: board seat (edited)\n  sources: [S1, S8, mesn.111]',
    ).replace(
      'relations.yaml',
      '- from: mes\n  type: MEMBER_OF\n  to: ctc\n  sources: [S1, S4, mesn.111]\n',
      '',
    );
  }
}
