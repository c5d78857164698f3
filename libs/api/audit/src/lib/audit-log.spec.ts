import type { Prisma, PrismaService } from '@rehabit/api-db';
import { AuditLog } from './audit-log';

describe('AuditLog', () => {
  it('writes the row in the transaction it is given, with a request id', async () => {
    const create = jest.fn(async () => ({}));
    const tx = {
      auditEvent: { create },
    } as unknown as Prisma.TransactionClient;
    const audit = new AuditLog({ client: {} } as PrismaService);
    await audit.record(
      {
        actorUserId: 'u1',
        clinicId: 'c1',
        runnerId: 'r1',
        action: 'runner.read',
        outcome: 'SUCCESS',
      },
      tx,
    );
    expect(create).toHaveBeenCalledWith({
      data: expect.objectContaining({
        actorUserId: 'u1',
        clinicId: 'c1',
        runnerId: 'r1',
        scope: null,
        action: 'runner.read',
        outcome: 'SUCCESS',
        requestId: expect.any(String),
      }),
    });
  });
});
