import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  signal,
  type OnInit,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import {
  advance,
  createTimer,
  currentStep,
  itemResults,
  needsClinician,
  next,
  pause,
  remainingSeconds,
  resume,
  skipItem,
  SKIP_REASONS,
  start,
  WARNING_SIGNS,
  type SkipReason,
  type TimerItem,
  type TimerState,
  type WarningSign,
} from '@rehabit/shared-domain';
import { SessionSync, TodayApi } from '@rehabit/web-patient-data-access';
import type { TodaySessionFieldsFragment } from '@rehabit/web-shared-data-access';
import { ExerciseMedia } from '@rehabit/web-shared-ui';
import { SessionCues } from './session-cues';
import { stepWords } from './step-words';

const SKIP_LABELS: Record<SkipReason, string> = {
  PAIN: 'Pain',
  NO_TIME: 'No time',
  EQUIPMENT: 'No equipment',
  OTHER: 'Other reason',
};
const SIGN_LABELS: Record<WarningSign, string> = {
  NUMBNESS: 'Numbness',
  PINS_AND_NEEDLES: 'Pins and needles down the leg',
  WEAKNESS: 'Weakness in the leg',
  BLADDER_OR_BOWEL_CHANGES: 'Changes in bladder or bowel control',
};

/**
 * A guided session: each exercise in order with a get-ready countdown, hold timers,
 * the switch to the other side, sets and rests, from the clock (correct after the
 * phone slept); then the finish form (pain, effort, warning signs) and the log.
 */
@Component({
  selector: 'rh-session-page',
  imports: [MatButtonModule, RouterLink, ExerciseMedia],
  providers: [SessionCues],
  templateUrl: './session-page.html',
  styleUrl: './session-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionPage implements OnInit {
  private readonly todayApi = inject(TodayApi);
  private readonly sync = inject(SessionSync);
  readonly cues = inject(SessionCues);

  readonly prescriptionId = input.required<string>();
  readonly date = input.required<string>();
  readonly slot = input.required<string>();

  readonly session = signal<TodaySessionFieldsFragment | null>(null);
  readonly stage = signal<
    'loading' | 'missing' | 'intro' | 'running' | 'finish' | 'saved'
  >('loading');
  readonly timer = signal<TimerState | null>(null);
  readonly now = signal(Date.now());
  readonly skipping = signal(false);
  /** Pain during an exercise, by its index, when the runner gave one. */
  readonly painDuring = signal<Record<number, number>>({});
  /** The exercise just skipped for pain, whose pain level is asked (optional). */
  readonly askPainFor = signal<number | null>(null);

  readonly painBefore = signal<number | null>(null);
  readonly painAfter = signal<number | null>(null);
  readonly effort = signal<number | null>(null);
  readonly signs = signal<WarningSign[]>([]);
  readonly note = signal('');
  readonly formError = signal('');
  readonly busy = signal(false);
  readonly serverSaysStop = signal(false);
  /** Whether the saved log is still on this phone or reached the server. */
  readonly syncState = computed(() =>
    this.clientId ? (this.sync.states()[this.clientId] ?? null) : null,
  );

  readonly scale = Array.from({ length: 11 }, (_, i) => i);
  readonly skipReasons = SKIP_REASONS;
  readonly skipLabels = SKIP_LABELS;
  readonly warningSigns = WARNING_SIGNS;
  readonly signLabels = SIGN_LABELS;

  private clientId = '';

  private startedAt = '';
  private ticker: ReturnType<typeof setInterval> | null = null;
  private lastAnnounced = -1;

  readonly step = computed(() => {
    const t = this.timer();
    return t ? currentStep(t) : null;
  });
  readonly item = computed(() => {
    const t = this.timer();
    const step = this.step();
    return t && step ? (t.items[step.item] ?? null) : null;
  });
  readonly exercise = computed(() => {
    const step = this.step();
    return step ? (this.session()?.items[step.item] ?? null) : null;
  });
  readonly remaining = computed(() => {
    const t = this.timer();
    return t ? remainingSeconds(t, this.now()) : null;
  });
  readonly words = computed(() => {
    const step = this.step();
    const item = this.item();
    return step && item ? stepWords(step, item) : '';
  });
  /** PRODUCT.md Safety: pain 7 or more, or a warning sign, means stop. */
  readonly mustStop = computed(
    () =>
      this.serverSaysStop() ||
      needsClinician({
        painBefore: this.painBefore() ?? 0,
        painAfter: this.painAfter() ?? 0,
        warningSigns: this.signs(),
        items: Object.values(this.painDuring()).map((painDuring) => ({
          painDuring,
        })),
      }),
  );

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.stopTicking();
      void this.cues.release();
    });
  }

  async ngOnInit(): Promise<void> {
    const loaded = await this.todayApi.load();
    const found = loaded?.today.sessions.find(
      (s) =>
        s.prescriptionId === this.prescriptionId() &&
        s.date === this.date() &&
        s.slot === Number(this.slot()),
    );
    this.session.set(found ?? null);
    this.stage.set(found ? 'intro' : 'missing');
  }

  begin(): void {
    const session = this.session();
    if (!session) return;
    const items: TimerItem[] = session.items.map((item) => ({
      id: item.id,
      name: item.exercise.name,
      holdSeconds: item.dose.holdSeconds,
      reps: item.dose.reps,
      sets: item.dose.sets,
      side: item.dose.side,
      restSeconds: item.dose.restSeconds,
    }));
    // The log's identity is made now: a retry or a re-sync never makes a second log.
    this.clientId = crypto.randomUUID();
    this.startedAt = new Date().toISOString();
    const now = Date.now();
    this.timer.set(start(createTimer(items), now));
    this.now.set(now);
    this.stage.set('running');
    void this.cues.keepScreenOn();
    this.announceStep();
    this.ticker = setInterval(() => this.tick(), 250);
  }

  tick(): void {
    const now = Date.now();
    this.now.set(now);
    this.update((t) => advance(t, now));
  }

  togglePause(): void {
    const now = Date.now();
    this.update((t) =>
      t.status === 'paused' ? resume(t, now) : pause(t, now),
    );
  }

  next(): void {
    this.update((t) => next(t, Date.now()));
  }

  skip(reason: SkipReason): void {
    const item = this.step()?.item ?? null;
    this.skipping.set(false);
    this.update((t) => skipItem(t, reason, Date.now()));
    if (reason === 'PAIN') this.askPainFor.set(item);
  }

  recordPain(level: number): void {
    const item = this.askPainFor();
    if (item !== null)
      this.painDuring.update((pain) => ({ ...pain, [item]: level }));
    this.askPainFor.set(null);
  }

  toggleSign(sign: WarningSign): void {
    this.signs.update((signs) =>
      signs.includes(sign) ? signs.filter((s) => s !== sign) : [...signs, sign],
    );
  }

  value(event: Event): string {
    return (event.target as HTMLTextAreaElement).value;
  }

  async save(): Promise<void> {
    const t = this.timer();
    const [before, after, effort] = [
      this.painBefore(),
      this.painAfter(),
      this.effort(),
    ];
    if (!t || before === null || after === null || effort === null) {
      this.formError.set(
        'Answer the pain before, the pain after and the effort.',
      );
      return;
    }
    this.formError.set('');
    this.busy.set(true);
    try {
      const outcome = await this.sync.submit({
        clientId: this.clientId,
        prescriptionId: this.prescriptionId(),
        localDate: this.date(),
        slot: Number(this.slot()),
        startedAt: this.startedAt,
        completedAt: new Date().toISOString(),
        painBefore: before,
        painAfter: after,
        effort,
        warningSigns: this.signs(),
        note: this.note().trim(),
        items: itemResults(t).map((r, index) => ({
          prescriptionItemId: r.itemId,
          setsLeft: r.setsLeft,
          setsRight: r.setsRight,
          setsDone: r.setsDone,
          holdSecondsAchieved: r.holdSecondsAchieved,
          reps: r.reps,
          painDuring: this.painDuring()[index] ?? null,
          skipped: r.skipped,
          skipReason: r.skipReason,
        })),
      });
      this.serverSaysStop.set(outcome.stopAndContact);
      this.stage.set('saved');
    } catch {
      this.formError.set(
        'The session could not be kept on this phone. Try again.',
      );
    } finally {
      this.busy.set(false);
    }
  }

  private update(change: (t: TimerState) => TimerState): void {
    const t = this.timer();
    if (!t) return;
    const updated = change(t);
    this.timer.set(updated);
    if (updated.status === 'finished') {
      this.stopTicking();
      this.stage.set('finish');
      this.cues.announce('Well done. How did it go?');
      void this.cues.letScreenSleep();
      return;
    }
    if (updated.index !== this.lastAnnounced) this.announceStep();
  }

  private announceStep(): void {
    const t = this.timer();
    if (!t) return;
    this.lastAnnounced = t.index;
    this.cues.announce(this.words());
  }

  private stopTicking(): void {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = null;
  }
}
