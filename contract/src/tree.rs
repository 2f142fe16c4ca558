//! The quick verdict: a payload parsed once into a [`Tree`] that borrows its strings from the
//! text, checked by the input schema (jsonschema reads the tree through [`Borrowed`]) and read
//! by the typed model (through the tree's own serde `Deserializer`).
//!
//! A `serde_json::Value` allocates every key and string and keeps objects in B-trees; a tree
//! allocates one vector per array or object, so parsing it and dropping it cost far less. A
//! payload the quick verdict accepts is valid. Anything else (a refusal by either check, a
//! payload that is not an object, a kind that cannot be detected) is judged again by the full
//! path, which builds a `Value` and explains every finding: the quick verdict never reports, it
//! only lets valid payloads skip the explanation's cost.
//!
//! The tree keeps every member of an object in order, duplicates included, so the typed model
//! reads the same sequence of keys it would read from the text.

use std::borrow::Cow;
use std::fmt;

use jsonschema::JsonType;
use jsonschema::json::{Array, Json, Node, NodeIdentity, Object};
use serde::de::value::{BorrowedStrDeserializer, MapDeserializer, SeqDeserializer};
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, SeqAccess,
    Visitor,
};
use serde::forward_to_deserialize_any;
use serde_json::{Number, Value};

use periskope_model::{
    Nullable, OrgId, Timestamp, WebhookData, WebhookDataKind, WebhookEvent, WebhookEventName,
};

/// One JSON value whose strings and keys borrow from the text when they hold no escapes.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Tree<'t> {
    /// `null`.
    #[default]
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as serde_json reads it.
    Number(Number),
    /// A string.
    String(Cow<'t, str>),
    /// An array.
    Array(Vec<Tree<'t>>),
    /// An object's members in their order, duplicates included.
    Object(Vec<(Cow<'t, str>, Tree<'t>)>),
}

/// Parses `text` as one JSON value and nothing after it; `None` when it is not JSON (the full
/// path says why and where).
pub fn parse(text: &str) -> Option<Tree<'_>> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let tree = TreeSeed.deserialize(&mut deserializer).ok()?;
    deserializer.end().ok()?;
    Some(tree)
}

/// Whether `tree` reads as a `T`.
pub fn accepts<T: DeserializeOwned>(tree: &Tree<'_>) -> bool {
    T::deserialize(tree).is_ok()
}

/// Whether the model reads `tree` as a [`WebhookEvent`], checked on the tree itself. The model
/// collects a webhook body into a `serde_json::Value` before it knows the data's type; here the
/// data is read in place, as its type. The quick verdict is never more lenient than the model: a
/// key given twice at the top is refused, as the model refuses it, and one given twice deeper
/// is refused here where the model's collected value keeps the last (the explaining path then
/// gives the model's verdict).
pub fn accepts_webhook(tree: &Tree<'_>) -> bool {
    let Tree::Object(members) = tree else {
        return false;
    };
    let has = |key: &str| member(members, key).is_some();
    let twice = members.iter().enumerate().any(|(index, (name, _))| {
        members
            .iter()
            .skip(index + 1)
            .any(|(other, _)| other == name)
    });
    if twice {
        return false;
    }
    let data_accepts = |kind: Option<WebhookDataKind>, data: &Tree<'_>| {
        kind.is_none_or(|kind| WebhookData::deserialize_as(kind, data).is_ok())
    };
    if !WebhookEvent::is_envelope(has) {
        let is_true = |key: &str| member(members, key) == Some(&Tree::Bool(true));
        return match WebhookDataKind::of_bare_keys(has, is_true) {
            Some(kind) => data_accepts(Some(kind), tree),
            None => false,
        };
    }
    let name = match (member(members, "event"), member(members, "event_type")) {
        (Some(Tree::String(name)), None) | (None, Some(Tree::String(name))) => name,
        _ => return false,
    };
    let attribute =
        |key: &str, accepts: fn(&Tree<'_>) -> bool| member(members, key).is_none_or(accepts);
    let (Some(data), true, true, true) = (
        member(members, "data"),
        attribute("id", accepts::<Nullable<String>>),
        attribute("org_id", accepts::<Nullable<OrgId>>),
        attribute("timestamp", accepts::<Nullable<Timestamp>>),
    ) else {
        return false;
    };
    data_accepts(WebhookEventName::from(&**name).data_kind(), data)
}

/// The member `key` of an object's members; the last one, as in a `Value`, when it is given
/// twice.
pub fn member<'a, 't>(members: &'a [(Cow<'t, str>, Tree<'t>)], key: &str) -> Option<&'a Tree<'t>> {
    members
        .iter()
        .rev()
        .find(|(name, _)| name == key)
        .map(|(_, value)| value)
}

impl Tree<'_> {
    /// Whether some object in this value has a key twice.
    pub fn has_duplicate_keys(&self) -> bool {
        match self {
            Self::Array(items) => items.iter().any(Self::has_duplicate_keys),
            Self::Object(members) => {
                let mut seen = std::collections::HashSet::with_capacity(members.len());
                members
                    .iter()
                    .any(|(name, value)| !seen.insert(&**name) || value.has_duplicate_keys())
            }
            Self::Null | Self::Bool(_) | Self::Number(_) | Self::String(_) => false,
        }
    }

    /// The same value as a `serde_json::Value` (duplicate keys: the last one wins).
    pub fn to_value(&self) -> Value {
        match self {
            Self::Null => Value::Null,
            Self::Bool(value) => Value::Bool(*value),
            Self::Number(number) => Value::Number(number.clone()),
            Self::String(text) => Value::String(text.clone().into_owned()),
            Self::Array(items) => Value::Array(items.iter().map(Self::to_value).collect()),
            Self::Object(members) => Value::Object(
                members
                    .iter()
                    .map(|(key, value)| (key.clone().into_owned(), value.to_value()))
                    .collect(),
            ),
        }
    }
}

// ---- Parsing -------------------------------------------------------------------------------

#[derive(Clone, Copy)]
struct TreeSeed;

impl<'de> DeserializeSeed<'de> for TreeSeed {
    type Value = Tree<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Tree<'de>, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for TreeSeed {
    type Value = Tree<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, value: bool) -> Result<Tree<'de>, E> {
        Ok(Tree::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Tree<'de>, E> {
        Ok(Tree::Number(value.into()))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Tree<'de>, E> {
        Ok(Tree::Number(value.into()))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Tree<'de>, E> {
        // As `Value` does: JSON text has no infinite numbers, so this is never `Null`.
        Ok(Number::from_f64(value).map_or(Tree::Null, Tree::Number))
    }

    fn visit_borrowed_str<E>(self, value: &'de str) -> Result<Tree<'de>, E> {
        Ok(Tree::String(Cow::Borrowed(value)))
    }

    fn visit_str<E>(self, value: &str) -> Result<Tree<'de>, E> {
        Ok(Tree::String(Cow::Owned(value.to_owned())))
    }

    fn visit_string<E>(self, value: String) -> Result<Tree<'de>, E> {
        Ok(Tree::String(Cow::Owned(value)))
    }

    fn visit_unit<E>(self) -> Result<Tree<'de>, E> {
        Ok(Tree::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Tree<'de>, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(self)? {
            items.push(item);
        }
        Ok(Tree::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Tree<'de>, A::Error> {
        let mut members = Vec::new();
        while let Some(key) = map.next_key_seed(KeySeed)? {
            members.push((key, map.next_value_seed(self)?));
        }
        Ok(Tree::Object(members))
    }
}

#[derive(Clone, Copy)]
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object key")
    }

    fn visit_borrowed_str<E>(self, value: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(value))
    }

    fn visit_str<E>(self, value: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(value.to_owned()))
    }

    fn visit_string<E>(self, value: String) -> Result<Self::Value, E> {
        Ok(Cow::Owned(value))
    }
}

// ---- Reading the tree with serde, as serde_json reads a `&Value` ----------------------------

/// A key, handed to the model as borrowed text.
struct Key<'a>(&'a str);

impl<'a> IntoDeserializer<'a, serde_json::Error> for Key<'a> {
    type Deserializer = BorrowedStrDeserializer<'a, serde_json::Error>;

    fn into_deserializer(self) -> Self::Deserializer {
        BorrowedStrDeserializer::new(self.0)
    }
}

impl<'a, 't> IntoDeserializer<'a, serde_json::Error> for &'a Tree<'t> {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

impl<'de, 't> Deserializer<'de> for &'de Tree<'t> {
    type Error = serde_json::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self {
            Tree::Null => visitor.visit_unit(),
            Tree::Bool(value) => visitor.visit_bool(*value),
            Tree::Number(number) => number.deserialize_any(visitor),
            Tree::String(text) => visitor.visit_borrowed_str(text),
            Tree::Array(items) => {
                let mut seq = SeqDeserializer::new(items.iter());
                let value = visitor.visit_seq(&mut seq)?;
                seq.end()?;
                Ok(value)
            }
            Tree::Object(members) => {
                let mut map =
                    MapDeserializer::new(members.iter().map(|(key, value)| (Key(key), value)));
                let value = visitor.visit_map(&mut map)?;
                map.end()?;
                Ok(value)
            }
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self {
            Tree::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self {
            Tree::Null => visitor.visit_unit(),
            _ => self.deserialize_any(visitor),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        match self {
            Tree::String(text) => visitor.visit_enum(BorrowedStrDeserializer::new(text)),
            // Enums with data are not in the model; read them as serde_json would.
            _ => self
                .to_value()
                .deserialize_enum(name, variants, visitor)
                .map_err(de::Error::custom),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_unit()
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit_struct seq tuple tuple_struct map struct identifier
    }
}

// ---- Reading the tree with jsonschema ------------------------------------------------------

/// The tree as a JSON representation jsonschema validates.
pub struct Borrowed;

impl Json for Borrowed {
    type Node<'a> = &'a Tree<'a>;
    type PreparedKey = String;
    type StringBuffer = Tree<'static>;

    // Looking a key up scans the members, so a pass over them is as cheap as one lookup.
    const KEYS_PER_LOOKUP: usize = 1;

    fn prepare_key(key: &str) -> String {
        key.to_owned()
    }

    fn with_string_node<T>(
        buffer: &mut Tree<'static>,
        string: &str,
        f: impl FnOnce(Self::Node<'_>) -> T,
    ) -> T {
        *buffer = Tree::String(Cow::Owned(string.to_owned()));
        f(buffer)
    }
}

impl<'a> Node<'a, Borrowed> for &'a Tree<'a> {
    type Object = &'a [(Cow<'a, str>, Tree<'a>)];
    type Array = &'a [Tree<'a>];
    type Number = &'a Number;

    fn as_object(&self) -> Option<Self::Object> {
        match self {
            Tree::Object(members) => Some(members),
            _ => None,
        }
    }

    fn as_array(&self) -> Option<Self::Array> {
        match self {
            Tree::Array(items) => Some(items),
            _ => None,
        }
    }

    fn as_string(&self) -> Option<Cow<'a, str>> {
        match self {
            Tree::String(text) => Some(Cow::Borrowed(text)),
            _ => None,
        }
    }

    fn as_number(&self) -> Option<&'a Number> {
        match self {
            Tree::Number(number) => Some(number),
            _ => None,
        }
    }

    fn as_boolean(&self) -> Option<bool> {
        match self {
            Tree::Bool(value) => Some(*value),
            _ => None,
        }
    }

    fn is_null(&self) -> bool {
        matches!(self, Tree::Null)
    }

    fn json_type(&self) -> JsonType {
        match self {
            Tree::Null => JsonType::Null,
            Tree::Bool(_) => JsonType::Boolean,
            Tree::Number(_) => JsonType::Number,
            Tree::String(_) => JsonType::String,
            Tree::Array(_) => JsonType::Array,
            Tree::Object(_) => JsonType::Object,
        }
    }

    fn to_value(&self) -> Cow<'a, Value> {
        Cow::Owned(Tree::to_value(self))
    }

    fn identity(&self) -> Option<NodeIdentity> {
        Some(NodeIdentity::new(
            std::ptr::from_ref::<Tree<'a>>(*self) as usize
        ))
    }
}

/// An object's members as jsonschema sees them.
pub struct Members<'a>(std::slice::Iter<'a, (Cow<'a, str>, Tree<'a>)>);

impl<'a> Iterator for Members<'a> {
    type Item = (&'a str, &'a Tree<'a>);

    fn next(&mut self) -> Option<Self::Item> {
        self.0.next().map(|(key, value)| (&**key, value))
    }
}

impl<'a> Object<'a, Borrowed> for &'a [(Cow<'a, str>, Tree<'a>)] {
    type Node = &'a Tree<'a>;
    type MemberName = &'a str;
    type MembersIter = Members<'a>;

    fn len(&self) -> usize {
        <[_]>::len(self)
    }

    fn get(&self, key: &String) -> Option<&'a Tree<'a>> {
        member(self, key)
    }

    fn members(&self) -> Members<'a> {
        Members(self.iter())
    }
}

impl<'a> Array<'a, Borrowed> for &'a [Tree<'a>] {
    type Node = &'a Tree<'a>;
    type ElementsIter = std::slice::Iter<'a, Tree<'a>>;

    fn len(&self) -> usize {
        <[_]>::len(self)
    }

    fn elements(&self) -> Self::ElementsIter {
        self.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    /// The member `key`, as the schema validator looks it up.
    fn member<'a>(tree: &'a Tree<'a>, key: &str) -> Option<&'a Tree<'a>> {
        let members = Node::<Borrowed>::as_object(&tree)?;
        Object::<Borrowed>::get(&members, &key.to_owned())
    }

    #[test]
    fn a_tree_holds_what_a_value_holds() {
        let text =
            r#"{"a": [1, -2, 2.5, 1e3, "x\ty", null, true], "b": {"c": {}}, "a\u0041": "z"}"#;
        let tree = parse(text).expect("JSON");
        let value: Value = serde_json::from_str(text).expect("JSON");
        assert_eq!(tree.to_value(), value);
        assert_eq!(Value::deserialize(&tree).expect("reads"), value);
        assert_eq!(
            member(&tree, "aA"),
            Some(&Tree::String(Cow::Owned("z".into())))
        );
    }

    #[test]
    fn not_json_is_no_tree() {
        for text in ["", "{", "[1,]", "{} {}", "nul", "\"\\x\"", "1e400"] {
            assert_eq!(parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn duplicate_keys_stay_in_order_and_the_last_is_the_value() {
        let tree = parse(r#"{"k": 1, "k": 2}"#).expect("JSON");
        assert_eq!(
            tree,
            Tree::Object(vec![
                (Cow::Borrowed("k"), Tree::Number(1.into())),
                (Cow::Borrowed("k"), Tree::Number(2.into())),
            ])
        );
        assert_eq!(member(&tree, "k"), Some(&Tree::Number(2.into())));
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct K {
            k: u8,
        }
        let error = K::deserialize(&tree).expect_err("a field given twice");
        assert_eq!(error.to_string(), "duplicate field `k`");
    }

    #[test]
    fn the_schema_reads_a_tree_as_it_reads_a_value() {
        let schema = serde_json::json!({
            "type": "object",
            "required": ["a"],
            "properties": {"a": {"type": "integer", "maximum": 3}, "b": {"pattern": "^x"}},
            "additionalProperties": {"type": "string"}
        });
        let tree_validator = jsonschema::options_for::<Borrowed>()
            .build(&schema)
            .expect("compiles");
        let value_validator = jsonschema::validator_for(&schema).expect("compiles");
        for (text, valid) in [
            (r#"{"a": 1}"#, true),
            (r#"{"a": 4}"#, false),
            (r#"{"a": 1, "b": "xy", "c": "s"}"#, true),
            (r#"{"a": 1, "b": "yx"}"#, false),
            (r#"{"a": 1, "c": 2}"#, false),
            (r#"{"b": "x"}"#, false),
            ("[1]", false),
        ] {
            let tree = parse(text).expect("JSON");
            let value: Value = serde_json::from_str(text).expect("JSON");
            assert_eq!(tree_validator.is_valid(&tree), valid, "{text}");
            assert_eq!(value_validator.is_valid(&value), valid, "{text}");
        }
    }
}
