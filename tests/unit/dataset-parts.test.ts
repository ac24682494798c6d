import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetCoverage } from '../../src/dataset/coverage.js';
import { readDataset } from '../../src/dataset/read-dataset.js';
import { locateCity } from '../../src/places/gazetteer.js';
import { DatasetCopy } from '../support/dataset-copy.js';

/** Adds one file to each of data/<stem>/ in a copy of the curated dataset. */
function withPart(copy: DatasetCopy, files: Record<string, string>): DatasetCopy {
  for (const [stem, yaml] of Object.entries(files)) {
    mkdirSync(join(copy.dir, stem), { recursive: true });
    writeFileSync(join(copy.dir, stem, 'part.yaml'), yaml);
  }
  return copy;
}

const PART = {
  sources: `- id: part.1
  url: https://example.org/reseau-toulousain
  title: Le réseau toulousain
  publisher: Example
  language: fr
  accessed: "2026-12-03"
`,
  actors: `- key: reseau-toulousain
  kind: Network
  name: Réseau toulousain
  country: FR
  region: FR-OCC
  scope: regional
  city: Toulouse
  sources: [part.1]
- key: reseau-sans-ville
  kind: Network
  name: Réseau sans ville
  country: FR
  city: Nowhere-sur-Rien
  sources: [part.1]
`,
  relations: `- from: reseau-toulousain
  type: MEMBER_OF
  to: mes
  sources: [part.1, S1]
- from: reseau-sans-ville
  type: MEMBER_OF
  to: mes
  sources: [part.1]
`,
};

describe('a dataset split into parts (data/<type>/*.yaml)', () => {
  // Two whole reads of data/ with the gazetteer: seconds on a busy machine.
  it('reads every part with the top-level files and places cities through the gazetteer', {
    timeout: 120_000,
  }, () => {
    const base = readDataset();
    const dataset = readDataset(withPart(new DatasetCopy(), PART).dir);
    expect(dataset.nodes.length).toBe(base.nodes.length + 2);
    expect(dataset.relations.length).toBe(base.relations.length + 2);
    const toulouse = dataset.nodes.find((node) => node.key === 'reseau-toulousain');
    expect(toulouse?.city).toBe('Toulouse');
    expect(toulouse?.coordinates?.lat).toBeCloseTo(43.6, 1);
    expect(toulouse?.coordinates?.lon).toBeCloseTo(1.44, 1);

    const coverage = datasetCoverage(dataset);
    expect(coverage.unplacedCities).toContain('reseau-sans-ville (Nowhere-sur-Rien, FR)');
    expect(coverage.unplacedCities).not.toContainEqual(expect.stringMatching(/^reseau-toulousain/));
    expect(coverage.incompleteSources.map((s) => s.key)).not.toContain('part.1');
    expect(coverage.multiSourceRelations).toBe(
      base.relations.filter((r) => r.sources.length > 1).length + 1,
    );
  });

  it('names the part file of a broken reference', () => {
    const copy = withPart(new DatasetCopy(), {
      ...PART,
      relations:
        '- from: reseau-toulousain\n  type: MEMBER_OF\n  to: nobody\n  sources: [part.1]\n',
    });
    expect(() => readDataset(copy.dir)).toThrow(/relations\/part\.yaml.*unknown key "nobody"/);
  });
});

describe('the gazetteer', () => {
  it('finds a city whatever its accents and case, and an overseas one by its region', () => {
    expect(locateCity('lyon', 'FR')).toMatchObject({ found: true });
    expect(locateCity('Saint-Pierre', 'FR', 'FR-974')).toMatchObject({ found: true });
    expect(locateCity('Atlantis', 'FR')).toEqual({
      found: false,
      reason: 'unknown',
      candidates: 0,
    });
  });
});
