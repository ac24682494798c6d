import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from './processes.js';

// networkx from the project's venv (.ci/run makes it from tests/readers/requirements.txt), else the
// machine's python3; a missing networkx fails the test, it never skips it.
const VENV_PYTHON = join(PROJECT_ROOT, '.tools/python/bin/python');
const PYTHON = existsSync(VENV_PYTHON) ? VENV_PYTHON : 'python3';

export interface GexfReading {
  nodes: number;
  edges: number;
  mode: string;
  nodeStart: Record<string, string | null>;
  edgeSpell: Record<string, [string | null, string | null]>;
  colour: Record<string, { r: number; g: number; b: number } | null>;
  size: Record<string, number | null>;
  sourceUrls: Record<string, string | null>;
  position: Record<string, { x: number; y: number; z: number } | null>;
}

export interface NetworkxReading {
  networkx: string;
  gexf?: GexfReading;
  graphml?: { nodes: number; edges: number; sources: Record<string, string>[] };
  cytoscape?: { nodes: number; edges: number; directed: boolean; multigraph: boolean };
}

/** Files read by networkx in a python3 process (tests/readers/networkx_read.py), as it saw them. */
export async function readWithNetworkx(files: {
  gexf?: string;
  graphml?: string;
  cytoscape?: string;
}): Promise<NetworkxReading> {
  const args = Object.entries(files).flatMap(([format, path]) => [`--${format}`, path]);
  const { stdout } = await promisify(execFile)(
    PYTHON,
    [join(PROJECT_ROOT, 'tests/readers/networkx_read.py'), ...args],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as NetworkxReading;
}
