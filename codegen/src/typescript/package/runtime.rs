//! What the package's runtime is made of: a guard per type of each contract, the schemas ajv
//! compiles for them (one per contract, annotations stripped), the bundle's entry module and
//! the declarations of the index.

use std::fmt::Write as _;

use serde_json::{Map, Value, json};

use super::{GENERATED, Package, Root, comment};

impl<'a> Package<'a> {
    /// The guard names, each with the type it narrows to, its contract and the schema it checks
    /// (a reference into [`Self::compiled_schemas`]).
    pub(super) fn guards(&self) -> Vec<Guard> {
        let mut guards = Vec::new();
        // Where each root is among the compiled definitions, worked out once per contract.
        let canonical = self.layout("canonical").1;
        let input = self.layout("input").1;
        for (index, root) in self.roots.iter().enumerate() {
            for (suffix, contract, pointers) in
                [("", "canonical", &canonical), ("Input", "input", &input)]
            {
                let type_name = format!("{}{suffix}", root.type_name);
                let pointer = pointers.get(index).cloned().unwrap_or_default();
                let file = if contract == "canonical" {
                    format!("canonical/{}.schema.json", root.kind)
                } else {
                    format!("{}.schema.json", root.kind)
                };
                guards.push(Guard {
                    type_name,
                    reference: format!("{}#/$defs/{pointer}", contract_id(contract)),
                    about: format!(
                        "a `{}` {}: the schema `{file}`",
                        root.type_name,
                        if contract == "canonical" {
                            "as the Periskope model writes it"
                        } else {
                            "in any encoding Periskope sends"
                        }
                    ),
                });
            }
        }
        if let Some(envelope) = self.envelope() {
            for (suffix, contract) in [("", "canonical"), ("Input", "input")] {
                guards.push(Guard {
                    type_name: format!("{envelope}{suffix}"),
                    reference: format!("{}#/$defs/known-{envelope}", contract_id(contract)),
                    about: format!(
                        "a webhook envelope of a known event {}",
                        if contract == "canonical" {
                            "as the Periskope model writes it"
                        } else {
                            "in any encoding Periskope sends"
                        }
                    ),
                });
            }
        }
        guards
    }

    /// The definitions ajv compiles for `contract` (every root's, without annotations, and each
    /// root that is not one of them as `root-<kind>`), and where each root is among them.
    fn layout(&self, contract: &str) -> (Map<String, Value>, Vec<String>) {
        let schema_of = |root: &Root<'a>| -> &'a Value {
            if contract == "canonical" {
                root.canonical
            } else {
                root.input
            }
        };
        let mut defs = Map::new();
        for root in self.roots {
            if let Some(Value::Object(root_defs)) = schema_of(root).get("$defs") {
                for (name, def) in root_defs {
                    defs.insert(name.clone(), strip_annotations(def));
                }
            }
        }
        let mut pointers = Vec::new();
        for root in self.roots {
            let body = strip_annotations(&super::super::root_body(schema_of(root)));
            // A root that is also a shared definition is checked through it, so that its code
            // is generated once.
            if defs.get(root.type_name) == Some(&body) {
                pointers.push(root.type_name.to_owned());
            } else {
                let pointer = format!("root-{}", root.kind);
                defs.insert(pointer.clone(), body);
                pointers.push(pointer);
            }
        }
        (defs, pointers)
    }

    /// One schema per contract for ajv: its [`Self::layout`], and the known-event envelope as
    /// `known-WebhookEnvelope`.
    pub(super) fn compiled_schemas(&self) -> Vec<Value> {
        let mut out = Vec::new();
        for contract in ["canonical", "input"] {
            let (mut defs, _) = self.layout(contract);
            if let Some(envelope) = self.envelope() {
                let names = json!(self.canonical.events);
                let keys = if contract == "canonical" {
                    &self.canonical.event_keys
                } else {
                    &self.input.event_keys
                };
                let known: Vec<Value> = keys
                    .iter()
                    .map(|key| json!({"properties": {key.as_str(): {"enum": names}}, "required": [key]}))
                    .collect();
                defs.insert(
                    format!("known-{envelope}"),
                    json!({
                        "type": "object",
                        "allOf": [{"$ref": format!("#/$defs/{envelope}")}],
                        "anyOf": known,
                    }),
                );
            }
            out.push(json!({"$id": contract_id(contract), "$defs": defs}));
        }
        out
    }

    /// The entry module of the bundle: the runtime values and the guards.
    pub(super) fn entry_module(&self) -> String {
        let mut out = String::from(
            "import * as validators from \"./validators.js\";\nimport { findingsOf } from \"./findings.js\";\nexport { deliveryKey } from \"./delivery.js\";\n",
        );
        for (name, values) in &self.canonical.enums {
            let _ = writeln!(
                out,
                "\nexport const {} = Object.freeze({});",
                constant_name(name),
                Value::from(values.clone())
            );
        }
        if self.envelope().is_some() {
            let _ = writeln!(
                out,
                "\nexport const WEBHOOK_EVENT_NAMES = Object.freeze({});\nconst EVENT_NAMES = new Set(WEBHOOK_EVENT_NAMES);\n\nexport function isWebhookEventName(name) {{\n  return typeof name === \"string\" && EVENT_NAMES.has(name);\n}}",
                Value::from(self.canonical.events.clone())
            );
        }
        let names: Vec<String> = self.guards().into_iter().map(|g| g.type_name).collect();
        for name in &names {
            let _ = writeln!(
                out,
                "\nexport function is{name}(value) {{\n  return validators.{name}(value);\n}}"
            );
        }
        let _ = write!(
            out,
            r#"
const TYPES = {names};

function validator(type) {{
  if (typeof type !== "string" || !Object.prototype.hasOwnProperty.call(validators, type)) {{
    throw new TypeError(`unknown type ${{JSON.stringify(type)}}: expected one of ${{TYPES.join(", ")}}`);
  }}
  return validators[type];
}}

export function is(type, value) {{
  return validator(type)(value);
}}

export function findings(type, value) {{
  const validate = validator(type);
  return validate(value) ? [] : findingsOf(validate.errors ?? [], value);
}}
"#,
            names = Value::from(names)
        );
        out
    }

    /// `index.d.ts` (and `index.d.cts`): the types, re-exported, and the runtime's declarations.
    pub(super) fn index_declarations(&self) -> String {
        let guards = self.guards();
        let mut out = comment(GENERATED);
        out.push_str(
            "\n\nexport type * from \"./types.js\";\nexport type * from \"./input.js\";\n",
        );
        let canonical: Vec<&str> = guards
            .iter()
            .map(|g| g.type_name.as_str())
            .filter(|n| !n.ends_with("Input"))
            .collect();
        let input: Vec<&str> = guards
            .iter()
            .map(|g| g.type_name.as_str())
            .filter(|n| n.ends_with("Input"))
            .collect();
        let mut canonical_imports = canonical.clone();
        if self.envelope().is_some() {
            canonical_imports.push("WebhookEventName");
        }
        let _ = writeln!(
            out,
            "import type {{ {} }} from \"./types.js\";\nimport type {{ {} }} from \"./input.js\";",
            canonical_imports.join(", "),
            input.join(", ")
        );
        out.push_str(
            "\n/** Each type a guard checks, by name: the `type` argument of `is` and `findings`. */\nexport interface Checked {\n",
        );
        for guard in &guards {
            let _ = writeln!(out, "  {name}: {name};", name = guard.type_name);
        }
        out.push_str("}\n");
        out.push_str(
            r#"
/** Why a value is not of a type: where, and what was expected there. */
export interface Finding {
  /** The JSON path of the offending value, as the `periskope-schema` command prints it: `$`, `$.data.ack`, `$.members["9@c.us"]`, `$.links[0]`. */
  path: string;
  /** What was expected, such as `expected an integer or a string, found true`. */
  message: string;
  /** The JSON Schema keyword that failed: `type`, `required`, `pattern`, `anyOf`, … */
  keyword: string;
}

/**
 * Whether `value` is of the type named `type`, such as `is("MessageInput", body)`.
 * @throws TypeError when `type` names no checked type.
 */
export declare function is<T extends keyof Checked>(type: T, value: unknown): value is Checked[T];

/**
 * Why `value` is not of the type named `type`: empty when it is.
 * @throws TypeError when `type` names no checked type.
 */
export declare function findings(type: keyof Checked, value: unknown): Finding[];

/**
 * What a receiver deduplicates deliveries on (the same rule as the Rust model's
 * `WebhookEvent::delivery_key`): the envelope's `id` when it is a non-empty string; otherwise
 * `{event}:{object id}` (`phone_id`, `chat_id`, `message_id`, `reaction_id`, `ticket.ticket_id`
 * or `notification_id`, by the event's type; `message.ack.updated` adds `:{ack}`); for a bare
 * data object `{type}:{object id}` (`Message:…`); `undefined` when there is neither. It depends on
 * values, not bytes: compact, pretty and reordered bodies of one delivery have one key.
 */
export declare function deliveryKey(body: unknown): string | undefined;
"#,
        );
        for guard in &guards {
            let _ = writeln!(
                out,
                "\n/** Whether `value` is {}. */\nexport declare function is{name}(value: unknown): value is {name};",
                guard.about,
                name = guard.type_name
            );
        }
        if self.envelope().is_some() {
            let _ = writeln!(
                out,
                "\n/** The names of the webhook events this version knows. */\nexport declare const WEBHOOK_EVENT_NAMES: readonly {};\n\n/** Whether `name` is a webhook event this version knows (else its envelope is an `UnknownWebhookEnvelope`). */\nexport declare function isWebhookEventName(name: unknown): name is WebhookEventName;",
                tuple(&self.canonical.events)
            );
        }
        for (name, values) in &self.canonical.enums {
            let _ = writeln!(
                out,
                "\n/** The known values of `{name}` (Periskope may send others, which the type admits). */\nexport declare const {}: readonly {};",
                constant_name(name),
                tuple(values)
            );
        }
        out
    }
}

/// One guard: `is<type_name>`.
pub(super) struct Guard {
    pub(super) type_name: String,
    pub(super) reference: String,
    about: String,
}

/// The `$id` of the schema ajv compiles for `contract`.
fn contract_id(contract: &str) -> String {
    format!("urn:periskope-schema:{contract}")
}

/// `MESSAGE_TYPES` for `MessageType`, `TICKET_STATUSES` for `TicketStatus`.
pub(super) fn constant_name(def: &str) -> String {
    let mut out = String::new();
    for (index, c) in def.char_indices() {
        if c.is_ascii_uppercase() && index > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_uppercase());
    }
    if out.ends_with('S') {
        out.push_str("ES");
    } else {
        out.push('S');
    }
    out
}

/// `readonly ["a", "b"]`'s tuple part.
fn tuple(values: &[String]) -> String {
    let quoted: Vec<String> = values
        .iter()
        .map(|v| Value::from(v.as_str()).to_string())
        .collect();
    format!("[{}]", quoted.join(", "))
}

/// A schema without the keywords that only annotate (`description`, `examples`, `title`), which
/// the compiled guards do not need; property names are kept whatever they are.
fn strip_annotations(schema: &Value) -> Value {
    let Value::Object(object) = schema else {
        return schema.clone();
    };
    let mut out = Map::new();
    for (keyword, value) in object {
        let kept = match keyword.as_str() {
            "description" | "examples" | "title" | "$comment" | "deprecated" | "default" => {
                continue;
            }
            "properties" | "$defs" | "patternProperties" | "dependentSchemas" => match value {
                Value::Object(map) => Value::Object(
                    map.iter()
                        .map(|(k, v)| (k.clone(), strip_annotations(v)))
                        .collect(),
                ),
                other => other.clone(),
            },
            "anyOf" | "oneOf" | "allOf" | "prefixItems" => match value {
                Value::Array(items) => Value::Array(items.iter().map(strip_annotations).collect()),
                other => other.clone(),
            },
            "items"
            | "not"
            | "if"
            | "then"
            | "else"
            | "additionalProperties"
            | "contains"
            | "propertyNames"
            | "unevaluatedProperties"
            | "unevaluatedItems" => strip_annotations(value),
            _ => value.clone(),
        };
        out.insert(keyword.clone(), kept);
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn constant_names_are_plural_screaming_snake_case() {
        assert_eq!(constant_name("MessageType"), "MESSAGE_TYPES");
        assert_eq!(constant_name("TicketStatus"), "TICKET_STATUSES");
        assert_eq!(constant_name("WaState"), "WA_STATES");
    }

    #[test]
    fn annotations_go_but_properties_named_like_them_stay() {
        let schema = json!({
            "description": "x",
            "properties": {"description": {"type": "string", "description": "y"}},
            "anyOf": [{"title": "t", "type": "object"}],
            "examples": [1]
        });
        assert_eq!(
            strip_annotations(&schema),
            json!({"properties": {"description": {"type": "string"}}, "anyOf": [{"type": "object"}]})
        );
    }
}
