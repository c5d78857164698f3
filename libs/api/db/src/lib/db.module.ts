import { DynamicModule, Global, Module } from '@nestjs/common';
import { DB_OPTIONS, type DbOptions } from './db-options';
import { PrismaService } from './prisma.service';

@Global()
@Module({})
export class DbModule {
  static forRoot(options: DbOptions): DynamicModule {
    return {
      module: DbModule,
      providers: [
        { provide: DB_OPTIONS, useValue: options },
        {
          // Opened while the provider is created, so that providers built from the
          // client (the auth instance) never see it half-made.
          provide: PrismaService,
          inject: [DB_OPTIONS],
          useFactory: async (dbOptions: DbOptions) => {
            const service = new PrismaService(dbOptions);
            await service.onModuleInit();
            return service;
          },
        },
      ],
      exports: [PrismaService],
    };
  }
}
