/** A signal as the roster chip, the CSV and the PDF say it. */
export interface SignalWord {
  text: string;
  /** "alert" for safety and pain, "warn" for missed days and silence. */
  tone: 'alert' | 'warn';
}

/** What the words need of a runner's signals (`Signals`, or a report row's). */
export interface SignalFigures {
  missedDaysInARow: number;
  daysSilent?: number | null;
  latestPain?: number | null;
  painChange?: number | null;
  painHigh: boolean;
  painRising: boolean;
  morningWorse: boolean;
  stopAndContactOn?: string | null;
}

/** The signals of a runner in words, the most urgent first; none when all is quiet. */
export function signalWords(signals: SignalFigures): SignalWord[] {
  const words: SignalWord[] = [];
  if (signals.stopAndContactOn)
    words.push({
      text: `Stop-and-contact answer ${signals.stopAndContactOn}`,
      tone: 'alert',
    });
  if (signals.painHigh)
    words.push({ text: `Pain ${signals.latestPain}/10`, tone: 'alert' });
  if (signals.painRising)
    words.push({
      text:
        signals.painChange != null
          ? `Pain rising (+${signals.painChange} since week 1)`
          : 'Pain rising',
      tone: 'alert',
    });
  if (signals.morningWorse)
    words.push({ text: 'Worse next morning', tone: 'alert' });
  if (signals.missedDaysInARow >= 2)
    words.push({
      text: `Missed ${signals.missedDaysInARow} days in a row`,
      tone: 'warn',
    });
  if (signals.daysSilent != null && signals.daysSilent >= 7)
    words.push({ text: `Silent ${signals.daysSilent} days`, tone: 'warn' });
  return words;
}

/** A ratio as a whole percentage, "—" when nothing was due. */
export function percentText(ratio: number | null | undefined): string {
  return ratio == null ? '—' : `${Math.round(ratio * 100)}%`;
}

/** The colour band of an adherence figure: adherent at 80 %, poor under 50 %. */
export function adherenceBand(
  ratio: number | null | undefined,
): 'good' | 'fair' | 'poor' | 'none' {
  if (ratio == null) return 'none';
  if (ratio >= 0.8) return 'good';
  return ratio >= 0.5 ? 'fair' : 'poor';
}
