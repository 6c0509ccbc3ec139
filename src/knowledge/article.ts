/** One sentence of an article, kept exactly as written. Positions are 1-based for people. */
export interface Sentence {
  /** Index of this sentence across the whole knowledge base. */
  id: number;
  /** File name of the article this sentence belongs to. */
  article: string;
  /** Exact text, as it stands in the file. */
  text: string;
  /** 1-based paragraph of the body; 0 for the headline and subtitle lines. */
  paragraph: number;
  /** 1-based position of the sentence within its paragraph. */
  sentence: number;
  /** Where the sentence stands when it is not in the body. */
  part: "headline" | "subtitle" | "body";
}

export interface ArticleMeta {
  headline?: string;
  subtitle?: string;
  /** ISO date (YYYY-MM-DD) when the article gives one. */
  date?: string;
  /** Where the article was published (front matter `url:`/`source:`, or the page it was added from). */
  source?: string;
}

export interface Article {
  /** File name, e.g. `article.txt`. */
  file: string;
  meta: ArticleMeta;
  /** Body paragraphs, each a list of sentences. */
  paragraphs: Sentence[][];
  /** Every sentence: headline and subtitle first, then the body in order. */
  sentences: Sentence[];
  /** The raw text, used to tell whether a saved facts file is still current. */
  source: string;
}
