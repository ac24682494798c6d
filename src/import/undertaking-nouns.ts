// The nouns that name an undertaking (a project, a programme, a fund, an event) or a document, in one
// place. Each reader asks its own question of them, so the subsets differ on purpose.

/** What a creation made: a programme, fund or event is initiated, a document written, a ministry a state's. */
export type CreatedKind = 'initiative' | 'document' | 'state';

/** A project, programme or campaign, as pages call one (normalised text: "IESS! Project", "le projet X"). */
export const PROJECT_NOUNS = [
  'project',
  'projet',
  'projeto',
  'proyecto',
  'programme',
  'program',
  'programa',
  'campaign',
  'campagne',
] as const;

/** An event, when its name carries a year or an edition (normalised text: "ESS Tour 2025", "68th Meeting"). */
export const EVENT_NOUNS = [
  'tour',
  'tournee',
  'festival',
  'summit',
  'sommet',
  'conference',
  'congress',
  'congres',
  'week',
  'semaine',
  'fair',
  'salon',
  'foire',
  'gathering',
  'meeting',
  'reunion',
  'rencontres?',
  'colloque',
  'symposium',
  'forum',
  'assembly',
  'assemblee',
  'assises',
  'exhibition',
  'exposition',
  'journees?',
  'days?',
  'workshop',
  'atelier',
  'webinar',
] as const;

/** An undertaking a body carries out ("the X project, led by A"): not a network, a fund or a study. */
export const CARRIED_NOUNS = [
  'project',
  'programme',
  'program',
  'projet',
  'démarche',
  'dispositif',
] as const;

/** Heads of a thing made that close their noun phrase, as English writes them ("Quality Jobs Fund"). */
export const CREATED_HEAD_LAST: Readonly<Record<string, CreatedKind>> = {
  programme: 'initiative',
  programmes: 'initiative',
  program: 'initiative',
  project: 'initiative',
  fund: 'initiative',
  campaign: 'initiative',
  conference: 'initiative',
  summit: 'initiative',
  week: 'initiative',
  festival: 'initiative',
  forum: 'initiative',
  tour: 'initiative',
  competition: 'initiative',
  challenge: 'initiative',
  roadmap: 'document',
  report: 'document',
  strategy: 'document',
  declaration: 'document',
  law: 'document',
  act: 'document',
  decree: 'document',
  policy: 'document',
  handbook: 'document',
  guide: 'document',
  study: 'document',
  manifesto: 'document',
  ministry: 'state',
};

/** Heads of a thing made that open their noun phrase, as French writes them ("fonds CoopVenture"). */
export const CREATED_HEAD_FIRST: Readonly<Record<string, CreatedKind>> = {
  programme: 'initiative',
  projet: 'initiative',
  fonds: 'initiative',
  campagne: 'initiative',
  conférence: 'initiative',
  sommet: 'initiative',
  semaine: 'initiative',
  festival: 'initiative',
  forum: 'initiative',
  concours: 'initiative',
  'feuille de route': 'document',
  rapport: 'document',
  stratégie: 'document',
  déclaration: 'document',
  loi: 'document',
  décret: 'document',
  guide: 'document',
  étude: 'document',
  manifeste: 'document',
  ministry: 'state',
  ministère: 'state',
};

/** Lowercase phrases that still name one thing ("a national charter on cooperative housing"). */
export const NAMED_THING_WORDS = [
  'charter',
  'charte',
  'manifesto',
  'manifeste',
  'declaration',
  'déclaration',
  'festival',
  'forum',
  'week',
  'semaine',
  'convention',
] as const;
