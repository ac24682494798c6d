// A client of the CoreNLP server: one request per text, the annotators and language as request properties.

/** One token as CoreNLP writes it (1-based `index` within its sentence). */
export interface Token {
  index: number;
  word: string;
  lemma: string;
  pos: string;
  ner?: string;
  characterOffsetBegin: number;
  characterOffsetEnd: number;
}

/** One edge of a dependency tree: `governor` 0 is the root. */
export interface Dependency {
  dep: string;
  governor: number;
  dependent: number;
}

export interface Sentence {
  tokens: Token[];
  basicDependencies: Dependency[];
  enhancedPlusPlusDependencies?: Dependency[];
}

export interface Parse {
  sentences: Sentence[];
}

// SUTime and fine-grained NER add time but nothing the reader uses; French has no NER model by default.
const PROPERTIES = {
  en: {
    annotators: 'tokenize,ssplit,pos,lemma,ner,depparse',
    'ner.applyFineGrained': 'false',
    'ner.useSUTime': 'false',
    outputFormat: 'json',
    'ssplit.newlineIsSentenceBreak': 'two',
  },
  fr: {
    pipelineLanguage: 'french',
    annotators: 'tokenize,ssplit,mwt,pos,lemma,depparse',
    outputFormat: 'json',
    'ssplit.newlineIsSentenceBreak': 'two',
  },
} as const;

export async function parseText(url: string, text: string, language: 'en' | 'fr'): Promise<Parse> {
  const address = `${url}/?properties=${encodeURIComponent(JSON.stringify(PROPERTIES[language]))}`;
  const response = await fetch(address, { method: 'POST', body: text });
  if (!response.ok) throw new Error(`CoreNLP ${response.status}: ${await response.text()}`);
  return (await response.json()) as Parse;
}
