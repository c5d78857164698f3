import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@rehabit/api-core';
import { hashPassword } from '@rehabit/api-auth';
import { PrismaService, type Prisma } from '@rehabit/api-db';
import { addDays, localDateIn } from '@rehabit/shared-domain';
import {
  DEMO_CLINIC,
  DEMO_PASSWORD,
  DEMO_RUNNERS,
  DEMO_STAFF,
  PIRIFORMIS_RELIEF,
  type DemoItem,
  type DemoPhase,
} from './demo-clinic';
import { demoId } from './demo-id';

type Tx = Prisma.TransactionClient;

const asDate = (localDate: string) => new Date(`${localDate}T00:00:00Z`);

function itemColumns(item: DemoItem, exerciseIds: Map<string, string>) {
  const exerciseId = exerciseIds.get(item.exercise);
  if (!exerciseId)
    throw new Error(
      `demo data names an unknown built-in exercise: ${item.exercise}`,
    );
  const { daysOfWeek, ...dose } = item.dose;
  return {
    exerciseId,
    ...dose,
    daysOfWeek: [...daysOfWeek],
    cues: item.cues ?? '',
  };
}

/**
 * Loads the demo clinic, when wanted: DEMO_DATA "auto" loads it into an empty
 * embedded database only, "yes" (or `--demo`) into an empty PostgreSQL database
 * too, "no" never. It never writes over existing data: any clinic present means
 * the database is in use.
 */
@Injectable()
export class DemoDataLoader {
  private readonly log = new Logger(DemoDataLoader.name);

  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async loadIfWanted(now = new Date()): Promise<boolean> {
    const wanted =
      this.config.DEMO_DATA === 'yes' ||
      (this.config.DEMO_DATA === 'auto' && this.prisma.kind === 'PGlite');
    if (!wanted) {
      this.log.log(
        'demo clinic not loaded (DEMO_DATA=yes or --demo loads it into an empty PostgreSQL database)',
      );
      return false;
    }
    if ((await this.prisma.client.organization.count()) > 0) {
      this.log.log(
        'demo clinic not loaded: the database already holds a clinic',
      );
      return false;
    }
    await this.prisma.client.$transaction((tx) => this.load(tx, now), {
      timeout: 60_000,
    });
    this.log.log(
      `demo clinic loaded: ${DEMO_STAFF.length} staff, ${DEMO_RUNNERS.length} runners`,
    );
    // For the person who just started Rehabit: how to sign in to the demo.
    process.stdout.write(demoLogins());
    return true;
  }

  private async load(tx: Tx, now: Date): Promise<void> {
    const clinicId = demoId('clinic');
    await tx.organization.create({
      data: {
        id: clinicId,
        name: DEMO_CLINIC.name,
        slug: DEMO_CLINIC.key,
        timeZone: DEMO_CLINIC.timeZone,
      },
    });
    await tx.user.createMany({
      data: [
        ...DEMO_STAFF.map((s) => ({
          id: demoId(`user:${s.key}`),
          name: s.name,
          email: s.email,
          emailVerified: true,
        })),
        ...DEMO_RUNNERS.filter((r) => r.startedDaysAgo !== null).map((r) => ({
          id: demoId(`user:${r.key}`),
          name: r.name,
          email: r.email,
          emailVerified: true,
        })),
      ],
    });
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const withLogin = [
      ...DEMO_STAFF.map((s) => s.key),
      ...DEMO_RUNNERS.filter((r) => r.startedDaysAgo !== null).map(
        (r) => r.key,
      ),
    ];
    await tx.account.createMany({
      data: withLogin.map((key) => ({
        id: demoId(`account:${key}`),
        userId: demoId(`user:${key}`),
        accountId: demoId(`user:${key}`),
        providerId: 'credential',
        password: passwordHash,
      })),
    });
    await tx.member.createMany({
      data: [
        ...DEMO_STAFF.map((s) => ({
          id: demoId(`member:${s.key}`),
          organizationId: clinicId,
          userId: demoId(`user:${s.key}`),
          role: s.role,
        })),
        ...DEMO_RUNNERS.filter((r) => r.startedDaysAgo !== null).map((r) => ({
          id: demoId(`member:${r.key}`),
          organizationId: clinicId,
          userId: demoId(`user:${r.key}`),
          role: 'runner',
        })),
      ],
    });
    await tx.runnerProfile.createMany({
      data: DEMO_RUNNERS.map((r) => ({
        id: demoId(`runner:${r.key}`),
        clinicId,
        coachId: demoId(`user:${r.coach}`),
        userId: r.startedDaysAgo === null ? null : demoId(`user:${r.key}`),
        name: r.name,
        email: r.email,
        timeZone: r.timeZone,
        status: r.startedDaysAgo === null ? 'INVITED' : 'ACTIVE',
      })),
    });

    const exercises = await tx.exercise.findMany({
      where: { builtInKey: { not: null } },
      select: { id: true, builtInKey: true },
    });
    const exerciseIds = new Map(
      exercises.map((e) => [e.builtInKey as string, e.id]),
    );
    const templateId = await this.createTemplate(tx, clinicId, exerciseIds);

    for (const runner of DEMO_RUNNERS) {
      if (runner.startedDaysAgo === null) continue;
      const startDate = addDays(
        localDateIn(runner.timeZone, now),
        -runner.startedDaysAgo,
      );
      await this.prescribe(
        tx,
        {
          clinicId,
          templateId,
          runnerKey: runner.key,
          coachKey: runner.coach,
          startDate,
        },
        exerciseIds,
      );
    }
  }

  private async createTemplate(
    tx: Tx,
    clinicId: string,
    exerciseIds: Map<string, string>,
  ): Promise<string> {
    const templateId = demoId('template:piriformis-relief');
    await tx.template.create({
      data: {
        id: templateId,
        clinicId,
        name: PIRIFORMIS_RELIEF.name,
        description: PIRIFORMIS_RELIEF.description,
        createdById: demoId('user:priya'),
      },
    });
    for (const [position, phase] of PIRIFORMIS_RELIEF.phases.entries()) {
      const phaseId = demoId(`template-phase:${position}`);
      await tx.templatePhase.create({
        data: { id: phaseId, templateId, position, ...phaseColumns(phase) },
      });
      await tx.templateItem.createMany({
        data: phase.items.map((item, itemPosition) => ({
          templateId,
          phaseId,
          position: itemPosition,
          ...itemColumns(item, exerciseIds),
        })),
      });
    }
    return templateId;
  }

  private async prescribe(
    tx: Tx,
    p: {
      clinicId: string;
      templateId: string;
      runnerKey: string;
      coachKey: string;
      startDate: string;
    },
    exerciseIds: Map<string, string>,
  ): Promise<void> {
    const prescriptionId = demoId(`prescription:${p.runnerKey}`);
    const createdById = demoId(`user:${p.coachKey}`);
    await tx.prescription.create({
      data: {
        id: prescriptionId,
        clinicId: p.clinicId,
        runnerId: demoId(`runner:${p.runnerKey}`),
        templateId: p.templateId,
        name: PIRIFORMIS_RELIEF.name,
        startDate: asDate(p.startDate),
        createdById,
      },
    });
    const versionId = demoId(`version:${p.runnerKey}:1`);
    await tx.prescriptionVersion.create({
      data: {
        id: versionId,
        prescriptionId,
        version: 1,
        effectiveFrom: asDate(p.startDate),
        createdById,
      },
    });
    for (const [position, phase] of PIRIFORMIS_RELIEF.phases.entries()) {
      const phaseId = demoId(`phase:${p.runnerKey}:1:${position}`);
      await tx.prescriptionPhase.create({
        data: { id: phaseId, versionId, position, ...phaseColumns(phase) },
      });
      await tx.prescriptionItem.createMany({
        data: phase.items.map((item, itemPosition) => ({
          id: demoId(`item:${p.runnerKey}:1:${position}:${itemPosition}`),
          versionId,
          phaseId,
          position: itemPosition,
          ...itemColumns(item, exerciseIds),
        })),
      });
    }
  }
}

function phaseColumns(phase: DemoPhase) {
  return {
    name: phase.name,
    startWeek: phase.startWeek,
    endWeek: phase.endWeek,
    advanceMinAdherencePct: phase.advance?.minAdherencePct ?? null,
    advanceMaxPain: phase.advance?.maxPain ?? null,
    advanceAfterWeeks: phase.advance?.afterWeeks ?? null,
  };
}

/** The demo accounts, printed when the demo clinic is loaded (and listed in the README). */
export function demoLogins(): string {
  const lines = [
    ...DEMO_STAFF.map((s) => `    ${s.role.padEnd(7)} ${s.email}`),
    ...DEMO_RUNNERS.filter((r) => r.startedDaysAgo !== null)
      .slice(0, 2)
      .map((r) => `    runner  ${r.email}`),
  ];
  return `\n  Demo clinic "${DEMO_CLINIC.name}" — every demo account's password is ${DEMO_PASSWORD}\n${lines.join('\n')}\n    (and ${DEMO_RUNNERS.length - 3} more runners: see README)\n`;
}
