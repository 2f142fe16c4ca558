//! The tables the package's `deliveryKey` (`codegen/js/delivery.js`) reads, written from the
//! model's own: each known event's data type, how a bare object's type is told, and where each
//! type keeps its id. So the JavaScript rule and `WebhookEvent::delivery_key` cannot drift apart.

use periskope_model::{WebhookDataKind, WebhookEventName};
use serde_json::{Map, Value, json};

/// The module `delivery-rules.js`: `KIND_OF_EVENT`, `BARE_RULES` and `ID_PATHS`.
pub(crate) fn rules_module() -> String {
    let kinds: Map<String, Value> = WebhookEventName::KNOWN
        .iter()
        .filter_map(|event| {
            let kind = event.data_kind()?;
            Some((event.as_str().to_owned(), Value::from(kind.type_name())))
        })
        .collect();
    let bare: Vec<Value> = WebhookDataKind::BARE_RULES
        .iter()
        .map(|(key, must_be_true, kind)| json!([key, must_be_true, kind.type_name()]))
        .collect();
    let paths: Map<String, Value> = WebhookDataKind::ALL
        .iter()
        .map(|kind| (kind.type_name().to_owned(), json!(kind.id_path())))
        .collect();
    format!(
        "// Written from the Rust model's tables by periskope-codegen.\n\n\
         /** Each known event's data type. */\nexport const KIND_OF_EVENT = {};\n\n\
         /** How a bare object's type is told, first match wins: [key, must be true, type]. */\nexport const BARE_RULES = {};\n\n\
         /** Where each type keeps its id: keys from the object down. */\nexport const ID_PATHS = {};\n",
        Value::Object(kinds),
        Value::from(bare),
        Value::Object(paths)
    )
}
