//! The webhook envelope in TypeScript: an event map, a union over the known events that narrows
//! on the event name, and a type of its own for events this version does not know.
//!
//! The schemas say which `data` goes with which event in two forms: the canonical one as an
//! `anyOf` with a branch per group of events (`"event": {"enum": [...]}`) and a catch-all branch
//! (`"event": {"type": "string"}`); the input one as `if` the event (under any of its key
//! spellings) is one of a group `then` `data` is of a type. Both become the same declarations.

use std::fmt::Write as _;

use serde_json::{Map, Value, json};

use super::Error;
use super::render::{Renderer, doc_comment, property_name};

/// A webhook envelope definition, read from its schema.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Envelope {
    /// The spellings of the event name's key, the written one first (`event`, `event_type`).
    keys: Vec<String>,
    /// Each group of known events and the schema of their `data`.
    events: Vec<(Vec<String>, Value)>,
    /// The other fields, as an object schema.
    fields: Value,
}

impl Envelope {
    /// The envelope described by `def`, if it is one (in either form).
    pub(super) fn recognise(def: &Value) -> Option<Self> {
        Self::canonical(def).or_else(|| Self::input(def))
    }

    /// The canonical form: an `anyOf` of one branch per event group and one catch-all branch.
    fn canonical(def: &Value) -> Option<Self> {
        let branches = def.get("anyOf")?.as_array()?;
        let mut events = Vec::new();
        let mut catch_all = None;
        for branch in branches {
            let properties = branch.get("properties")?.as_object()?;
            let event = properties.get("event")?;
            match names(event) {
                Some(names) => events.push((names, properties.get("data")?.clone())),
                None if event.get("type") == Some(&json!("string")) && catch_all.is_none() => {
                    catch_all = Some(branch);
                }
                None => return None,
            }
        }
        let catch_all = catch_all?;
        (!events.is_empty()).then(|| Self {
            keys: vec!["event".to_owned()],
            events,
            fields: fields_schema(catch_all, &["event", "data"]),
        })
    }

    /// The input form: `allOf` members `if` the event is one of a group `then` `data` is of a
    /// type, and members that only say which key spellings may appear.
    fn input(def: &Value) -> Option<Self> {
        let members = def.get("allOf")?.as_array()?;
        let mut keys: Option<Vec<String>> = None;
        let mut events = Vec::new();
        for member in members {
            let Some(condition) = member.get("if") else {
                // Only `oneOf`/`not` of `required` lists: which spellings appear.
                let spellings_only = member.as_object()?.iter().all(|(keyword, value)| {
                    matches!(keyword.as_str(), "oneOf" | "anyOf" | "not")
                        && value.to_string().contains("\"required\"")
                        && !value.to_string().contains("\"properties\"")
                });
                if !spellings_only {
                    return None;
                }
                continue;
            };
            let mut group: Option<Vec<String>> = None;
            let mut spellings = Vec::new();
            for alternative in condition.get("anyOf")?.as_array()? {
                let (key, schema) = alternative.get("properties")?.as_object()?.iter().next()?;
                let names = names(schema)?;
                if group.as_ref().is_some_and(|g| *g != names) {
                    return None;
                }
                group = Some(names);
                spellings.push(key.clone());
            }
            if keys.as_ref().is_some_and(|k| *k != spellings) {
                return None;
            }
            keys = Some(spellings);
            let data = member.get("then")?.get("properties")?.get("data")?.clone();
            events.push((group?, data));
        }
        let keys = keys?;
        let mut skip: Vec<&str> = keys.iter().map(String::as_str).collect();
        skip.push("data");
        let fields = fields_schema(def, &skip);
        (!events.is_empty()).then_some(Self {
            fields,
            keys,
            events,
        })
    }

    /// Every known event name, in schema order.
    pub(super) fn names(&self) -> Vec<String> {
        self.events
            .iter()
            .flat_map(|(names, _)| names.iter().cloned())
            .collect()
    }

    /// The spellings of the event name's key, the written one first.
    pub(super) fn keys(&self) -> &[String] {
        &self.keys
    }

    /// Writes the declarations for the envelope definition `name` (such as `WebhookEnvelope`).
    pub(super) fn declare(
        &self,
        renderer: &Renderer,
        out: &mut String,
        name: &str,
        description: Option<&str>,
    ) -> Result<(), Error> {
        let prefix = name.strip_suffix("Envelope").unwrap_or(name);
        let event_name = format!("{prefix}EventName");
        let map = renderer.name(&format!("{prefix}EventMap"));
        let fields = renderer.name(&format!("{name}Fields"));
        let envelope = renderer.name(name);
        let unknown = renderer.name(&format!("Unknown{name}"));
        let canonical = renderer.suffix.is_empty();

        doc_comment(
            out,
            "Each known webhook event name and the type of its `data`.",
            "",
        );
        let _ = writeln!(out, "export interface {map} {{");
        for (names, data) in &self.events {
            let data = renderer.type_of(data, "  ")?;
            for event in names {
                let _ = writeln!(out, "  {}: {data};", Value::from(event.as_str()));
            }
        }
        out.push_str("}\n");
        if canonical {
            out.push('\n');
            doc_comment(
                out,
                &format!(
                    "The name of a webhook event this version knows: a key of `{map}`. \
                     `is{prefix}EventName(name)` tells one at run time."
                ),
                "",
            );
            let _ = writeln!(out, "export type {event_name} = keyof {map};");
        }

        out.push('\n');
        doc_comment(
            out,
            "The fields of a webhook envelope besides its event name and data.",
            "",
        );
        let _ = writeln!(
            out,
            "export interface {fields} {}",
            renderer.object_type(&self.fields, "")?
        );

        out.push('\n');
        let mut doc = description.unwrap_or_default().to_owned();
        if !doc.is_empty() {
            doc.push_str("\n\n");
        }
        let key = self.keys.first().map_or("event", String::as_str);
        let _ = write!(
            doc,
            "A union over the known events that narrows on `{key}`: after \
             `case \"message.created\":` the `data` is a message. `{envelope}<E>` is the \
             envelope of the events `E`. An event this version does not know is an \
             `{unknown}`, outside this union."
        );
        doc_comment(out, &doc, "");
        let _ = writeln!(
            out,
            "export type {envelope}<E extends {event_name} = {event_name}> = {{"
        );
        let known = self.variants("K", &format!("{map}[K]"));
        let _ = writeln!(out, "  [K in E]: {fields} & {known};\n}}[E];");

        out.push('\n');
        doc_comment(
            out,
            &format!(
                "A webhook envelope whose event this version does not know, with its `data` as \
                 received. Take it apart from the known ones with `is{prefix}EventName` on the \
                 event name, and keep or log it rather than refusing it: Periskope adds events."
            ),
            "",
        );
        let _ = writeln!(
            out,
            "export type {unknown} = {fields} & {};",
            self.variants("string", "unknown")
        );
        Ok(())
    }

    /// `{ event: name; data: data }`, one per key spelling (each excluding the others).
    fn variants(&self, name: &str, data: &str) -> String {
        let variants: Vec<String> = self
            .keys
            .iter()
            .map(|key| {
                let others: String = self
                    .keys
                    .iter()
                    .filter(|other| *other != key)
                    .map(|other| format!(" {}?: never;", property_name(other)))
                    .collect();
                format!("{{ {}: {name};{others} data: {data} }}", property_name(key))
            })
            .collect();
        if variants.len() == 1 {
            variants.concat()
        } else {
            format!("({})", variants.join(" | "))
        }
    }
}

/// The event names a schema allows: the strings of its `enum`.
fn names(schema: &Value) -> Option<Vec<String>> {
    schema
        .get("enum")?
        .as_array()?
        .iter()
        .map(|name| name.as_str().map(str::to_owned))
        .collect()
}

/// An object schema of `schema`'s properties without `skip`, allowing what it allows.
fn fields_schema(schema: &Value, skip: &[&str]) -> Value {
    let properties: Map<String, Value> = schema
        .get("properties")
        .and_then(Value::as_object)
        .map(|p| {
            p.iter()
                .filter(|(k, _)| !skip.contains(&k.as_str()))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect()
        })
        .unwrap_or_default();
    let mut fields = json!({"type": "object", "properties": properties});
    if let (Some(additional), Some(object)) =
        (schema.get("additionalProperties"), fields.as_object_mut())
    {
        object.insert("additionalProperties".into(), additional.clone());
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_forms_give_the_same_events_and_the_input_form_both_keys() {
        let canonical = json!({"anyOf": [
            {"type": "object", "properties": {"event": {"enum": ["a.created", "a.updated"]}, "data": {"$ref": "#/$defs/A"}, "id": {"type": "string"}}, "required": ["event", "data"]},
            {"type": "object", "properties": {"event": {"type": "string", "not": {"enum": ["a.created", "a.updated"]}}, "data": {}, "id": {"type": "string"}}, "required": ["event", "data"]}
        ]});
        let input = json!({
            "type": "object",
            "properties": {"event": {"type": "string"}, "event_type": {"type": "string"}, "data": {}, "id": {"type": "string"}},
            "required": ["data"],
            "allOf": [
                {"if": {"anyOf": [
                    {"properties": {"event": {"enum": ["a.created", "a.updated"]}}, "required": ["event"]},
                    {"properties": {"event_type": {"enum": ["a.created", "a.updated"]}}, "required": ["event_type"]}
                ]}, "then": {"properties": {"data": {"$ref": "#/$defs/A"}}}},
                {"oneOf": [{"required": ["event"]}, {"required": ["event_type"]}]}
            ]
        });
        let fields = json!({"type": "object", "properties": {"id": {"type": "string"}}});
        let events = vec![(
            vec!["a.created".to_owned(), "a.updated".to_owned()],
            json!({"$ref": "#/$defs/A"}),
        )];
        assert_eq!(
            Envelope::recognise(&canonical),
            Some(Envelope {
                keys: vec!["event".into()],
                events: events.clone(),
                fields: fields.clone()
            })
        );
        assert_eq!(
            Envelope::recognise(&input),
            Some(Envelope {
                keys: vec!["event".into(), "event_type".into()],
                events,
                fields
            })
        );
    }

    #[test]
    fn other_unions_are_not_envelopes() {
        let union = json!({"anyOf": [{"type": "object", "properties": {"event": {"const": 1}}}]});
        assert_eq!(Envelope::recognise(&union), None);
        assert_eq!(
            Envelope::recognise(&json!({"allOf": [{"type": "string"}]})),
            None
        );
    }
}
