// "Edda Vorne (3 May 1881 – 2 November 1952) was a composer": the encyclopaedia way of giving when
// someone was born and died, in brackets after the name, with no verb to find them by.
import { DATE_PATTERN } from "../text/dates.ts";

export interface LifeDates {
  born?: string;
  died?: string;
}

// A bracket right after a capitalised word. Its last part after a ";" holds the dates ("(née Hale;
// 3 May 1881 – 1952)"); "born"/"b." may open it, "died"/"d." the part after the dash.
const BRACKET_AFTER_NAME = /\p{Lu}[\p{L}'’.-]*\s+\(([^()]{4,80})\)/u;
// Two dates alone are a life only after the name the sentence opens with, before its verb: "Karl
// Ost (1801–1872) was a painter". Elsewhere they may be a run of years ("the series Harbour
// Lights (2006–2011) and …").
const OPENING_NAME =
  /^(?:(?:\p{Lu}[\p{L}'’.-]*|of|de|van|von|al|bin)\s+){1,6}\([^()]{4,80}\)\s*,?\s+(?:was|is|were|are)\b/u;
const DATES = /^(?:born\s+|b\.\s*)?(.+?)(?:\s*[–—-]\s*(?:died\s+|d\.\s*)?(.+))?$/i;

/** The birth and death dates a sentence gives in brackets after a name, or undefined when it gives none. */
export function lifeDates(text: string): LifeDates | undefined {
  const bracket = BRACKET_AFTER_NAME.exec(text);
  if (!bracket) return undefined;
  const inside = bracket[1]!.split(";").at(-1)!.trim();
  const parts = DATES.exec(inside);
  if (!parts) return undefined;
  const born = wholeDate(parts[1]!);
  const died = parts[2] === undefined ? undefined : wholeDate(parts[2]);
  // "(3 May 1881)" alone could be any date; with "born", or with a second date, it is a life.
  const saysBorn = /^(born|b\.)/i.test(inside);
  if (!born || (parts[2] !== undefined ? !died : !saysBorn)) return undefined;
  if (!saysBorn && !OPENING_NAME.test(text)) return undefined;
  return died ? { born, died } : { born };
}

/** The text when all of it is one date with a year ("3 May 1881", "1881", "c. 1420"). */
function wholeDate(text: string): string | undefined {
  const t = text.trim();
  if (!/\d{3,4}/.test(t)) return undefined;
  const found = [...t.matchAll(DATE_PATTERN)];
  const covered = found.reduce((n, m) => n + m[0].length, 0);
  return found.length && covered >= t.replace(/^(c\.|circa)\s*/i, "").length - 1 ? t : undefined;
}
