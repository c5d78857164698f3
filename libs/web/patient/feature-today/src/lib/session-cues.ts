import { Injectable, signal } from '@angular/core';

/**
 * What the runner hears with the phone on the floor: a short beep and the step
 * spoken aloud (Web Speech API), on by default with a mute toggle; and the screen kept
 * on during a session (Wake Lock API) where the browser has it.
 */
@Injectable()
export class SessionCues {
  readonly muted = signal(false);
  private audio: AudioContext | null = null;
  private wakeLock: { release(): Promise<void> } | null = null;

  announce(text: string): void {
    if (this.muted()) return;
    this.beep();
    const speech = globalThis.speechSynthesis;
    if (!speech || typeof SpeechSynthesisUtterance === 'undefined') return;
    speech.cancel();
    speech.speak(new SpeechSynthesisUtterance(text));
  }

  toggleMute(): void {
    this.muted.update((muted) => !muted);
    if (this.muted()) globalThis.speechSynthesis?.cancel();
  }

  async keepScreenOn(): Promise<void> {
    const wakeLock = (
      navigator as Navigator & {
        wakeLock?: {
          request(type: 'screen'): Promise<{ release(): Promise<void> }>;
        };
      }
    ).wakeLock;
    try {
      this.wakeLock = (await wakeLock?.request('screen')) ?? null;
    } catch {
      // Refused (battery saver, hidden tab): the session works without it.
      this.wakeLock = null;
    }
  }

  /** The session is over: the screen may sleep again. */
  async letScreenSleep(): Promise<void> {
    await this.wakeLock?.release().catch(() => undefined);
    this.wakeLock = null;
  }

  /** Leaving the page: silence, screen and audio released. */
  async release(): Promise<void> {
    globalThis.speechSynthesis?.cancel();
    await this.letScreenSleep();
    await this.audio?.close().catch(() => undefined);
    this.audio = null;
  }

  private beep(): void {
    try {
      this.audio ??= new AudioContext();
      const oscillator = this.audio.createOscillator();
      const gain = this.audio.createGain();
      oscillator.frequency.value = 880;
      gain.gain.value = 0.15;
      oscillator.connect(gain).connect(this.audio.destination);
      oscillator.start();
      oscillator.stop(this.audio.currentTime + 0.15);
    } catch {
      // No audio output here: the spoken and shown cues remain.
    }
  }
}
