import type { MessageInput } from "@periskope-schema/types";

export function read(body: unknown): MessageInput {
  // @expect TS2322 Type 'unknown' is not assignable to type 'MessageInput'.
  return body;
}
