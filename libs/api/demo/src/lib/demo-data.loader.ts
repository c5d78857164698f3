import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@rehabit/api-core';
import { hashPassword } from '@rehabit/api-auth';
import { PrismaService, type Prisma } from '@rehabit/api-db';
import {
  addDays,
  localDateIn,
  type Plan,
  type PlanItem,
} from '@rehabit/shared-domain';
import {
  DEMO_CLINIC,
  DEMO_PASSWORD,
  DEMO_RUNNERS,
  DEMO_STAFF,
  PIRIFORMIS_RELIEF,
  type DemoItem,
  type DemoPhase,
  type DemoRunner,
} from './demo-clinic';
import { storyLogs } from './demo-history';
import { demoId } from './demo-id';

type Tx = Prisma.TransactionClient;

const asDate = (localDate: string) => new Date(`${localDate}T00:00:00Z`);

function exerciseIdOf(
  item: DemoItem,
  exerciseIds: ReadonlyMap<string, string>,
): string {
  const exerciseId = exerciseIds.get(item.exercise);
  if (!exerciseId)
    throw new Error(
      `demo data names an unknown built-in exercise: ${item.exercise}`,
    );
  return exerciseId;
}

/** A prescription item's columns from the plan's item (its id included). */
function planItemColumns(item: PlanItem, cues = '') {
  const { startDate, endDate, daysOfWeek, ...columns } = item;
  return {
    ...columns,
    daysOfWeek: [...daysOfWeek],
    cues,
    startDate: startDate ? asDate(startDate) : null,
    endDate: endDate ? asDate(endDate) : null,
  };
}

function itemColumns(item: DemoItem, exerciseIds: ReadonlyMap<string, string>) {
  const { daysOfWeek, ...dose } = item.dose;
  return {
    exerciseId: exerciseIdOf(item, exerciseIds),
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
      const today = localDateIn(runner.timeZone, now);
      const plan = demoPlan(
        runner,
        addDays(today, -runner.startedDaysAgo),
        exerciseIds,
      );
      await this.prescribe(tx, { clinicId, templateId, runner, plan });
      await this.writeHistory(tx, runner, plan, today);
    }
  }

  /** The runner's story: session logs, excused days and a comment from the coach. */
  private async writeHistory(
    tx: Tx,
    runner: DemoRunner,
    plan: Plan,
    today: string,
  ): Promise<void> {
    const runnerId = demoId(`runner:${runner.key}`);
    if (runner.story) {
      const { logs, items } = storyLogs({
        runnerKey: runner.key,
        runnerId,
        plan,
        today,
        timeZone: runner.timeZone,
        story: runner.story,
      });
      await tx.sessionLog.createMany({ data: logs });
      await tx.sessionItemLog.createMany({ data: items });
    }
    const coachId = demoId(`user:${runner.coach}`);
    await tx.excusedDay.createMany({
      data: (runner.excused ?? []).map((e) => ({
        runnerId,
        date: asDate(addDays(today, -e.daysAgo)),
        reason: e.reason,
        note: e.note,
        reportedById: e.confirmed ? coachId : demoId(`user:${runner.key}`),
        confirmedAt: e.confirmed ? new Date() : null,
        confirmedById: e.confirmed ? coachId : null,
      })),
    });
    if (runner.coachComment)
      await tx.sessionLog.updateMany({
        where: {
          runnerId,
          localDate: asDate(addDays(today, -runner.coachComment.daysAgo)),
        },
        data: {
          coachComment: runner.coachComment.text,
          coachCommentAt: new Date(),
        },
      });
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
    p: { clinicId: string; templateId: string; runner: DemoRunner; plan: Plan },
  ): Promise<void> {
    const createdById = demoId(`user:${p.runner.coach}`);
    await tx.prescription.create({
      data: {
        id: p.plan.id,
        clinicId: p.clinicId,
        runnerId: demoId(`runner:${p.runner.key}`),
        templateId: p.templateId,
        name: PIRIFORMIS_RELIEF.name,
        startDate: asDate(p.plan.startDate),
        createdById,
      },
    });
    for (const version of p.plan.versions) {
      const versionId = demoId(`version:${p.runner.key}:${version.version}`);
      await tx.prescriptionVersion.create({
        data: {
          id: versionId,
          prescriptionId: p.plan.id,
          version: version.version,
          effectiveFrom: asDate(version.effectiveFrom),
          changeNote:
            version.version > 1 ? (p.runner.revision?.note ?? '') : '',
          createdById,
        },
      });
      for (const [position, phase] of version.phases.entries()) {
        const phaseId = demoId(
          `phase:${p.runner.key}:${version.version}:${position}`,
        );
        await tx.prescriptionPhase.create({
          data: {
            id: phaseId,
            versionId,
            position,
            ...phaseColumns(PIRIFORMIS_RELIEF.phases[position]),
          },
        });
        await tx.prescriptionItem.createMany({
          data: phase.items.map((item, itemPosition) => ({
            versionId,
            phaseId,
            position: itemPosition,
            ...planItemColumns(
              item,
              (
                PIRIFORMIS_RELIEF.phases[position].items[
                  itemPosition
                ] as DemoItem
              ).cues,
            ),
          })),
        });
      }
    }
  }
}

/**
 * The runner's routine as the schedule sees it: version 1 is the template; a revision
 * (Hannah's) is version 2 with the knee-pull hold changed from its day. Item ids are
 * stable, so the demo logs can name them.
 */
export function demoPlan(
  runner: DemoRunner,
  startDate: string,
  exerciseIds: ReadonlyMap<string, string>,
): Plan {
  const version = (number: number, holdOfKneePull: number | null) => ({
    version: number,
    effectiveFrom:
      number === 1
        ? startDate
        : addDays(startDate, runner.revision?.daysAfterStart ?? 0),
    phases: PIRIFORMIS_RELIEF.phases.map((phase, position) => ({
      name: phase.name,
      startWeek: phase.startWeek,
      endWeek: phase.endWeek,
      items: phase.items.map((item, itemPosition) => ({
        ...item.dose,
        holdSeconds:
          holdOfKneePull !== null && item.exercise === 'figure-four-knee-pull'
            ? holdOfKneePull
            : item.dose.holdSeconds,
        id: demoId(`item:${runner.key}:${number}:${position}:${itemPosition}`),
        exerciseId: exerciseIdOf(item, exerciseIds),
        startDate: null,
        endDate: null,
      })),
    })),
  });
  return {
    id: demoId(`prescription:${runner.key}`),
    startDate,
    endDate: null,
    pauses: [],
    versions: runner.revision
      ? [version(1, null), version(2, runner.revision.holdSeconds)]
      : [version(1, null)],
  };
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
