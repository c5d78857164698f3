import { Module } from '@nestjs/common';
import { ClinicSetupService } from './clinic-setup.service';
import { RunnersResolver } from './runners.resolver';
import { RunnersService } from './runners.service';

@Module({ providers: [RunnersService, ClinicSetupService, RunnersResolver] })
export class RunnersModule {}
