import { ConfigError, intFromEnv, trustProxyFromEnv } from '../config.js';
import type { JwtOptions } from './jwt.js';

export interface AuthOptions {
  /** Set when an identity provider is configured: its JWTs are accepted beside API tokens. */
  jwt?: JwtOptions;
  /** Failed authentications a client may make within `failureWindowMs` before RATE_LIMITED. */
  maxFailures: number;
  failureWindowMs: number;
  /** Behind a reverse proxy: the client is the last X-Forwarded-For address (the one it saw). */
  trustProxy: boolean;
}

const JWT_VARS = ['AUTH_JWT_ISSUER', 'AUTH_JWT_AUDIENCE', 'AUTH_JWT_JWKS_URL'] as const;

function jwtFromEnv(env: NodeJS.ProcessEnv): JwtOptions | undefined {
  const [issuer, audience, jwksUrl] = JWT_VARS.map((name) => env[name]?.trim() || undefined);
  if (!issuer && !audience && !jwksUrl) return undefined;
  if (!issuer || !audience || !jwksUrl) {
    throw new ConfigError(`JWT authentication needs all of ${JWT_VARS.join(', ')}, or none.`);
  }
  if (!URL.canParse(jwksUrl) || !/^https?:$/.test(new URL(jwksUrl).protocol)) {
    throw new ConfigError(`AUTH_JWT_JWKS_URL must be an http(s) URL, got "${jwksUrl}"`);
  }
  return { issuer, audience, jwksUrl, roleClaim: env.AUTH_JWT_ROLE_CLAIM?.trim() || 'role' };
}

export function authOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): AuthOptions {
  return {
    jwt: jwtFromEnv(env),
    maxFailures: intFromEnv(env, 'AUTH_MAX_FAILURES', 10, 1, 1_000_000),
    failureWindowMs: intFromEnv(env, 'AUTH_FAILURE_WINDOW_SECONDS', 60, 1, 86_400) * 1000,
    trustProxy: trustProxyFromEnv(env),
  };
}
