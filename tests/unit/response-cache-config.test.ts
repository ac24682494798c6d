import { describe, expect, it } from 'vitest';
import { loadConfig, loadServingConfig } from '../../src/config.js';

describe('response cache and listening settings', () => {
  it('has the cache on for 5 minutes and 1,000 answers by default, in every mode', () => {
    const expected = { enabled: true, ttlMs: 300_000, maxEntries: 1_000 };
    expect(loadServingConfig({}).responseCache).toEqual(expected);
    expect(loadServingConfig({ NODE_ENV: 'production' }).responseCache).toEqual(expected);
  });

  it('takes RESPONSE_CACHE, RESPONSE_CACHE_TTL_SECONDS and RESPONSE_CACHE_MAX_ENTRIES', () => {
    expect(
      loadServingConfig({
        RESPONSE_CACHE: 'off',
        RESPONSE_CACHE_TTL_SECONDS: '30',
        RESPONSE_CACHE_MAX_ENTRIES: '50',
      }).responseCache,
    ).toEqual({ enabled: false, ttlMs: 30_000, maxEntries: 50 });
    expect(() => loadServingConfig({ RESPONSE_CACHE_TTL_SECONDS: '0' })).toThrow(
      /RESPONSE_CACHE_TTL_SECONDS must be an integer between 1 and 86400/,
    );
    expect(() => loadServingConfig({ RESPONSE_CACHE: 'sometimes' })).toThrow(/RESPONSE_CACHE/);
  });

  it('listens on every interface unless HOST says otherwise', () => {
    expect(loadConfig({}).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '127.0.0.1' }).host).toBe('127.0.0.1');
  });
});
