// A typed client over the endpoint map: the request, query and answer types of an endpoint
// come from its "METHOD /path" key.
import type {
  ApiError,
  EndpointKey,
  Endpoints,
  SendMessageRequest,
  SendMessageResponse,
} from "@periskope-schema/types";

type Call<K extends EndpointKey> = {
  path: Endpoints[K]["pathParameters"];
  query: Endpoints[K]["query"];
  body: Endpoints[K]["request"];
};

export async function call<K extends EndpointKey>(
  key: K,
  call: Call<K>,
  fetchJson: (url: string, body: unknown) => Promise<unknown>,
): Promise<Endpoints[K]["response"] | ApiError> {
  const [, path] = key.split(" ");
  return (await fetchJson(path, call.body)) as Endpoints[K]["response"] | ApiError;
}

export const send: Endpoints["POST /message/send"]["request"] = {
  chat_id: "919537851844@c.us",
  message: "Hello",
  media: { type: "document", url: "https://example.com/invoice.pdf", filename: "invoice.pdf" },
};
const sameType: SendMessageRequest = send;
export const answer: Endpoints["POST /message/send"]["response"] | undefined = undefined as
  | SendMessageResponse
  | undefined;
export const chats: Endpoints["GET /chats"]["query"] = { limit: 100, chat_type: "group" };
export const edit: Call<"POST /message/{message_id}/edit"> = {
  path: { message_id: "true_919537851844@c.us_3EB0" },
  query: {},
  body: { edited_body: "Hello again" },
};
export { sameType };
