/**
 * Fragment ids of the report. Every id is made of `[a-z0-9-]` (so it is safe in a URL fragment and
 * in a CSS attribute selector) and unique within the page, whatever the documents call things.
 */
export class Anchors {
  private readonly used = new Set<string>();
  private readonly assigned = new Map<string, string>();

  /** The id for a key (the same key always gets the same id), made from readable parts. */
  id(...parts: string[]): string {
    const key = JSON.stringify(parts);
    const known = this.assigned.get(key);
    if (known !== undefined) return known;
    const fresh = this.fresh(...parts);
    this.assigned.set(key, fresh);
    return fresh;
  }

  /** A new id made from readable parts, never one given before (for things that may share a name, such as two versions of one force). */
  fresh(...parts: string[]): string {
    const base = parts.map(slugPart).join('-') || 'x';
    let candidate = base;
    for (let suffix = 2; this.used.has(candidate); suffix += 1) candidate = `${base}-${suffix}`;
    this.used.add(candidate);
    return candidate;
  }
}

/** A fragment link to an id. */
export function href(id: string): string {
  return `#${id}`;
}

function slugPart(part: string): string {
  return (
    part
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      // The step above leaves at most one hyphen at each end.
      .replace(/^-|-$/g, '')
      .slice(0, 60)
  );
}
