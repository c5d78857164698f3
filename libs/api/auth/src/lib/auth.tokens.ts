/** Injection token of the better-auth instance. */
export const AUTH = Symbol('AUTH');
