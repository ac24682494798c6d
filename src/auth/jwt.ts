import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify } from 'jose';
import { isRole, type Role, type Viewer } from './roles.js';

export interface JwtOptions {
  issuer: string;
  audience: string;
  jwksUrl: string;
  /** The claim naming the role: a string or a list of strings. */
  roleClaim: string;
}

/** Thrown when the identity provider's keys cannot be fetched: not the client's fault. */
export class JwksUnavailable extends Error {}

function roleFrom(payload: JWTPayload, claim: string): Role | null {
  const value = payload[claim];
  const values = Array.isArray(value) ? value : [value];
  if (values.includes('admin')) return 'admin';
  return values.some(isRole) ? 'curator' : null;
}

/** Verifies identity-provider JWTs against its JWKS (fetched and cached by jose). */
export function createJwtVerifier(options: JwtOptions) {
  const keys = createRemoteJWKSet(new URL(options.jwksUrl), { timeoutDuration: 5_000 });
  return async (jwt: string): Promise<Viewer | null> => {
    try {
      const { payload } = await jwtVerify(jwt, keys, {
        issuer: options.issuer,
        audience: options.audience,
        clockTolerance: 30,
      });
      if (typeof payload.sub !== 'string' || payload.sub === '') return null;
      return { name: payload.sub, role: roleFrom(payload, options.roleClaim), via: 'jwt' };
    } catch (error) {
      if (error instanceof errors.JWKSTimeout) throw new JwksUnavailable(error.message);
      if (error instanceof errors.JOSEError) return null;
      // A network failure fetching the key set surfaces as a plain TypeError from fetch.
      if (error instanceof TypeError) throw new JwksUnavailable(error.message);
      return null;
    }
  };
}

export function looksLikeJwt(value: string): boolean {
  return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(value);
}
