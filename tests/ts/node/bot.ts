// A bot's whole conversation against `periskope-schema mock`, in Node with the npm package only:
// it subscribes its receiver, a customer writes (through the mock's control API), the receiver
// verifies and reads the signed `message.created`, the bot answers with a call typed by the
// package's `Endpoints` map, and the answer's acks arrive as webhooks until it is read.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Endpoints } from "@periskope-schema/types";
import { isCreateWebhookResponse, isMessageList, isSendMessageResponse } from "@periskope-schema/types";
import { receiveWebhook } from "@periskope-schema/types/web";

const base = process.env.PERISKOPE_BASE_URL ?? "http://127.0.0.1:8080/v1";
const key = process.env.PERISKOPE_WEBHOOK_KEY ?? "periskope-mock-key";
const chat = "919537851844@c.us";

/** Calls the API: the path, body and answer types come from the endpoint's key. */
async function call<K extends keyof Endpoints>(
  endpoint: K,
  path: string,
  body?: Endpoints[K]["request"],
): Promise<unknown> {
  const [method] = endpoint.split(" ");
  const answer = await fetch(base + path, {
    method,
    headers: { authorization: "Bearer test-key", "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return answer.status === 204 ? undefined : answer.json();
}

const seen = new Set<string>();
const log: string[] = [];
let reply: string | undefined;

const done = new Promise<void>((resolve, reject) => {
  setTimeout(() => reject(new Error(`no read ack in 10 s: ${log.join(", ")}`)), 10_000).unref();
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const received = await receiveWebhook(
      new Request("http://receiver/", {
        method: "POST",
        headers: request.headers as Record<string, string>,
        body: Buffer.concat(chunks),
      }),
      { keys: key },
    );
    if (!received.ok) {
      response.writeHead(received.status).end(received.reason);
      return;
    }
    response.writeHead(200).end();
    if (received.deliveryKey === undefined || seen.has(received.deliveryKey)) return;
    seen.add(received.deliveryKey);
    const event = received.event;
    if (!("data" in event) || !("event_type" in event)) return;
    const data = event.data as { message_id?: string; from_me?: boolean; ack?: unknown; body?: string };
    log.push(`${event.event_type} ${data.from_me ? "bot" : "customer"} ${String(data.ack)}`);
    if (event.event_type === "message.created" && data.from_me === false) {
      const sent = await call("POST /message/send", "/message/send", {
        chat_id: chat,
        message: `You said: ${data.body}`,
        reply_to: data.message_id,
      });
      if (!isSendMessageResponse(sent)) reject(new Error(`not a send answer: ${JSON.stringify(sent)}`));
    }
    if (event.event_type === "message.ack.updated" && String(data.ack) === "4") {
      reply = data.message_id;
      server.close();
      resolve();
    }
  });
  server.listen(0, "127.0.0.1", async () => {
    const { port } = server.address() as AddressInfo;
    const made = await call("POST /webhooks", "/webhooks", {
      hookUrl: `http://127.0.0.1:${port}/`,
      integrationName: ["message.created", "message.ack.updated"],
    });
    if (!isCreateWebhookResponse(made)) reject(new Error(`not subscribed: ${JSON.stringify(made)}`));
    await fetch(base.replace(/\/v1$/, "/_mock/inbound"), {
      method: "POST",
      body: JSON.stringify({ chat_id: chat, message: "Is my order on its way?" }),
    });
  });
});

await done;
const listed = await call("GET /chats/{chat_id}/messages", `/chats/${chat}/messages?limit=2`);
if (!isMessageList(listed)) throw new Error("not a message list");
console.log(
  JSON.stringify({
    log,
    reply,
    newest: listed.messages.map((message) => [message.from_me, message.body]),
  }),
);
