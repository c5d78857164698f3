import { toLocalDate } from '@rehabit/api-program-model';

export const sessionKey = (
  prescriptionId: string,
  date: string,
  slot: number,
) => `${prescriptionId}|${date}|${slot}`;

/**
 * The sessions that count as completed (PRODUCT.md): a log in which at least one
 * exercise was done, not all skipped. A second log of the same slot counts once.
 */
export function completedSessionKeys(
  logs: readonly {
    prescriptionId: string;
    localDate: Date;
    slot: number;
    items: readonly { skipped: boolean }[];
  }[],
): Set<string> {
  return new Set(
    logs
      .filter((log) => log.items.some((item) => !item.skipped))
      .map((log) =>
        sessionKey(log.prescriptionId, toLocalDate(log.localDate), log.slot),
      ),
  );
}
