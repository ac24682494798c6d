import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface ComposeService {
  image?: string;
  build?: string;
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

// Compose's own ${VAR:-default} syntax, not a JS template.
const PASSWORD_REF = ['$', '{NEO4J_PASSWORD:-solidarity-graph}'].join('');

const compose = parse(
  readFileSync(new URL('../../docker-compose.yml', import.meta.url), 'utf8'),
) as {
  services: Record<string, ComposeService>;
  volumes: Record<string, unknown>;
};

describe('docker-compose.yml', () => {
  const neo4j = compose.services.neo4j;
  const api = compose.services.api;

  it('runs Neo4j 5.26 Community with auth from NEO4J_PASSWORD, Bolt published and a named data volume', () => {
    expect(neo4j?.image).toBe('neo4j:5.26-community');
    expect(neo4j?.environment?.NEO4J_AUTH).toBe(`neo4j/${PASSWORD_REF}`);
    expect(neo4j?.ports).toContain('7687:7687');
    expect(neo4j?.volumes).toContain('neo4j-data:/data');
    expect(compose.volumes).toHaveProperty('neo4j-data');
  });

  it('health-checks Neo4j with a command the image has', () => {
    expect(neo4j?.healthcheck?.test.join(' ')).toMatch(/wget .*http:\/\/localhost:7474/);
  });

  it('starts the API on port 4000 once Neo4j is healthy, pointing NEO4J_URI at it', () => {
    expect(api?.build).toBe('.');
    expect(api?.depends_on?.neo4j?.condition).toBe('service_healthy');
    expect(api?.environment).toMatchObject({
      NEO4J_URI: 'bolt://neo4j:7687',
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: PASSWORD_REF,
      PORT: '4000',
    });
    expect(api?.ports).toContain('4000:4000');
  });

  it('keeps GraphiQL on for a local try, as the README says, unless GRAPHIQL says otherwise', () => {
    expect(api?.environment?.GRAPHIQL).toBe(['$', '{GRAPHIQL:-on}'].join(''));
    const dockerfile = readFileSync(new URL('../../Dockerfile', import.meta.url), 'utf8');
    expect(dockerfile).toContain('ENV NODE_ENV=production');
  });

  it('builds the API image on Node 22 LTS from the committed lock file', () => {
    const dockerfile = readFileSync(new URL('../../Dockerfile', import.meta.url), 'utf8');
    expect(dockerfile).toMatch(/^FROM node:2[24]-/m);
    expect(dockerfile).toContain('npm ci');
  });
});
