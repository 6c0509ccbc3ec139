// The checks Discord applies to what a bot sends, so that a reply Discord would refuse is refused
// here too (400, code 50035 "Invalid Form Body", or 50006 for an empty message).
type Json = Record<string, unknown>;

export interface FormError {
  status: number;
  body: { message: string; code: number; errors?: Json };
}

const invalid = (path: string, message: string): FormError => ({
  status: 400,
  body: {
    message: "Invalid Form Body",
    code: 50035,
    errors: { [path]: { _errors: [{ code: "BASE_TYPE_MAX_LENGTH", message }] } },
  },
});

const len = (v: unknown) => (typeof v === "string" ? v.length : 0);

/** Checks a message body (channel message, interaction response data, webhook message or edit). */
export function validateMessage(
  body: Json | undefined,
  options: { create: boolean; interaction: boolean },
): FormError | undefined {
  if (!body || typeof body !== "object")
    return { status: 400, body: { message: "Cannot send an empty message", code: 50006 } };
  if (body.content !== undefined && body.content !== null && typeof body.content !== "string")
    return invalid("content", "Must be a string.");
  if (len(body.content) > 2000) return invalid("content", "Must be 2000 or fewer in length.");
  const embeds = (body.embeds as Json[] | undefined) ?? [];
  if (!Array.isArray(embeds)) return invalid("embeds", "Must be an array.");
  if (embeds.length > 10) return invalid("embeds", "Must be 10 or fewer in length.");
  let total = 0;
  for (const [i, e] of embeds.entries()) {
    if (len(e.title) > 256) return invalid(`embeds.${i}.title`, "Must be 256 or fewer in length.");
    if (len(e.description) > 4096) return invalid(`embeds.${i}.description`, "Must be 4096 or fewer in length.");
    const fields = (e.fields as Json[] | undefined) ?? [];
    if (fields.length > 25) return invalid(`embeds.${i}.fields`, "Must be 25 or fewer in length.");
    for (const [j, f] of fields.entries()) {
      if (!len(f.name) || len(f.name) > 256)
        return invalid(`embeds.${i}.fields.${j}.name`, "Must be between 1 and 256 in length.");
      if (!len(f.value) || len(f.value) > 1024)
        return invalid(`embeds.${i}.fields.${j}.value`, "Must be between 1 and 1024 in length.");
      total += len(f.name) + len(f.value);
    }
    const footer = e.footer as Json | undefined;
    const author = e.author as Json | undefined;
    if (len(footer?.text) > 2048) return invalid(`embeds.${i}.footer.text`, "Must be 2048 or fewer in length.");
    if (len(author?.name) > 256) return invalid(`embeds.${i}.author.name`, "Must be 256 or fewer in length.");
    total += len(e.title) + len(e.description) + len(footer?.text) + len(author?.name);
  }
  if (total > 6000) return invalid("embeds", "Embed size exceeds maximum size of 6000");
  const mentions = body.allowed_mentions as Json | undefined;
  if (mentions) {
    const parse = (mentions.parse as unknown[] | undefined) ?? [];
    if (!Array.isArray(parse) || parse.some((p) => p !== "users" && p !== "roles" && p !== "everyone"))
      return invalid("allowed_mentions.parse", "Value must be one of ('users', 'roles', 'everyone').");
    if (parse.includes("users") && Array.isArray(mentions.users) && mentions.users.length)
      return invalid("allowed_mentions", 'parse:["users"] and users: [ids] are mutually exclusive.');
  }
  const flags = typeof body.flags === "number" ? body.flags : 0;
  if (!options.interaction && flags & 64)
    return invalid("flags", "Ephemeral messages can only be sent in response to an interaction.");
  if (options.create) {
    const hasSomething =
      len(body.content) > 0 ||
      embeds.length > 0 ||
      (Array.isArray(body.components) && body.components.length > 0) ||
      body.poll ||
      (Array.isArray(body.sticker_ids) && body.sticker_ids.length) ||
      (Array.isArray(body.attachments) && body.attachments.length);
    if (!hasSomething) return { status: 400, body: { message: "Cannot send an empty message", code: 50006 } };
  }
  return undefined;
}

/** Checks an autocomplete result (interaction response type 8). */
export function validateChoices(data: Json | undefined): FormError | undefined {
  const choices = data?.choices;
  if (!Array.isArray(choices)) return invalid("data.choices", "This field is required");
  if (choices.length > 25) return invalid("data.choices", "Must be 25 or fewer in length.");
  for (const [i, c] of (choices as Json[]).entries()) {
    if (!len(c.name) || len(c.name) > 100)
      return invalid(`data.choices.${i}.name`, "Must be between 1 and 100 in length.");
    if (typeof c.value === "string" && len(c.value) > 100)
      return invalid(`data.choices.${i}.value`, "Must be 100 or fewer in length.");
    if (typeof c.value !== "string" && typeof c.value !== "number")
      return invalid(`data.choices.${i}.value`, "Must be a string or number.");
  }
  return undefined;
}

const COMMAND_NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** Checks a list of application commands for a bulk overwrite. */
export function validateCommands(body: unknown): FormError | undefined {
  if (!Array.isArray(body)) return invalid("_", "Must be an array.");
  if (body.length > 100) return invalid("_", "Must be 100 or fewer in length.");
  const names = new Set<string>();
  for (const [i, c] of (body as Json[]).entries()) {
    const type = (c.type as number | undefined) ?? 1;
    const name = c.name as string;
    if (typeof name !== "string" || !COMMAND_NAME.test(name) || (type === 1 && name !== name.toLowerCase()))
      return invalid(`${i}.name`, "Command name is invalid");
    if (names.has(`${type}:${name}`)) return invalid(`${i}.name`, "Application command names must be unique");
    names.add(`${type}:${name}`);
    if (type === 1 && (!len(c.description) || len(c.description) > 100))
      return invalid(`${i}.description`, "Must be between 1 and 100 in length.");
    for (const key of ["contexts", "integration_types"] as const) {
      const v = c[key];
      if (
        v !== undefined &&
        v !== null &&
        (!Array.isArray(v) || v.some((x) => typeof x !== "number" || x < 0 || x > (key === "contexts" ? 2 : 1)))
      )
        return invalid(`${i}.${key}`, "Value is not a valid enum value.");
    }
    const options = (c.options as Json[] | undefined) ?? [];
    if (options.length > 25) return invalid(`${i}.options`, "Must be 25 or fewer in length.");
    let optionalSeen = false;
    const optionNames = new Set<string>();
    for (const [j, o] of options.entries()) {
      if (typeof o.name !== "string" || !COMMAND_NAME.test(o.name) || o.name !== o.name.toLowerCase())
        return invalid(`${i}.options.${j}.name`, "Command name is invalid");
      if (optionNames.has(o.name)) return invalid(`${i}.options.${j}.name`, "Option names must be unique");
      optionNames.add(o.name);
      if (!len(o.description) || len(o.description) > 100)
        return invalid(`${i}.options.${j}.description`, "Must be between 1 and 100 in length.");
      if (typeof o.type !== "number" || o.type < 1 || o.type > 11)
        return invalid(`${i}.options.${j}.type`, "Value is not a valid enum value.");
      if (o.required) {
        if (optionalSeen)
          return invalid(`${i}.options.${j}.required`, "Required options must be placed before non-required options");
      } else optionalSeen = true;
      if (o.autocomplete && Array.isArray(o.choices) && o.choices.length)
        return invalid(`${i}.options.${j}.autocomplete`, "Autocomplete cannot be set with choices");
      if (o.max_length !== undefined && (typeof o.max_length !== "number" || o.max_length < 1 || o.max_length > 6000))
        return invalid(`${i}.options.${j}.max_length`, "int value should be between 1 and 6000.");
      if (o.min_length !== undefined && (typeof o.min_length !== "number" || o.min_length < 0 || o.min_length > 6000))
        return invalid(`${i}.options.${j}.min_length`, "int value should be between 0 and 6000.");
    }
  }
  return undefined;
}
