//! The root kinds: the objects a payload can be, each with its model type, its schemas and its
//! documented example. A kind that detection tells from its keys is one row of the table
//! (`table.rs`); every other body the endpoint catalog names is a kind without one ([`KINDS`]).

use std::any::TypeId;
use std::collections::BTreeSet;
use std::sync::LazyLock;

use periskope_model::endpoint::{self, ReadError, TypeRef};
use serde_json::Value;

use crate::schema::{self, Contract};
use crate::tree::Tree;

/// One root kind, such as `chat`.
#[derive(Clone, Copy)]
pub struct Kind {
    /// The kind's name on the command line and in file names, such as `chat-member`.
    pub name: &'static str,
    model: TypeRef,
    /// The model's read of a parsed tree; `None` reads the tree as a `Value` (the kinds that
    /// follow from the catalog, whose type this crate does not name).
    accepts_tree: Option<fn(&Tree<'_>) -> bool>,
    flag: Option<&'static str>,
    refines: Option<fn() -> TypeId>,
    detection: Detection,
    shape: Option<Shape>,
}

/// The shape that tells a kind whose keys are data, not field names (a map from ids), or that is
/// not an object. Auto-detection tries shapes only when the keys do not decide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// An array whose elements are all objects with this key (`[]` included).
    ArrayOfObjectsWith(&'static str),
    /// A non-empty object whose values are all objects with this key.
    ObjectOfObjectsWith(&'static str),
    /// A non-empty object whose keys are all WhatsApp ids (they contain `@`) and whose values
    /// are all strings.
    ObjectOfStringsByWhatsAppId,
    /// An object with exactly these keys.
    OnlyKeys(&'static [&'static str]),
}

impl std::fmt::Display for Shape {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::ArrayOfObjectsWith(key) => write!(f, "an array of objects with \"{key}\""),
            Self::ObjectOfObjectsWith(key) => write!(f, "a map to objects with \"{key}\""),
            Self::ObjectOfStringsByWhatsAppId => f.write_str("a map from WhatsApp ids to strings"),
            Self::OnlyKeys(keys) => write!(f, "only {}", keys.join(", ")),
        }
    }
}

/// How auto-detection tells a kind from a payload's keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Detection {
    /// By the keys of its input schema's root: the `properties` and the `required` ones.
    Schema,
    /// By these keys, for a kind whose root schema lists none (the webhook body, whose schema
    /// is an `if`/`then`/`else`): the keys that must all be present and every key it has.
    Keys {
        /// Keys that must all be present.
        required: &'static [&'static str],
        /// Every key of the kind, for telling kinds apart.
        properties: &'static [&'static str],
    },
    /// Never by its keys: they are data (a map from ids), too few to tell it (`{chat_id}`), or it
    /// is not an object. Its [`Shape`] may tell it.
    Never,
}

impl std::fmt::Debug for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Kind")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

/// The top-level keys of a kind ([`Kind::keys`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KindKeys {
    /// Every key the kind recognises: its fields and their other spellings.
    pub properties: BTreeSet<String>,
    /// The keys it requires, in the schema's order.
    pub required: Vec<String>,
}

/// Reads the top-level keys of kinds from the model, as [`Kind::keys`] reads them from the input
/// schemas, without generating whole schemas: one schema generator serves every kind, so a
/// definition the kinds share is made once. The validator reads every kind's keys the first time
/// it detects a payload's kind; this costs a fraction of generating their schemas.
pub struct KeyReader {
    generator: schemars::SchemaGenerator,
}

impl Default for KeyReader {
    fn default() -> Self {
        Self {
            generator: schemars::generate::SchemaSettings::draft2020_12()
                .for_deserialize()
                .into_generator(),
        }
    }
}

impl KeyReader {
    /// The keys of `kind`, equal to `kind.keys(&kind.schema(Contract::Input))`.
    pub fn keys(&mut self, kind: &Kind) -> KindKeys {
        if let Some(keys) = kind.listed_keys() {
            return keys;
        }
        let mut root: Value = (kind.model.schema)(&mut self.generator).into();
        schema::spell_out_root_aliases(&mut root);
        kind.keys(&root)
    }
}

/// The entry of the kind table for the model type `T`, named `name`.
macro_rules! kind {
    ($name:literal, $type:ident) => {
        Kind {
            name: $name,
            model: TypeRef::of::<$type>(stringify!($type)),
            accepts_tree: Some(tree::accepts::<$type>),
            flag: None,
            refines: None,
            detection: Detection::Schema,
            shape: None,
        }
    };
}

impl Kind {
    /// This kind, told by `detection` rather than by its schema's keys.
    const fn detected(mut self, detection: Detection) -> Self {
        self.detection = detection;
        self
    }

    /// This kind, whose tree is checked by `accepts_tree` rather than the model's own read.
    const fn checking_tree(mut self, accepts_tree: fn(&Tree<'_>) -> bool) -> Self {
        self.accepts_tree = Some(accepts_tree);
        self
    }

    /// This kind, a special case of the kind of the model type `T`: when detected, it is checked
    /// as that kind too.
    const fn refining<T: 'static>(mut self) -> Self {
        self.refines = Some(TypeId::of::<T>);
        self
    }

    /// This kind, chosen only when its key `flag` is `true`.
    const fn flagged(mut self, flag: &'static str) -> Self {
        self.flag = Some(flag);
        self
    }

    /// The kind of a catalog body that the table does not list: named after its type in
    /// kebab-case (`SendMessageRequest` is `send-message-request`), never detected from its keys.
    fn of_catalog(model: TypeRef) -> Self {
        Self {
            name: Box::leak(kebab_case(model.name).into_boxed_str()),
            model,
            accepts_tree: None,
            flag: None,
            refines: None,
            detection: Detection::Never,
            shape: None,
        }
    }

    /// This kind, also told by its shape when the keys do not decide.
    const fn shaped(mut self, shape: Shape) -> Self {
        self.shape = Some(shape);
        self
    }
}

mod table;

/// Every root kind: the kinds of the table (the objects in the order of `docs/fields.md`, the
/// webhook body, the API's answers), then every other body the endpoint catalog names, by name
/// (the request bodies). A body added to the catalog is a kind with nothing else to edit; its
/// documented example is `documented/<kind>.json` in this crate.
pub static KINDS: LazyLock<Vec<Kind>> = LazyLock::new(|| {
    let mut kinds = table::TABLE.to_vec();
    let mut more: Vec<Kind> = endpoint::body_types()
        .into_iter()
        .filter(|body| !kinds.iter().any(|kind| kind.model == *body))
        .map(Kind::of_catalog)
        .collect();
    more.sort_by_key(|kind| kind.name);
    kinds.extend(more);
    kinds
});

/// The kind named `name`, such as `chat-member`.
pub fn kind(name: &str) -> Option<&'static Kind> {
    KINDS.iter().find(|kind| kind.name == name)
}

/// The kind of the model type `T`, such as `chat` for [`Chat`](periskope_model::Chat); for a
/// type that is also named by an alias, the kind of its own name.
pub fn kind_of<T: 'static>() -> Option<&'static Kind> {
    kind_by_id(TypeId::of::<T>())
}

/// The kind of a type the endpoint catalog names (an alias such as `SendMessageSyncRequest` has
/// a kind of its own).
pub fn kind_for(model: &TypeRef) -> Option<&'static Kind> {
    KINDS.iter().find(|kind| kind.model == *model)
}

fn kind_by_id(id: TypeId) -> Option<&'static Kind> {
    KINDS.iter().find(|kind| kind.model.type_id() == id)
}

/// `SendMessageRequest` → `send-message-request`.
pub fn kebab_case(type_name: &str) -> String {
    let mut out = String::new();
    for (index, c) in type_name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if index > 0 {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// The documented example of the kind named `name`: `documented/<name>.json` in this crate.
pub fn documented(name: &str) -> Option<&'static str> {
    DOCUMENTED
        .binary_search_by_key(&name, |(kind, _)| kind)
        .ok()
        .and_then(|index| DOCUMENTED.get(index))
        .map(|(_, text)| *text)
}

include!(concat!(env!("OUT_DIR"), "/documented.rs"));

impl Kind {
    /// The finished schema of this kind in `contract`, as written to `schemas/`.
    pub fn schema(&self, contract: Contract) -> Value {
        let example = self.example().map(|example| match contract {
            Contract::Input => example,
            // The documented examples are canonical; should one not be, the canonical schema
            // shows what the model writes for it.
            Contract::Canonical => self.canonical(&example).unwrap_or(example),
        });
        schema::finish(
            schema::raw_schema(&self.model, contract),
            self.name,
            self.type_name(),
            contract,
            example.as_ref(),
        )
    }

    /// The key that marks a payload as this kind when it is `true` (`is_private_note` for a
    /// note, which otherwise has only message keys). Detection never picks a kind with a flag
    /// for a payload whose flag is not `true`.
    pub fn flag(&self) -> Option<&'static str> {
        self.flag
    }

    /// The kind this one is a special case of, if any: a note is a message with
    /// `is_private_note: true`. A payload detected as this kind is checked as that kind too, so
    /// that the parent's fields, which this kind keeps as unknown ones, are checked as well.
    pub fn refines(&self) -> Option<&'static Kind> {
        self.refines.and_then(|id| kind_by_id(id()))
    }

    /// The top-level keys this kind has, as its `input` schema (this kind's, from wherever it
    /// was read) or its [`Detection::Keys`] list says: every key it recognises (its fields and
    /// their other spellings) and the keys it requires.
    pub fn keys(&self, input: &Value) -> KindKeys {
        if let Some(keys) = self.listed_keys() {
            return keys;
        }
        let properties = input
            .get("properties")
            .and_then(Value::as_object)
            .map(|properties| properties.keys().cloned().collect())
            .unwrap_or_default();
        let required = input
            .get("required")
            .and_then(Value::as_array)
            .map(|keys| {
                keys.iter()
                    .filter_map(|key| key.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default();
        KindKeys {
            properties,
            required,
        }
    }

    /// The keys of a [`Detection::Keys`] kind.
    fn listed_keys(&self) -> Option<KindKeys> {
        let Detection::Keys {
            required,
            properties,
        } = self.detection
        else {
            return None;
        };
        Some(KindKeys {
            properties: properties.iter().map(|key| (*key).to_owned()).collect(),
            required: required.iter().map(|key| (*key).to_owned()).collect(),
        })
    }

    /// How auto-detection tells this kind by its keys.
    pub fn detection(&self) -> Detection {
        self.detection
    }

    /// The shape that tells this kind when the keys do not decide, if any.
    pub fn shape(&self) -> Option<Shape> {
        self.shape
    }

    /// The documented example payload of this kind, if there is one.
    pub fn example(&self) -> Option<Value> {
        documented(self.name).and_then(|text| serde_json::from_str(text).ok())
    }

    /// The model type's name, which is also the schema's `title` and the TypeScript type's name,
    /// such as `ChatMember`.
    pub fn type_name(&self) -> &'static str {
        self.model.name
    }

    /// The model type, as the endpoint catalog names types.
    pub fn model(&self) -> TypeRef {
        self.model
    }

    /// Whether this is the kind of the model type `T`.
    pub fn is<T: 'static>(&self) -> bool {
        self.model.is::<T>()
    }

    /// Reads `payload` with the typed model and returns what the model writes for it (the
    /// canonical form), or the model's error with its JSON path.
    pub fn read(&self, payload: Value) -> Result<Value, ReadError> {
        self.canonical(&payload)
    }

    /// Whether the typed model reads `payload`; the fast check, with no error details.
    pub fn accepts(&self, payload: &Value) -> bool {
        self.model.accepts(payload)
    }

    /// Whether the typed model reads a parsed tree; the validator's quick verdict.
    pub fn accepts_tree(&self, payload: &Tree<'_>) -> bool {
        match self.accepts_tree {
            Some(accepts) => accepts(payload),
            // A `Value` keeps one of a key given twice, which the model's read of the text
            // refuses: such a tree is left to the explaining path.
            None => !payload.has_duplicate_keys() && self.model.accepts(&payload.to_value()),
        }
    }

    /// What the model writes for `payload` (its canonical form), or why it cannot.
    pub fn canonical(&self, payload: &Value) -> Result<Value, ReadError> {
        self.model.read(payload)
    }

    /// Reads JSON text with the typed model, which sees what a parsed value cannot (such as a
    /// field given twice); the error names the path, line and column.
    pub fn read_text(&self, text: &[u8]) -> Result<(), periskope_model::Error> {
        self.model.read_text(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_example_is_read_by_the_model_and_its_canonical_form_is_stable() {
        for kind in KINDS.iter() {
            let example = kind.example().expect("every kind has an example");
            let canonical = kind
                .read(example)
                .unwrap_or_else(|e| panic!("{}: {e}", kind.name));
            assert_eq!(
                kind.read(canonical.clone()).ok(),
                Some(canonical),
                "{}",
                kind.name
            );
        }
    }

    #[test]
    fn every_kind_has_a_documented_example_and_every_example_a_kind() {
        for kind in KINDS.iter() {
            assert!(
                documented(kind.name).is_some(),
                "the kind {} ({}) has no documented example: add contract/documented/{}.json",
                kind.name,
                kind.type_name(),
                kind.name
            );
        }
        for (name, _) in DOCUMENTED {
            assert!(
                kind(name).is_some(),
                "contract/documented/{name}.json is the example of no kind: a kind is a row of contract/src/kinds/table.rs or a body of model/src/endpoint/catalog.rs"
            );
        }
    }

    #[test]
    fn every_catalog_body_is_a_kind_and_the_lookups_agree() {
        for body in endpoint::body_types() {
            let kind = kind_for(&body).unwrap_or_else(|| panic!("{} is not a kind", body.name));
            assert_eq!(kind.type_name(), body.name);
            assert!(kind.model() == body);
        }
        let names: BTreeSet<&str> = KINDS.iter().map(|kind| kind.name).collect();
        assert_eq!(names.len(), KINDS.len(), "two kinds share a name");
        assert_eq!(
            kind_of::<periskope_model::Chat>().map(|k| k.name),
            Some("chat")
        );
        assert_eq!(
            kind_of::<periskope_model::Note>()
                .and_then(Kind::refines)
                .map(|k| k.name),
            Some("message")
        );
        assert_eq!(kebab_case("SendMessageRequest"), "send-message-request");
        let mut reader = KeyReader::default();
        for kind in KINDS.iter() {
            let expected = kind.keys(&kind.schema(Contract::Input));
            assert_eq!(reader.keys(kind), expected, "{}", kind.name);
        }
        assert!(kind_of::<String>().is_none());
    }
}
