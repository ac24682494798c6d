import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { applySchema } from '../../src/model/apply-schema.js';
import { type App, createApp } from '../../src/yoga.js';
import { bearer } from '../support/auth.js';
import { connectTestDatabase, emptyDatabase } from '../support/database.js';
import { execute, firstError } from '../support/graphql-client.js';
import { AddSource, History, RevokeToken, WhoAmI } from '../support/write-operations.js';

const ISSUER = 'https://idp.test/';
const AUDIENCE = 'solidarity-graph';

let db: Database;
let app: App;
let jwks: Server;
let sign: (
  claims: JWTPayload,
  options?: { audience?: string; expires?: string },
) => Promise<string>;
let signWithStrangerKey: (claims: JWTPayload) => Promise<string>;

/** A key pair the test owns; its public half is served as a JWKS on loopback, as an IdP would. */
beforeAll(async () => {
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const stranger = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'ES256', use: 'sig' };
  jwks = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  const { port } = jwks.address() as AddressInfo;

  const build = (key: CryptoKey, claims: JWTPayload, audience: string, expires: string) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: 'test-key' })
      .setIssuer(ISSUER)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(expires)
      .sign(key);
  sign = (claims, options = {}) =>
    build(privateKey, claims, options.audience ?? AUDIENCE, options.expires ?? '5m');
  signWithStrangerKey = (claims) => build(stranger.privateKey, claims, AUDIENCE, '5m');

  db = await connectTestDatabase();
  await emptyDatabase(db);
  await applySchema(db);
  app = createApp({
    db,
    auth: {
      jwt: {
        issuer: ISSUER,
        audience: AUDIENCE,
        jwksUrl: `http://127.0.0.1:${port}/jwks.json`,
        roleClaim: 'role',
      },
      maxFailures: 100,
      failureWindowMs: 60_000,
      trustProxy: false,
    },
  });
});

afterAll(async () => {
  await new Promise((resolve) => jwks?.close(resolve));
  await db?.close();
});

const source = {
  key: 'jwt-source',
  url: 'https://example.org/jwt',
  title: 'Written with a JWT',
  language: 'en',
  publisher: 'Example',
  accessed: '2025-01-02',
};

describe('JWTs of the configured identity provider', () => {
  it('a curator JWT writes, and history names its subject', async () => {
    const jwt = await sign({ sub: 'alice@idp.test', role: 'curator' });
    const added = await execute(app, AddSource, { input: source, reason: 'via SSO' }, bearer(jwt));
    expect(added.errors).toBeUndefined();
    const history = await execute(app, History, { key: 'jwt-source' });
    expect(history.data?.history.edges.map((e) => e.node)).toMatchObject([
      { who: 'alice@idp.test', via: 'jwt', operation: 'ADD_SOURCE', reason: 'via SSO' },
    ]);
  });

  it('an admin role (in a list) allows admin mutations', async () => {
    const jwt = await sign({ sub: 'root@idp.test', role: ['curator', 'admin'] });
    const result = await execute(app, RevokeToken, { name: 'nobody' }, bearer(jwt));
    expect(result.errors).toBeUndefined();
    expect(result.data?.revokeToken).toBe(false);
  });

  it('a JWT without a write role reads, but gets FORBIDDEN on writes', async () => {
    const jwt = await sign({ sub: 'reader@idp.test' });
    expect((await execute(app, WhoAmI, {}, bearer(jwt))).data?.viewer).toEqual({
      name: 'reader@idp.test',
      role: null,
      via: 'jwt',
    });
    const write = await execute(app, AddSource, { input: { ...source, key: 'x' } }, bearer(jwt));
    expect(firstError(write).code).toBe('FORBIDDEN');
  });

  it.each([
    ['a wrong audience', () => sign({ sub: 'a', role: 'admin' }, { audience: 'another-api' })],
    ['an expired token', () => sign({ sub: 'a', role: 'admin' }, { expires: '-5m' })],
    ['a key the provider does not publish', () => signWithStrangerKey({ sub: 'a', role: 'admin' })],
  ])('%s is refused as UNAUTHENTICATED', async (_case, make) => {
    const result = await execute(app, WhoAmI, {}, bearer(await make()));
    expect(firstError(result).code).toBe('UNAUTHENTICATED');
    expect(result.data ?? null).toBeNull();
  });
});
