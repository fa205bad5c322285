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
  /**
   * Set on the one group a one-level catalog (`items:`) is loaded into. Its id is the catalog's id, its
   * actions are the catalog's items, and a mapping to it means "relevant to the catalog, to no single item".
   */
  implicit?: boolean;
}

/** A public source the catalog was built from. */
export interface FrameworkSource {
  /** Short handle the catalog's provenance entries cite. */
  key?: string;
  title: string;
  publisher?: string;
  date?: string;
  url?: string;
}

/** What one pillar, action or item of a catalog is built from. */
export interface ProvenanceEntry {
  id: string;
  /** Keys of the catalog's sources this entry's scope and summary are built from. */
  builtFrom: string[];
  note?: string;
}

/** How a catalog was built, and what of its framework is not public. */
export interface CatalogProvenance {
  basis: string;
  notPublic?: string[];
  entries?: ProvenanceEntry[];
}

/** How a catalog file is laid out: pillars holding actions, or one level of items. */
export type CatalogShape = 'pillars' | 'items';

/** A framework catalog as loaded from `frameworks/*.yaml`. */
export interface Framework {
  id: string;
  title: string;
  short?: string;
  publisher: string;
  published: string;
  status: 'published' | 'reconstructed';
  /** The catalog's own version: changes whenever its ids, scope or vocabulary change. */
  version?: string;
  provenance?: CatalogProvenance;
  notes?: string;
  sources: FrameworkSource[];
  /** Phrases that stand for the framework as a whole; a commitment matching only these maps to every pillar. */
  indicators?: Indicator[];
  pillars: Pillar[];
  /** `items` for a one-level catalog, held in memory as one implicit pillar (see `Pillar.implicit`). */
  shape: CatalogShape;
  /** Where the catalog was read from. */
  path: string;
  /** sha256 of the catalog file's bytes, computed when it is loaded (hex). */
  sha256: string;
}

/** Every action of a framework, in catalog order. */
export function frameworkActions(framework: Framework): Action[] {
  return framework.pillars.flatMap((pillar) => pillar.actions);
}

/**
 * Every id a mapping may use: action ids and pillar ids. For a one-level catalog that is its items and
 * the id of its implicit group (the catalog's own id), which holds commitments relevant to no single item.
 */
export function mappableIds(framework: Framework): string[] {
  return framework.pillars.flatMap((pillar) => [pillar.id, ...pillar.actions.map((action) => action.id)]);
}
