import type { AppConfig } from '@rehabit/api-core';
import type { PrismaService } from '@rehabit/api-db';
import { DemoDataLoader } from './demo-data.loader';

function loaderFor(
  demoData: AppConfig['DEMO_DATA'],
  kind: 'PGlite' | 'PostgreSQL',
  clinics: number,
) {
  const transaction = jest.fn();
  const prisma = {
    kind,
    client: {
      organization: { count: jest.fn(async () => clinics) },
      $transaction: transaction,
    },
  } as unknown as PrismaService;
  return {
    loader: new DemoDataLoader(prisma, { DEMO_DATA: demoData } as AppConfig),
    transaction,
  };
}

describe('DemoDataLoader decides when to load', () => {
  it.each([
    ['auto', 'PGlite', 0, true],
    ['auto', 'PostgreSQL', 0, false],
    ['yes', 'PostgreSQL', 0, true],
    ['yes', 'PGlite', 1, false],
    ['yes', 'PostgreSQL', 3, false],
    ['no', 'PGlite', 0, false],
  ] as const)(
    'DEMO_DATA=%s on %s with %i clinics: loads %p',
    async (demoData, kind, clinics, loads) => {
      const { loader, transaction } = loaderFor(demoData, kind, clinics);
      expect(await loader.loadIfWanted()).toBe(loads);
      expect(transaction).toHaveBeenCalledTimes(loads ? 1 : 0);
    },
  );
});
