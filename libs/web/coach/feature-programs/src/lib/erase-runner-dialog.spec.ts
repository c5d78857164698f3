import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { EraseRunnerDialog, type EraseRunnerData } from './erase-runner-dialog';

async function render(data: EraseRunnerData, close = jest.fn()) {
  TestBed.configureTestingModule({
    imports: [EraseRunnerDialog],
    providers: [
      { provide: MAT_DIALOG_DATA, useValue: data },
      { provide: MatDialogRef, useValue: { close } },
    ],
  });
  const fixture = TestBed.createComponent(EraseRunnerDialog);
  await fixture.whenStable();
  fixture.detectChanges();
  const el = fixture.nativeElement as HTMLElement;
  const input = el.querySelector('input') as HTMLInputElement;
  const submit = el.querySelector('button[type="submit"]') as HTMLButtonElement;
  const type = (text: string) => {
    input.value = text;
    input.dispatchEvent(new Event('input'));
    fixture.detectChanges();
  };
  return { fixture, el, input, submit, type };
}

describe('EraseRunnerDialog', () => {
  it('erases only once the runner’s name is typed, then closes with true', async () => {
    const erase = jest.fn().mockResolvedValue(undefined);
    const close = jest.fn();
    const { fixture, el, submit, type } = await render(
      { runnerName: 'Liam Walsh', erase },
      close,
    );
    expect(el.querySelector('label')?.textContent).toContain(
      'Type Liam Walsh to confirm',
    );
    expect(submit.disabled).toBe(true);
    type('Liam');
    expect(submit.disabled).toBe(true);
    type(' liam walsh ');
    expect(submit.disabled).toBe(false);
    submit.click();
    await fixture.whenStable();
    expect(erase).toHaveBeenCalledWith(' liam walsh ');
    expect(close).toHaveBeenCalledWith(true);
  });

  it('shows the API’s field error and stays open', async () => {
    const close = jest.fn();
    const erase = jest.fn().mockRejectedValue({
      errors: [
        {
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              {
                field: 'input.confirmName',
                message: 'must be the runner’s name exactly as shown',
              },
            ],
          },
        },
      ],
    });
    const { fixture, el, submit, type } = await render(
      { runnerName: 'Liam Walsh', erase },
      close,
    );
    type('Liam Walsh');
    submit.click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(el.querySelector('[role="alert"]')?.textContent?.trim()).toBe(
      'The name must be the runner’s name exactly as shown.',
    );
    expect(el.querySelector('input')?.getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(close).not.toHaveBeenCalled();
  });
});
