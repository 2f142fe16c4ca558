//! The OpenAPI document `schemas/openapi.json`: every endpoint of the catalog is an operation
//! whose bodies are references to components named as the Rust types, each of them a
//! `validate --type`; openapi-spec-validator (pinned in `tests/py/openapi.txt`) accepts it and
//! refuses a broken copy; openapi-typescript (pinned in `tests/js`) turns it into types with
//! which a program sending a message through openapi-fetch compiles under `tsc --strict`, and
//! one sending a wrong body does not.

mod ci;

use std::path::{Path, PathBuf};
use std::process::Command;

use periskope_model::endpoint::{ENDPOINTS, ERRORS, Payload};
use periskope_tests::js;
use serde_json::{Value, json};

fn document() -> Value {
    js::committed_schema("openapi.json")
}

/// The component a `{"$ref": "#/components/schemas/X"}` names.
fn component_of(reference: &Value) -> &str {
    reference
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|target| target.strip_prefix("#/components/schemas/"))
        .unwrap_or_else(|| panic!("not a component reference: {reference}"))
}

/// `SendMessageRequest` → `send-message-request`.
fn kebab(name: &str) -> String {
    let mut out = String::new();
    for (index, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && index > 0 {
            out.push('-');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

#[test]
fn every_endpoint_is_an_operation_whose_bodies_are_components_that_validate_checks() {
    let document = document();
    let components = document["components"]["schemas"]
        .as_object()
        .expect("components");
    let mut operations = 0;
    for endpoint in ENDPOINTS {
        let context = endpoint.key();
        let operation = &document["paths"][endpoint.path][endpoint.method.lowercase()];
        assert_eq!(
            operation["operationId"], endpoint.operation,
            "{context}: operationId"
        );
        operations += 1;
        let mut bodies = Vec::new();
        if let Some(request) = &endpoint.request {
            let schema = &operation["requestBody"]["content"]["application/json"]["schema"];
            assert_eq!(
                component_of(schema),
                request.name,
                "{context}: request body"
            );
            assert_eq!(
                operation["requestBody"]["required"], !endpoint.request_optional,
                "{context}: requestBody.required"
            );
            bodies.push(request.name);
        }
        for answer in endpoint.answers {
            let response = &operation["responses"][answer.status.to_string()];
            match &answer.body {
                Payload::Json(body) => {
                    let schema = &response["content"]["application/json"]["schema"];
                    assert_eq!(
                        component_of(schema),
                        body.name,
                        "{context}: {}",
                        answer.status
                    );
                    bodies.push(body.name);
                }
                Payload::Empty => assert_eq!(
                    response,
                    &json!({ "description": if answer.status == 204 { "No Content" } else { "OK" } }),
                    "{context}: {}",
                    answer.status
                ),
                Payload::Binary => assert!(
                    response["content"]["application/octet-stream"].is_object(),
                    "{context}: binary answer"
                ),
            }
        }
        for error in &ERRORS {
            let schema =
                &operation["responses"][error.range]["content"]["application/json"]["schema"];
            assert_eq!(
                component_of(schema),
                "ApiError",
                "{context}: {}",
                error.range
            );
        }
        let declared: Vec<&str> = operation["parameters"]
            .as_array()
            .map(|parameters| {
                parameters
                    .iter()
                    .filter(|parameter| parameter["in"] == "path")
                    .filter_map(|parameter| parameter["name"].as_str())
                    .collect()
            })
            .unwrap_or_default();
        assert_eq!(
            declared,
            endpoint.path_parameters().collect::<Vec<_>>(),
            "{context}: path parameters"
        );
        for body in bodies.into_iter().chain(["ApiError"]) {
            assert!(
                components.contains_key(body),
                "{context}: no component {body}"
            );
            let kind = periskope_contract::kind(&kebab(body)).unwrap_or_else(|| {
                panic!("{context}: `validate --type {}` is no kind", kebab(body))
            });
            assert_eq!(kind.type_name(), body, "{context}");
        }
    }
    let in_document: usize = document["paths"]
        .as_object()
        .expect("paths")
        .values()
        .map(|item| item.as_object().map_or(0, |item| item.len()))
        .sum();
    assert_eq!(
        (operations, in_document),
        (ENDPOINTS.len(), ENDPOINTS.len()),
        "every endpoint of the catalog is one operation of the document"
    );
}

#[test]
fn no_reference_points_outside_the_components() {
    fn walk(value: &Value, components: &serde_json::Map<String, Value>, path: &str) {
        match value {
            Value::Object(object) => {
                for (key, item) in object {
                    if key == "$ref" {
                        let target = item.as_str().unwrap_or_default();
                        let name = target.strip_prefix("#/components/schemas/").or_else(|| {
                            target
                                .strip_prefix("#/components/parameters/")
                                .map(|_| "XPhone")
                        });
                        assert!(
                            name.is_some_and(
                                |name| name == "XPhone" || components.contains_key(name)
                            ),
                            "{path}: $ref {target} points nowhere"
                        );
                    } else {
                        walk(item, components, &format!("{path}/{key}"));
                    }
                }
            }
            Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    walk(item, components, &format!("{path}/{index}"));
                }
            }
            _ => {}
        }
    }
    let document = document();
    let components = document["components"]["schemas"]
        .as_object()
        .expect("components");
    walk(&document, components, "#");
}

/// Runs openapi-spec-validator on `file`; its success and output.
fn spec_validator(file: &Path) -> (bool, String) {
    let bin = ci::python_env("py-openapi", "openapi.txt");
    let output = Command::new(bin.join("openapi-spec-validator"))
        .arg(file)
        .output()
        .expect("openapi-spec-validator runs");
    (output.status.success(), ci::text(&output))
}

#[test]
fn openapi_spec_validator_accepts_the_document_and_refuses_a_broken_copy() {
    let committed = js::schemas_dir().join("openapi.json");
    let (ok, output) = spec_validator(&committed);
    assert!(ok, "{output}");
    assert!(output.contains("OK"), "{output}");

    // The same document with one response lacking its required description.
    let mut broken = document();
    broken["paths"]["/message/send"]["post"]["responses"]["200"]
        .as_object_mut()
        .expect("the send answer")
        .remove("description");
    let file = scratch("spec-validator").join("broken.json");
    std::fs::write(&file, serde_json::to_vec(&broken).expect("writes")).expect("writes");
    let (ok, output) = spec_validator(&file);
    assert!(!ok, "a response without a description passed:\n{output}");
    assert!(output.contains("description"), "{output}");
}

/// A fresh folder in the target folder with `tests/js`'s tools linked in.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("openapi-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("creates the folder");
    dir
}

#[test]
fn openapi_typescript_types_send_a_message_through_openapi_fetch_and_refuse_a_wrong_body() {
    let dir = scratch("typescript");
    let modules = js::node_modules();
    std::os::unix::fs::symlink(&modules, dir.join("node_modules")).expect("links node_modules");
    std::fs::write(dir.join("package.json"), r#"{"type": "module"}"#).expect("writes");
    let generated = Command::new("node")
        .arg(modules.join("openapi-typescript/bin/cli.js"))
        .arg(js::schemas_dir().join("openapi.json"))
        .args(["--output", "api.d.ts"])
        .current_dir(&dir)
        .output()
        .expect("openapi-typescript runs");
    assert!(generated.status.success(), "{}", ci::text(&generated));

    std::fs::write(
        dir.join("send.ts"),
        r#"import createClient from "openapi-fetch";
import type { paths, components } from "./api.js";

const client = createClient<paths>({ baseUrl: "https://api.periskope.app/v1" });

export async function send(): Promise<string | undefined> {
  const { data, error } = await client.POST("/message/send", {
    params: { header: { "x-phone": "919876543210" } },
    body: {
      chat_id: "919537851844@c.us",
      message: "Your order has shipped",
      media: { type: "document", url: "https://example.com/invoice.pdf", filename: "invoice.pdf" },
    },
  });
  if (error) return error.code;
  return data && "queue_id" in data ? String(data.queue_id) : undefined;
}

export async function chats(): Promise<number> {
  const { data } = await client.GET("/chats", { params: { query: { limit: 10, chat_type: "group" } } });
  return data?.chats.length ?? 0;
}

export const broadcast: components["schemas"]["BroadcastMessageRequest"] = {
  chat_ids: ["919537851844@c.us"],
  message: "Hi",
};
"#,
    )
    .expect("writes");
    std::fs::write(
        dir.join("wrong.ts"),
        r#"import createClient from "openapi-fetch";
import type { paths } from "./api.js";

const client = createClient<paths>({ baseUrl: "https://api.periskope.app/v1" });
export const wrong = client.POST("/message/send", { body: { message: "no chat_id" } });
"#,
    )
    .expect("writes");
    let tsc = |file: &str| {
        let output = js::tsc()
            .args([
                "--strict",
                "--noEmit",
                "--module",
                "nodenext",
                "--moduleResolution",
                "nodenext",
                "--target",
                "es2022",
                file,
            ])
            .current_dir(&dir)
            .output()
            .expect("tsc runs");
        (output.status.success(), ci::text(&output))
    };
    let (ok, output) = tsc("send.ts");
    assert!(ok, "send.ts does not compile:\n{output}");
    let (ok, output) = tsc("wrong.ts");
    assert!(!ok, "a body without chat_id compiled");
    assert!(
        output.contains("wrong.ts(5,") && output.contains("Property 'chat_id' is missing"),
        "{output}"
    );
}
