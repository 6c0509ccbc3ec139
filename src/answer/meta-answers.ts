// Questions about the article itself: its headline, subtitle and publication date.
import type { AnalysedQuestion } from "../question/analyse-question.ts";
import type { KnowledgeIndex } from "../search/knowledge-index.ts";
import { formatDate } from "../text/dates.ts";
import { decline } from "./decline.ts";
import { toQuote } from "./quote.ts";
import type { Reply } from "./types.ts";

const ABOUT_ARTICLE = /\b(article|story|report|piece|news)\b/i;

export function answerAboutArticle(index: KnowledgeIndex, q: AnalysedQuestion): Reply | null {
  const text = q.text.toLowerCase();
  const wantsDate =
    // ("article date?", "the story's date": chat asks it in two words.)
    /\b(published|publication|dated|date|written|released|come out|came out)\b/.test(text) &&
    (ABOUT_ARTICLE.test(text) || /^when (was|is) (it|this) (published|written|released)\b/.test(text)) &&
    q.terms.length <= 3;
  // ("title" alone may be a championship: "is this the club's first title?")
  const wantsHeadline =
    (/\bheadline\b/.test(text) ||
      (/\btitle\b/.test(text) && (ABOUT_ARTICLE.test(text) || /^what(?:'s| is) the title\b/.test(text)))) &&
    q.terms.length <= 3;
  const wantsSubtitle = /\b(subtitle|subheading|standfirst)\b/.test(text);
  const wantsTopic = /^what('s| is)? (is )?(the |this )?(article|story|text|news)( is)? about\b/.test(text);
  if (!wantsDate && !wantsHeadline && !wantsSubtitle && !wantsTopic) return null;

  const article = index.articles.find((a) =>
    wantsDate ? a.meta.date : wantsSubtitle ? a.meta.subtitle : a.meta.headline,
  );
  if (!article)
    return decline(`The article doesn't give its ${wantsDate ? "date" : wantsSubtitle ? "subtitle" : "headline"}.`, []);
  const headline = article.sentences.find((s) => s.part === "headline");
  const subtitle = article.sentences.find((s) => s.part === "subtitle");
  const quotes = [headline, wantsSubtitle || wantsTopic ? subtitle : undefined]
    .filter((s) => s !== undefined)
    .map(toQuote);
  const answer = wantsDate
    ? `${formatDate(article.meta.date!)} (${article.meta.date})`
    : wantsSubtitle
      ? article.meta.subtitle!
      : article.meta.headline!;
  return { answered: true, answer, quotes: wantsSubtitle && subtitle ? [toQuote(subtitle)] : quotes, related: [] };
}
