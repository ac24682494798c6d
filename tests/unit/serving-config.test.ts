import { describe, expect, it } from 'vitest';
import { ConfigError, loadServingConfig } from '../../src/config.js';

describe('loadServingConfig', () => {
  it('is open for development by default and closed with NODE_ENV=production', () => {
    expect(loadServingConfig({})).toMatchObject({
      production: false,
      corsOrigins: ['*'],
      graphiql: true,
      introspection: true,
      fieldSuggestions: true,
      graphStatsHeader: true,
      rateLimitPerMinute: 0,
      requestTimeoutMs: 15_000,
      bodyLimitBytes: 100_000,
    });
    expect(loadServingConfig({ NODE_ENV: 'production' })).toMatchObject({
      production: true,
      corsOrigins: [],
      graphiql: false,
      introspection: false,
      fieldSuggestions: false,
      graphStatsHeader: false,
      rateLimitPerMinute: 1_200,
    });
  });

  it('takes explicit settings over the mode', () => {
    const config = loadServingConfig({
      NODE_ENV: 'production',
      CORS_ORIGINS: 'https://a.example, https://b.example',
      GRAPHIQL: 'true',
      RATE_LIMIT_PER_MINUTE: '0',
      REQUEST_TIMEOUT_MS: '5000',
    });
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.graphiql).toBe(true);
    expect(config.rateLimitPerMinute).toBe(0);
    expect(config.requestTimeoutMs).toBe(5_000);
  });

  it('turns introspection on with GRAPHIQL, its one switch, and refuses GraphiQL without it', () => {
    const on = loadServingConfig({ NODE_ENV: 'production', GRAPHIQL: 'on' });
    expect({ graphiql: on.graphiql, introspection: on.introspection }).toEqual({
      graphiql: true,
      introspection: true,
    });
    const clientsOnly = loadServingConfig({ NODE_ENV: 'production', INTROSPECTION: 'on' });
    expect({ graphiql: clientsOnly.graphiql, introspection: clientsOnly.introspection }).toEqual({
      graphiql: false,
      introspection: true,
    });
    expect(() => loadServingConfig({ GRAPHIQL: 'on', INTROSPECTION: 'off' })).toThrow(
      /GRAPHIQL=on needs introspection/,
    );
  });

  it('names the variable of a bad setting', () => {
    expect(() => loadServingConfig({ GRAPHIQL: 'maybe' })).toThrow(ConfigError);
    expect(() => loadServingConfig({ GRAPHIQL: 'maybe' })).toThrow(
      /GRAPHIQL must be true or false/,
    );
    expect(() => loadServingConfig({ REQUEST_TIMEOUT_MS: '-1' })).toThrow(/REQUEST_TIMEOUT_MS/);
  });
});
