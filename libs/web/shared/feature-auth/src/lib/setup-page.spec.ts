import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { GraphqlClient, Session } from '@rehabit/web-shared-data-access';
import { of, throwError } from 'rxjs';
import { SetupPage } from './setup-page';

function render(mutate: jest.Mock) {
  const signIn = jest.fn(async () => 'signed-in');
  TestBed.configureTestingModule({
    imports: [SetupPage],
    providers: [
      provideRouter([]),
      { provide: GraphqlClient, useValue: { mutate } },
      { provide: Session, useValue: { signIn } },
    ],
  });
  const fixture = TestBed.createComponent(SetupPage);
  fixture.detectChanges();
  const navigate = jest
    .spyOn(TestBed.inject(Router), 'navigateByUrl')
    .mockResolvedValue(true);
  fixture.componentInstance.form.setValue({
    clinicName: 'Riverside',
    adminName: 'Priya',
    adminEmail: 'priya@clinic.example',
    password: 'a long admin password',
  });
  return { fixture, navigate, signIn };
}

describe('SetupPage', () => {
  it('creates the clinic, signs the admin in and opens the runner list', async () => {
    const { fixture, navigate, signIn } = render(
      jest.fn(() =>
        of({ data: { setupClinic: { email: 'priya@clinic.example' } } }),
      ),
    );
    await fixture.componentInstance.submit();
    expect(signIn).toHaveBeenCalledWith(
      'priya@clinic.example',
      'a long admin password',
    );
    expect(navigate).toHaveBeenCalledWith('/roster');
  });

  it('names each field that is wrong, and says when setup was already done', async () => {
    const bad = {
      errors: [
        {
          message: 'x',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              {
                field: 'input.password',
                message: 'must be at least 12 characters',
              },
            ],
          },
        },
      ],
    };
    const first = render(jest.fn(() => throwError(() => bad)));
    await first.fixture.componentInstance.submit();
    expect(first.fixture.componentInstance.messages()).toEqual([
      'Password must be at least 12 characters.',
    ]);
    TestBed.resetTestingModule();
    const done = {
      errors: [
        {
          message:
            'This Rehabit is already set up. Ask your clinic admin for an invitation.',
          extensions: { code: 'FORBIDDEN' },
        },
      ],
    };
    const second = render(jest.fn(() => throwError(() => done)));
    await second.fixture.componentInstance.submit();
    expect(second.fixture.componentInstance.messages()).toEqual([
      'This Rehabit is already set up. Ask your clinic admin for an invitation.',
    ]);
  });
});
