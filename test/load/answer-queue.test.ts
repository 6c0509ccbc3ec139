// The answer queue: one answer per turn of the event loop, acknowledgements first.
import { setTimeout as sleep } from "node:timers/promises";
import { expect, test } from "vitest";
import { AnswerQueue } from "../../src/discord/answer-queue.ts";

test("deferred answers take turns: I/O that became ready runs between two of them", async () => {
  const queue = new AnswerQueue();
  const order: string[] = [];
  const first = queue.run(
    () => {
      order.push("answer 1");
      setImmediate(() => order.push("I/O after answer 1"));
    },
    { urgent: false },
  );
  const second = queue.run(() => order.push("answer 2"), { urgent: false });
  await Promise.all([first, second]);
  expect(order).toEqual(["answer 1", "I/O after answer 1", "answer 2"]);
});

test("a deferred answer waits for acknowledgements on their way; an unacknowledged one does not", async () => {
  const queue = new AnswerQueue();
  const order: string[] = [];
  const ack = queue.acknowledge(async () => {
    await sleep(30);
    order.push("acknowledged");
  });
  const deferred = queue.run(() => order.push("deferred answer"), { urgent: false });
  const urgent = queue.run(() => order.push("urgent answer"));
  await Promise.all([ack, deferred, urgent]);
  expect(order).toEqual(["urgent answer", "acknowledged", "deferred answer"]);
});

test("a job that throws rejects its own promise only", async () => {
  const queue = new AnswerQueue();
  const bad = queue.run(
    () => {
      throw new Error("made-up failure");
    },
    { urgent: false },
  );
  const good = queue.run(() => 42, { urgent: false });
  await expect(bad).rejects.toThrow("made-up failure");
  await expect(good).resolves.toBe(42);
  expect(queue.length).toBe(0);
});

test("counts arrivals in the last second only", () => {
  const queue = new AnswerQueue();
  expect(queue.arrived(10_000)).toBe(1);
  expect(queue.arrived(10_500)).toBe(2);
  expect(queue.arrived(11_200)).toBe(2); // the one at 10,000 is more than a second old
});
