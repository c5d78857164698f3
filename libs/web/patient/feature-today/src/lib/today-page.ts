import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Session } from '@rehabit/web-shared-data-access';

/** The runner's Today (placeholder: today's sessions come with issue 5). */
@Component({
  selector: 'rh-today-page',
  template: `
    <h1 data-testid="today-greeting">Hello, {{ session.me()?.name }}</h1>
    <p>
      You have joined {{ session.me()?.clinic?.name }}. Your sessions for today
      will appear here once your coach prescribes them.
    </p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TodayPage {
  readonly session = inject(Session);
}
