//! `--strict`: what keeps an accepted payload from being canonical. The payload is compared
//! with what the model writes for it (each difference says what the canonical form would be),
//! and checked against the canonical schema with every modelled object closed
//! (`additionalProperties: false`), which names each unknown field and the modelled field it is
//! nearest to.

use jsonschema::ValidationError;
use jsonschema::error::ValidationErrorKind;
use serde_json::{Map, Value};

use super::locate::{Step, display_path, pointer_steps};
use super::{
    Category, Compiled, Finding, SchemaError, Severity, hints, internal, is_umbrella, push_new,
};
use periskope_contract::ReadError;

/// Under `--strict`, what keeps an accepted payload (`value`, whose typed reading gave
/// `canonical`) from being canonical.
pub(super) fn findings(
    compiled: &Compiled,
    value: &Value,
    canonical: Result<Value, ReadError>,
    at: &dyn Fn(&[Step]) -> (usize, usize),
    findings: &mut Vec<Finding>,
) {
    let canonical = match canonical {
        Ok(canonical) => canonical,
        Err(error @ (ReadError::Invalid(_) | ReadError::Unwritable(_))) => {
            findings.push(internal(format!(
                "could not write the canonical form: {error}"
            )));
            return;
        }
    };
    let mut differences = Vec::new();
    canonical_differences(value, &canonical, &mut Vec::new(), &mut differences);
    for (steps, message) in differences {
        let (line, column) = at(&steps);
        findings.push(Finding {
            severity: Severity::Error,
            category: Category::NotCanonical,
            line,
            column,
            path: display_path(&steps),
            message,
        });
    }
    for error in compiled.closed_canonical.iter_errors(value) {
        closed_error(compiled, value, &error, false, at, findings);
    }
}

/// Adds one error of the closed canonical schema. An `anyOf` or `oneOf` of which exactly one
/// branch fits the value's type (an object where the other branch is `null`) is replaced by that
/// branch's errors, so that an unknown field inside a nullable object is named, not summed up.
/// Those errors still only sum up (`within_umbrella`) what a finding inside them says.
fn closed_error(
    compiled: &Compiled,
    value: &Value,
    error: &ValidationError<'_>,
    within_umbrella: bool,
    at: &dyn Fn(&[Step]) -> (usize, usize),
    findings: &mut Vec<Finding>,
) {
    let parent = pointer_steps(error.instance_path().as_str(), value);
    let umbrella = within_umbrella || is_umbrella(error.kind());
    match error.kind() {
        ValidationErrorKind::AnyOf { context } | ValidationErrorKind::OneOfNotValid { context } => {
            let at_value = |e: &ValidationError<'_>| e.instance_path() == error.instance_path();
            let mut fitting = context.iter().filter(|branch| {
                !branch
                    .iter()
                    .any(|e| at_value(e) && matches!(e.kind(), ValidationErrorKind::Type { .. }))
            });
            if let (Some(branch), None) = (fitting.next(), fitting.next()) {
                for inner in branch {
                    closed_error(compiled, value, inner, true, at, findings);
                }
                return;
            }
        }
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            let schema_at = error
                .schema_path()
                .as_str()
                .strip_suffix("/additionalProperties")
                .and_then(|pointer| compiled.closed_canonical_schema.pointer(pointer));
            let siblings: Vec<&str> = schema_at
                .and_then(|schema| schema.get("properties"))
                .and_then(Value::as_object)
                .map(|properties| properties.keys().map(String::as_str).collect())
                .unwrap_or_default();
            for key in unexpected {
                let mut steps = parent.clone();
                steps.push(Step::Key(key.clone()));
                let hint = hints::nearest(key, siblings.iter().copied())
                    .map_or_else(String::new, |name| format!("; did you mean `{name}`?"));
                let message = format!(
                    "unknown field `{key}`: not part of the model (kept when reading, refused by --strict){hint}"
                );
                let error = SchemaError {
                    steps,
                    message,
                    umbrella,
                };
                push_new(findings, Category::NotCanonical, error, at);
            }
            return;
        }
        _ => {}
    }
    let message = format!("not canonical: {}", error.masked());
    let error = SchemaError {
        steps: parent,
        message,
        umbrella,
    };
    push_new(findings, Category::NotCanonical, error, at);
}

/// A JSON value in a message, shortened.
fn shown(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 60 {
        let cut: String = text.chars().take(57).collect();
        format!("{cut}...")
    } else {
        text
    }
}

/// Where `input` differs from its canonical form, with what the canonical form would be.
fn canonical_differences(
    input: &Value,
    canonical: &Value,
    steps: &mut Vec<Step>,
    out: &mut Vec<(Vec<Step>, String)>,
) {
    match (input, canonical) {
        (Value::Object(input), Value::Object(canonical)) => {
            let renamed = |key: &str, value: &Value, canonical: &Map<String, Value>| {
                canonical
                    .iter()
                    .find(|(other, v)| {
                        !input.contains_key(*other) && *other != key && values_match(value, v)
                    })
                    .map(|(other, _)| other.clone())
            };
            for (key, value) in input {
                steps.push(Step::Key(key.clone()));
                match canonical.get(key) {
                    Some(written) => canonical_differences(value, written, steps, out),
                    None => {
                        let message = match renamed(key, value, canonical) {
                            Some(spelling) => format!(
                                "not canonical: the key `{key}` is read, but the canonical spelling is `{spelling}`"
                            ),
                            None => format!("not canonical: the canonical form leaves out `{key}`"),
                        };
                        out.push((steps.clone(), message));
                    }
                }
                steps.pop();
            }
        }
        (Value::Array(input), Value::Array(canonical)) if input.len() == canonical.len() => {
            for (index, (item, written)) in input.iter().zip(canonical).enumerate() {
                steps.push(Step::Index(index));
                canonical_differences(item, written, steps, out);
                steps.pop();
            }
        }
        (input, canonical) if input == canonical => {}
        (input, canonical) => out.push((
            steps.clone(),
            format!(
                "not canonical: found {}, canonical form is {}",
                shown(input),
                shown(canonical)
            ),
        )),
    }
}

/// Whether `input` is, up to canonical encoding, `canonical` (for spotting renamed keys).
fn values_match(input: &Value, canonical: &Value) -> bool {
    input == canonical
        || input.to_string().trim_matches('"') == canonical.to_string().trim_matches('"')
}

/// Sets `additionalProperties: false` on every object schema that lists its properties, and
/// drops the raw branch of every loose field (`Loose`'s `"$comment": "verbatim"`), so that a
/// value the model keeps verbatim because its typed view cannot read it is reported, with what
/// the typed view expected.
pub(super) fn close_objects(schema: &mut Value) {
    let verbatim = Value::from(periskope_model::Loose::<Value>::VERBATIM_COMMENT);
    periskope_contract::schema::for_each_subschema(schema, &mut |object| {
        if object.contains_key("properties") {
            object.insert("additionalProperties".into(), Value::Bool(false));
        }
        if let Some(Value::Array(members)) = object.get_mut("anyOf") {
            members.retain(|member| member.get("$comment") != Some(&verbatim));
        }
    });
}
