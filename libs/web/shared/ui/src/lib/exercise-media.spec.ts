import { TestBed } from '@angular/core/testing';
import { ExerciseMedia } from './exercise-media';

function render(url: string): HTMLElement {
  const fixture = TestBed.createComponent(ExerciseMedia);
  fixture.componentRef.setInput('url', url);
  fixture.componentRef.setInput('name', 'Clamshell');
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

describe('ExerciseMedia', () => {
  it('plays a video link as a video with controls', () => {
    const video = render('https://x.test/clam.mp4?v=2').querySelector('video');
    expect(video?.getAttribute('aria-label')).toBe('Video: Clamshell');
    expect(video?.hasAttribute('controls')).toBe(true);
  });

  it('shows anything else as an image with a text alternative', () => {
    const img = render('https://x.test/clam.png').querySelector('img');
    expect(img?.getAttribute('alt')).toBe('Illustration: Clamshell');
  });
});
