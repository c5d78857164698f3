import { PlatformLocation } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import {
  Router,
  RouterLink,
  RouterLinkActive,
  RouterOutlet,
} from '@angular/router';
import { TodayApi } from '@rehabit/web-patient-data-access';
import { Session } from '@rehabit/web-shared-data-access';

@Component({
  selector: 'rh-root',
  imports: [RouterLink, RouterLinkActive, RouterOutlet],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  readonly session = inject(Session);
  private readonly router = inject(Router);

  constructor() {
    const onToday = /^\/today\/?$/.test(inject(PlatformLocation).pathname);
    const today = onToday ? inject(TodayApi) : null;
    // The first requests leave in a task of their own, after the shell is drawn: the
    // app starts as shorter tasks, which a slow phone can answer a tap between, rather
    // than one long one that it feels as a frozen page.
    setTimeout(() => {
      void this.session.current();
      // A runner opening the app on Today: their day is asked for now, beside the
      // sign-in check, not once the page's code has loaded (TodayApi.prefetch).
      today?.prefetch();
    });
  }

  async signOut(): Promise<void> {
    await this.session.signOut();
    await this.router.navigateByUrl('/sign-in');
  }
}
