//! The differential harness at small scale: the typed parser, the `jsonschema` crate, ajv and the
//! validator give the same verdict on every fixture, every single mutation of it (drop, null, type
//! change, other spelling or encoding, unknown enum value, unknown field, deep nesting) and 4,000
//! compound mutations; and `validate` without `--type` passes none of the payloads their own kind
//! refuses. The command `differential` runs it at scale (README).

use periskope_tests::differential::{Judges, Report, compound_cases, single_cases};

#[test]
fn four_judges_agree_on_every_mutation() {
    let mut judges = Judges::new();
    let mut report = Report::default();
    let single = single_cases();
    let count = single.len();
    judges.judge(single, &mut report);
    let compound: Vec<_> = compound_cases(7, 4_000).collect();
    let compound_count = compound.len();
    judges.judge(compound, &mut report);
    eprintln!("{}", report.table());
    assert!(compound_count >= 4_000, "{compound_count} compound cases");
    assert_eq!(report.cases, count + compound_count);
    // Both verdicts occur for every kind, so the agreement is not vacuous. The smallest kinds
    // (one required key, such as `{pin}`) have about 40 cases, of which a few are accepted.
    for (kind, (cases, accepted, refused)) in &report.by_kind {
        assert!(
            *accepted >= 5 && *refused >= 5,
            "{kind}: {cases} cases, {accepted} accepted, {refused} refused"
        );
    }
    let passes: Vec<String> = report
        .detection_passes
        .iter()
        .take(20)
        .map(|(case, detected)| format!("{} (detected as {detected:?})", case.description))
        .collect();
    assert!(
        report.detection_passes.is_empty(),
        "{} of {} cases that their own kind refuses pass `validate` without --type; the first:\n{}",
        report.detection_passes.len(),
        report.cases,
        passes.join("\n")
    );
    let shown: Vec<String> = report
        .disagreements
        .iter()
        .take(20)
        .map(|d| format!("{}: {:?}\n  {}", d.case.description, d.verdicts, d.reasons))
        .collect();
    assert!(
        report.disagreements.is_empty(),
        "{} of {} cases disagree; the first:\n{}",
        report.disagreements.len(),
        report.cases,
        shown.join("\n")
    );
}

#[test]
fn a_disagreement_is_reported_with_every_verdict() {
    // A judge that could not see a difference would make the test above pass vacuously: a
    // payload only the typed parser refuses (an integer beyond 64 bits, which no JSON Schema
    // can state) must come out as a disagreement, with each judge's verdict.
    let chat = periskope_contract::kind("chat").expect("chat");
    let mut payload = chat.example().expect("example");
    payload["member_count"] = serde_json::json!("99999999999999999999");
    let mut judges = Judges::new();
    let mut report = Report::default();
    let case = periskope_tests::differential::Case {
        kind: chat,
        description: "member_count beyond 64 bits".into(),
        value: payload,
    };
    judges.judge(vec![case], &mut report);
    let [disagreement] = report.disagreements.as_slice() else {
        panic!("expected one disagreement, got {report:?}");
    };
    assert_eq!(
        disagreement.verdicts,
        periskope_tests::differential::Verdicts {
            parser: false,
            schema: true,
            ajv: true,
            guard: true,
            validator: false,
            detected: false,
        }
    );
    assert!(
        disagreement
            .reasons
            .starts_with("parser refuses: member_count: "),
        "{}",
        disagreement.reasons
    );
    assert!(
        disagreement
            .reasons
            .contains("; ajv accepts; guard accepts; validator ["),
        "{}",
        disagreement.reasons
    );
}
