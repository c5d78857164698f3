import {
  Controller,
  Get,
  Header,
  HttpCode,
  HttpException,
  HttpStatus,
} from '@nestjs/common';
import { PrismaService } from '@rehabit/api-db';

/**
 * Probes for a load balancer or orchestrator. /health: the process is up.
 * /ready: the process can serve, i.e. the database answers; 503 while it does not,
 * and 200 again by itself once it does.
 */
@Controller()
export class HealthController {
  constructor(private readonly prisma: PrismaService) {}

  @Get('health')
  @Header('Cache-Control', 'no-store')
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HttpCode(HttpStatus.OK)
  @Header('Cache-Control', 'no-store')
  async ready(): Promise<{ status: 'ready'; database: string }> {
    if (!(await this.prisma.isReachable())) {
      throw new HttpException(
        { status: 'unavailable', reason: 'database unreachable' },
        HttpStatus.SERVICE_UNAVAILABLE,
      );
    }
    return { status: 'ready', database: this.prisma.kind };
  }
}
