import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import {
  GraphqlClient,
  Session,
  type SignInOutcome,
} from '@rehabit/web-shared-data-access';
import { of } from 'rxjs';
import { SignInPage } from './sign-in-page';

async function render(
  outcome: SignInOutcome,
  role: 'coach' | 'runner' = 'coach',
  next?: string,
) {
  const me = signal<unknown>(null);
  const session = {
    me,
    signIn: jest.fn(async () => {
      if (outcome === 'signed-in') me.set({ role });
      return outcome;
    }),
  };
  TestBed.configureTestingModule({
    imports: [SignInPage],
    providers: [
      provideRouter([]),
      { provide: Session, useValue: session },
      {
        provide: GraphqlClient,
        useValue: { query: () => of({ data: { needsSetup: false } }) },
      },
    ],
  });
  const fixture = TestBed.createComponent(SignInPage);
  if (next) fixture.componentRef.setInput('next', next);
  const navigate = jest
    .spyOn(TestBed.inject(Router), 'navigateByUrl')
    .mockResolvedValue(true);
  fixture.componentInstance.form.setValue({
    email: 'Sam@Clinic.example',
    password: 'secret password',
  });
  await fixture.componentInstance.submit();
  fixture.detectChanges();
  const message = (fixture.nativeElement as HTMLElement)
    .querySelector('[data-testid="sign-in-message"]')
    ?.textContent?.trim();
  return { session, navigate, message };
}

describe('SignInPage', () => {
  it('sends a coach to the roster and a runner to Today', async () => {
    const coach = await render('signed-in', 'coach');
    expect(coach.session.signIn).toHaveBeenCalledWith(
      'Sam@Clinic.example',
      'secret password',
    );
    expect(coach.navigate).toHaveBeenCalledWith('/roster');
    TestBed.resetTestingModule();
    expect((await render('signed-in', 'runner')).navigate).toHaveBeenCalledWith(
      '/today',
    );
  });

  it('returns to the page asked for, but only inside the app', async () => {
    expect(
      (await render('signed-in', 'coach', '/exercises?q=bridge')).navigate,
    ).toHaveBeenCalledWith('/exercises?q=bridge');
    TestBed.resetTestingModule();
    expect(
      (await render('signed-in', 'coach', '//evil.example')).navigate,
    ).toHaveBeenCalledWith('/roster');
  });

  it.each([
    [
      'wrong-credentials',
      'That email and password do not match. Check them and try again.',
    ],
    [
      'locked',
      'Too many failed sign-ins. Try again in 15 minutes, or ask your clinic to unlock your account.',
    ],
    [
      'too-many-attempts',
      'Too many sign-in attempts from this network. Wait a while and try again.',
    ],
  ] as const)('says %s plainly and stays', async (outcome, text) => {
    const { message, navigate } = await render(outcome);
    expect(message).toBe(text);
    expect(navigate).not.toHaveBeenCalled();
  });
});
