import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../..');

// RELIABILITY.md, dependency hygiene: `npm audit` cannot reach an advisory service here,
// so every package is pinned exactly and docs/security.md lists the runtime ones.
describe('dependencies', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

  it('pins every package to an exact version', () => {
    const loose = ['dependencies', 'devDependencies'].flatMap((group) =>
      Object.entries(manifest[group] as Record<string, string>)
        .filter(([, version]) => !/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(version))
        .map(([name, version]) => `${name}@${version}`),
    );
    expect(loose).toEqual([]);
  });

  it('lists every runtime package, at its pinned version, in docs/security.md', () => {
    const doc = readFileSync(join(ROOT, 'docs/security.md'), 'utf8');
    const missing = Object.entries(
      manifest.dependencies as Record<string, string>,
    )
      .filter(
        ([name, version]) =>
          !new RegExp(
            `\\| ${name.replace(/[/.]/g, '\\$&')} +\\| ${version.replace(/\./g, '\\.')} +\\|`,
          ).test(doc),
      )
      .map(([name, version]) => `${name}@${version}`);
    expect(missing).toEqual([]);
  });
});
