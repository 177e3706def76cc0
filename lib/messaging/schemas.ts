import * as z from 'zod/mini';

/**
 * Schemas of the messages a CONTENT SCRIPT receives. Written with zod/mini so the
 * content-script bundle stays small; the full `PageSnapshot` schema (zod) checks what the
 * background receives.
 */
export const InsertRequest = z.object({
  text: z.string().check(z.minLength(1), z.maxLength(20000)),
  /** Thread or order the reply is for: recorded with the insertion. */
  threadId: z.optional(z.nullable(z.string())),
});
export type InsertRequest = z.infer<typeof InsertRequest>;

export const INSERT_METHODS = ['textarea', 'input', 'contenteditable', 'none'] as const;
export const InsertResult = z.object({
  ok: z.boolean(),
  method: z.enum(INSERT_METHODS),
  /** Where it went: "page reply box" or "last focused field". */
  target: z.enum(['reply-box', 'last-focused', 'none']),
  /** Why it failed, as a stable code the panel translates. */
  error: z.optional(z.enum(['no-editor', 'not-verified', 'blocked'])),
});
export type InsertResult = z.infer<typeof InsertResult>;

export const ReadNowRequest = z.optional(z.undefined());
