import { Document, isMap, isScalar, isSeq, visit } from 'yaml';
import { stringifyYaml } from './yaml-layout.js';

/** What a new catalog is scaffolded from: its id, what the author already knows, and its shape. */
export interface ScaffoldOptions {
  id: string;
  title?: string;
  publisher?: string;
  /** YYYY-MM-DD. */
  published?: string;
  /** Two levels (pillars holding actions) instead of one level of items. */
  pillars?: boolean;
}

/** Marks the values the author must replace; `vawg frameworks check` warns while any is left. */
const TODO = 'TODO';

/**
 * The text of a new catalog file with every field the schema knows, commented, and `TODO` placeholders where the
 * author must write: one level of items (a police and crime plan's priorities, say) or pillars holding actions.
 */
export function scaffoldCatalog(options: ScaffoldOptions): string {
  const document = new Document(catalogValue(options), { aliasDuplicateObjects: false });
  document.commentBefore = [
    ` Framework catalog ${options.id}, scaffolded by vawg frameworks new.`,
    ' Replace every TODO, then run: vawg frameworks check <this file>',
    ' Fields: schemas/framework.schema.json. Each indicator is a phrase a force would write, a weight in (0, 1]',
    ' (1.0 conclusive, 0.5-0.7 strong but shared, 0.2-0.4 supporting) and where it comes from',
    ' (framework-notes: the plan or framework itself; glossary: a policing term and its expansion;',
    " domain-knowledge: a paraphrase you wrote). Never copy phrases from a force's own strategy.",
    ' Ids are stable: documents, crosswalks and reports refer to them, so do not rename them once used.',
  ].join('\n');
  visit(document, {
    Pair(_, pair) {
      const key = String((pair.key as { value?: unknown } | null)?.value ?? '');
      if (key === 'indicators' && isSeq(pair.value)) for (const item of pair.value.items) if (isMap(item)) item.flow = true;
      // Dates and versions stay strings for every YAML reader, 1.1 ones included.
      if ((key === 'published' || key === 'version') && isScalar(pair.value)) pair.value.type = 'QUOTE_DOUBLE';
    },
  });
  return stringifyYaml(document);
}

function catalogValue(options: ScaffoldOptions): Record<string, unknown> {
  const head = {
    id: options.id,
    title: options.title ?? `${TODO}: the plan's full title`,
    short: `${TODO}: a short name for report headings`,
    publisher: options.publisher ?? `${TODO}: who published it, e.g. the Office of the Police and Crime Commissioner`,
    published: options.published ?? `${TODO}: YYYY-MM-DD`,
    status: 'published',
    version: '0.1.0',
    notes: `${TODO}: what the catalog holds and how it was built`,
    sources: [{ key: 'plan', title: `${TODO}: the title of the document the catalog is built from` }],
  };
  if (options.pillars) {
    return {
      ...head,
      pillars: [1, 2].map((p) => ({
        id: `pillar-${p}`,
        title: `${TODO}: the pillar's title as the plan words it`,
        summary: `${TODO}: one or two sentences, in your own words`,
        indicators: [],
        actions: [1, 2].map((a) => unit(`pillar-${p}.action-${a}`)),
      })),
    };
  }
  return { ...head, items: [1, 2].map((n) => unit(`priority-${n}`)) };
}

function unit(id: string): Record<string, unknown> {
  return {
    id,
    title: `${TODO}: the title as the plan words it`,
    summary: `${TODO}: two or three sentences, in your own words, on what a force should commit to`,
    scope: `${TODO}: what falls under it, and the terms that typically evidence it`,
    indicators: [{ phrase: `${TODO} a phrase a force would write`, weight: 0.5, source: 'domain-knowledge' }],
  };
}
