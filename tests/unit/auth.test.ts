import { describe, expect, it } from 'vitest';
import { authOptionsFromEnv } from '../../src/auth/options.js';
import { FailureWindow } from '../../src/auth/rate-limit.js';
import { scopesOf } from '../../src/auth/roles.js';
import { generateToken, hashToken, looksLikeToken } from '../../src/auth/tokens.js';
import { ConfigError } from '../../src/config.js';

describe('FailureWindow', () => {
  it('limits a client after N failures within the window, and forgets them after it', () => {
    let now = 0;
    const window = new FailureWindow(3, 10_000, () => now);
    for (let i = 0; i < 3; i += 1) {
      expect(window.retryAfter('a')).toBe(0);
      window.fail('a');
      now += 1_000;
    }
    expect(window.retryAfter('a')).toBe(7);
    expect(window.retryAfter('b')).toBe(0);
    now = 10_001;
    expect(window.retryAfter('a')).toBe(0);
  });
});

describe('tokens', () => {
  it('are random, recognisable and hashed with SHA-256', () => {
    const token = generateToken();
    expect(looksLikeToken(token)).toBe(true);
    expect(token).not.toBe(generateToken());
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(looksLikeToken('sg_short')).toBe(false);
  });
});

describe('scopes', () => {
  it('admin implies curator; no viewer or no role holds none', () => {
    expect(scopesOf({ name: 'a', role: 'admin', via: 'token' })).toEqual({
      curator: true,
      admin: true,
    });
    expect(scopesOf({ name: 'c', role: 'curator', via: 'token' })).toEqual({
      curator: true,
      admin: false,
    });
    expect(scopesOf({ name: 'r', role: null, via: 'jwt' })).toEqual({
      curator: false,
      admin: false,
    });
    expect(scopesOf(null)).toEqual({ curator: false, admin: false });
  });
});

describe('authOptionsFromEnv', () => {
  it('defaults: no JWT, 10 failures a minute', () => {
    expect(authOptionsFromEnv({})).toEqual({
      jwt: undefined,
      maxFailures: 10,
      failureWindowMs: 60_000,
      trustProxy: false,
    });
  });

  it('JWT settings come all together, with a role claim', () => {
    const options = authOptionsFromEnv({
      AUTH_JWT_ISSUER: 'https://idp/',
      AUTH_JWT_AUDIENCE: 'api',
      AUTH_JWT_JWKS_URL: 'https://idp/jwks.json',
      AUTH_JWT_ROLE_CLAIM: 'roles',
      AUTH_TRUST_PROXY: 'true',
    });
    expect(options.jwt).toEqual({
      issuer: 'https://idp/',
      audience: 'api',
      jwksUrl: 'https://idp/jwks.json',
      roleClaim: 'roles',
    });
    expect(options.trustProxy).toBe(true);
  });

  it.each([
    [{ AUTH_JWT_ISSUER: 'https://idp/' }, /needs all of/],
    [
      { AUTH_JWT_ISSUER: 'i', AUTH_JWT_AUDIENCE: 'a', AUTH_JWT_JWKS_URL: 'file:///k' },
      /http\(s\) URL/,
    ],
    [{ AUTH_MAX_FAILURES: '0' }, /AUTH_MAX_FAILURES must be an integer between 1/],
  ])('refuses %j', (env, message) => {
    expect(() => authOptionsFromEnv(env)).toThrow(ConfigError);
    expect(() => authOptionsFromEnv(env)).toThrow(message);
  });
});
