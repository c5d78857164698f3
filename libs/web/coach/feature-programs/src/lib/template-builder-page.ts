import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  signal,
  type OnInit,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { Router, RouterLink } from '@angular/router';
import {
  CREATE_TEMPLATE,
  describeField,
  draftsOf,
  emptyPhase,
  phasesInput,
  TEMPLATE,
  UPDATE_TEMPLATE,
  type PhaseDraft,
} from '@rehabit/web-coach-data-access';
import {
  checkRequiredName,
  PROGRAM_LIMITS,
  validatePhases,
} from '@rehabit/shared-domain';
import { formErrorsOf, GraphqlClient } from '@rehabit/web-shared-data-access';
import { FormErrors } from '@rehabit/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import { PhaseEditor } from './phase-editor';
import { PrescribeDialog, type PrescribeDialogData } from './prescribe-dialog';

/** Builds or edits a routine template: its name, and phases by week of dosed exercises. */
@Component({
  selector: 'rh-template-builder-page',
  imports: [MatButtonModule, RouterLink, PhaseEditor, FormErrors],
  template: `
    <p><a routerLink="/templates">All templates</a></p>
    <h1>{{ id() ? 'Edit template' : 'New template' }}</h1>
    @if (status() === 'loading') {
      <p role="status">Loading the template…</p>
    } @else if (status() === 'missing') {
      <p role="alert">This template does not exist, or was archived.</p>
    } @else {
      <form
        (submit)="$event.preventDefault(); save()"
        novalidate
        class="builder"
      >
        <label class="field">
          Name
          <input
            [value]="name()"
            (input)="name.set(value($event))"
            maxlength="120"
            required
          />
        </label>
        <label class="field">
          Description (for coaches)
          <textarea
            rows="2"
            [value]="description()"
            (input)="description.set(value($event))"
          ></textarea>
        </label>
        <rh-phase-editor [(phases)]="phases" [errors]="errors()" />
        <rh-form-errors
          [errors]="errors()"
          [labelOf]="describeField"
          testId="template-errors"
        />
        <p role="status">{{ saved() }}</p>
        <div class="actions">
          <button mat-flat-button type="submit" [disabled]="busy()">
            {{ busy() ? 'Saving…' : 'Save template' }}
          </button>
          @if (id()) {
            <button mat-stroked-button type="button" (click)="prescribe()">
              Prescribe…
            </button>
          }
        </div>
      </form>
    }
  `,
  styles: `
    .builder {
      display: flex;
      flex-direction: column;
      gap: 16px;
      max-width: 1100px;
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 4px;
      max-width: 560px;
    }
    input,
    textarea {
      font: inherit;
      padding: 8px;
    }
    .actions {
      display: flex;
      gap: 12px;
      flex-wrap: wrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TemplateBuilderPage implements OnInit {
  private readonly graphql = inject(GraphqlClient);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);

  /** Route parameter: the template to edit; absent for a new one. */
  readonly id = input<string | undefined>();

  readonly name = signal('');
  readonly description = signal('');
  readonly phases = signal<PhaseDraft[]>([emptyPhase(1, 'Weeks 1–2')]);
  readonly errors = signal<Record<string, string>>({});
  readonly status = signal<'loading' | 'ready' | 'missing'>('ready');
  readonly busy = signal(false);
  readonly saved = signal('');
  readonly describeField = describeField;

  ngOnInit(): void {
    const id = this.id();
    if (!id) return;
    this.status.set('loading');
    this.graphql
      .query({
        query: TEMPLATE,
        variables: { id },
      })
      .subscribe({
        next: (result) => {
          const template = result.data?.template;
          if (!template) return this.status.set('missing');
          this.name.set(template.name);
          this.description.set(template.description);
          this.phases.set(draftsOf(template.phases));
          this.status.set('ready');
        },
        error: () => this.status.set('missing'),
      });
  }

  value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLTextAreaElement).value;
  }

  async save(): Promise<void> {
    const input = {
      name: this.name(),
      description: this.description(),
      phases: phasesInput(this.phases()),
    };
    const problems = [
      ...checkRequiredName('input.name', input.name, PROGRAM_LIMITS.name),
      ...validatePhases(input.phases),
    ];
    this.saved.set('');
    this.errors.set(
      Object.fromEntries(problems.map((e) => [e.field, e.message])),
    );
    if (problems.length > 0) return;
    this.busy.set(true);
    try {
      const id = this.id();
      if (id) {
        await firstValueFrom(
          this.graphql.mutate({
            mutation: UPDATE_TEMPLATE,
            variables: { id, input },
          }),
        );
        this.saved.set('Template saved.');
      } else {
        const result = await firstValueFrom(
          this.graphql.mutate({
            mutation: CREATE_TEMPLATE,
            variables: { input },
          }),
        );
        const created = result.data?.createTemplate.id;
        if (created) await this.router.navigate(['/templates', created]);
      }
    } catch (error) {
      this.errors.set(
        formErrorsOf(error, 'The template could not be saved. Try again.'),
      );
    } finally {
      this.busy.set(false);
    }
  }

  prescribe(): void {
    const data: PrescribeDialogData = {
      templateId: this.id() as string,
      templateName: this.name(),
    };
    this.dialog.open(PrescribeDialog, {
      data,
      width: 'min(640px, 100vw - 32px)',
    });
  }
}
