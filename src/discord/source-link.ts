// An article's source as a Discord link. Kept apart so both the answer and the list replies use it.

/** A masked link Discord renders, or "" for a URL that is not http(s). */
export function sourceLink(url: string | undefined, label = "source"): string {
  if (!url || !/^https?:\/\//i.test(url)) return "";
  // Angle brackets stop an embed preview; a ")" or ">" inside would end the link early.
  return `[${label}](<${url.replace(/\)/g, "%29").replace(/>/g, "%3E")}>)`;
}
