import { ALL_DAYS, type Dose, type Side } from '@rehabit/shared-domain';
import type { DemoStory } from './demo-history';

/**
 * The demo clinic: who is in it and the "Piriformis relief" template. Pure data;
 * demo-data.loader.ts writes it. Dates are relative to the day it is loaded (each
 * runner's `startedDaysAgo` in their own time zone), everything else is fixed.
 */

/**
 * The password of every demo account. Public on purpose: the demo clinic is only ever
 * loaded into a database that holds nothing else.
 */
export const DEMO_PASSWORD = 'rehabit-demo-clinic';

export const DEMO_CLINIC = {
  key: 'riverside',
  name: 'Riverside Running Clinic',
  timeZone: 'Europe/London',
};

export interface DemoStaff {
  key: string;
  name: string;
  email: string;
  role: 'admin' | 'coach';
}

export const DEMO_STAFF: readonly DemoStaff[] = [
  {
    key: 'priya',
    name: 'Priya Shah',
    email: 'priya.shah@riverside.example',
    role: 'admin',
  },
  {
    key: 'sam',
    name: 'Sam Okafor',
    email: 'sam.okafor@riverside.example',
    role: 'coach',
  },
  {
    key: 'jordan',
    name: 'Jordan Lee',
    email: 'jordan.lee@riverside.example',
    role: 'coach',
  },
];

export interface DemoRunner {
  key: string;
  name: string;
  email: string;
  timeZone: string;
  coach: 'sam' | 'jordan';
  /** null: invited, has not joined yet, nothing prescribed. */
  startedDaysAgo: number | null;
  /** Their sessions so far (none: a runner with no history yet). */
  story?: DemoStory;
  /** A second version of their routine: the knee-pull hold changed from this day. */
  revision?: { daysAfterStart: number; holdSeconds: number; note: string };
  /** Days excused: confirmed by the coach, or reported by the runner and waiting. */
  excused?: {
    daysAgo: number;
    reason: 'ILLNESS' | 'TRAVEL' | 'RACE';
    confirmed: boolean;
    note: string;
  }[];
  /** The coach's comment on their session of that day. */
  coachComment?: { daysAgo: number; text: string };
}

export const DEMO_RUNNERS: readonly DemoRunner[] = [
  {
    key: 'maya',
    name: 'Maya Thompson',
    email: 'maya@runner.example',
    timeZone: 'Europe/London',
    coach: 'sam',
    startedDaysAgo: 56,
    // Steady and improving; a confirmed race weekend three weeks ago.
    story: { adherence: 0.95, pain: { first: 4, last: 1 } },
    excused: [
      { daysAgo: 20, reason: 'RACE', confirmed: true, note: 'Half marathon' },
      { daysAgo: 19, reason: 'RACE', confirmed: true, note: '' },
    ],
    coachComment: {
      daysAgo: 3,
      text: 'Great consistency. Keep the holds slow and relaxed.',
    },
  },
  {
    key: 'liam',
    name: "Liam O'Connor",
    email: 'liam@runner.example',
    timeZone: 'Europe/Dublin',
    coach: 'sam',
    startedDaysAgo: 56,
    // Lapsing: good for a month, then patchy, and nothing for the last 3 days; he
    // reported being ill 2 days ago (waiting for Sam).
    story: {
      adherence: 0.9,
      lapse: { fromDaysAgo: 16, adherence: 0.4 },
      silentDays: 3,
      pain: { first: 3, last: 3 },
    },
    excused: [
      { daysAgo: 2, reason: 'ILLNESS', confirmed: false, note: 'Cold' },
    ],
  },
  // Far east of UTC (UTC+13 in the southern summer).
  {
    key: 'aroha',
    name: 'Aroha Ngata',
    email: 'aroha@runner.example',
    timeZone: 'Pacific/Auckland',
    coach: 'sam',
    startedDaysAgo: 56,
    story: { adherence: 0.9, pain: { first: 3, last: 1 } },
  },
  // Far west of UTC (UTC−10).
  {
    key: 'keoni',
    name: 'Keoni Kahale',
    email: 'keoni@runner.example',
    timeZone: 'Pacific/Honolulu',
    coach: 'jordan',
    startedDaysAgo: 42,
    story: { adherence: 0.85, pain: { first: 2, last: 1 } },
  },
  {
    key: 'sofia',
    name: 'Sofía García',
    email: 'sofia@runner.example',
    timeZone: 'Europe/Madrid',
    coach: 'jordan',
    startedDaysAgo: 56,
    // Pain rising: 2/10 in week 1, about 6/10 now.
    story: { adherence: 0.9, pain: { first: 2, last: 6 } },
  },
  {
    key: 'ethan',
    name: 'Ethan Brooks',
    email: 'ethan@runner.example',
    timeZone: 'America/New_York',
    coach: 'jordan',
    startedDaysAgo: 49,
    // Silent for a week.
    story: { adherence: 0.9, silentDays: 8, pain: { first: 3, last: 2 } },
  },
  {
    key: 'hannah',
    name: 'Hannah Müller',
    email: 'hannah@runner.example',
    timeZone: 'Europe/Berlin',
    coach: 'sam',
    startedDaysAgo: 56,
    // Adherent, on a longer hold since week 5; her last morning answer is worse than
    // the evening before.
    story: { adherence: 0.92, pain: { first: 3, last: 2 }, morningWorse: true },
    revision: {
      daysAfterStart: 28,
      holdSeconds: 60,
      note: 'Knee pull held 60 s: the stretch feels easy now.',
    },
  },
  {
    key: 'kenji',
    name: 'Kenji Watanabe',
    email: 'kenji@runner.example',
    timeZone: 'Asia/Tokyo',
    coach: 'jordan',
    startedDaysAgo: 5,
  },
  {
    key: 'chloe',
    name: 'Chloe Martin',
    email: 'chloe@runner.example',
    timeZone: 'America/Los_Angeles',
    coach: 'sam',
    startedDaysAgo: 33,
    story: { adherence: 0.65, pain: { first: 3, last: 2 } },
  },
  {
    key: 'noah',
    name: 'Noah Williams',
    email: 'noah@runner.example',
    timeZone: 'Australia/Sydney',
    coach: 'jordan',
    startedDaysAgo: 35,
    story: { adherence: 0.7, pain: { first: 2, last: 2 } },
  },
  {
    key: 'isabel',
    name: 'Isabel Costa',
    email: 'isabel@runner.example',
    timeZone: 'America/Sao_Paulo',
    coach: 'sam',
    startedDaysAgo: 2,
    story: { adherence: 1, pain: { first: 2, last: 2 } },
  },
  {
    key: 'daniel',
    name: 'Daniel Kim',
    email: 'daniel@runner.example',
    timeZone: 'America/Chicago',
    coach: 'jordan',
    startedDaysAgo: null,
  },
];

export interface DemoItem {
  exercise: string;
  dose: Dose;
  cues?: string;
}

export interface DemoPhase {
  name: string;
  startWeek: number;
  endWeek: number | null;
  advance?: { minAdherencePct: number; maxPain: number; afterWeeks: number };
  items: readonly DemoItem[];
}

const MON_WED_FRI = [1, 3, 5];

function hold(
  seconds: number,
  sets: number,
  side: Side,
  restSeconds: number,
): Dose {
  return {
    holdSeconds: seconds,
    reps: 1,
    sets,
    side,
    restSeconds,
    timesPerDay: 1,
    daysOfWeek: ALL_DAYS,
    intensity: 3,
    load: 'bodyweight',
  };
}

function reps(
  count: number,
  sets: number,
  side: Side,
  restSeconds: number,
  intensity: number,
): Dose {
  return {
    holdSeconds: null,
    reps: count,
    sets,
    side,
    restSeconds,
    timesPerDay: 1,
    daysOfWeek: MON_WED_FRI,
    intensity,
    load: 'bodyweight',
  };
}

export const PIRIFORMIS_RELIEF = {
  name: 'Piriformis relief',
  description:
    'For runners with buttock pain or sciatica-like symptoms: figure-four stretches daily, then glute activation and lumbopelvic-hip stability from week 3.',
  phases: [
    {
      name: 'Stretch',
      startWeek: 1,
      endWeek: 2,
      advance: { minAdherencePct: 80, maxPain: 3, afterWeeks: 2 },
      items: [
        {
          exercise: 'supine-figure-four-stretch',
          dose: hold(30, 3, 'EACH_SIDE', 15),
        },
        {
          exercise: 'figure-four-knee-pull',
          dose: hold(30, 3, 'EACH_SIDE', 15),
        },
      ],
    },
    {
      name: 'Stability',
      startWeek: 3,
      endWeek: null,
      items: [
        {
          exercise: 'figure-four-knee-pull',
          dose: hold(45, 3, 'EACH_SIDE', 15),
        },
        { exercise: 'glute-bridge', dose: reps(12, 3, 'BILATERAL', 45, 5) },
        { exercise: 'clamshell', dose: reps(15, 3, 'EACH_SIDE', 30, 5) },
        {
          exercise: 'side-plank',
          dose: {
            ...hold(30, 3, 'EACH_SIDE', 30),
            daysOfWeek: MON_WED_FRI,
            intensity: 6,
          },
        },
      ],
    },
  ] satisfies DemoPhase[],
};
