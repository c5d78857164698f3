import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { addDays, DOSE_BOUNDS } from '@rehabit/shared-domain';
import { createClinic, signIn, type ClinicFixture } from './clinic-fixture';
import { dose, piriformisTemplate, todayIn } from './program-fixture';
import {
  createTestApp,
  gql,
  prismaOf,
  testDatabaseName,
  withInjectedFailure,
} from './test-app';

const PHASES = `phases { name startWeek endWeek items { exercise { name } doseText dose { holdSeconds sets side } } }`;
const CREATE = `mutation ($i: TemplateInput!) { createTemplate(input: $i) { id name ${PHASES} } }`;
const PRESCRIBE = `mutation ($i: PrescribeInput!) { prescribeTemplate(input: $i) { id runnerId status current { version } } }`;
const REVISE = `mutation ($i: RevisePrescriptionInput!) { revisePrescription(input: $i) {
  id current { version } versions { version effectiveFrom changes createdByName ${PHASES} } } }`;
const PRESCRIPTIONS = `query ($r: ID!) { runnerPrescriptions(runnerId: $r) { id status versions { version } } }`;
const UPCOMING = `query ($r: ID!) { upcomingSessions(runnerId: $r, days: 7) { date slot items { exercise { name } } totalText } }`;

type Gql = typeof gql;

describe(`templates and prescriptions on ${testDatabaseName()}`, () => {
  let app: INestApplication;
  let clinic: ClinicFixture;
  let coach: string;
  let call: (
    q: string,
    v?: Record<string, unknown>,
    cookie?: string,
  ) => ReturnType<Gql>;

  beforeAll(async () => {
    app = await createTestApp();
    clinic = await createClinic(app, 'programs');
    coach = await signIn(app, clinic.coach);
    call = (q, v, cookie = coach) => gql(app, q, v, cookie);
  });

  afterAll(async () => {
    await app?.close();
  });

  const createTemplate = async () => {
    const res = await call(CREATE, { i: await piriformisTemplate(app) });
    expect(res.errors).toBeUndefined();
    return (res.data as { createTemplate: { id: string } }).createTemplate.id;
  };

  describe('templates', () => {
    it('creates, reads, updates, duplicates and archives a two-phase template', async () => {
      const input = await piriformisTemplate(app);
      const created = await call(CREATE, { i: input });
      expect(created.data).toMatchObject({
        createTemplate: {
          name: 'Piriformis relief',
          phases: [
            {
              name: 'Stretch',
              startWeek: 1,
              endWeek: null,
              items: [
                {
                  exercise: { name: 'Supine figure-four stretch' },
                  doseText:
                    'Hold 30 s · 3 sets · each side · rest 15 s · daily, once',
                },
              ],
            },
            {
              name: 'Stability',
              startWeek: 3,
              items: [
                {
                  doseText:
                    '12 reps · 3 sets · both sides together · rest 30 s · Mon Wed Fri',
                },
              ],
            },
          ],
        },
      });
      const id = (created.data as { createTemplate: { id: string } })
        .createTemplate.id;

      input.phases[0]!.endWeek = 2 as unknown as null;
      input.phases[0]!.items[0]!.dose = dose({ holdSeconds: 45 });
      const updated = await call(
        `mutation ($id: ID!, $i: TemplateInput!) { updateTemplate(id: $id, input: $i) { ${PHASES} } }`,
        { id, i: { ...input, name: 'Piriformis relief v2' } },
      );
      expect(updated.errors).toBeUndefined();
      expect(JSON.stringify(updated.data)).toContain('Hold 45 s');

      const copy = await call(
        'mutation ($id: ID!) { duplicateTemplate(id: $id) { id name phases { items { doseText } } } }',
        { id },
      );
      expect(copy.data).toMatchObject({
        duplicateTemplate: { name: 'Piriformis relief v2 (copy)' },
      });

      expect(
        (await call('mutation ($id: ID!) { archiveTemplate(id: $id) }', { id }))
          .data,
      ).toEqual({
        archiveTemplate: true,
      });
      const names = (
        (await call('{ templates { id name } }')).data as {
          templates: { id: string }[];
        }
      ).templates.map((t) => t.id);
      expect(names).not.toContain(id);
      expect(
        (await call('query ($id: ID!) { template(id: $id) { id } }', { id }))
          .errors?.[0]?.extensions.code,
      ).toBe('NOT_FOUND');
    });

    it('is shared within the clinic and invisible to another clinic', async () => {
      const id = await createTemplate();
      const colleague = await signIn(app, clinic.otherCoach);
      expect(
        (
          await call(
            'query ($id: ID!) { template(id: $id) { id } }',
            { id },
            colleague,
          )
        ).data,
      ).toEqual({ template: { id } });
      const other = await createClinic(app, 'programs-other');
      const outsider = await signIn(app, other.coach);
      const res = await call(
        'query ($id: ID!) { template(id: $id) { id } }',
        { id },
        outsider,
      );
      expect(res.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      expect(res.errors?.[0]?.message).toBe('Template not found');
    });

    it('refuses an exercise that is not in the library, naming the item', async () => {
      const input = await piriformisTemplate(app);
      input.phases[1]!.items[0]!.exerciseId = randomUUID();
      const res = await call(CREATE, { i: input });
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          {
            field: 'input.phases.1.items.0.exerciseId',
            message: expect.stringContaining(
              'must be an exercise of your library',
            ),
          },
        ],
      });
    });

    describe('every dose bound, at both edges', () => {
      const cases = Object.entries(DOSE_BOUNDS).flatMap(
        ([field, { min, max }]) => [
          { field, value: min, ok: true },
          { field, value: max, ok: true },
          { field, value: min - 1, ok: false },
          { field, value: max + 1, ok: false },
        ],
      );

      it.each(cases)(
        '$field = $value → accepted: $ok',
        async ({ field, value, ok }) => {
          const input = await piriformisTemplate(app);
          input.phases[0]!.items[0]!.dose = dose({ [field]: value });
          const before = await prismaOf(app).template.count();
          const res = await call(CREATE, { i: input });
          if (ok) {
            expect(res.errors).toBeUndefined();
            expect(await prismaOf(app).template.count()).toBe(before + 1);
          } else {
            const bound = DOSE_BOUNDS[field as keyof typeof DOSE_BOUNDS];
            expect(res.errors?.[0]?.extensions.fields).toEqual([
              {
                field: `input.phases.0.items.0.dose.${field}`,
                message: `must be an integer from ${bound.min} to ${bound.max}`,
              },
            ]);
            expect(await prismaOf(app).template.count()).toBe(before);
          }
        },
      );

      it('refuses empty days, a long load and an unknown side, each by name', async () => {
        const input = await piriformisTemplate(app);
        input.phases[0]!.items[0]!.dose = dose({
          daysOfWeek: [],
          load: 'x'.repeat(81),
        });
        const res = await call(CREATE, { i: input });
        expect(res.errors?.[0]?.extensions.fields).toEqual([
          {
            field: 'input.phases.0.items.0.dose.load',
            message: 'must be at most 80 characters',
          },
          {
            field: 'input.phases.0.items.0.dose.daysOfWeek',
            message: expect.stringContaining(
              'must be a non-empty set of ISO weekdays',
            ),
          },
        ]);
        const side = await call(CREATE, {
          i: {
            ...input,
            phases: [
              {
                ...input.phases[0],
                items: [
                  {
                    ...input.phases[0]!.items[0],
                    dose: dose({ side: 'BOTH' }),
                  },
                ],
              },
            ],
          },
        });
        expect(side.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      });
    });
  });

  describe('prescriptions', () => {
    /** Extra runners of the fixture's coach. */
    const moreRunners = async (n: number) => {
      const ids: string[] = [];
      for (let i = 0; i < n; i++) {
        const row = await prismaOf(app).runnerProfile.create({
          data: {
            clinicId: clinic.clinicId,
            coachId: clinic.coach.userId,
            name: `Bulk ${i}`,
            email: `bulk-${i}-${randomUUID()}@test.example`,
            timeZone: i % 2 ? 'Pacific/Auckland' : 'Pacific/Honolulu',
            status: 'INVITED',
          },
        });
        ids.push(row.id);
      }
      return ids;
    };

    it('prescribes one template to 20 runners in one transaction: a failure on the 11th leaves none', async () => {
      const templateId = await createTemplate();
      const runnerIds = await moreRunners(20);
      const prisma = prismaOf(app);
      const input = { templateId, runnerIds, startDate: todayIn('UTC') };
      // The injected failure: the database refuses the 11th prescription of this template.
      await withInjectedFailure(
        app,
        'prescription',
        `NEW.template_id = '${templateId}' AND (SELECT count(*) FROM prescription WHERE template_id = NEW.template_id) >= 10`,
        async () => {
          const failed = await call(PRESCRIBE, { i: input });
          expect(failed.errors?.[0]?.extensions.code).toBe(
            'INTERNAL_SERVER_ERROR',
          );
          expect(
            await prisma.prescription.count({ where: { templateId } }),
          ).toBe(0);
          expect(
            await prisma.prescriptionVersion.count({
              where: { prescription: { templateId } },
            }),
          ).toBe(0);
        },
      );

      const done = await call(PRESCRIBE, { i: input });
      expect(done.errors).toBeUndefined();
      const made = (
        done.data as {
          prescribeTemplate: { runnerId: string; status: string }[];
        }
      ).prescribeTemplate;
      expect(made.map((p) => p.runnerId).sort()).toEqual([...runnerIds].sort());
      expect(await prisma.prescription.count({ where: { templateId } })).toBe(
        20,
      );
    });

    it('refuses the whole batch when one runner is not the caller’s, and never trusts ids from input', async () => {
      const templateId = await createTemplate();
      const other = await createClinic(app, 'programs-foreign');
      const input = {
        templateId,
        runnerIds: [clinic.runnerA.runnerId, other.runnerA.runnerId],
        startDate: todayIn('UTC'),
      };
      const res = await call(PRESCRIBE, { i: input });
      expect(res.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      expect(
        await prismaOf(app).prescription.count({ where: { templateId } }),
      ).toBe(0);

      const foreignCoach = await signIn(app, other.coach);
      const theirs = await call(
        PRESCRIBE,
        { i: { ...input, runnerIds: [clinic.runnerA.runnerId] } },
        foreignCoach,
      );
      expect(theirs.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      const runner = await signIn(app, clinic.runnerA);
      expect(
        (await call(PRESCRIBE, { i: input }, runner)).errors?.[0]?.extensions
          .code,
      ).toBe('FORBIDDEN');
    });

    it('refuses bad dates and empty or repeated runner lists, naming the field', async () => {
      const templateId = await createTemplate();
      const bad = async (i: Record<string, unknown>) =>
        (
          await call(PRESCRIBE, {
            i: {
              templateId,
              startDate: todayIn('UTC'),
              runnerIds: [clinic.runnerA.runnerId],
              ...i,
            },
          })
        ).errors?.[0]?.extensions.fields;
      expect(await bad({ startDate: '2026-02-30' })).toEqual([
        {
          field: 'input.startDate',
          message: 'must be a date written YYYY-MM-DD',
        },
      ]);
      expect(await bad({ endDate: addDays(todayIn('UTC'), -1) })).toEqual([
        {
          field: 'input.endDate',
          message: 'must be on or after the start date',
        },
      ]);
      expect(await bad({ runnerIds: [] })).toEqual([
        { field: 'input.runnerIds', message: 'must name 1 to 100 runners' },
      ]);
      expect(
        await bad({
          runnerIds: [clinic.runnerA.runnerId, clinic.runnerA.runnerId],
        }),
      ).toEqual([
        { field: 'input.runnerIds', message: 'must not repeat a runner' },
      ]);
    });

    it('edits one runner’s hold from tomorrow as version 2, leaving version 1 as it was', async () => {
      const templateId = await createTemplate();
      const [runnerId] = await moreRunners(1);
      const today = todayIn('Pacific/Honolulu');
      const made = await call(PRESCRIBE, {
        i: { templateId, runnerIds: [runnerId], startDate: today },
      });
      const prescriptionId = (
        made.data as { prescribeTemplate: { id: string }[] }
      ).prescribeTemplate[0]!.id;
      const phases = (await piriformisTemplate(app)).phases;
      phases[0]!.items[0]!.dose = dose({ holdSeconds: 45 });

      const past = await call(REVISE, {
        i: { prescriptionId, effectiveFrom: addDays(today, -1), phases },
      });
      expect(past.errors?.[0]?.extensions.fields).toEqual([
        {
          field: 'input.effectiveFrom',
          message: `must be ${today} or later: the past is never rewritten`,
        },
      ]);

      const tomorrow = addDays(today, 1);
      const res = await call(REVISE, {
        i: {
          prescriptionId,
          effectiveFrom: tomorrow,
          phases,
          changeNote: 'Longer holds',
        },
      });
      expect(res.errors).toBeUndefined();
      const revised = (
        res.data as {
          revisePrescription: {
            current: { version: number };
            versions: {
              version: number;
              effectiveFrom: string;
              changes: string[];
              phases: { items: { dose: { holdSeconds: number } }[] }[];
            }[];
          };
        }
      ).revisePrescription;
      expect(revised.current.version).toBe(1); // version 2 starts tomorrow
      expect(revised.versions.map((v) => [v.version, v.effectiveFrom])).toEqual(
        [
          [2, tomorrow],
          [1, today],
        ],
      );
      expect(revised.versions[1]!.phases[0]!.items[0]!.dose.holdSeconds).toBe(
        30,
      );
      expect(revised.versions[0]!.changes).toEqual([
        'Supine figure-four stretch: Hold 30 s · 3 sets · each side · rest 15 s · daily, once → Hold 45 s · 3 sets · each side · rest 15 s · daily, once',
      ]);

      const upcoming = await call(UPCOMING, { r: runnerId });
      const days = (
        upcoming.data as {
          upcomingSessions: { date: string; totalText: string }[];
        }
      ).upcomingSessions;
      expect(days.map((d) => d.date)).toEqual(
        Array.from({ length: 7 }, (_, i) => addDays(today, i)),
      );
      expect(days[0]!.totalText).toBe('6 holds, about 4 min'); // 6 × 30 s + 4 × 15 s
      expect(days[1]!.totalText).toBe('6 holds, about 6 min'); // 6 × 45 s + 4 × 15 s
    });

    it('pauses, resumes and ends a prescription, and discharging keeps history but schedules nothing', async () => {
      const templateId = await createTemplate();
      const [runnerId] = await moreRunners(1);
      const today = todayIn('Pacific/Honolulu');
      const made = await call(PRESCRIBE, {
        i: { templateId, runnerIds: [runnerId], startDate: today },
      });
      const id = (made.data as { prescribeTemplate: { id: string }[] })
        .prescribeTemplate[0]!.id;
      const sessions = async () =>
        (
          (await call(UPCOMING, { r: runnerId })).data as {
            upcomingSessions: { date: string }[];
          }
        ).upcomingSessions.map((s) => s.date);

      const paused = await call(
        'mutation ($id: ID!, $f: String!) { pausePrescription(id: $id, from: $f, reason: "race week") { status pauses { startDate endDate } } }',
        { id, f: today },
      );
      expect(paused.data).toEqual({
        pausePrescription: {
          status: 'PAUSED',
          pauses: [{ startDate: today, endDate: null }],
        },
      });
      expect(await sessions()).toEqual([]);

      const resumeOn = addDays(today, 3);
      await call(
        'mutation ($id: ID!, $on: String!) { resumePrescription(id: $id, on: $on) { id } }',
        {
          id,
          on: resumeOn,
        },
      );
      expect(await sessions()).toEqual(
        [3, 4, 5, 6].map((d) => addDays(today, d)),
      );

      await call(
        'mutation ($id: ID!, $d: String!) { endPrescription(id: $id, lastDay: $d) { id } }',
        {
          id,
          d: addDays(today, 4),
        },
      );
      expect(await sessions()).toEqual([3, 4].map((d) => addDays(today, d)));

      expect(
        (
          await call('mutation ($r: ID!) { dischargeRunner(runnerId: $r) }', {
            r: runnerId,
          })
        ).data,
      ).toEqual({ dischargeRunner: true });
      expect(await sessions()).toEqual([]);
      const history = await call(PRESCRIPTIONS, { r: runnerId });
      expect(history.data).toMatchObject({
        runnerPrescriptions: [{ id, versions: [{ version: 1 }] }],
      });
    });

    it('lets a runner read their own plan and not another runner’s', async () => {
      const templateId = await createTemplate();
      await call(PRESCRIBE, {
        i: {
          templateId,
          runnerIds: [clinic.runnerA.runnerId],
          startDate: todayIn('Europe/London'),
        },
      });
      const a = await signIn(app, clinic.runnerA);
      const b = await signIn(app, clinic.runnerB);
      const own = await call(PRESCRIPTIONS, { r: clinic.runnerA.runnerId }, a);
      expect(
        (own.data as { runnerPrescriptions: unknown[] }).runnerPrescriptions
          .length,
      ).toBeGreaterThan(0);
      const theirs = await call(
        PRESCRIPTIONS,
        { r: clinic.runnerA.runnerId },
        b,
      );
      expect(theirs.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      expect(theirs.errors?.[0]?.message).toBe('Runner not found');
      const random = await call(PRESCRIPTIONS, { r: randomUUID() }, b);
      expect(random.errors?.[0]?.message).toBe('Runner not found');
    });
  });
});
