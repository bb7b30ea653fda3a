/** What is known about a document besides its text; every field may be unknown. */
export interface DocumentMeta {
  readonly title: string | null;
  readonly source: string | null;
  readonly url: string | null;
  /** Publication date as an ISO prefix (YYYY, YYYY-MM or YYYY-MM-DD), or null. */
  readonly date: string | null;
}

/**
 * A document owns its text exactly as read (UTF-8 decoded, a leading BOM dropped,
 * nothing else changed). Every annotation is a span over this text.
 */
export interface Document extends DocumentMeta {
  readonly id: string;
  readonly text: string;
  /** The file it was read from, as named on the command line (absent for standard input). */
  readonly path?: string;
}

export function createDocument(id: string, text: string, meta: Partial<DocumentMeta> = {}, path?: string): Document {
  return {
    id,
    text,
    ...(path === undefined ? {} : { path }),
    title: meta.title ?? null,
    source: meta.source ?? null,
    url: meta.url ?? null,
    date: meta.date ?? null,
  };
}
