import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  signal,
  type OnInit,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import {
  ALL_DAYS,
  BODY_REGION_LABELS,
  BODY_REGIONS,
  CATEGORY_LABELS,
  EXERCISE_CATEGORIES,
  validateExercise,
  type BodyRegion,
  type ExerciseCategory,
} from '@rehabit/shared-domain';
import {
  CREATE_EXERCISE,
  doseInputOf,
  ExerciseLibraryApi,
  UPDATE_EXERCISE,
} from '@rehabit/web-coach-data-access';
import { formErrorsOf, GraphqlClient } from '@rehabit/web-shared-data-access';
import {
  DoseFields,
  ExerciseMedia,
  FormErrors,
  type EditableDose,
} from '@rehabit/web-shared-ui';
import { firstValueFrom } from 'rxjs';

/** "a, b , c" ⇄ ["a", "b", "c"]: short lists are typed comma-separated. */
const listOf = (text: string) =>
  text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
/** Cues are typed one per line. */
const linesOf = (text: string) =>
  text
    .split('\n')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');

const NEW_DOSE: EditableDose = {
  holdSeconds: null,
  reps: 10,
  sets: 3,
  side: 'NONE',
  restSeconds: 30,
  timesPerDay: 1,
  daysOfWeek: [...ALL_DAYS],
  intensity: null,
  load: null,
};

/** Adds an exercise to the clinic's library, or edits one of the clinic's own. */
@Component({
  selector: 'rh-exercise-form-page',
  imports: [MatButtonModule, RouterLink, DoseFields, ExerciseMedia, FormErrors],
  templateUrl: './exercise-form-page.html',
  styleUrl: './exercise-form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExerciseFormPage implements OnInit {
  private readonly graphql = inject(GraphqlClient);
  private readonly library = inject(ExerciseLibraryApi);
  private readonly router = inject(Router);

  /** Route parameter: the exercise to edit; absent for a new one. */
  readonly id = input<string | undefined>();

  readonly categories = EXERCISE_CATEGORIES.map((value) => ({
    value,
    label: CATEGORY_LABELS[value],
  }));
  readonly regions = BODY_REGIONS.map((value) => ({
    value,
    label: BODY_REGION_LABELS[value],
  }));

  readonly name = signal('');
  readonly aliases = signal('');
  readonly category = signal<ExerciseCategory>('STRETCH');
  readonly bodyRegion = signal<BodyRegion>('HIP');
  readonly targetMuscles = signal('');
  readonly startingPosition = signal('');
  readonly steps = signal<string[]>(['']);
  readonly cues = signal('');
  readonly safetyNotes = signal('');
  readonly contraindications = signal('');
  readonly equipment = signal('');
  readonly mediaUrl = signal('');
  readonly dose = signal<EditableDose>(NEW_DOSE);

  readonly status = signal<'loading' | 'ready' | 'read-only'>('ready');
  readonly errors = signal<Record<string, string>>({});
  readonly busy = signal(false);

  ngOnInit(): void {
    const id = this.id();
    if (!id) return;
    this.status.set('loading');
    this.library.detail(id).subscribe({
      next: (e) => {
        if (e.builtIn) return this.status.set('read-only');
        this.name.set(e.name);
        this.aliases.set(e.aliases.join(', '));
        this.category.set(e.category);
        this.bodyRegion.set(e.bodyRegion);
        this.targetMuscles.set(e.targetMuscles.join(', '));
        this.startingPosition.set(e.startingPosition);
        this.steps.set(e.steps.length ? [...e.steps] : ['']);
        this.cues.set(e.cues.join('\n'));
        this.safetyNotes.set(e.safetyNotes);
        this.contraindications.set(e.contraindications);
        this.equipment.set(e.equipment.join(', '));
        this.mediaUrl.set(e.mediaUrl ?? '');
        this.dose.set({
          ...e.defaultDose,
          daysOfWeek: [...e.defaultDose.daysOfWeek],
        });
        this.status.set('ready');
      },
      error: () => this.status.set('read-only'),
    });
  }

  value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  setStep(index: number, event: Event): void {
    const text = this.value(event);
    this.steps.update((steps) => steps.map((s, i) => (i === index ? text : s)));
  }

  moveStep(from: number, to: number): void {
    this.steps.update((steps) => {
      const copy = [...steps];
      const [step] = copy.splice(from, 1);
      copy.splice(to, 0, step as string);
      return copy;
    });
  }

  removeStep(index: number): void {
    this.steps.update((steps) => steps.filter((_, i) => i !== index));
  }

  addStep(): void {
    this.steps.update((steps) => [...steps, '']);
  }

  async save(): Promise<void> {
    const input = {
      name: this.name(),
      aliases: listOf(this.aliases()),
      category: this.category(),
      bodyRegion: this.bodyRegion(),
      targetMuscles: listOf(this.targetMuscles()),
      startingPosition: this.startingPosition(),
      steps: this.steps().map((s) => s.trim()),
      cues: linesOf(this.cues()),
      safetyNotes: this.safetyNotes(),
      contraindications: this.contraindications(),
      equipment: listOf(this.equipment()),
      mediaUrl: this.mediaUrl().trim() || null,
      defaultDose: doseInputOf(this.dose()),
    };
    const problems = validateExercise(input);
    this.errors.set(
      Object.fromEntries(problems.map((e) => [e.field, e.message])),
    );
    if (problems.length > 0) return;
    this.busy.set(true);
    try {
      const id = this.id();
      const saved = id
        ? (
            await firstValueFrom(
              this.graphql.mutate({
                mutation: UPDATE_EXERCISE,
                variables: { id, input },
              }),
            )
          ).data?.updateExercise.id
        : (
            await firstValueFrom(
              this.graphql.mutate({
                mutation: CREATE_EXERCISE,
                variables: { input },
              }),
            )
          ).data?.createExercise.id;
      if (saved) await this.router.navigate(['/exercises', saved]);
    } catch (error) {
      this.errors.set(
        formErrorsOf(error, 'The exercise could not be saved. Try again.'),
      );
    } finally {
      this.busy.set(false);
    }
  }
}
