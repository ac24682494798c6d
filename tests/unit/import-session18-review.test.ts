import { describe, expect, it } from 'vitest';
import { positionOf } from '../../scripts/learned/candidates.js';
import { numberOption, TRAIN_OPTIONS } from '../../scripts/learned/options.js';
import { UsageError } from '../../src/cli/run-command.js';
import { StructureReader } from '../../src/import/structure-reader.js';

// Invented pages and sentences only.
describe('the structure reader on a block of items between ";"', () => {
  const self = { match: null, name: 'Velmora Cooperative Network' };
  // A context that takes a name ending in "Cooperative" for a body, anything else for none.
  const reader = new StructureReader({
    self,
    isSelf: (end) => end.name === self.name,
    resolve: (phrase) =>
      /Cooperative$/u.test(phrase.trim())
        ? { match: null, name: phrase.trim(), confidence: 0.9 }
        : undefined,
  });
  const read = (block: string) =>
    reader.read(['Our members:', block]).map((reading) => reading.from.name);

  it('opens no empty item after a closing ";"', () => {
    // Two bodies of three items: the list stands. An empty fourth item would have sunk it.
    expect(read('Alder Growers Cooperative ; Birch Valley Cooperative ; local schools ;')).toEqual([
      'Alder Growers Cooperative',
      'Birch Valley Cooperative',
    ]);
    expect(read('Alder Growers Cooperative ; Birch Valley Cooperative ; local schools')).toEqual([
      'Alder Growers Cooperative',
      'Birch Valley Cooperative',
    ]);
  });
});

describe("the learned scorer's candidates", () => {
  it('place a name written otherwise where its words start, not at 0', () => {
    const sentence = "Since 2019 the network has worked with l'Atelier Solidaire du Lac.";
    expect(positionOf(sentence, { match: null, name: 'L Atelier Solidaire du Lac' })).toBe(
      sentence.indexOf("l'Atelier"),
    );
    expect(positionOf(sentence, { match: null, name: 'Atelier Solidaire' })).toBe(
      sentence.indexOf('Atelier'),
    );
    expect(positionOf(sentence, { match: null, name: 'Lac Vert' })).toBe(-1);
    // A word's start only: "lac" inside "Lacustre" is not the name.
    expect(positionOf('The Lacustre Fund.', { match: null, name: 'lac' })).toBe(-1);
  });
});

describe("import:train's numeric options", () => {
  it('take the default when absent and the number written within bounds', () => {
    expect(numberOption('epochs', undefined)).toBe(TRAIN_OPTIONS.epochs.default);
    expect(numberOption('epochs', '25')).toBe(25);
    expect(numberOption('drop', '0.9')).toBe(0.9);
    expect(numberOption('l2', '1e-4')).toBe(1e-4);
  });

  it('stop with a usage error naming the option for a word, a fraction of a count, or a value out of bounds', () => {
    expect(() => numberOption('epochs', 'ten')).toThrow(UsageError);
    expect(() => numberOption('epochs', 'ten')).toThrow(
      '"--epochs": must be an integer, got "ten"',
    );
    expect(() => numberOption('min-count', '1.5')).toThrow('must be an integer');
    expect(() => numberOption('rate', '')).toThrow('must be a number');
    expect(() => numberOption('drop', '1.5')).toThrow('"--drop": must be between 0 and 1, got 1.5');
    expect(() => numberOption('epochs', '0')).toThrow(UsageError);
  });
});
