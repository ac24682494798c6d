import {
  type GraphQLInputType,
  type GraphQLType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { bearer, graphFingerprint, tokenFor } from '../support/auth.js';
import { useCuratedApp } from '../support/curated-app.js';
import { execute, executeText, firstError } from '../support/graphql-client.js';
import { AddSource, RevokeToken, WhoAmI } from '../support/write-operations.js';

const { app, db } = useCuratedApp();

/** A literal of `type` that passes GraphQL validation, so only authorization can refuse the call. */
function sampleLiteral(type: GraphQLInputType): string {
  if (isNonNullType(type)) return sampleLiteral(type.ofType);
  if (isListType(type)) return `[${sampleLiteral(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0]?.name ?? 'null';
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return `{ ${fields.map((f) => `${f.name}: ${sampleLiteral(f.type)}`).join(', ')} }`;
  }
  const samples: Record<string, string> = {
    Int: '1',
    Float: '1.5',
    Boolean: 'true',
    DateTime: '"2020-01-01T00:00:00Z"',
  };
  return samples[type.name] ?? '"sample"';
}

function selectionFor(type: GraphQLType): string {
  const named = getNamedType(type);
  return isObjectType(named) || isInterfaceType(named) || isUnionType(named)
    ? ' { __typename }'
    : '';
}

/** One call of every mutation field of the schema, with its required arguments. */
function everyMutation(): { field: string; document: string }[] {
  const fields = Object.values(schema.getMutationType()?.getFields() ?? {});
  return fields.map((field) => {
    const args = field.args
      .filter((arg) => isNonNullType(arg.type))
      .map((arg) => `${arg.name}: ${sampleLiteral(arg.type)}`);
    const argList = args.length > 0 ? `(${args.join(', ')})` : '';
    return {
      field: field.name,
      document: `mutation { ${field.name}${argList}${selectionFor(field.type)} }`,
    };
  });
}

let curator: string;
let admin: string;
beforeAll(async () => {
  curator = await tokenFor(db(), 'test-curator', 'curator');
  admin = await tokenFor(db(), 'test-admin', 'admin');
});

describe('every mutation needs a credential', () => {
  const mutations = everyMutation();

  it('the schema has mutations to check', () => {
    expect(mutations.map((m) => m.field)).toEqual(
      expect.arrayContaining(['addSource', 'revokeToken']),
    );
  });

  it.each(mutations)(
    '$field without a credential: UNAUTHENTICATED, nothing changed',
    async ({ document }) => {
      const before = await graphFingerprint(db());
      const result = await executeText(app(), document);
      expect(firstError(result).code).toBe('UNAUTHENTICATED');
      expect(result.data ?? null).toBeNull();
      expect(await graphFingerprint(db())).toBe(before);
    },
  );
});

const source = {
  key: 'auth-test-source',
  url: 'https://example.org/report',
  title: 'A report',
  language: 'fr',
  publisher: 'Example',
  accessed: '2025-05-01',
};

describe('roles', () => {
  it('a curator token adds a source, and the change names the token', async () => {
    const result = await execute(
      app(),
      AddSource,
      { input: source, reason: 'test' },
      bearer(curator),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.addSource.change).toMatchObject({ who: 'test-curator', via: 'token' });
  });

  it('a curator token gets FORBIDDEN on an admin-only mutation, and nothing changes', async () => {
    const before = await graphFingerprint(db());
    const result = await execute(app(), RevokeToken, { name: 'test-admin' }, bearer(curator));
    expect(firstError(result).code).toBe('FORBIDDEN');
    expect(await graphFingerprint(db())).toBe(before);
  });

  it('reads stay public and say who asks', async () => {
    expect((await execute(app(), WhoAmI)).data?.viewer).toBeNull();
    expect((await execute(app(), WhoAmI, {}, bearer(admin))).data?.viewer).toEqual({
      name: 'test-admin',
      role: 'admin',
      via: 'token',
    });
  });

  it('an admin revokes a token, which is refused from the next request on', async () => {
    const doomed = await tokenFor(db(), 'doomed', 'curator');
    expect((await execute(app(), WhoAmI, {}, bearer(doomed))).data?.viewer?.name).toBe('doomed');
    const revoked = await execute(app(), RevokeToken, { name: 'doomed' }, bearer(admin));
    expect(revoked.data?.revokeToken).toBe(true);
    const refused = await execute(app(), WhoAmI, {}, bearer(doomed));
    expect(firstError(refused).code).toBe('UNAUTHENTICATED');
    expect(
      (await execute(app(), RevokeToken, { name: 'doomed' }, bearer(admin))).data?.revokeToken,
    ).toBe(false);
  });
});

describe('bad credentials', () => {
  it('unknown, malformed and revoked tokens get one identical answer', async () => {
    const revoked = await tokenFor(db(), 'revoked-one', 'curator');
    await execute(app(), RevokeToken, { name: 'revoked-one' }, bearer(admin));
    const tried = [`sg_${'A'.repeat(43)}`, 'not-a-token', revoked, `${curator}x`];
    const answers = [];
    for (const credential of tried) {
      const response = await app().fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...bearer(credential) },
        body: JSON.stringify({ query: '{ apiVersion }' }),
      });
      answers.push({ status: response.status, body: await response.json() });
    }
    expect(answers[0]).toMatchObject({
      status: 401,
      body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] },
    });
    for (const answer of answers) expect(answer).toEqual(answers[0]);
  });
});
