// A legal form written before a body's name ("l'ASBL Vents de Kelp", "la Scop la Péniche", "le
// Groupement d'Intérêt Économique Val de Brine"): it says the name is a body's and is not part of
// it, except a co-operative status glued to the name ("SCIC Bois Bocage Énergie").

/** Co-operative statuses that bodies often write into their own names ("SCIC Bois Bocage Énergie"). */
const STATUS = 'SCOP|Scop|SCIC|Scic';

/** Company and association forms a page writes beside a name, never in it ("l'ASBL Vents de Kelp"). */
const FORM =
  'ASBL|asbl|A\\.S\\.B\\.L\\.|AISBL|aisbl|VZW|vzw|IVZW|SAS|SARL|EURL|SCRL|scrl|SPRL|SRL|GIE|ONG';

/** Legal forms written out before a name: "Société coopérative d'intérêt collectif Kelp". */
const SPELLED =
  "[Ss]oci[ée]t[ée]\\s+[Cc]oop[ée]rative\\s+(?:[Oo]uvri[èe]re\\s+)?(?:de\\s+[Pp]roduction|d['’][Ii]nt[ée]r[êe]t\\s+[Cc]ollectif)|[Gg]roupement\\s+d['’][Ii]nt[ée]r[êe]t\\s+[ÉEée]conomique|[Ss]oci[ée]t[ée]\\s+par\\s+[Aa]ctions\\s+[Ss]implifi[ée]e|[Ss]oci[ée]t[ée]\\s+[àa]\\s+[Rr]esponsabilit[ée]\\s+[Ll]imit[ée]e|[Aa]ssociation\\s+sans\\s+but\\s+lucratif|[Aa]sociaci[óo]n\\s+[Cc]ivil";

/** An article between the form and the name: "Scop la Péniche", "ASBL L'Envol". */
const ARTICLE = "(?:(?:la|le|les|La|Le|Les)\\s+|[lL]['’]\\s*)";

/**
 * A form written out or abbreviated before a capitalised name ("Groupement d'Intérêt Économique Val
 * de Brine", "ASBL Vents de Kelp"), a co-operative status only before an article ("Scop la
 * Péniche"): "SCIC Bois Bocage Énergie" is how that body writes its own name.
 */
const DROPPED_LEGAL_FORM = new RegExp(
  `^(?:(?:${SPELLED}|${FORM})\\s+(?=${ARTICLE}?\\p{Lu})|(?:${STATUS})\\s+(?=${ARTICLE}\\p{Lu}))`,
  'u',
);

/** Any legal form before a capitalised name: it says the name is a body's. */
const LEADING_LEGAL_FORM = new RegExp(
  `^(?:${STATUS}|${FORM}|${SPELLED})\\s+(?=${ARTICLE}?\\p{Lu})`,
  'u',
);

/** The legal form the phrase opens with ("Scop "), or "" when it opens with none. */
export function leadingLegalForm(phrase: string): string {
  return LEADING_LEGAL_FORM.exec(phrase)?.[0] ?? '';
}

/** The legal form that is no part of the name it opens ("Scop " of "Scop la Péniche"), or "". */
export function droppedLegalForm(phrase: string): string {
  return DROPPED_LEGAL_FORM.exec(phrase)?.[0] ?? '';
}

/** A legal form written alone, or an association's statute ("association loi 1901"): no body's name. */
const LEGAL_FORM_ALONE = new RegExp(
  `^(?:${STATUS}|${FORM}|${SPELLED}|[Aa]ssociation\\s+(?:de\\s+)?[Ll]oi\\s+(?:de\\s+)?1901)$`,
  'u',
);

/** Whether the phrase is a legal form and nothing else ("Société coopérative d'intérêt collectif"). */
export const isLegalFormAlone = (phrase: string) => LEGAL_FORM_ALONE.test(phrase.trim());
