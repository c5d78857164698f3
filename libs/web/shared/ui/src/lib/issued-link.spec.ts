import { TestBed } from '@angular/core/testing';
import { IssuedLink } from './issued-link';

function render(emailedTo: string | null) {
  const fixture = TestBed.createComponent(IssuedLink);
  fixture.componentRef.setInput('label', 'Invitation link');
  fixture.componentRef.setInput('url', 'https://x.test/join#token=abc');
  fixture.componentRef.setInput('lifetime', 'for 72 hours');
  fixture.componentRef.setInput('emailedTo', emailedTo);
  fixture.detectChanges();
  return fixture;
}

describe('IssuedLink', () => {
  it('shows the link in a labelled field and says it was not emailed', () => {
    const el = render(null).nativeElement as HTMLElement;
    const input = el.querySelector('input') as HTMLInputElement;
    expect(input.value).toBe('https://x.test/join#token=abc');
    expect(input.closest('label')?.textContent).toContain('Invitation link');
    expect(el.textContent).toContain('Works once, for 72 hours.');
    expect(el.textContent).toContain('Rehabit did not email it.');
  });

  it('says where it was emailed', () => {
    expect(
      (render('maya@x.test').nativeElement as HTMLElement).textContent,
    ).toContain('We also emailed it to maya@x.test.');
  });

  it('copies the link and says so', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    const fixture = render(null);
    (
      fixture.nativeElement.querySelector('button') as HTMLButtonElement
    ).click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(writeText).toHaveBeenCalledWith('https://x.test/join#token=abc');
    expect(fixture.nativeElement.textContent).toContain('Link copied.');
  });
});
