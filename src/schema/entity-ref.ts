import { builder } from '../builder.js';
import type { EntityRow } from '../model/types.js';

/** Declared apart from its fields so that relation and node files can refer to it without a cycle. */
export const EntityRef = builder.interfaceRef<EntityRow>('Entity');
