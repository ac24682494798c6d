import type { NodeFacts, RelationFacts, Source } from './api.js';
import { h } from './dom.js';

function sourceList(sources: Source[]): HTMLElement {
  return h(
    'ul',
    { class: 'sources' },
    ...sources.map((source) =>
      h(
        'li',
        {},
        source.url
          ? h(
              'a',
              { href: source.url, target: '_blank', rel: 'noreferrer' },
              source.title || source.key,
            )
          : source.title || source.key,
        ` [${source.key}]`,
      ),
    ),
  );
}

function facts(rows: [string, string | null | undefined][]): HTMLElement {
  return h(
    'dl',
    {},
    ...rows
      .filter(([, value]) => value)
      .flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]),
  );
}

/** The facts of a node and the sources that support them. */
export function nodePanel(node: NodeFacts): HTMLElement {
  return h(
    'div',
    { class: 'node-facts' },
    h('h2', {}, node.name),
    facts([
      ['key', node.key],
      ['acronym', node.acronym],
      ['kind', node.kind],
    ]),
    node.disputed && h('p', { class: 'disputed' }, 'disputed'),
    node.description && h('p', {}, node.description),
    node.note && h('p', { class: 'note' }, node.note),
    h('h3', {}, 'Sources'),
    sourceList(node.sources),
  );
}

/** The facts of a relationship: its dates, role, dispute and sources. */
export function relationPanel(
  relation: RelationFacts,
  label: (key: string) => string,
): HTMLElement {
  const period = [
    relation.since && `since ${relation.since.value}`,
    relation.until && `until ${relation.until.value}`,
  ]
    .filter(Boolean)
    .join(', ');
  return h(
    'div',
    { class: 'relation-facts' },
    h('h2', {}, `${label(relation.fromKey)} ${relation.type} ${label(relation.toKey)}`),
    period && h('p', { class: 'period' }, period),
    relation.disputed && h('p', { class: 'disputed' }, 'disputed: sources disagree'),
    facts([
      ['role', relation.role],
      ['listed in', relation.attested.length ? relation.attested.join(', ') : null],
      ['id', relation.id],
    ]),
    relation.note && h('p', { class: 'note' }, relation.note),
    h('h3', {}, 'Sources'),
    sourceList(relation.sources),
  );
}
