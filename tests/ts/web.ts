// The web entry, the examples and deliveryKey as an edge receiver uses them: the result narrows
// on `ok`, the event on its name, and an example is typed by its event.
import { deliveryKey } from "@periskope-schema/types";
import { examples } from "@periskope-schema/types/examples";
import { receiveWebhook, signWebhookBody } from "@periskope-schema/types/web";
import { signWebhookBody as signWithNode } from "@periskope-schema/types/verify";

const seen = new Set<string>();

export async function handle(request: Request): Promise<Response> {
  const result = await receiveWebhook(request, { keys: ["old-key", "new-key"], maxBytes: 512 * 1024 });
  if (!result.ok) {
    const status: 400 | 401 | 413 | 422 = result.status;
    const where: string[] = result.findings.map((finding) => `${finding.path} (${finding.keyword})`);
    return new Response(`${result.reason} ${where.join(", ")}`, { status });
  }
  if (result.deliveryKey !== undefined) {
    if (seen.has(result.deliveryKey)) return new Response(null, { status: 200 });
    seen.add(result.deliveryKey);
  }
  return new Response(null, { status: 204 });
}

const created = examples["message.created"];
const eventName: "message.created" | undefined = created.event_type;
const messageId: string = created.data.message_id;
const ticket = examples["ticket.updated"].data.chat;
const key: string | undefined = deliveryKey(created);
const delivery = structuredClone(examples["message.created"]);
delivery.data.body = "a test message";

export async function mock(): Promise<Request> {
  const body = new TextEncoder().encode(JSON.stringify(examples["note.created"]));
  const signature: string = await signWebhookBody(body, "key");
  const same: string = signWithNode(body, "key");
  return new Request("http://127.0.0.1/webhook", {
    method: "POST",
    body,
    headers: { "x-periskope-signature": signature === same ? signature : same },
  });
}

export { eventName, messageId, ticket, key, delivery };
