/** A weighted phrase whose presence in a commitment evidences an action or pillar. */
export interface Indicator {
  phrase: string;
  weight: number;
  /** Where the phrase comes from: the framework notes, a glossary, or domain knowledge; never a force's document. */
  source?: VocabularySource;
}

/** Provenance of a vocabulary entry. */
export type VocabularySource = 'framework-notes' | 'glossary' | 'domain-knowledge';

/** One action of a framework, belonging to a pillar. */
export interface Action {
  id: string;
  pillar: string;
  title: string;
  summary: string;
  /** What falls under the action, with its typical evidence, in the catalog author's words. */
  scope?: string;
  indicators: Indicator[];
}

/** A pillar groups related actions. */
export interface Pillar {
  id: string;
  title: string;
  summary: string;
  scope?: string;
  indicators: Indicator[];
  actions: Action[];
}

/** A public source the catalog was built from. */
export interface FrameworkSource {
  title: string;
  publisher?: string;
  date?: string;
  url?: string;
}

/** A framework catalog as loaded from `frameworks/*.yaml`. */
export interface Framework {
  id: string;
  title: string;
  short?: string;
  publisher: string;
  published: string;
  status: 'published' | 'reconstructed';
  notes?: string;
  sources: FrameworkSource[];
  /** Phrases that stand for the framework as a whole; a commitment matching only these maps to every pillar. */
  indicators?: Indicator[];
  pillars: Pillar[];
  /** Where the catalog was read from. */
  path: string;
}

/** Every action of a framework, in catalog order. */
export function frameworkActions(framework: Framework): Action[] {
  return framework.pillars.flatMap((pillar) => pillar.actions);
}

/** Every id a mapping may use: action ids and pillar ids. */
export function mappableIds(framework: Framework): string[] {
  return framework.pillars.flatMap((pillar) => [pillar.id, ...pillar.actions.map((action) => action.id)]);
}
