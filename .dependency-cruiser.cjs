// Layers of src/, lowest first: a module may import its own layer and the layers below, never
// above; and no two modules may import each other, directly or around a circle.
// `npm run lint` runs it (npx depcruise src).
const LAYERS = [
  [
    'foundations',
    '^src/(config|limits|domain-error|error-mapping|arguments|examples|copy-on-write)[.]ts$|^src/(text|types)/',
  ],
  ['database', '^src/(neo4j|db)/'],
  ['model', '^src/model/'],
  ['places', '^src/places/'],
  ['reads, history, dataset and auth', '^src/(graph|history|dataset|auth)/'],
  ['writes and exports', '^src/(write|export)/'],
  ['importer', '^src/import/'],
  ['GraphQL schema', '^src/(schema/|builder-plugins/|builder[.]ts$|context[.]ts$|loaders[.]ts$)'],
  ['HTTP edge', '^src/(plugins|http)/'],
  ['server', '^src/(yoga|server)[.]ts$'],
];

/** Entry points: they may import anything, and only they may import each other. */
const COMMANDS = '^src/(cli/|main[.]ts$|emit-schema[.]ts$|emit-cypher[.]ts$)';

const upward = LAYERS.slice(0, -1).map(([name, path], index) => ({
  name: `no-upward-from-${name.replaceAll(/[^a-z]+/g, '-')}`,
  comment: `The ${name} layer imports only its own and lower layers.`,
  severity: 'error',
  from: { path, pathNot: COMMANDS },
  to: {
    path: LAYERS.slice(index + 1)
      .map(([, above]) => `(${above})`)
      .join('|'),
  },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Two modules that import each other, directly or around a circle.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...upward,
    {
      name: 'commands-on-top',
      comment: 'Only entry points import entry points.',
      severity: 'error',
      from: { pathNot: COMMANDS },
      to: { path: COMMANDS },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
