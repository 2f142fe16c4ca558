//! `--format sarif`: SARIF 2.1.0, as GitHub code scanning uploads it.
//!
//! One run of the tool `periskope-schema`, whose rules are the finding categories
//! (`periskope-schema/invalid`, …); one result per finding with its rule, level, message, the
//! file as a relative URI, its line and column (columns count bytes, as everywhere in this
//! program; they equal characters in ASCII text), and the JSON path as a logical location.
//! The results are written as they come, so the report never holds more than one payload's.

use std::io;

use serde_json::{Map, Value, json};

use super::Summary;
use super::{CATEGORIES, Out, Reporter, Verdict, describe};
use crate::{Category, Severity};

/// The SARIF reporter's state.
#[derive(Default)]
pub(super) struct Sarif {
    started: bool,
    results: usize,
}

/// A rule's id: `periskope-schema/<category>`.
fn rule_id(category: Category) -> String {
    format!("periskope-schema/{}", category.as_str())
}

impl Sarif {
    fn start(&mut self, out: Out<'_>) -> io::Result<()> {
        if self.started {
            return Ok(());
        }
        self.started = true;
        let rules: Vec<Value> = CATEGORIES
            .iter()
            .map(|category| {
                json!({
                    "id": rule_id(*category),
                    "name": category.as_str(),
                    "shortDescription": {"text": describe(*category)},
                    "defaultConfiguration": {"level": "error"},
                })
            })
            .collect();
        let driver = json!({
            "name": "periskope-schema",
            "version": env!("CARGO_PKG_VERSION"),
            "informationUri": env!("CARGO_PKG_REPOSITORY"),
            "rules": rules,
        });
        write!(
            out,
            r#"{{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{{"tool":{{"driver":{driver}}},"columnKind":"unicodeCodePoints","results":["#
        )
    }
}

impl Reporter for Sarif {
    fn verdict(&mut self, out: Out<'_>, verdict: &Verdict<'_>) -> io::Result<()> {
        self.start(out)?;
        for placed in &verdict.findings {
            let finding = placed.finding;
            let index = CATEGORIES
                .iter()
                .position(|c| *c == finding.category)
                .unwrap_or(0);
            let mut physical = Map::new();
            physical.insert("artifactLocation".into(), json!({"uri": uri(verdict.file)}));
            let mut location = Map::new();
            if placed.line > 0 {
                let mut region = Map::new();
                region.insert("startLine".into(), json!(placed.line));
                if placed.column > 0 {
                    region.insert("startColumn".into(), json!(placed.column));
                }
                physical.insert("region".into(), Value::Object(region));
                location.insert(
                    "logicalLocations".into(),
                    json!([{"fullyQualifiedName": finding.path, "kind": "member"}]),
                );
            }
            location.insert("physicalLocation".into(), Value::Object(physical));
            let mut result = Map::new();
            result.insert("ruleId".into(), json!(rule_id(finding.category)));
            result.insert("ruleIndex".into(), json!(index));
            let level = match finding.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            result.insert("level".into(), json!(level));
            result.insert("message".into(), json!({"text": placed.headline()}));
            result.insert("locations".into(), json!([location]));
            if let Some(kind) = verdict.kind {
                result.insert(
                    "properties".into(),
                    json!({"kind": kind, "kindDetected": verdict.detected}),
                );
            }
            let result = Value::Object(result);
            if self.results > 0 {
                out.write_all(b",")?;
            }
            self.results += 1;
            write!(out, "\n{result}")?;
        }
        Ok(())
    }

    fn finish(&mut self, out: Out<'_>, summary: &Summary) -> io::Result<()> {
        self.start(out)?;
        let invocation = json!({
            "executionSuccessful": summary.exit_code() < 2,
            "exitCode": summary.exit_code(),
        });
        writeln!(out, "\n],\"invocations\":[{invocation}]}}]}}")
    }
}

/// A file name as a relative URI reference: `/` separators, and every byte outside the
/// unreserved characters and `/` percent-encoded (`<stdin>` is `%3Cstdin%3E`).
fn uri(file: &str) -> String {
    let mut out = String::with_capacity(file.len());
    for byte in file.replace('\\', "/").bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_relative_uris() {
        assert_eq!(uri("dir/a b.json"), "dir/a%20b.json");
        assert_eq!(uri("<stdin>"), "%3Cstdin%3E");
        assert_eq!(uri("./x.ndjson"), "./x.ndjson");
    }
}
