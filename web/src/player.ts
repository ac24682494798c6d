import { YEARS } from './view-state.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The Play button: steps through the years, one a second (longer if a year takes longer to
 * draw), from the year after `current()` (the first year when none or the last is chosen) to the
 * last; pressed again, it stops after the year being drawn.
 */
export function playYears(
  button: HTMLButtonElement,
  current: () => number | null,
  show: (year: number) => Promise<void>,
  fail: (error: unknown) => void,
): void {
  let playing = false;
  const label = (on: boolean) => {
    button.textContent = on ? 'Pause' : 'Play';
    button.setAttribute('aria-pressed', String(on));
  };
  async function play(): Promise<void> {
    playing = true;
    label(true);
    const from = current();
    let next = from === null || from >= YEARS.max ? YEARS.min : from + 1;
    try {
      while (playing && next <= YEARS.max) {
        await Promise.all([show(next), pause(1000)]);
        next += 1;
      }
    } finally {
      playing = false;
      label(false);
    }
  }
  button.addEventListener('click', () => {
    if (playing) playing = false;
    else play().catch(fail);
  });
}
