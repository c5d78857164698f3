export * from './lib/db.module';
export * from './lib/db-options';
export * from './lib/prisma.service';
export * from './lib/migrate';
export { Prisma } from './generated/prisma/client';
export type { PrismaClient } from './generated/prisma/client';
export type * from './generated/prisma/models';
export * from './generated/prisma/enums';
export * from './lib/unique-violation';
