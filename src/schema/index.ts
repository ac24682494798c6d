import { builder } from '../builder.js';
import './meta.js';
import './source.js';
import './entity.js';
import './actors.js';
import './graph.js';
import './shared-affiliations.js';
import './stats.js';
import './mutation.js';
import './auth.js';
import './history.js';
import './sources-write.js';
import './entities-write.js';
import './relations-write.js';
import './import-review.js';
import './research.js';

export const schema = builder.toSchema();
