// Session 37: "sous l'égide de X" / "under the aegis of X" says what it says only of a creation,
// and a foundation created under another's aegis is sheltered by it (PART_OF). Invented text only,
// each withheld sentence beside a near sentence that still gives its relation.
import { describe, expect, it } from 'vitest';
import {
  aegisOfCreation,
  aegisSubject,
  isShelteredBody,
  isShelteringBody,
} from '../../src/import/aegis.js';
import { claims } from '../support/import-page.js';

describe('"sous l\'égide de" / "under the aegis of"', () => {
  const read = (actor: string, sentence: string) => claims(`${actor}\n\n${sentence}`);

  it('gives INITIATED when the sentence tells of the creation of a body that is no foundation', () => {
    expect(
      read(
        'Réseau des Collines',
        'Le Réseau des Collines a été créé en 2004 sous l’égide de l’Union des Vallées.',
      ),
    ).toEqual(['Union des Vallées INITIATED Réseau des Collines']);
    expect(
      read(
        'Hill Network',
        'The Hill Network was founded in 2004 under the aegis of the Valley Union.',
      ),
    ).toEqual(['Valley Union INITIATED Hill Network']);
    expect(
      read(
        'Fédération des Ateliers du Port',
        "L'assemblée générale constitutive de la Fédération des Ateliers du Port a eu lieu sous l'égide de l'Union des Quais.",
      ),
    ).toEqual(['Union des Quais INITIATED Fédération des Ateliers du Port']);
  });

  it('gives nothing when no creation is told: an agreement, a programme placed under it', () => {
    expect(
      read(
        'Fondation du Pont Vert',
        'Une nouvelle convention a été reconduite sous l’égide de la Caisse des Collines.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Fondation du Pont Vert',
        'La Fondation du Pont Vert soutient un programme placé sous l’égide du Conseil des Vallées.',
      ),
    ).toEqual([]);
    expect(aegisOfCreation('Une nouvelle convention a été reconduite sous l’égide de X.')).toBe(
      false,
    );
    expect(aegisOfCreation('Elle voit le jour en 2011 sous l’égide de X.')).toBe(true);
  });

  it("makes a foundation created under another foundation's aegis a part of it", () => {
    expect(
      read(
        'Fondation du Pont Vert',
        'Lorsqu’elle voit le jour en 2011 sous l’égide de la Fondation des Rives Claires, la Fondation du Pont Vert réunit plusieurs initiatives.',
      ),
    ).toEqual(['Fondation du Pont Vert PART_OF Fondation des Rives Claires']);
    // A third body sheltered by the actor: the sheltered body is the subject, the actor the whole.
    // The subject loses its kind word ("Pins Bleus"): a known cut, pinned so that a fix shows here.
    expect(
      read(
        'Fondation des Rives Claires',
        "La Fondation des Pins Bleus fut créée sous l'égide de la Fondation des Rives Claires en 1996.",
      ),
    ).toEqual(['Pins Bleus PART_OF Fondation des Rives Claires']);
    expect(isShelteredBody('Fondation du Pont Vert')).toBe(true);
    expect(isShelteredBody('the Harbour Foundation')).toBe(true);
    expect(isShelteredBody('Réseau des Fondations')).toBe(false);
    expect(aegisSubject('La Fondation des Pins Bleus fut créée ')).toBe(
      'La Fondation des Pins Bleus ',
    );
  });

  it('shelters a foundation only under a foundation, not under a ministry or a network (session 38)', () => {
    // A foundation born under a ministry's aegis is no sheltered foundation: the ministry initiated it.
    expect(
      read(
        'Fondation du Pont Vert',
        'Lorsqu’elle voit le jour en 2011 sous l’égide du Ministère des Collines, la Fondation du Pont Vert réunit plusieurs initiatives.',
      ),
    ).toEqual(['Ministère des Collines INITIATED Fondation du Pont Vert']);
    expect(isShelteringBody('la Fondation des Rives Claires')).toBe(true);
    expect(isShelteringBody('the Harbour Foundation')).toBe(true);
    expect(isShelteringBody('Institut de France')).toBe(true);
    // Traps: a network of foundations and a ministry shelter nothing.
    expect(isShelteringBody('Réseau des Fondations')).toBe(false);
    expect(isShelteringBody('Ministère des Collines')).toBe(false);
  });
});
