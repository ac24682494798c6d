// The palette is defined once, beside the vocabulary, so that exports (GEXF viz:color) draw kinds
// in the explorer's colours.
export {
  DISPUTED_EDGE_COLOUR,
  EDGE_COLOUR,
  FADED_EDGE_COLOUR,
  FADED_NODE_COLOUR,
  HIGHLIGHT_COLOUR,
  KIND_GROUPS,
  kindColour,
  kindGroup,
  UNKNOWN_KIND_COLOUR,
} from '../../src/model/palette.js';
