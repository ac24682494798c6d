import { GAZETTEER_ATTRIBUTION } from '../places/gazetteer.js';
import { describedSources, graphAttributes, nodeAttributes } from './attributes.js';
import { jsonStream, streamedArray } from './json-stream.js';
import type { ExportSource } from './source.js';

/** Nodes of a sequence of pages that have coordinates, one at a time. */
async function* placed(source: ExportSource) {
  for await (const page of source.nodes()) {
    for (const node of page) {
      if (node.lat === null || node.lon === null) continue;
      yield {
        type: 'Feature',
        id: node.key,
        // RFC 7946: longitude first.
        geometry: { type: 'Point', coordinates: [node.lon, node.lat] },
        properties: nodeAttributes(node),
      };
    }
  }
}

/**
 * The selection's actors with a seat city as a GeoJSON FeatureCollection (RFC 7946) that QGIS,
 * MapLibre and Leaflet open; relationships are left out (a map draws places, exports draw edges).
 */
export function geoJson(source: ExportSource) {
  return jsonStream({
    type: 'FeatureCollection',
    metadata: { ...graphAttributes(source.meta), attribution: GAZETTEER_ATTRIBUTION },
    features: streamedArray(() => placed(source)),
    // A foreign member (RFC 7946 §6.1): the sources every actor of the selection cites, described.
    sources: streamedArray(() => describedSources(source)),
  });
}
