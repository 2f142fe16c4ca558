//! The generated JSON Schemas, proven by independent checkers: the committed files are fresh,
//! every schema is valid 2020-12, every fixture fits its input schema and every canonical output
//! its canonical schema, the validator gives the typed parser's verdict on the fixtures and their
//! mutations, and ajv (strict mode) agrees with the `jsonschema` crate on all of it, canonical
//! forms included. The four-way agreement on the input schema is `differential.rs`.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use jsonschema::Validator;
use periskope_contract::{Contract, KINDS, Kind};
use periskope_tests::mutations::mutations;
use periskope_tests::{differential, js};
use serde_json::{Value, json};

/// A validator for every committed schema, by path under `schemas/`, formats checked.
fn validators() -> &'static BTreeMap<String, Validator> {
    static VALIDATORS: OnceLock<BTreeMap<String, Validator>> = OnceLock::new();
    VALIDATORS.get_or_init(|| {
        let mut out = BTreeMap::new();
        for kind in KINDS.iter() {
            for contract in Contract::ALL {
                let path = contract.schema_path(kind.name);
                let validator = js::compiled_schema(&path);
                out.insert(path, validator);
            }
        }
        out
    })
}

fn validator(kind: &Kind, contract: Contract) -> &'static Validator {
    let path = contract.schema_path(kind.name);
    validators()
        .get(&path)
        .unwrap_or_else(|| panic!("no validator for {path}"))
}

/// The first error of `validator` on `instance`, as `path: message` (without the instance,
/// which can be the whole payload).
fn schema_error(validator: &Validator, instance: &Value) -> Option<String> {
    validator
        .iter_errors(instance)
        .next()
        .map(|error| format!("{}: {}", error.instance_path(), error.masked()))
}

#[test]
fn committed_schemas_are_fresh() {
    js::node_modules();
    let files = periskope_codegen::render_with_bundles(&js::js_dir()).expect("the model renders");
    let problems =
        periskope_codegen::check(&js::schemas_dir(), &files).expect("schemas/ is readable");
    assert!(
        problems.is_empty(),
        "schemas/ is out of date:\n{}\nrun `{}` and commit the result",
        problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n"),
        periskope_codegen::GENERATE_COMMAND
    );
}

#[test]
fn every_schema_is_valid_draft_2020_12_with_only_standard_keywords() {
    for kind in KINDS.iter() {
        for contract in Contract::ALL {
            let path = contract.schema_path(kind.name);
            let schema = js::committed_schema(&path);
            if let Err(error) = jsonschema::meta::validate(&schema) {
                panic!("{path} is not a valid 2020-12 schema: {error}");
            }
            assert_eq!(
                schema.get("$schema"),
                Some(&json!("https://json-schema.org/draft/2020-12/schema")),
                "{path}"
            );
            assert_eq!(
                schema.get("$id").and_then(Value::as_str),
                Some(format!("{}{path}", periskope_contract::schema::ID_BASE).as_str()),
                "{path}"
            );
            assert_eq!(
                schema.get("title"),
                Some(&json!(kind.type_name())),
                "{path}"
            );
            let text = serde_json::to_string(&schema).expect("writes");
            for forbidden in [
                "x-aliases",
                "\"uint",
                "\"int64\"",
                "\"int32\"",
                "\"double\"",
                "\"float\"",
                "[`",
            ] {
                assert!(!text.contains(forbidden), "{path} contains {forbidden}");
            }
        }
    }
}

#[test]
fn fixtures_fit_the_input_schema_and_their_canonical_form_the_canonical_schema() {
    for kind in KINDS.iter() {
        for (path, payload) in differential::fixtures_of(kind) {
            let input = validator(kind, Contract::Input);
            assert_eq!(
                schema_error(input, &payload),
                None,
                "{path} against the input schema"
            );
            let canonical = kind
                .read(payload)
                .unwrap_or_else(|e| panic!("{path}: the model refuses it: {e}"));
            let canonical_schema = validator(kind, Contract::Canonical);
            assert_eq!(
                schema_error(canonical_schema, &canonical),
                None,
                "the canonical form of {path} against the canonical schema"
            );
            assert_eq!(
                schema_error(input, &canonical),
                None,
                "the canonical form of {path} against the input schema"
            );
        }
    }
}

#[test]
fn documented_examples_are_embedded_and_valid() {
    for kind in KINDS.iter() {
        for contract in Contract::ALL {
            let path = contract.schema_path(kind.name);
            let schema = js::committed_schema(&path);
            let examples = schema
                .get("examples")
                .and_then(Value::as_array)
                .unwrap_or_else(|| panic!("{path} has no examples"));
            // The canonical schema shows what the model writes for the documented example.
            let example = kind.example().expect("example");
            let expected = match contract {
                Contract::Input => example,
                Contract::Canonical => kind.read(example).expect("the example reads"),
            };
            assert_eq!(examples, &vec![expected], "{path}");
            for example in examples {
                assert_eq!(
                    schema_error(validator(kind, contract), example),
                    None,
                    "{path} example"
                );
            }
        }
    }
}

/// One payload judged three ways.
struct Case {
    schema: String,
    description: String,
    instance: Value,
    parser: Option<bool>,
}

/// The fixtures and their mutations, each against its kind's input schema with the parser's
/// verdict, and each canonical output against its canonical schema.
fn cases() -> Vec<Case> {
    let mut out = Vec::new();
    for kind in KINDS.iter() {
        for (path, payload) in differential::fixtures_of(kind) {
            if let Ok(canonical) = kind.read(payload.clone()) {
                out.push(Case {
                    schema: Contract::Canonical.schema_path(kind.name),
                    description: format!("{path} (canonical form)"),
                    instance: canonical,
                    parser: None,
                });
            }
            out.push(Case {
                schema: Contract::Input.schema_path(kind.name),
                description: path.clone(),
                parser: Some(kind.read(payload.clone()).is_ok()),
                instance: payload.clone(),
            });
            for mutation in mutations(&payload) {
                out.push(Case {
                    schema: Contract::Input.schema_path(kind.name),
                    description: format!("{path} {}", mutation.description),
                    parser: Some(kind.read(mutation.value.clone()).is_ok()),
                    instance: mutation.value,
                });
            }
        }
    }
    out
}

#[test]
fn ajv_in_strict_mode_agrees_with_the_jsonschema_crate() {
    let cases = cases();
    let verdicts = differential::ajv_verdicts(
        cases
            .iter()
            .map(|case| json!({"schema": case.schema, "instance": case.instance}))
            .collect(),
    );
    assert_eq!(verdicts.len(), cases.len(), "one verdict per case");
    let mut disagreements = Vec::new();
    let mut valid = 0;
    for (case, verdict) in cases.iter().zip(&verdicts) {
        let ajv = verdict.is_none();
        let validator = validators().get(&case.schema).expect("validator");
        let crate_verdict = validator.is_valid(&case.instance);
        valid += usize::from(ajv);
        if ajv != crate_verdict {
            disagreements.push(format!(
                "{} ({}): ajv {}, jsonschema crate {}",
                case.description,
                case.schema,
                verdict.as_deref().unwrap_or("valid"),
                schema_error(validator, &case.instance).unwrap_or_else(|| "valid".into())
            ));
        }
    }
    eprintln!(
        "ajv and the jsonschema crate: {} cases, {valid} valid",
        cases.len()
    );
    assert!(
        valid > 100 && cases.len() - valid > 100,
        "{valid} of {} valid",
        cases.len()
    );
    assert!(
        disagreements.is_empty(),
        "{} of {} cases disagree:\n{}",
        disagreements.len(),
        cases.len(),
        disagreements.join("\n")
    );
}

#[test]
fn the_schemas_refuse_what_they_should() {
    // Each check that the schema refuses bad input, with a case where it does.
    let chat = periskope_contract::kind("chat").expect("chat");
    let message = periskope_contract::kind("message").expect("message");
    let input = validator(chat, Contract::Input);
    let documented = chat.example().expect("example");
    let mut wrong = documented.clone();
    wrong["member_count"] = json!("x");
    assert_eq!(
        schema_error(input, &wrong).map(|e| e.starts_with("/member_count: ")),
        Some(true)
    );
    let mut missing = documented.clone();
    missing.as_object_mut().expect("object").remove("chat_id");
    assert!(schema_error(input, &missing).is_some());
    // The canonical schema refuses an alternative encoding that the input schema accepts.
    let mut ack_number = message.example().expect("example");
    ack_number["ack"] = json!(3);
    assert_eq!(
        schema_error(validator(message, Contract::Input), &ack_number),
        None
    );
    assert!(schema_error(validator(message, Contract::Canonical), &ack_number).is_some());
    // Both spellings of one field at once are refused, as the parser refuses them.
    let mut both = message.example().expect("example");
    both["id"]["fromMe"] = json!(true);
    assert!(schema_error(validator(message, Contract::Input), &both).is_some());
    assert!(message.read(both).is_err());
}

/// Payloads the input schema accepts and the parser refuses (the README lists them), as text.
fn beyond_the_schema() -> Vec<(&'static Kind, &'static str, String)> {
    let chat = periskope_contract::kind("chat").expect("chat");
    let ticket = periskope_contract::kind("ticket").expect("ticket");
    let with = |kind: &Kind, key: &str, value: Value| {
        let mut payload = kind.example().expect("example");
        payload[key] = value;
        payload.to_string()
    };
    vec![
        (
            chat,
            "out-of-range count",
            with(chat, "member_count", json!("99999999999999999999")),
        ),
        (
            chat,
            "impossible date",
            with(chat, "updated_at", json!("2024-02-30T10:00:00Z")),
        ),
        (
            ticket,
            "infinite decimal",
            with(ticket, "response_time", json!("1e999")),
        ),
        (
            chat,
            "whole number too large for a float",
            with(chat, "member_count", json!(1e16)),
        ),
        // The schema sees the parsed object, the parser the text.
        (
            chat,
            "a field twice",
            r#"{"org_id": "o", "chat_id": "c", "chat_id": "d"}"#.to_owned(),
        ),
    ]
}

#[test]
fn what_only_the_parser_can_check_is_known_and_listed_in_the_readme() {
    for (kind, what, text) in beyond_the_schema() {
        let payload: Value = serde_json::from_str(&text).expect("JSON");
        assert_eq!(
            schema_error(validator(kind, Contract::Input), &payload),
            None,
            "{what}: schema"
        );
        assert!(kind.read_text(text.as_bytes()).is_err(), "{what}: parser");
    }
    // The canonical schema's `format: date-time` does refuse the impossible date.
    let chat = periskope_contract::kind("chat").expect("chat");
    let mut written = chat.example().expect("example");
    written["updated_at"] = json!("2024-02-30T10:00:00+00:00");
    assert!(schema_error(validator(chat, Contract::Canonical), &written).is_some());
}

#[test]
fn the_validator_gives_the_parser_verdict_on_every_mutation_without_internal_errors() {
    use periskope_validate::Validator;
    let quick = Validator::new(false).expect("schemas compile");
    let explaining = Validator::new(false)
        .expect("schemas compile")
        .explaining_every_payload();
    let mut problems = Vec::new();
    let mut checked = 0;
    for case in cases() {
        let Some(parser) = case.parser else { continue };
        let kind = KINDS
            .iter()
            .find(|k| case.schema == Contract::Input.schema_path(k.name))
            .expect("kind");
        let text = serde_json::to_vec_pretty(&case.instance).expect("writes");
        let outcome = quick.validate(&text, Some(kind));
        checked += 1;
        // Valid payloads get the quick verdict: the explaining path must say exactly the same,
        // with the kind given and with the kind detected.
        for given in [Some(kind), None] {
            let (fast, full) = (
                quick.validate(&text, given),
                explaining.validate(&text, given),
            );
            if fast != full {
                problems.push(format!(
                    "{} (kind {}): quick path {fast:?}, explaining path {full:?}",
                    case.description,
                    if given.is_some() { "given" } else { "detected" },
                ));
            }
        }
        let internal: Vec<String> = outcome
            .findings
            .iter()
            .filter(|f| f.category == periskope_validate::Category::Internal)
            .map(ToString::to_string)
            .collect();
        if outcome.is_valid() != parser || !internal.is_empty() {
            problems.push(format!(
                "{}: parser {}, validator {:?}",
                case.description,
                if parser { "accepts" } else { "refuses" },
                outcome
                    .findings
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
            ));
        }
    }
    assert!(checked > 1000, "only {checked} cases");
    // Where the schema accepts and only the typed read refuses, the quick path must refuse too.
    for (kind, what, text) in beyond_the_schema() {
        for given in [Some(kind), None] {
            let outcome = quick.validate(text.as_bytes(), given);
            let categories: Vec<_> = outcome.findings.iter().map(|f| f.category).collect();
            if categories != [periskope_validate::Category::Invalid] {
                problems.push(format!("{what}: {outcome:?}"));
            }
            if outcome != explaining.validate(text.as_bytes(), given) {
                problems.push(format!("{what}: the two paths differ"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} of {checked}:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_readme_s_ajv_cli_command_validates_payloads() {
    // `ajv validate --spec=draft2020 -c ajv-formats --allow-union-types -s <schema> -d <payload>`,
    // as the README gives it, with ajv-cli pinned in tests/js.
    let ajv = js::node_modules().join(".bin/ajv");
    let dir = std::env::temp_dir().join(format!("periskope-ajv-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("creates");
    let run = |schema: &str, payload: &std::path::Path| {
        std::process::Command::new(&ajv)
            .args([
                "validate",
                "--spec=draft2020",
                "-c",
                "ajv-formats",
                "--allow-union-types",
                "-s",
            ])
            .arg(js::schemas_dir().join(schema))
            .arg("-d")
            .arg(payload)
            .output()
            .expect("ajv-cli runs")
    };
    for kind in KINDS.iter() {
        let payload = dir.join(format!("{}.json", kind.name));
        let example = kind.example().expect("every kind has a documented example");
        std::fs::write(&payload, example.to_string()).expect("writes");
        let output = run(&Contract::Input.schema_path(kind.name), &payload);
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        assert_eq!(output.status.code(), Some(0), "{}: {said}", kind.name);
        assert_eq!(
            said.trim(),
            format!("{} valid", payload.display()),
            "{}",
            kind.name
        );
    }
    let bad = dir.join("bad.json");
    std::fs::write(
        &bad,
        r#"{"org_id": "o", "chat_id": "c@c.us", "member_count": "many"}"#,
    )
    .expect("writes");
    let output = run("json/chat.schema.json", &bad);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&output.stderr).starts_with(&format!("{} invalid", bad.display())),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
