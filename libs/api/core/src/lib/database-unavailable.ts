/** Node's socket errors when the database server is gone or refuses connections. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/** SQLSTATEs of a server going away: admin/crash shutdown, not accepting connections, too many. */
const SERVER_GONE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
/** Prisma's codes for an unreachable server, a closed connection, a pool timeout. */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1017', 'P2024']);
/** Prisma driver-adapter error kinds of the same. */
const ADAPTER_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);
const MESSAGES =
  /connection terminated|connection refused|can't reach database server|server closed the connection|timeout exceeded when trying to connect|not queryable|the database system is (shutting down|starting up|in recovery mode)/i;

/**
 * True when an error (or one of its causes) says the database cannot be reached just
 * now, as opposed to a fault in Rehabit: the client is told to try again
 * (SERVICE_UNAVAILABLE) instead of being shown an internal error.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 6) return false;
  const e = error as Record<string, unknown>;
  const code = typeof e['code'] === 'string' ? e['code'] : '';
  if (
    SOCKET_CODES.has(code) ||
    PRISMA_CODES.has(code) ||
    SERVER_GONE_STATES.has(code) ||
    code.startsWith('08')
  )
    return true;
  if (typeof e['kind'] === 'string' && ADAPTER_KINDS.has(e['kind']))
    return true;
  if (typeof e['message'] === 'string' && MESSAGES.test(e['message']))
    return true;
  return ['cause', 'originalError', 'meta'].some((key) =>
    isDatabaseUnavailable(e[key], depth + 1),
  );
}
