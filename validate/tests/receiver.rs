//! The receiver tools of the installed command, run as a user runs them: `sign`, `send` and
//! `check-receiver` against small receivers on 127.0.0.1:0 written here, each graded as it
//! deserves. Every server answers a bounded number of requests and stops with the test.

mod common;

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use common::{KEY, Received, correct, receiver};
use periskope_model::WebhookEvent;
use periskope_model::verify::{sign, verify_signature};
use serde_json::Value;

/// The battery: 20 events in three layouts, then 7 more deliveries.
const CASES: usize = 67;

fn accepts_everything(_: &Received) -> (u16, Duration) {
    (200, Duration::ZERO)
}

/// Parses first and verifies its own compact re-encoding: passes unit tests, fails in production.
fn reserializes(request: &Received) -> (u16, Duration) {
    let Ok(value) = serde_json::from_slice::<Value>(&request.body) else {
        return (400, Duration::ZERO);
    };
    let again = value.to_string();
    match &request.signature {
        Some(signature) if verify_signature(again.as_bytes(), signature, &[KEY]).is_ok() => {
            (200, Duration::ZERO)
        }
        _ => (401, Duration::ZERO),
    }
}

/// Correct, but throws on an event it does not know.
fn fails_on_unknown_events(request: &Received) -> (u16, Duration) {
    let verdict = correct(request);
    let event: Option<WebhookEvent> = periskope_model::from_slice(&request.body).ok();
    match event.as_ref().and_then(WebhookEvent::name) {
        Some(name) if !name.is_known() && verdict.0 == 200 => (500, Duration::ZERO),
        _ => verdict,
    }
}

fn slow(request: &Received) -> (u16, Duration) {
    (correct(request).0, Duration::from_millis(60))
}

fn command(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_periskope-schema"));
    command
        .args(args)
        .env("TEST_SIGNING_KEY", KEY)
        .current_dir(std::env::temp_dir());
    command
}

fn run(args: &[&str]) -> Output {
    let output = command(args).output().expect("runs the command");
    for stream in [&output.stdout, &output.stderr] {
        assert!(
            !String::from_utf8_lossy(stream).contains(KEY),
            "the key appears in the output of {args:?}"
        );
    }
    output
}

/// `send --to url --key-env TEST_SIGNING_KEY` and `args`.
fn send(url: &str, args: &[&str]) -> Output {
    let mut all = vec!["send", "--to", url, "--key-env", "TEST_SIGNING_KEY"];
    all.extend_from_slice(args);
    run(&all)
}

/// The JSON report of `check-receiver` against `url`, and its exit code.
fn check(url: &str, extra: &[&str]) -> (Value, Option<i32>) {
    let mut args = vec![
        "check-receiver",
        "--to",
        url,
        "--key-env",
        "TEST_SIGNING_KEY",
        "--format",
        "json",
    ];
    args.extend_from_slice(extra);
    let output = run(&args);
    let report = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "a JSON report ({e}): {}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    (report, output.status.code())
}

/// The names of the cases graded `grade`.
fn graded(report: &Value, grade: &str) -> BTreeSet<String> {
    report["cases"]
        .as_array()
        .expect("cases")
        .iter()
        .filter(|case| case["grade"] == grade)
        .map(|case| case["case"].as_str().expect("name").to_owned())
        .collect()
}

fn names(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|name| (*name).to_owned()).collect()
}

#[test]
fn a_correct_receiver_passes_every_case() {
    let (url, log) = receiver(correct);
    let (report, code) = check(&url, &[]);
    assert_eq!(
        report["summary"],
        serde_json::json!({"pass": CASES, "warn": 0, "fail": 0}),
        "{report:#}"
    );
    assert_eq!(code, Some(0));
    let received = log.lock().expect("log");
    assert_eq!(received.len(), CASES);
    // Every event arrived in three layouts whose bytes differ and whose values agree.
    let first: Vec<&Received> = received.iter().take(3).collect();
    assert!(first[0].body != first[1].body && first[1].body != first[2].body);
    let values: Vec<Value> = first
        .iter()
        .map(|r| serde_json::from_slice(&r.body).expect("JSON"))
        .collect();
    assert!(values.iter().all(|v| *v == values[0]));
    assert!(String::from_utf8_lossy(&first[2].body).contains("\\u0040"));
}

#[test]
fn a_receiver_that_accepts_everything_fails_the_refusals() {
    let (url, _) = receiver(accepts_everything);
    let (report, code) = check(&url, &[]);
    assert_eq!(
        graded(&report, "FAIL"),
        names(&["tampered", "wrong-key", "unsigned"]),
        "{report:#}"
    );
    assert_eq!(code, Some(1));
    let unsigned = report["cases"]
        .as_array()
        .expect("cases")
        .iter()
        .find(|c| c["case"] == "unsigned")
        .expect("case");
    assert!(
        unsigned["reason"]
            .as_str()
            .expect("reason")
            .contains("accepts unsigned data")
    );
}

#[test]
fn a_receiver_that_verifies_a_re_encoding_fails_every_pretty_and_escaped_delivery() {
    let (url, _) = receiver(reserializes);
    let (report, code) = check(&url, &[]);
    let expected: BTreeSet<String> = periskope_model::examples::DELIVERIES
        .iter()
        .flat_map(|example| {
            [
                format!("{} pretty", example.event),
                format!("{} escaped", example.event),
            ]
        })
        .collect();
    assert_eq!(graded(&report, "FAIL"), expected, "{report:#}");
    assert_eq!(code, Some(1));
}

#[test]
fn a_receiver_that_answers_500_to_an_unknown_event_fails_that_case() {
    let (url, _) = receiver(fails_on_unknown_events);
    let (report, code) = check(&url, &[]);
    assert_eq!(
        graded(&report, "FAIL"),
        names(&["unknown-event"]),
        "{report:#}"
    );
    assert_eq!(code, Some(1));
}

#[test]
fn a_slow_receiver_is_warned_about_and_expectations_can_be_overridden() {
    let (url, _) = receiver(slow);
    let (report, code) = check(&url, &["--slow-after", "20ms"]);
    assert_eq!(
        report["summary"],
        serde_json::json!({"pass": 0, "warn": CASES, "fail": 0}),
        "{report:#}"
    );
    assert_eq!(code, Some(0));
    // The correct receiver answers 401 to an unsigned delivery; expecting 403 makes it a FAIL,
    // expecting 401 keeps it a PASS.
    let (url, _) = receiver(correct);
    let (report, _) = check(
        &url,
        &["--expect", "unsigned=403", "--expect", "wrong-key=401"],
    );
    assert_eq!(graded(&report, "FAIL"), names(&["unsigned"]), "{report:#}");
    let output = run(&[
        "check-receiver",
        "--to",
        &url,
        "--key-env",
        "TEST_SIGNING_KEY",
        "--expect",
        "nothing=2xx",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no group \"nothing\""));
}

#[test]
fn the_human_and_junit_reports_grade_each_delivery() {
    let (url, _) = receiver(accepts_everything);
    let human = run(&[
        "check-receiver",
        "--to",
        &url,
        "--key-env",
        "TEST_SIGNING_KEY",
    ]);
    let text = String::from_utf8(human.stdout).expect("UTF-8");
    assert!(text.contains("FAIL  unsigned "), "{text}");
    assert!(text.contains("PASS  message.created compact "), "{text}");
    assert!(text.ends_with("64 passed, 0 warned, 3 failed\n"), "{text}");
    let junit = run(&[
        "check-receiver",
        "--to",
        &url,
        "--key-env",
        "TEST_SIGNING_KEY",
        "--format",
        "junit",
    ]);
    let xml = String::from_utf8(junit.stdout).expect("UTF-8");
    assert!(
        xml.contains(&format!("tests=\"{CASES}\" failures=\"3\"")),
        "{xml}"
    );
    assert_eq!(xml.matches("<failure ").count(), 3, "{xml}");
}

#[test]
fn sign_prints_the_signature_of_the_bytes_as_read() {
    let dir = tempdir("sign");
    let body = b"{\r\n  \"event\": \"x\",\n  \"data\": {}\n}\n";
    let path = dir.join("body.json");
    std::fs::write(&path, body).expect("writes");
    let output = run(&[
        "sign",
        "--key-env",
        "TEST_SIGNING_KEY",
        path.to_str().expect("UTF-8"),
    ]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(output.stdout).expect("UTF-8"),
        format!("{}\n", sign(body, KEY))
    );
    // From standard input, with the key in a file with a line break.
    let key_file = dir.join("key");
    std::fs::write(&key_file, format!("{KEY}\n")).expect("writes");
    let mut child = command(&["sign", "--key-file", key_file.to_str().expect("UTF-8"), "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(body)
        .expect("writes");
    let output = child.wait_with_output().expect("runs");
    assert_eq!(
        String::from_utf8(output.stdout).expect("UTF-8"),
        format!("{}\n", sign(body, KEY))
    );
    // Errors name the source of the key, never the key.
    let missing = run(&[
        "sign",
        "--key-env",
        "NO_SUCH_PERISKOPE_VAR",
        path.to_str().expect("UTF-8"),
    ]);
    assert_eq!(missing.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&missing.stderr),
        "error: the environment variable NO_SUCH_PERISKOPE_VAR is not set\n"
    );
    let no_body = run(&[
        "sign",
        "--key-env",
        "TEST_SIGNING_KEY",
        "/no/such/body.json",
    ]);
    assert_eq!(no_body.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&no_body.stderr).starts_with("error: /no/such/body.json: "));
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn send_posts_the_signed_bytes_and_reports_the_answer() {
    let (url, log) = receiver(correct);
    let output = send(&url, &["--event", "message.created", "--repeat", "2"]);
    let text = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{text}");
    assert_eq!(text.matches(": 200 X in ").count(), 2, "{text}");
    // A file without edits is sent byte for byte; the signature is over those bytes.
    let dir = tempdir("send");
    let path = dir.join("delivery.json");
    let file = periskope_model::examples::delivery(&"note.created".into()).expect("an example");
    std::fs::write(&path, file).expect("writes");
    let output = send(&url, &["--file", path.to_str().expect("UTF-8")]);
    assert_eq!(output.status.code(), Some(0));
    {
        let received = log.lock().expect("log");
        assert_eq!(received.len(), 3);
        assert_eq!(received[0].body, received[1].body);
        assert_eq!(received[2].body, file.as_bytes());
        assert_eq!(
            received[2].signature.as_deref(),
            Some(sign(file.as_bytes(), KEY).as_str())
        );
    }
    // With --event, the file's envelope is named that event (and sent as read when it already is).
    let output = send(
        &url,
        &[
            "--file",
            path.to_str().expect("UTF-8"),
            "--event",
            "note.created",
        ],
    );
    assert_eq!(output.status.code(), Some(0));
    let chat = dir.join("chat.json");
    std::fs::write(
        &chat,
        periskope_model::examples::delivery(&"chat.created".into()).expect("an example"),
    )
    .expect("writes");
    let output = send(
        &url,
        &[
            "--file",
            chat.to_str().expect("UTF-8"),
            "--event",
            "chat.custom_properties.updated",
        ],
    );
    assert_eq!(output.status.code(), Some(0));
    {
        let mut received = log.lock().expect("log");
        assert_eq!(received[3].body, file.as_bytes());
        let renamed: Value = serde_json::from_slice(&received[4].body).expect("JSON");
        assert_eq!(renamed["event_type"], "chat.custom_properties.updated");
        received.drain(3..);
    }
    // Edits, then a pretty body.
    let output = send(
        &url,
        &[
            "--event",
            "message.created",
            "--set",
            "data.body=\"edited\"",
            "--unset",
            "id",
            "--pretty",
        ],
    );
    assert_eq!(output.status.code(), Some(0));
    let sent: Value = serde_json::from_slice(&log.lock().expect("log")[3].body).expect("JSON");
    assert_eq!(sent["data"]["body"], "edited");
    assert_eq!(sent.get("id"), None);
    // Unsigned and wrongly signed deliveries are refused by the receiver: exit 1.
    for flag in ["--unsigned", "--bad-signature"] {
        let output = run(&["send", "--to", &url, "--event", "chat.created", flag]);
        assert_eq!(output.status.code(), Some(1), "{flag}");
        assert!(
            String::from_utf8_lossy(&output.stdout).contains(": 401 X in "),
            "{flag}"
        );
    }
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn send_refuses_what_it_cannot_send() {
    let (url, log) = receiver(correct);
    // A body the model does not read is refused before sending, with the finding.
    let output = send(
        &url,
        &[
            "--event",
            "message.created",
            "--set",
            "data.from_me=\"perhaps\"",
        ],
    );
    assert_eq!(output.status.code(), Some(2));
    let error = String::from_utf8_lossy(&output.stderr);
    assert!(
        error.contains("--allow-invalid") && error.contains("$.data.from_me"),
        "{error}"
    );
    assert!(log.lock().expect("log").is_empty());
    let output = send(
        &url,
        &[
            "--event",
            "message.created",
            "--set",
            "data.from_me=\"perhaps\"",
            "--allow-invalid",
        ],
    );
    assert_eq!(output.status.code(), Some(1), "the receiver answers 400");
    // No key, an unknown example, https and a closed port are usage errors or failures to send.
    let cases: [(&[&str], &str); 4] = [
        (
            &["send", "--to", &url, "--event", "message.created"],
            "give the signing key",
        ),
        (
            &["send", "--to", &url, "--event", "org.created", "--unsigned"],
            "no example of the event \"org.created\"",
        ),
        (
            &[
                "send",
                "--to",
                "https://example.com/hook",
                "--event",
                "message.created",
                "--unsigned",
            ],
            "https is not supported",
        ),
        (
            &[
                "send",
                "--to",
                "http://127.0.0.1:1/hook",
                "--event",
                "message.created",
                "--unsigned",
                "--timeout",
                "2s",
            ],
            "cannot connect",
        ),
    ];
    for (args, expected) in cases {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let error = String::from_utf8_lossy(&output.stderr);
        assert!(error.contains(expected), "{args:?}: {error}");
    }
}

fn tempdir(name: &str) -> std::path::PathBuf {
    let dir =
        std::env::temp_dir().join(format!("periskope-receiver-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp folder");
    dir
}

#[test]
fn every_example_delivery_is_valid_and_detected_as_a_webhook() {
    let validator = periskope_validate::Validator::new(false).expect("the built-in schemas");
    for example in periskope_model::examples::DELIVERIES {
        let outcome = validator.validate(example.body.as_bytes(), None);
        assert_eq!(outcome.findings, Vec::new(), "{}", example.event);
        assert_eq!(outcome.kind, Some("webhook"), "{}", example.event);
    }
}

#[test]
fn send_warns_about_a_slow_answer() {
    let (url, _) = receiver(slow);
    let output = send(
        &url,
        &["--event", "reaction.created", "--slow-after", "20ms"],
    );
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("): 200 X in "), "{text}");
    assert!(text.contains("\nwarning: the answer took 0."), "{text}");
    // Within the default 5 s, no warning.
    let output = send(&url, &["--event", "reaction.created"]);
    assert!(!String::from_utf8_lossy(&output.stdout).contains("warning"));
}

#[test]
fn an_answer_is_read_to_its_length_when_the_server_keeps_the_connection_open() {
    let listener = TcpListener::bind("127.0.0.1:0").expect("binds on loopback");
    let url = format!("http://{}/webhook", listener.local_addr().expect("address"));
    std::thread::spawn(move || {
        if let Some(Ok(stream)) = listener.incoming().next() {
            let mut reader = BufReader::new(stream.try_clone().expect("clones"));
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                line.clear();
            }
            let mut stream = stream;
            let _ = stream.write_all(b"HTTP/1.1 202 Accepted\r\nContent-Length: 2\r\n\r\nok");
            std::thread::sleep(Duration::from_secs(4));
        }
    });
    let output = run(&[
        "send",
        "--to",
        &url,
        "--event",
        "chat.created",
        "--unsigned",
        "--timeout",
        "3s",
    ]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    // Reading to the end of the stream would have waited for the server's close, 4 s away, and
    // failed at the 3 s timeout with exit 2.
    assert!(String::from_utf8_lossy(&output.stdout).contains(": 202 Accepted in "));
}
