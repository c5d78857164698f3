import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { of } from 'rxjs';
import { ForgotPasswordPage } from './forgot-password-page';
import { GraphqlClient } from '@rehabit/web-shared-data-access';

function render(byEmail: boolean, mutate = jest.fn()) {
  TestBed.configureTestingModule({
    imports: [ForgotPasswordPage],
    providers: [
      provideRouter([]),
      {
        provide: GraphqlClient,
        useValue: {
          query: jest.fn(() => of({ data: { passwordResetByEmail: byEmail } })),
          mutate,
        },
      },
    ],
  });
  const fixture = TestBed.createComponent(ForgotPasswordPage);
  fixture.detectChanges();
  return fixture;
}

describe('ForgotPasswordPage', () => {
  it('without email, says who can make a password link', () => {
    const el = render(false).nativeElement as HTMLElement;
    expect(el.querySelector('form')).toBeNull();
    expect(el.textContent).toContain(
      'runners from their coach, coaches from their clinic admin',
    );
  });

  it('with email, sends the request and gives the same answer for any address', async () => {
    const mutate = jest.fn(() => of({ data: { requestPasswordReset: true } }));
    const fixture = render(true, mutate);
    const el = fixture.nativeElement as HTMLElement;
    const input = el.querySelector('input[type="email"]') as HTMLInputElement;
    input.value = ' maya@x.test ';
    input.dispatchEvent(new Event('input'));
    (el.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(mutate).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { email: 'maya@x.test' } }),
    );
    expect(el.textContent).toContain(
      'If an account uses maya@x.test, an email with a link',
    );
  });

  it('asks for an address before sending anything', () => {
    const mutate = jest.fn();
    const fixture = render(true, mutate);
    const el = fixture.nativeElement as HTMLElement;
    (el.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    fixture.detectChanges();
    expect(mutate).not.toHaveBeenCalled();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain(
      'Enter the email address you sign in with.',
    );
  });
});
