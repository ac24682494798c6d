import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
}
