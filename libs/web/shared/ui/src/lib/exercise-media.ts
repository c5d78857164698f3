import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';

const VIDEO = /\.(mp4|webm|ogv|ogg|mov|m4v)(\?.*)?$/i;

/** An exercise's image or video, by what the link points to. */
@Component({
  selector: 'rh-exercise-media',
  template: `
    @if (isVideo()) {
      <video
        [src]="url()"
        controls
        preload="metadata"
        [attr.aria-label]="'Video: ' + name()"
      ></video>
    } @else {
      <img [src]="url()" [alt]="'Illustration: ' + name()" />
    }
  `,
  styles: `
    /* A fixed box, so nothing moves when the media loads (or fails to). */
    img,
    video {
      display: block;
      width: min(100%, 480px);
      aspect-ratio: 4 / 3;
      object-fit: contain;
      border-radius: 8px;
      background: var(--mat-sys-surface-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExerciseMedia {
  readonly url = input.required<string>();
  readonly name = input.required<string>();
  readonly isVideo = computed(() => VIDEO.test(this.url()));
}
