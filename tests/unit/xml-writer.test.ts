import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { XmlWriter } from '../../src/export/xml-writer.js';

const TRICKY = 'A & B <"quoted"> \'x\'\nnext line\ttab 🌍';

/** A GEXF of one node whose label and attribute hold `value`, as the writers write it. */
function gexfOf(value: string): string {
  const xml = new XmlWriter();
  xml.start('gexf', { xmlns: 'http://gexf.net/1.3', version: '1.3' });
  xml.start('graph', { defaultedgetype: 'directed' });
  xml.start('attributes', { class: 'node' });
  xml.empty('attribute', { id: 'note', title: 'note', type: 'string' });
  xml.end().start('nodes').start('node', { id: 'n1', label: value });
  xml.start('attvalues').empty('attvalue', { for: 'note', value }).end();
  xml.end().end().end().end();
  return xml.take();
}

describe('the XML writer of the GEXF and GraphML exports', () => {
  it('writes values that a reader not ours reads back unchanged, in attributes and text', () => {
    const graph = parseGexf(MultiGraph, gexfOf(TRICKY));
    expect(graph.getNodeAttribute('n1', 'label')).toBe(TRICKY);
    expect(graph.getNodeAttribute('n1', 'note')).toBe(TRICKY);

    const xml = new XmlWriter();
    xml.start('graphml', { xmlns: 'http://graphml.graphdrawing.org/xmlns' });
    xml.empty('key', { id: 'n_note', for: 'node', 'attr.name': 'note', 'attr.type': 'string' });
    xml.start('graph', { id: 'G', edgedefault: 'directed' });
    xml.start('node', { id: 'n1' }).text('data', { key: 'n_note' }, TRICKY).end();
    xml.end().end();
    const graphml = parseGraphml(MultiGraph, xml.take());
    expect(graphml.getNodeAttribute('n1', 'note')).toBe(TRICKY);
  });

  it('drops the characters XML 1.0 cannot hold, and keeps the rest', () => {
    const graph = parseGexf(MultiGraph, gexfOf('a\u0000b\u0007c\uD800d\uFFFEe😀'));
    expect(graph.getNodeAttribute('n1', 'label')).toBe('abcde😀');
  });

  it('indents one element per line and hands out only what is new', () => {
    const xml = new XmlWriter();
    xml.start('a').empty('b', { x: '1' });
    expect(xml.take()).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<a>\n  <b x="1"/>');
    xml.text('c', {}, 'd').end();
    expect(xml.take()).toBe('\n  <c>d</c>\n</a>');
    expect(() => xml.end()).toThrow('no element is open');
  });
});
