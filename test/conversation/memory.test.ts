// The conversation memory: the previous question per conversation, forgotten after its time, bounded.
import { describe, expect, it } from "vitest";
import { answerMessage, ConversationMemory, userInChannel } from "../../src/conversation/memory.ts";

describe("ConversationMemory (src/conversation/memory.ts)", () => {
  it("remembers the last question of each conversation apart", () => {
    const memory = new ConversationMemory();
    memory.remember(userInChannel("u1", "c1"), "who opened the bridge?");
    memory.remember(userInChannel("u1", "c2"), "how long is it?");
    memory.remember(userInChannel("u1", "c1"), "when did they open the bridge?");
    expect(memory.previous(userInChannel("u1", "c1"))).toBe("when did they open the bridge?");
    expect(memory.previous(userInChannel("u1", "c2"))).toBe("how long is it?");
    expect(memory.previous(userInChannel("u2", "c1"))).toBeUndefined();
    expect(memory.previous(answerMessage("m1"))).toBeUndefined();
  });

  it("forgets a question older than its time to live", () => {
    let now = 1_000;
    const memory = new ConversationMemory({ ttlMs: 60_000, now: () => now });
    memory.remember("k", "who opened the bridge?");
    now += 59_000;
    expect(memory.previous("k")).toBe("who opened the bridge?");
    now += 2_000;
    expect(memory.previous("k")).toBeUndefined();
    expect(memory.size).toBe(0);
  });

  it("holds at most maxEntries conversations, dropping the least recently used", () => {
    const memory = new ConversationMemory({ maxEntries: 2 });
    memory.remember("a", "question a");
    memory.remember("b", "question b");
    memory.remember("a", "question a again"); // a is now the most recent
    memory.remember("c", "question c");
    expect(memory.size).toBe(2);
    expect(memory.previous("b")).toBeUndefined();
    expect(memory.previous("a")).toBe("question a again");
    expect(memory.previous("c")).toBe("question c");
  });

  it("gives a front end the context to ask with: the previous question and the answer given to it", () => {
    const memory = new ConversationMemory();
    expect(memory.context("k")).toEqual({});
    memory.remember("k", "who opened the bridge?", "the mayor");
    expect(memory.context("k")).toEqual({ previous: "who opened the bridge?", previousAnswer: "the mayor" });
    memory.remember("k", "when did they open the bridge?");
    expect(memory.context("k")).toEqual({ previous: "when did they open the bridge?" });
  });

  it("does not remember an empty question", () => {
    const memory = new ConversationMemory();
    memory.remember("k", "   ");
    expect(memory.previous("k")).toBeUndefined();
  });
});
