import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { App } from './app';

describe('App shell', () => {
  it('offers a skip link to the main content and names its navigation', async () => {
    TestBed.configureTestingModule({
      imports: [App],
      providers: [provideRouter([])],
    });
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const skip = el.querySelector('a.skip-link');
    expect(skip?.getAttribute('href')).toBe('#content');
    expect(el.querySelector('main#content')).not.toBeNull();
    expect(el.querySelector('nav')?.getAttribute('aria-label')).toBe('Main');
    expect(el.querySelector('nav a')?.textContent).toBe('Exercise library');
  });
});
