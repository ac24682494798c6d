import { builder } from '../builder.js';
import './meta.js';

export const schema = builder.toSchema();
