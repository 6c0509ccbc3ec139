// Markdown to the text a reader sees, block by block, through a real Markdown parser (mdast, with
// GFM tables). Emphasis, links, list markers, images, inline HTML and entities never reach a
// sentence: a quote holds what the rendered article shows.
import type { Nodes, Parent, PhrasingContent, Root, RootContent, Table } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { htmlFragmentText } from "./html-text.ts";

export interface TextBlock {
  kind: "heading" | "prose";
  /** Heading level (1-6) for headings. */
  depth?: number;
  text: string;
  /** 1-based line of the block in the Markdown source, for messages. */
  line: number;
}

/** A table pipe, ~strikethrough~, a footnote or a task-list box. */
const USES_GFM = /\||~|\[\^|^\s*(?:[-*+]|\d+[.)])\s+\[[ xX]\]/m;

/** The blocks of a Markdown document as plain text, in order. Code and images are left out. */
export function markdownBlocks(markdown: string): TextBlock[] {
  // GFM (tables, strikethrough, footnotes, task lists) makes parsing about four times slower, so it is
  // used only when the text has something it would change: news prose seldom does.
  const tree: Root = USES_GFM.test(markdown)
    ? fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
    : fromMarkdown(markdown);
  const out: TextBlock[] = [];
  for (const node of tree.children) collectBlocks(node, out);
  return out;
}

function collectBlocks(node: RootContent, out: TextBlock[]): void {
  const line = node.position?.start.line ?? 0;
  const push = (kind: TextBlock["kind"], text: string, depth?: number) => {
    const clean = tidy(text);
    if (clean) out.push({ kind, text: clean, line, ...(depth ? { depth } : {}) });
  };
  switch (node.type) {
    case "heading":
      push("heading", inlineText(node.children), node.depth);
      return;
    case "paragraph":
      push("prose", inlineText(node.children));
      return;
    case "table":
      for (const row of tableRows(node)) push("prose", row);
      return;
    case "html":
      // A block of raw HTML: its visible text, if any (an <img> has none).
      push("prose", htmlFragmentText(node.value));
      return;
    case "list":
    case "listItem":
    case "blockquote":
    case "footnoteDefinition":
      for (const child of (node as Parent).children) collectBlocks(child as RootContent, out);
      return;
    default:
      // code, thematicBreak, definition, yaml…: nothing a reader reads as prose.
      return;
  }
}

/** Each body row as "Header: cell; Header: cell", so a row reads as a statement on its own. */
function tableRows(table: Table): string[] {
  const [head, ...rows] = table.children.map((row) => row.children.map((cell) => tidy(inlineText(cell.children))));
  if (!head) return [];
  if (rows.length === 0) return [head.filter(Boolean).join("; ")];
  return rows.map((cells) =>
    cells
      .map((cell, i) => (cell && head[i] ? `${head[i]}: ${cell}` : cell))
      .filter(Boolean)
      .join("; "),
  );
}

function inlineText(nodes: readonly PhrasingContent[] | readonly Nodes[]): string {
  let text = "";
  for (const node of nodes as Nodes[]) {
    switch (node.type) {
      case "text":
      case "inlineCode":
        text += node.value;
        break;
      case "break":
        text += "\n";
        break;
      case "html":
        text += htmlFragmentText(node.value);
        break;
      case "image":
      case "imageReference":
      case "footnoteReference":
        break;
      default:
        if ("children" in node) text += inlineText(node.children as Nodes[]);
    }
  }
  return text;
}

/** Whitespace as a reader sees it: runs collapse to one space; line breaks stay, for header lines. */
function tidy(text: string): string {
  return text
    .replace(/[^\S\n]+/g, " ")
    .replace(/ ?\n[\s]*/g, "\n")
    .trim();
}
