import { ROLES, type Viewer } from '../auth/roles.js';
import { revokeToken } from '../auth/tokens.js';
import { builder } from '../builder.js';
import { badInput } from '../domain-error.js';
import { CAPS } from '../limits.js';

const RoleEnum = builder.enumType('Role', {
  description: 'What a credential may write.',
  values: {
    curator: { value: ROLES[0], description: 'Adds and corrects facts and sources.' },
    admin: { value: ROLES[1], description: 'Also manages tokens and merges actors.' },
  } as const,
});

const AuthMethodEnum = builder.enumType('AuthMethod', {
  description: 'How a request proved who sent it.',
  values: {
    token: { description: 'An API token created with `npm run token -- create`.' },
    jwt: { description: 'A JWT of the configured identity provider.' },
  } as const,
});

const ViewerRef = builder.objectRef<Viewer>('Viewer').implement({
  description: 'Who sends the request, as its credential says.',
  fields: (t) => ({
    name: t.exposeString('name', {
      description: 'The token name, or the JWT subject; history records it as `who`.',
    }),
    role: t.field({
      type: RoleEnum,
      nullable: true,
      description: 'The role granted; null for an identity-provider user without a write role.',
      resolve: (viewer) => viewer.role,
    }),
    via: t.field({
      type: AuthMethodEnum,
      description: 'How the request authenticated.',
      resolve: (viewer) => viewer.via,
    }),
  }),
});

builder.queryFields((t) => ({
  viewer: t.field({
    type: ViewerRef,
    nullable: true,
    description: 'Who the request’s credential stands for; null without one. Reads need none.',
    resolve: (_root, _args, ctx) => ctx.viewer,
  }),
}));

builder.mutationFields((t) => ({
  revokeToken: t.boolean({
    description:
      'Revokes the API token with this name (admin only): it is refused from the next request on. ' +
      'False when no live token has that name.',
    authScopes: { admin: true },
    args: {
      name: t.arg.string({ required: true, description: 'The name the token was created with.' }),
    },
    resolve: (_root, { name }, ctx) => {
      if (name.trim() === '' || name.length > CAPS.tokenName) {
        throw badInput('revokeToken.name', `must be 1 to ${CAPS.tokenName} characters`);
      }
      return revokeToken(ctx.db, name);
    },
  }),
}));
