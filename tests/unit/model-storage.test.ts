import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/dataset/read-dataset.js';
import { toPlain } from '../../src/db/plain.js';
import { parsePartialDate } from '../../src/model/dates.js';
import {
  entityFromBrief,
  entityFromProps,
  entityLabels,
  entityToProps,
  relationFromBrief,
  relationFromProps,
  relationToProps,
  sourceFromProps,
  sourceToProps,
} from '../../src/model/storage.js';
import type { Entity } from '../../src/model/types.js';

/** What a driver hands back for properties written with these values. */
function stored<T>(props: T): Record<string, ReturnType<typeof toPlain>> {
  return toPlain(JSON.parse(JSON.stringify(props))) as Record<string, ReturnType<typeof toPlain>>;
}

describe('the storage mapping', () => {
  const dataset = readDataset();

  it('round-trips every curated node: YAML → model → properties → model', () => {
    for (const entity of dataset.nodes) {
      const back = entityFromProps(stored(entityToProps(entity)), entityLabels(entity));
      expect(back, entity.key).toEqual(entity);
    }
  });

  it('round-trips every curated relation and source', () => {
    for (const relation of dataset.relations) {
      const props = stored(relationToProps(relation));
      expect(relationFromProps(relation.type, relation.from, relation.to, props)).toEqual(relation);
    }
    for (const source of dataset.sources) {
      expect(sourceFromProps(stored(sourceToProps(source)))).toEqual(source);
    }
  });

  it('round-trips the fields real profiles need: region, areas, sizes, stages, open types, uncertain dates', () => {
    const date = (value: string) => parsePartialDate(value) ?? expect.unreachable(value);
    const entity: Entity = {
      key: 'example-network',
      family: 'Actor',
      kind: 'InternationalNetwork',
      name: 'Example network',
      names: { fr: 'Réseau exemple' },
      aliases: [],
      areas: ['150', 'CA'],
      region: 'FR-OCC',
      country: 'FR',
      scope: 'continental',
      founded: {
        date: date('[2002,2003]'),
        sources: ['S1'],
        disputed: false,
        alternatives: [],
        stages: [
          { stage: 'manifesto', date: date('2001~'), sources: ['S1'] },
          { stage: 'constituent assembly', date: date('2003-05'), place: 'Lyon', sources: ['S2'] },
        ],
      },
      resourceCounts: { publications: 2, podcasts: 3 },
      memberCounts: [{ count: 16, unit: 'networks', asOf: date('2021'), sources: ['S1'] }],
      disputed: false,
      sources: ['S1'],
    };
    const props = entityToProps(entity);
    expect(props.startYear).toBe(2002);
    expect(entityFromProps(stored(props), entityLabels(entity))).toEqual(entity);
  });

  it('labels a node with Entity, its family and its kind', () => {
    const [mes] = dataset.nodes.filter((node) => node.key === 'mes');
    expect(mes && entityLabels(mes)).toEqual(['Entity', 'Actor', 'Movement']);
  });

  it('reads briefly the identity fields a whole read of the brief properties alone gives', () => {
    // A brief row carries the identity fields only; whole-only fields do not exist on it.
    const identity = ({ key, family, kind, name, acronym }: Entity) => ({
      brief: true,
      key,
      family,
      kind,
      name,
      ...(acronym === undefined ? {} : { acronym }),
    });
    for (const node of dataset.nodes) {
      const props = stored(entityToProps(node));
      const labels = entityLabels(node);
      // What a brief read projects: these four properties, those the node has.
      const brief = Object.fromEntries(
        ['key', 'name', 'kind', 'acronym'].flatMap((name) =>
          props[name] === undefined ? [] : [[name, props[name]]],
        ),
      ) as typeof props;
      const text = (value: unknown) => (typeof value === 'string' ? value : null);
      expect(
        entityFromBrief(
          String(props.key),
          text(props.name),
          text(props.kind),
          text(props.acronym),
          labels,
        ),
      ).toEqual(identity(entityFromProps(brief, labels)));
    }
    for (const relation of dataset.relations) {
      const whole = relationFromProps(relation.type, relation.from, relation.to, {});
      expect(relationFromBrief(relation.type, relation.from, relation.to)).toEqual({
        brief: true,
        from: whole.from,
        type: whole.type,
        to: whole.to,
      });
    }
  });
});
