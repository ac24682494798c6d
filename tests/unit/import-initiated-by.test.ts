// Annotation convention 4: "initiated by X" / "initiée par X" names initiators, not founders.
// Invented text only.
import { describe, expect, it } from 'vitest';
import { claims } from '../support/import-page.js';

describe('"initiated by" / "initiée par"', () => {
  const read = (actor: string, sentence: string) => claims(`${actor}\n\n${sentence}`);

  it('gives INITIATED for each body named after it, in English and French', () => {
    expect(
      read(
        'Harbour Commons Forum',
        'The Harbour Commons Forum was initiated by the Tidewater Trust and the Saltmarsh Foundation in 2019.',
      ),
    ).toEqual([
      'Tidewater Trust INITIATED Harbour Commons Forum',
      'Saltmarsh Foundation INITIATED Harbour Commons Forum',
    ]);
    expect(
      read(
        'Collectif des Saules',
        'Le Collectif des Saules a été initié par la Fédération des Vallées en 2012.',
      ),
    ).toEqual(['Fédération des Vallées INITIATED Collectif des Saules']);
  });

  it('still gives FOUNDED for "founded by" / "fondé par"', () => {
    expect(
      read(
        'Harbour Commons Forum',
        'The Harbour Commons Forum was founded by the Tidewater Trust in 2019.',
      ),
    ).toEqual(['Tidewater Trust FOUNDED Harbour Commons Forum']);
    expect(
      read(
        'Collectif des Saules',
        'Le Collectif des Saules a été fondé par la Fédération des Vallées en 2012.',
      ),
    ).toEqual(['Fédération des Vallées FOUNDED Collectif des Saules']);
  });
});
