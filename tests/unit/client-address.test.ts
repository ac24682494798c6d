import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { authOptionsFromEnv } from '../../src/auth/options.js';
import { ConfigError, loadServingConfig } from '../../src/config.js';
import { clientAddress } from '../../src/http/client-address.js';

const socket = { socket: { remoteAddress: '10.0.0.2' } } as IncomingMessage;
const forwarded = new Request('http://api/graphql', {
  headers: { 'x-forwarded-for': '198.51.100.7, 203.0.113.9' },
});

describe('the client address (rate limit and failed sign-ins alike)', () => {
  it('is the socket’s unless a proxy of ours is trusted', () => {
    expect(clientAddress(forwarded, socket, false)).toBe('10.0.0.2');
  });

  it('behind a trusted proxy, is the entry that proxy added, not one the client wrote', () => {
    expect(clientAddress(forwarded, socket, true)).toBe('203.0.113.9');
  });

  it('is one setting, TRUST_PROXY, with AUTH_TRUST_PROXY read as its former name', () => {
    for (const env of [{ TRUST_PROXY: 'true' }, { AUTH_TRUST_PROXY: '1' }]) {
      expect(loadServingConfig(env).trustProxy).toBe(true);
      expect(authOptionsFromEnv(env).trustProxy).toBe(true);
    }
    expect(loadServingConfig({ TRUST_PROXY: '0', AUTH_TRUST_PROXY: '1' }).trustProxy).toBe(false);
    expect(() => loadServingConfig({ TRUST_PROXY: 'maybe' })).toThrow(ConfigError);
  });
});
