//! The webhook envelope in TypeScript: an event map, a union over the known events that narrows
//! on the event name, and a type of its own for events this version does not know.
//!
//! The schemas say which `data` goes with which event as an `anyOf` of named members, one per
//! known event (`"event": {"const": "message.created"}`, `data` of its type) and a catch-all
//! member (`"event": {"type": "string"}`); the input contract's members also have `event_type`,
//! the other spelling. Both contracts become the same declarations.

use std::fmt::Write as _;

use std::collections::BTreeMap;

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
    /// The envelope described by `def`, if it is one, with the names of its member definitions
    /// (which its declarations stand for). `defs` resolves the members' references.
    pub(super) fn recognise(
        def: &Value,
        defs: &BTreeMap<String, Value>,
    ) -> Option<(Self, Vec<String>)> {
        let branches = def.get("anyOf")?.as_array()?;
        let mut events: Vec<(Vec<String>, Value)> = Vec::new();
        let mut catch_all = None;
        let mut members = Vec::new();
        let mut keys: Option<Vec<String>> = None;
        for branch in branches {
            let name = branch.get("$ref")?.as_str()?.strip_prefix("#/$defs/")?;
            let member = defs.get(name)?;
            members.push(name.to_owned());
            let properties = member.get("properties")?.as_object()?;
            let spellings: Vec<String> = ["event", "event_type"]
                .into_iter()
                .filter(|key| properties.contains_key(*key))
                .map(str::to_owned)
                .collect();
            if spellings.first().map(String::as_str) != Some("event")
                || keys.as_ref().is_some_and(|k| *k != spellings)
            {
                return None;
            }
            keys = Some(spellings);
            let event = properties.get("event")?;
            let data = properties.get("data")?.clone();
            match event.get("const").and_then(Value::as_str) {
                Some(name) => match events.last_mut() {
                    Some((names, last)) if *last == data => names.push(name.to_owned()),
                    _ => events.push((vec![name.to_owned()], data)),
                },
                None if event.get("type") == Some(&json!("string")) && catch_all.is_none() => {
                    catch_all = Some(member);
                }
                None => return None,
            }
        }
        let keys = keys?;
        let mut skip: Vec<&str> = keys.iter().map(String::as_str).collect();
        skip.push("data");
        let fields = fields_schema(catch_all?, &skip);
        (!events.is_empty()).then_some((
            Self {
                keys,
                events,
                fields,
            },
            members,
        ))
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

    fn defs(input: bool) -> BTreeMap<String, Value> {
        let member = |event: Value, data: Value| {
            let mut properties =
                json!({"event": event.clone(), "data": data, "id": {"type": "string"}});
            if input {
                properties["event_type"] = event;
            }
            json!({"type": "object", "properties": properties, "required": ["data"]})
        };
        [
            (
                "ACreated",
                member(json!({"const": "a.created"}), json!({"$ref": "#/$defs/A"})),
            ),
            (
                "AUpdated",
                member(json!({"const": "a.updated"}), json!({"$ref": "#/$defs/A"})),
            ),
            (
                "Other",
                member(json!({"type": "string", "pattern": "^(?!a)"}), json!({})),
            ),
        ]
        .into_iter()
        .map(|(name, schema)| (name.to_owned(), schema))
        .collect()
    }

    #[test]
    fn both_contracts_give_the_same_events_and_the_input_one_both_keys() {
        let union = json!({"anyOf": [
            {"$ref": "#/$defs/ACreated"}, {"$ref": "#/$defs/AUpdated"}, {"$ref": "#/$defs/Other"}
        ]});
        let fields = json!({"type": "object", "properties": {"id": {"type": "string"}}});
        let events = vec![(
            vec!["a.created".to_owned(), "a.updated".to_owned()],
            json!({"$ref": "#/$defs/A"}),
        )];
        let members: Vec<String> = ["ACreated", "AUpdated", "Other"].map(String::from).into();
        assert_eq!(
            Envelope::recognise(&union, &defs(false)),
            Some((
                Envelope {
                    keys: vec!["event".into()],
                    events: events.clone(),
                    fields: fields.clone()
                },
                members.clone()
            ))
        );
        assert_eq!(
            Envelope::recognise(&union, &defs(true)),
            Some((
                Envelope {
                    keys: vec!["event".into(), "event_type".into()],
                    events,
                    fields
                },
                members
            ))
        );
    }

    #[test]
    fn other_unions_are_not_envelopes() {
        let union = json!({"anyOf": [{"type": "object", "properties": {"event": {"const": 1}}}]});
        assert_eq!(Envelope::recognise(&union, &defs(false)), None);
        let no_catch_all = json!({"anyOf": [{"$ref": "#/$defs/ACreated"}]});
        assert_eq!(Envelope::recognise(&no_catch_all, &defs(false)), None);
        assert_eq!(
            Envelope::recognise(&json!({"allOf": [{"type": "string"}]}), &defs(false)),
            None
        );
    }
}
