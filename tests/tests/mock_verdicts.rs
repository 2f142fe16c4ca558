//! The mock refuses exactly what `validate --type <request kind>` refuses: every request-kind
//! case of the differential harness (each fixture, each single mutation of it, and compound
//! mutations) is posted to the operation that takes that kind, and its 422 or not is compared
//! with the validator's verdict.

use std::time::Duration;

use periskope_contract::Kind;
use periskope_model::endpoint::{ENDPOINTS, Endpoint};
use periskope_tests::differential::{Case, compound_cases, single_cases};
use periskope_validate::Validator;
use periskope_validate::mock::{MockServer, Options};

/// The first operation that takes `kind` as its body.
fn operation_of(kind: &Kind) -> Option<&'static Endpoint> {
    ENDPOINTS
        .iter()
        .find(|endpoint| endpoint.request.is_some_and(|body| body == kind.model()))
}

#[test]
fn the_mock_refuses_exactly_what_validate_refuses() {
    let server = MockServer::start(Options {
        seed: Some(11),
        // No webhook is posted anywhere: accepted subscriptions name hosts off this machine.
        ack_interval: Duration::from_secs(3600),
        ..Options::default().listen("127.0.0.1:0".parse().expect("an address"))
    })
    .expect("starts");
    let http = reqwest::blocking::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .expect("a client");
    let validator = Validator::new(false).expect("compiles");
    let cases: Vec<Case> = single_cases()
        .into_iter()
        .chain(compound_cases(7, 2_000))
        .filter(|case| operation_of(case.kind).is_some())
        .collect();
    let mut disagreements = Vec::new();
    let mut refused = 0;
    for case in &cases {
        let endpoint = operation_of(case.kind).expect("filtered");
        let mut path = endpoint.path.to_owned();
        for name in endpoint.path_parameters() {
            path = path.replace(&format!("{{{name}}}"), "919537851844@c.us");
        }
        let text = serde_json::to_vec(&case.value).expect("serializes");
        let answer = http
            .request(
                reqwest::Method::from_bytes(endpoint.method.as_str().as_bytes()).expect("method"),
                format!("{}{path}", server.base_url()),
            )
            .bearer_auth("key")
            .header("content-type", "application/json")
            .body(text.clone())
            .send()
            .expect("the mock answers");
        let status = answer.status().as_u16();
        let mock_accepts = status != 422;
        let validate_accepts = validator.validate(&text, Some(case.kind)).is_valid();
        refused += usize::from(!validate_accepts);
        if mock_accepts != validate_accepts {
            let body = answer.text().unwrap_or_default();
            disagreements.push(format!(
                "{} as {}: mock {status} ({body}), validate {}",
                case.description,
                case.kind.name,
                if validate_accepts {
                    "accepts"
                } else {
                    "refuses"
                }
            ));
        }
    }
    server.stop();
    // Both verdicts occur, so the comparison can fail either way.
    assert!(
        refused > 0 && refused < cases.len(),
        "{refused} of {} refused",
        cases.len()
    );
    assert!(
        disagreements.is_empty(),
        "{} of {} cases disagree:\n{}",
        disagreements.len(),
        cases.len(),
        disagreements.join("\n")
    );
    eprintln!(
        "{} request-kind cases, {refused} refused by both",
        cases.len()
    );
}
