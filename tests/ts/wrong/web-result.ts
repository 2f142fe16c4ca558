// A refused delivery has no event, and an example's data is the event's own object.
import { examples } from "@periskope-schema/types/examples";
import { receiveWebhook } from "@periskope-schema/types/web";

export async function handle(request: Request): Promise<string> {
  const result = await receiveWebhook(request, { keys: "k" });
  // @expect TS2339 Property 'event' does not exist on type 'Received | Refused'.
  return String(result.event);
}

// A message has no typed reaction_id (only its unknown extra fields): it is not a Reaction.
// @expect TS2322 Type 'unknown' is not assignable to type 'string'.
export const reaction: string = examples["message.created"].data.reaction_id;
