import { builder } from '../builder.js';
import './meta.js';
import './source.js';
import './entity.js';
import './actors.js';
import './graph.js';
import './shared-affiliations.js';
import './stats.js';
import './research.js';

export const schema = builder.toSchema();
