import type { CodegenConfig } from '@graphql-codegen/cli';

// Types the GraphQL operations of tests and clients from the committed schema.
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['tests/**/*.ts', 'bench/**/*.ts', '!tests/generated/**'],
  ignoreNoDocuments: true,
  // ESM with NodeNext resolution needs the .js extensions in relative imports.
  emitLegacyCommonJSImports: false,
  generates: {
    'tests/generated/': {
      preset: 'client',
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTime: 'string' } },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
