//! Property tests across the model and its schemas: the serialization of every generated root
//! value validates against its kind's canonical schema and is accepted by its input schema
//! (at least 1,000 values per kind; `PROPTEST_CASES` may raise it).

use std::sync::OnceLock;

use jsonschema::Validator;
use periskope_codegen::{Contract, KINDS};
use periskope_tests::strategies;
use proptest::prelude::*;
use serde::Serialize;

fn config() -> ProptestConfig {
    periskope_tests::strategies::config()
}

/// The input and canonical validators of `kind`, built from the committed schemas.
fn validators(kind: &str) -> &'static (Validator, Validator) {
    static ALL: OnceLock<Vec<(String, (Validator, Validator))>> = OnceLock::new();
    let all = ALL.get_or_init(|| {
        KINDS
            .iter()
            .map(|kind| {
                let build = |contract: Contract| {
                    let path = contract.schema_path(kind.name);
                    let schema = periskope_tests::js::committed_schema(&path);
                    jsonschema::options()
                        .should_validate_formats(true)
                        .build(&schema)
                        .unwrap_or_else(|e| panic!("{path}: {e}"))
                };
                (
                    kind.name.to_owned(),
                    (build(Contract::Input), build(Contract::Canonical)),
                )
            })
            .collect()
    });
    all.iter()
        .find(|(name, _)| name == kind)
        .map(|(_, validators)| validators)
        .unwrap_or_else(|| panic!("no kind {kind}"))
}

fn fits_both_schemas<T: Serialize>(kind: &str, value: &T) -> Result<(), TestCaseError> {
    let written = serde_json::to_value(value).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let (input, canonical) = validators(kind);
    for (contract, validator) in [("canonical", canonical), ("input", input)] {
        if let Some(error) = validator.iter_errors(&written).next() {
            return Err(TestCaseError::fail(format!(
                "{kind}: the {contract} schema refuses what the model wrote: {}: {}\nwritten: {written}",
                error.instance_path(),
                error.masked()
            )));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn phone(value in strategies::phone()) { fits_both_schemas("phone", &value)?; }

    #[test]
    fn chat(value in strategies::chat()) { fits_both_schemas("chat", &value)?; }

    #[test]
    fn chat_member(value in strategies::chat_member()) { fits_both_schemas("chat-member", &value)?; }

    #[test]
    fn message(value in strategies::message()) { fits_both_schemas("message", &value)?; }
}
