import { createHash } from 'node:crypto';

/** A stable UUID for a demo object, so the demo clinic is the same on every machine. */
export function demoId(name: string): string {
  const hex = createHash('sha256').update(`rehabit-demo:${name}`).digest('hex');
  // Shaped as a version-8 (custom) UUID with the RFC 4122 variant.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
