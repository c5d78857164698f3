import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { GraphqlClient, Session } from '@rehabit/web-shared-data-access';
import { of, throwError } from 'rxjs';
import { SetPasswordPage } from './set-password-page';

function render(
  mutate: jest.Mock,
  signIn = jest.fn(async () => 'signed-in'),
  purpose: 'join' | 'reset' = 'join',
) {
  history.replaceState(null, '', '/join#token=abc123');
  TestBed.configureTestingModule({
    imports: [SetPasswordPage],
    providers: [
      provideRouter([]),
      { provide: GraphqlClient, useValue: { mutate } },
      {
        provide: Session,
        useValue: {
          signIn,
          me: () => ({ role: purpose === 'join' ? 'runner' : 'coach' }),
        },
      },
    ],
  });
  const fixture = TestBed.createComponent(SetPasswordPage);
  fixture.componentRef.setInput('purpose', purpose);
  fixture.detectChanges();
  const navigate = jest
    .spyOn(TestBed.inject(Router), 'navigateByUrl')
    .mockResolvedValue(true);
  return { fixture, navigate, signIn };
}

describe('SetPasswordPage', () => {
  it('takes the token out of the address bar at once', () => {
    const { fixture } = render(jest.fn());
    expect(fixture.componentInstance.token).toBe('abc123');
    expect(window.location.hash).toBe('');
    expect(window.location.pathname).toBe('/join');
  });

  it('joins, signs in with the new password and opens Today', async () => {
    const mutate = jest.fn(() =>
      of({ data: { acceptRunnerInvitation: { email: 'tui@runner.example' } } }),
    );
    const { fixture, navigate, signIn } = render(mutate);
    fixture.componentInstance.form.setValue({ password: 'tui runs hills' });
    await fixture.componentInstance.submit();
    expect(mutate).toHaveBeenCalledWith(
      expect.objectContaining({
        variables: { input: { token: 'abc123', password: 'tui runs hills' } },
      }),
    );
    expect(signIn).toHaveBeenCalledWith('tui@runner.example', 'tui runs hills');
    expect(navigate).toHaveBeenCalledWith('/today');
  });

  it('says why a link cannot be used', async () => {
    const error = {
      errors: [
        {
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              {
                field: 'input.token',
                message: 'has expired: ask your coach for a new link',
              },
            ],
          },
        },
      ],
    };
    const { fixture, navigate } = render(
      jest.fn(() => throwError(() => error)),
    );
    await fixture.componentInstance.submit();
    expect(fixture.componentInstance.message()).toBe(
      'This link has expired: ask your coach for a new link.',
    );
    expect(navigate).not.toHaveBeenCalled();
  });

  it('sets a new password with a reset link and opens the person’s home', async () => {
    const mutate = jest.fn(() =>
      of({ data: { resetPassword: { email: 'sam@clinic.example' } } }),
    );
    const { fixture, navigate } = render(
      mutate,
      jest.fn(async () => 'signed-in'),
      'reset',
    );
    fixture.componentInstance.form.setValue({
      password: 'a long new password',
    });
    await fixture.componentInstance.submit();
    expect(mutate.mock.calls[0][0].mutation).not.toBeUndefined();
    expect(navigate).toHaveBeenCalledWith('/roster');
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('h1')?.textContent,
    ).toBe('Choose a new password');
  });
});
