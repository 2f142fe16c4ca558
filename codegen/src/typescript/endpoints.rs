//! The endpoint map of the npm package's types: `Endpoints["POST /message/send"]` gives an
//! endpoint's request, query, path parameters and answers, from the model's endpoint catalog.

use std::fmt::Write as _;

use periskope_model::endpoint::{ENDPOINTS, Endpoint, Payload};
use serde_json::Value;

use crate::openapi;

/// The `Endpoints` interface, appended to `types.d.ts`.
pub(super) fn declarations() -> String {
    let mut out = String::from(
        "\n/**\n * Every endpoint of the API, by `\"METHOD /path\"` (the path relative to\n * `https://api.periskope.app/v1`): its request body (`never` when it takes none), query\n * parameters, path parameters, the body of its first success answer (`void` when it has none)\n * and the error envelope.\n */\nexport interface Endpoints {\n",
    );
    for endpoint in ENDPOINTS {
        let _ = write!(
            out,
            "  /** {} */\n  {:?}: {{\n",
            endpoint.summary,
            endpoint.key()
        );
        let _ = writeln!(out, "    method: {:?};", endpoint.method.as_str());
        let _ = writeln!(out, "    path: {:?};", endpoint.path);
        let _ = writeln!(out, "    operation: {:?};", endpoint.operation);
        let _ = writeln!(out, "    pathParameters: {};", path_parameters(endpoint));
        let _ = writeln!(out, "    query: {};", query(endpoint));
        let _ = writeln!(out, "    request: {};", request(endpoint));
        let _ = writeln!(out, "    response: {};", response(endpoint));
        let _ = writeln!(out, "    error: ApiError;");
        out.push_str("  };\n");
    }
    out.push_str(
        "}\n\n/** The key of an endpoint in `Endpoints`, such as `\"POST /message/send\"`. */\nexport type EndpointKey = keyof Endpoints;\n",
    );
    out
}

fn path_parameters(endpoint: &Endpoint) -> String {
    let names: Vec<String> = endpoint
        .path_parameters()
        .map(|name| format!("{name}: string"))
        .collect();
    if names.is_empty() {
        "{}".into()
    } else {
        format!("{{ {} }}", names.join("; "))
    }
}

fn query(endpoint: &Endpoint) -> String {
    let Some(query) = &endpoint.query else {
        return "{}".into();
    };
    let fields: Vec<String> = openapi::query_parameters(query)
        .iter()
        .map(|parameter| {
            let name = parameter
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let optional = if parameter.get("required") == Some(&Value::Bool(true)) {
                ""
            } else {
                "?"
            };
            let ty = match parameter.pointer("/schema/type").and_then(Value::as_str) {
                Some("integer" | "number") => "number",
                Some("boolean") => "boolean",
                _ => "string",
            };
            format!("{name}{optional}: {ty}")
        })
        .collect();
    format!("{{ {} }}", fields.join("; "))
}

fn request(endpoint: &Endpoint) -> String {
    match (&endpoint.request, endpoint.request_optional) {
        (None, _) => "never".into(),
        (Some(body), false) => body.name.into(),
        (Some(body), true) => format!("{} | undefined", body.name),
    }
}

fn response(endpoint: &Endpoint) -> String {
    match endpoint.success().map(|answer| &answer.body) {
        Some(Payload::Json(body)) => body.name.into(),
        Some(Payload::Binary) => "ArrayBuffer".into(),
        Some(Payload::Empty) | None => "void".into(),
    }
}
