import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { Session } from '@rehabit/web-shared-data-access';
import { Apollo } from 'apollo-angular';
import { of, throwError } from 'rxjs';
import { JoinPage } from './join-page';

function render(mutate: jest.Mock, signIn = jest.fn(async () => 'signed-in')) {
  history.replaceState(null, '', '/join#token=abc123');
  TestBed.configureTestingModule({
    imports: [JoinPage],
    providers: [
      provideRouter([]),
      { provide: Apollo, useValue: { mutate } },
      { provide: Session, useValue: { signIn } },
    ],
  });
  const fixture = TestBed.createComponent(JoinPage);
  fixture.detectChanges();
  const navigate = jest
    .spyOn(TestBed.inject(Router), 'navigateByUrl')
    .mockResolvedValue(true);
  return { fixture, navigate, signIn };
}

describe('JoinPage', () => {
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
});
