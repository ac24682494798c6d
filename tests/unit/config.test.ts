import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { splitCypherStatements } from '../../src/model/apply-schema.js';
import { checkJavaAndMaven, parseJavaMajor } from '../../src/neo4j/java-tools.js';

describe('loadConfig', () => {
  it('uses the local Neo4j in .data/neo4j and port 4000 by default', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.database).toMatchObject({ kind: 'local', port: 7687 });
    expect(config.database.kind === 'local' && config.database.dataDir).toMatch(/\.data\/neo4j$/);
  });

  it('uses the server named by NEO4J_URI with its credentials', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://example.databases.neo4j.io',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'sse',
    });
    expect(config.database).toEqual({
      kind: 'remote',
      uri: 'neo4j+s://example.databases.neo4j.io',
      user: 'reader',
      password: 'secret',
      database: 'sse',
    });
  });

  it('rejects a PORT that is not a port number, naming the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT must be an integer/);
  });
});

describe('Java detection', () => {
  it('reads the major version from java -version output', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('nonsense')).toBeUndefined();
  });

  it('names what is missing and the ways out when Java cannot run', () => {
    expect(() => checkJavaAndMaven({ JAVA_HOME: '/nonexistent', PATH: '' })).toThrow(
      /needs Java 17 or newer.*NEO4J_URI.*docker compose up/s,
    );
  });

  it('names Maven when only Maven is missing', () => {
    expect(() => checkJavaAndMaven({ ...process.env, PATH: '/nonexistent' })).toThrow(
      process.env.JAVA_HOME ? /Maven/ : /Java 17/,
    );
  });
});

describe('splitCypherStatements', () => {
  it('drops comment lines and splits on statement-ending semicolons', () => {
    const text =
      '// a comment\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\nRETURN "a;b";\n';
    expect(splitCypherStatements(text)).toEqual([
      'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)',
      'RETURN "a;b"',
    ]);
  });
});
