import { unauthenticated } from '../auth/errors.js';
import type { Viewer } from '../auth/roles.js';
import { builder } from '../builder.js';
import type { Author } from '../history/changes.js';

// Deny by default: every mutation field needs the curator scope unless it asks for more.
builder.mutationType({
  description:
    'Writes to the graph. Each needs a curator (or admin) credential, runs in one transaction and ' +
    'is recorded in `history`.',
  authScopes: { curator: true },
});

/** Who a recorded change names; scope-auth has already refused requests without a viewer. */
export function authorOf(viewer: Viewer | null): Author {
  if (viewer === null) throw unauthenticated();
  return { who: viewer.name, via: viewer.via };
}
