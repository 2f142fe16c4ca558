import type { Endpoints } from "@periskope-schema/types";

// @expect TS2741 Property 'chat_id' is missing in type '{ message: string; }' but required in type 'SendMessageRequest'.
export const send: Endpoints["POST /message/send"]["request"] = { message: "Hello" };
