import type { ChatInput } from "@periskope-schema/types";

// @expect TS2322 Type 'true' is not assignable to type 'string | number | null | undefined'.
export const bad: ChatInput = { org_id: "o", chat_id: "c@c.us", member_count: true };
