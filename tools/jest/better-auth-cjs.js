// better-auth ships ES modules only (.mjs). Jest runs the API's tests as CommonJS
// with --experimental-vm-modules (for PGlite), and in that mode it refuses to
// require() any .mjs file, whatever the transform. So the tests use one CommonJS
// bundle of the better-auth entry points the API imports, built here with esbuild;
// jest.config maps each entry point to its namespace in that single bundle, so
// classes such as APIError stay one class.
const { buildSync } = require('esbuild');
const { existsSync, mkdirSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const ENTRY_POINTS = {
  'better-auth': 'root',
  'better-auth/adapters/prisma': 'adaptersPrisma',
  'better-auth/api': 'api',
  'better-auth/node': 'node',
  'better-auth/plugins': 'plugins',
  // better-auth's cookie signing (session rotation); its CommonJS build requires .mjs too.
  'better-call': 'betterCall',
};

const workspaceRoot = join(__dirname, '../..');
const outDir = join(workspaceRoot, 'node_modules/.cache/rehabit-jest');
const bundle = join(outDir, 'better-auth.cjs');

function ensureBundle() {
  const sources = [
    join(workspaceRoot, 'node_modules/better-auth/package.json'),
    __filename,
  ];
  if (
    existsSync(bundle) &&
    sources.every(
      (source) => statSync(bundle).mtimeMs > statSync(source).mtimeMs,
    )
  )
    return;
  mkdirSync(outDir, { recursive: true });
  buildSync({
    stdin: {
      contents: Object.entries(ENTRY_POINTS)
        .map(([specifier, name]) => `export * as ${name} from '${specifier}';`)
        .join('\n'),
      resolveDir: workspaceRoot,
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: bundle,
    // The API's own copies, so that Prisma and pg are the ones the tests use.
    external: ['@prisma/*', 'pg', '@electric-sql/*'],
    logLevel: 'error',
  });
  for (const name of Object.values(ENTRY_POINTS)) {
    writeFileSync(
      join(outDir, `${name}.cjs`),
      `module.exports = require('./better-auth.cjs').${name};\n`,
    );
  }
}

/** moduleNameMapper entries for jest.config: each entry point to its shim. */
function betterAuthModuleMapper() {
  ensureBundle();
  return Object.fromEntries(
    Object.entries(ENTRY_POINTS).map(([specifier, name]) => [
      `^${specifier.replace('/', '\\/')}$`,
      join(outDir, `${name}.cjs`),
    ]),
  );
}

module.exports = { betterAuthModuleMapper };
