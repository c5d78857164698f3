const nxPreset = require('@nx/jest/preset').default;
const { betterAuthModuleMapper } = require('./tools/jest/better-auth-cjs');

module.exports = {
  ...nxPreset,
  // better-auth is ESM-only: see tools/jest/better-auth-cjs.js.
  moduleNameMapper: { ...nxPreset.moduleNameMapper, ...betterAuthModuleMapper() },
};
