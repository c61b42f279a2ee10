/**
 * The types that travel between the stages: ingest → analyze → annotate → pages.
 * Every stage takes and returns plain data of these shapes, so each can be tested alone.
 */

/** The format a source was saved in. */
export type SourceFormat = 'txt' | 'md' | 'html';

/** A photo caption kept apart from the body, with its credit line when the text gives one. */
export interface Caption {
  text: string;
  credit: string | null;
}

/** One article as read from one file: the ingest stage's output. Nothing the parser does not understand is dropped: it stays in `paragraphs`. */
export interface Article {
  /** Stable, URL-safe id derived from the file name. */
  id: string;
  /** Path of the file relative to the seeds folder, with forward slashes. */
  file: string;
  format: SourceFormat;
  title: string;
  /** True when the file had no title line and the title was derived from the lead. */
  titleDerived: boolean;
  /** The standfirst (dek) under the title, if any. */
  standfirst: string | null;
  /** Outlet or credit line, e.g. "AFP", "TRT World". */
  outlet: string | null;
  byline: string | null;
  /** Place of the dateline, e.g. "Moscow". */
  dateline: string | null;
  /** ISO date (YYYY-MM-DD) when the text gives one. */
  published: string | null;
  /** The date as the text gives it, e.g. "Updated Nov 15, 2015". */
  publishedText: string | null;
  /** The original article's address, when known. */
  url: string | null;
  captions: Caption[];
  /** Body paragraphs, in order, whitespace-normalised. */
  paragraphs: string[];
  /** Trailing boilerplate separated from the body ("Related Story", share prompts). */
  boilerplate: string[];
  /** Problems met while reading that did not stop it (encoding guessed, …). */
  warnings: string[];
}

/** What a format parser gets out of one file's text: an Article but for what the folder gives (id, file, format). */
export type ParsedArticle = Omit<Article, 'id' | 'file' | 'format'>

/** A file of the seeds folder that could not be read as an article, and why. */
export interface SkippedFile {
  file: string;
  reason: string;
}

export type SentenceRole = 'title' | 'standfirst' | 'body' | 'caption';

/** One sentence of a source, the unit every link and footnote points at. */
export interface Sentence {
  /** Stable id from the sentence's own normalised text (see analyze/sentence-id.ts). */
  id: string;
  source: string;
  role: SentenceRole;
  /** The sentence exactly as in its paragraph, trimmed. */
  text: string;
  /** The white space after it within its block: ' ', or '' (between Chinese or Japanese sentences, and after the last). */
  gap: string;
  /** Position of its block within the source (0 = title). */
  block: number;
  /** Position in reading order within the whole source. */
  index: number;
}

/** A run of sentences rendered as one element: the title, the standfirst, a caption or a paragraph. */
export interface Block {
  role: SentenceRole;
  sentences: Sentence[];
  /** For captions: the credit line shown with it. */
  credit?: string | null;
}

/** An article split into sentences. */
export interface Source {
  article: Article;
  blocks: Block[];
  /** All sentences in reading order (the concatenation of the blocks'). */
  sentences: Sentence[];
}

export type TopicKind = 'person' | 'place' | 'organization' | 'theme' | 'other';

/** A span of a sentence: `text` equals `sentence.text.slice(start, end)`. */
export interface Span {
  source: string;
  sentence: string;
  text: string;
  start: number;
  end: number;
}

export interface Topic {
  slug: string;
  name: string;
  kind: TopicKind;
  /** Every surface form merged into this topic (including the name). */
  aliases: string[];
  /** Short summary from a curated topic file. */
  summary: string | null;
  /** True when the topic comes from (or is extended by) content/topics. */
  curated: boolean;
  mentions: Span[];
}

export type CrossRefKind = 'quote' | 'claim' | 'related';

export interface Discrepancy {
  /** e.g. "figure", "qualifier", "name", "dropped-qualifier", "wording" */
  kind: string;
  /** Human-readable, e.g. `AFP: "24 targets"; TRT World: "more than 24 positions"`. */
  detail: string;
}

export interface CrossRef {
  id: string;
  kind: CrossRefKind;
  /** 0..1 */
  score: number;
  /** At least two different sources. */
  members: { source: string; sentence: string }[];
  discrepancies: Discrepancy[];
}

/** One place a quote occurs: the quoted words in one sentence, with who is said to have said them. */
export interface QuoteOccurrence extends Span {
  /** The speaker as written in the attribution (pronouns resolved to the previous speaker), e.g. "the defence ministry". */
  speakerText: string | null;
  /** Where the speaker text is: the sentence holding it and its character range there. */
  speakerSpan: { sentence: string; start: number; end: number } | null;
  /** When the quote runs on past a sentence break: its parts in the following sentences. */
  continuation: Span[];
  /** Topic slug of the speaker, when the attribution names a topic. */
  speakerSlug: string | null;
}

export interface Quote {
  id: string;
  /** The quoted words (of the first occurrence). */
  text: string;
  /** Topic slug of the speaker, when known and a topic. */
  speaker: string | null;
  /** The speaker as written in the attribution, e.g. "the defence ministry". */
  speakerText: string | null;
  occurrences: QuoteOccurrence[];
  /** Wording differences between occurrences, human-readable. */
  variants: string[];
}

export interface Figure extends Span {
  value: number;
  /** Upper end of a range ("between 20 and 30"). */
  valueMax?: number | null;
  /** "more than", "at least", "about", … */
  qualifier: string | null;
  /** Unit or counted noun, e.g. "km", "targets". */
  unit: string | null;
}

/** The whole analysis of a corpus: the analyze stage's output. */
export interface Analysis {
  topics: Topic[];
  crossrefs: CrossRef[];
  quotes: Quote[];
  figures: Figure[];
  /** Per source id: ids of the body sentences no other source corroborates. */
  unique: Record<string, string[]>;
}

/** A curated topic from content/topics/*.mdx. */
export interface CuratedTopic {
  /** File it came from, for error messages. */
  file: string;
  slug: string;
  name: string;
  kind: TopicKind;
  aliases: string[];
  summary: string | null;
  /** Theme keywords: a sentence containing one of them mentions the theme. */
  keywords: string[];
}
