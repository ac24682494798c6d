// The head words of a named unit inside an organisation ("Yunus Centre", "Laboratoire X"): one list
// for every reader of units, so that a head added reads everywhere.

/** English heads of a unit: "Harbour Studies Centre", "Department of Economics". */
export const UNIT_HEADS_EN = [
  'Centre',
  'Center',
  'Institute',
  'Laboratory',
  'Chair',
  'Faculty',
  'School',
  'Department',
] as const;

/** French heads of a unit: "Laboratoire X", "Chaire de recherche", "École doctorale". */
export const UNIT_HEADS_FR = [
  'Institut',
  'Laboratoire',
  'Chaire',
  'Faculté',
  'École',
  'Ecole',
  'Département',
] as const;
