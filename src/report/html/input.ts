import type { CommitmentDocument, ForceCoverage, Framework } from '../../model/index.js';

/** One line of a source as a reader sees it: a line of a text file, a line on a PDF page, or a Word paragraph. */
export interface SourceLine {
  /** Page number, for paged formats (PDF). */
  page?: number;
  /** Line number (on its page for PDF; paragraph number for Word). */
  line: number;
  text: string;
  /** A running header, footer or page number, which the reading of the document left out. */
  furniture?: boolean;
}

/** The source text of one strategy, as embedded in the report. */
export interface SourceText {
  /** The source path as a user reads it. */
  file: string;
  format: string;
  lines: SourceLine[];
  /** What a reader should know about the text: it changed since the parse, or it could not be read. */
  note?: string;
}

/** One commitment document in the report: what was read, its coverage, and its source. */
export interface ReportDocument {
  /** The document's path as a user reads it. */
  file: string;
  document: CommitmentDocument;
  /** The framework the document's commitments are mapped to (another than the report's when coverage is read through a crosswalk). */
  mappedTo: Framework;
  coverage: ForceCoverage;
  /** The source text, or undefined when it could not be found or read (then `sourceNote` says why). */
  source?: SourceText;
  sourceNote?: string;
}

/** Everything the HTML report shows: documents assessed against one framework. */
export interface HtmlReportInput {
  framework: Framework;
  documents: ReportDocument[];
}

/** Options of the HTML report. */
export interface HtmlReportOptions {
  /** A heading of the user's choosing; otherwise one is made from the framework. */
  title?: string;
  /** When given, the time the report was made, shown in its footer (never by default, so output is deterministic). */
  timestamp?: Date;
  /** The tool's version, shown in the footer. */
  version?: string;
}
