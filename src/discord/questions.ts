// A question from any door (the /ask command, a DM, an @mention) becomes the same reply here.
import type { Engine } from "../answer/engine.ts";
import type { AskContext } from "../answer/types.ts";
import { givenAnswer } from "../conversation/memory.ts";
import { formatAnswerForDiscord, type ReplyPayload } from "./reply.ts";

export interface QuestionReply {
  reply: ReplyPayload;
  answered: boolean;
  /** Refused before asking the engine (empty or too long). */
  refused?: boolean;
  /** The question as the engine read it, for the conversation to remember (follow-ups). */
  read?: string;
  /** The short answer given, when the reply is an answer (for "who else?"). */
  given?: string;
}

export function replyToQuestion(
  engine: Engine,
  rawQuestion: string,
  maxLength: number,
  how = "/ask question: who visited the capital?",
  /** The conversation so far, when there is one: a follow-up is read against its previous question. */
  context?: AskContext,
): QuestionReply {
  const question = rawQuestion.trim();
  if (!question)
    return {
      reply: { content: `Ask me something about the article, for example \`${how}\`` },
      answered: false,
      refused: true,
    };
  if (question.length > maxLength) {
    return {
      reply: {
        content: `That question is ${question.length} characters long; I take questions of up to ${maxLength} characters. Could you ask it more briefly?`,
      },
      answered: false,
      refused: true,
    };
  }
  const answer = engine.ask(question, context);
  const given = givenAnswer(answer);
  return {
    reply: formatAnswerForDiscord(answer, engine.articles),
    answered: answer.answered,
    read: answer.readAs ?? answer.question,
    ...(given ? { given } : {}),
  };
}
