import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { COMMENT_ON_SESSION_LOG } from '@rehabit/web-coach-data-access';
import { formErrorsOf, GraphqlClient } from '@rehabit/web-shared-data-access';
import { COACH_COMMENT_MAX } from '@rehabit/shared-domain';
import { FormErrors } from '@rehabit/web-shared-ui';
import { firstValueFrom } from 'rxjs';

let nextId = 0;

/** The coach's short comment on one session log, which the runner reads on their phone. */
@Component({
  selector: 'rh-log-comment',
  imports: [FormsModule, MatButtonModule, FormErrors],
  template: `
    @if (editing()) {
      <form (ngSubmit)="save()" class="comment-form">
        <label [for]="id">Your comment on {{ describedAs() }}</label>
        <textarea
          [id]="id"
          name="comment"
          rows="2"
          [maxlength]="max"
          [(ngModel)]="draft"
        ></textarea>
        <div class="actions">
          <button mat-flat-button type="submit">Save comment</button>
          <button mat-stroked-button type="button" (click)="editing.set(false)">
            Cancel
          </button>
        </div>
        <rh-form-errors [errors]="errors()" [labelOf]="label" />
      </form>
    } @else {
      @if (saved(); as text) {
        <p class="comment">You commented: “{{ text }}”</p>
      }
      <button mat-button type="button" (click)="edit()">
        {{ saved() ? 'Edit comment' : 'Comment'
        }}<span class="visually-hidden"> on {{ describedAs() }}</span>
      </button>
    }
  `,
  styles: `
    .comment-form {
      display: flex;
      flex-direction: column;
      gap: 4px;
      max-width: 520px;
      margin: 4px 0 8px;
    }
    textarea {
      font: inherit;
      padding: 6px;
    }
    .actions {
      display: flex;
      gap: 8px;
    }
    .comment {
      color: #0b3a66;
      margin: 4px 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LogComment {
  private readonly graphql = inject(GraphqlClient);

  readonly logId = input.required<string>();
  readonly comment = input<string | null>(null);
  /** The log in words: "Tue 24 Nov, session 1". */
  readonly describedAs = input.required<string>();

  readonly id = `log-comment-${++nextId}`;
  readonly max = COACH_COMMENT_MAX;
  readonly saved = linkedSignal(() => this.comment());
  readonly editing = signal(false);
  readonly errors = signal<Record<string, string>>({});
  readonly label = () => 'Comment';
  draft = '';

  edit(): void {
    this.draft = this.saved() ?? '';
    this.errors.set({});
    this.editing.set(true);
  }

  async save(): Promise<void> {
    try {
      const result = await firstValueFrom(
        this.graphql.mutate({
          mutation: COMMENT_ON_SESSION_LOG,
          variables: { logId: this.logId(), comment: this.draft },
        }),
      );
      this.saved.set(result.data?.commentOnSessionLog.coachComment ?? null);
      this.editing.set(false);
    } catch (error) {
      this.errors.set(
        formErrorsOf(error, 'The comment was not saved. Try again.'),
      );
    }
  }
}
