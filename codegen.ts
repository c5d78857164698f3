import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The web app's GraphQL types, generated from the API's committed schema and the
 * documents written with `graphql(...)` in the web libs. The output is committed;
 * `npm run schema:check` regenerates it and fails on any difference.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: [
    'libs/web/**/*.ts',
    '!libs/web/shared/data-access/src/lib/generated/**',
  ],
  ignoreNoDocuments: true,
  generates: {
    'libs/web/shared/data-access/src/lib/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { ID: 'string' },
        // Documents as their text: the app sends text, so it needs no GraphQL parser or printer.
        documentMode: 'string',
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
