import nx from '@nx/eslint-plugin';
import baseConfig from './eslint.config.mjs';

/** The lint setup of every Angular project: the workspace rules plus Angular's, one selector prefix. */
export default [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'rh', style: 'camelCase' }],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'rh', style: 'kebab-case' }],
    },
  },
];
