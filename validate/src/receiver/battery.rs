//! `periskope-schema check-receiver`: a fixed battery of deliveries, each graded PASS, FAIL or
//! WARN by what the endpoint answers.

use std::time::Duration;

use periskope_model::WebhookEventName;
use periskope_model::examples::{self, DELIVERIES};
use serde_json::{Value, json};

use super::body::{self, Layout};
use super::http::{self, Answer, Target};
use super::key::SigningKey;
use super::send::{Signing, signature};

/// The status a case expects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expect {
    /// Any status of a class: `2` for 2xx, `4` for 4xx.
    Class(u16),
    /// This status.
    Exact(u16),
}

impl Expect {
    /// Reads `2xx`, `4xx` or a status such as `401`.
    pub fn parse(text: &str) -> Result<Self, String> {
        let lower = text.to_ascii_lowercase();
        if let Some(class) = lower.strip_suffix("xx") {
            if let Ok(class @ 1..=5) = class.parse::<u16>() {
                return Ok(Self::Class(class));
            }
        }
        match text.parse::<u16>() {
            Ok(status @ 100..=599) => Ok(Self::Exact(status)),
            _ => Err(format!(
                "{text:?} is not a status: 2xx, 4xx or a number such as 401"
            )),
        }
    }

    fn admits(self, status: u16) -> bool {
        match self {
            Self::Class(class) => status / 100 == class,
            Self::Exact(expected) => status == expected,
        }
    }
}

impl std::fmt::Display for Expect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Class(class) => write!(f, "{class}xx"),
            Self::Exact(status) => write!(f, "{status}"),
        }
    }
}

/// What sort of case it is: its expected status's default and what a wrong answer means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// A signed example delivery in one layout: 2xx.
    Event,
    /// A body changed after signing: 4xx.
    Tampered,
    /// Signed with another key: 4xx.
    WrongKey,
    /// No signature header: 4xx.
    Unsigned,
    /// An event this version does not know: 2xx, never 5xx.
    UnknownEvent,
    /// A known event with a field this version does not know: 2xx.
    UnknownField,
    /// The same delivery again: 2xx.
    Duplicate,
}

impl Group {
    /// Every group, as `--expect` names them.
    pub const ALL: [Group; 7] = [
        Self::Event,
        Self::Tampered,
        Self::WrongKey,
        Self::Unsigned,
        Self::UnknownEvent,
        Self::UnknownField,
        Self::Duplicate,
    ];

    /// The name `--expect` takes.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Event => "events",
            Self::Tampered => "tampered",
            Self::WrongKey => "wrong-key",
            Self::Unsigned => "unsigned",
            Self::UnknownEvent => "unknown-event",
            Self::UnknownField => "unknown-field",
            Self::Duplicate => "duplicate",
        }
    }

    /// The group named `name`.
    pub fn named(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|group| group.as_str() == name)
    }

    fn default_expect(self) -> Expect {
        match self {
            Self::Tampered | Self::WrongKey | Self::Unsigned => Expect::Class(4),
            _ => Expect::Class(2),
        }
    }

    /// Why an answer outside the expected status is wrong.
    fn failure(self, status: u16) -> String {
        let accepted = (200..300).contains(&status);
        match self {
            Self::Tampered if accepted => {
                "the endpoint accepts a body changed after it was signed: it does not verify the signature over the raw bytes".into()
            }
            Self::WrongKey if accepted => {
                "the endpoint accepts a delivery signed with another key: it does not verify the signature".into()
            }
            Self::Unsigned if accepted => {
                "the endpoint accepts unsigned data: anyone who knows its address can post events".into()
            }
            Self::Event if status == 401 || status == 403 => {
                "a correctly signed delivery is refused: verify the raw body as received, not JSON written again from the parsed value (other bytes give another signature)".into()
            }
            Self::UnknownEvent if status >= 500 => {
                "an event this receiver does not know gets a 5xx: Periskope retries it, and new events are added without notice; acknowledge and ignore it".into()
            }
            Self::UnknownField if status >= 500 || status == 400 || status == 422 => {
                "a field the receiver does not know makes it refuse the delivery: new fields are added without notice; read leniently".into()
            }
            Self::Duplicate => {
                "a redelivery is not acknowledged: Periskope redelivers after a timeout or an error, so answer 2xx and skip work already done (deduplicate on the delivery key)".into()
            }
            _ => "the status is not the expected one".into(),
        }
    }
}

/// Reads `--expect GROUP=STATUS` (`unsigned=401`, `events=2xx`).
pub fn parse_expect(text: &str) -> Result<(Group, Expect), String> {
    let (group, status) = text
        .split_once('=')
        .ok_or_else(|| format!("--expect {text}: expected GROUP=STATUS, such as unsigned=401"))?;
    let group = Group::named(group).ok_or_else(|| {
        let names: Vec<&str> = Group::ALL.iter().map(|g| g.as_str()).collect();
        format!(
            "--expect {text}: no group {group:?}; the groups are {}",
            names.join(", ")
        )
    })?;
    Ok((group, Expect::parse(status)?))
}

/// One delivery of the battery.
#[derive(Clone, Debug)]
pub struct Case {
    /// Its name in the report, such as `message.created compact`.
    pub name: String,
    /// Its group.
    pub group: Group,
    /// The bytes posted.
    pub body: Vec<u8>,
    /// The signature header, if any.
    pub signature: Option<String>,
    /// The expected status.
    pub expect: Expect,
}

/// The battery: every example event in three layouts, then the refusals, the unknowns and the
/// duplicate. `expect` overrides a group's expected status.
pub fn cases(key: &SigningKey, expect: &[(Group, Expect)]) -> Vec<Case> {
    let signed = Signing::Key(key.clone());
    let expected = |group: Group| {
        expect
            .iter()
            .rev()
            .find(|(g, _)| *g == group)
            .map_or(group.default_expect(), |(_, e)| *e)
    };
    let case = |name: String, group: Group, body: Vec<u8>, signing: &Signing| Case {
        signature: signature(&body, signing),
        name,
        group,
        body,
        expect: expected(group),
    };
    let mut out = Vec::new();
    for example in DELIVERIES {
        let value: Value = serde_json::from_str(example.body).unwrap_or(Value::Null);
        for layout in [Layout::Compact, Layout::Pretty, Layout::Escaped] {
            let name = format!("{} {}", example.event, layout.as_str());
            out.push(case(
                name,
                Group::Event,
                body::write(&value, layout),
                &signed,
            ));
        }
    }
    let message = examples::delivery(&WebhookEventName::MessageCreated)
        .and_then(|body| serde_json::from_str::<Value>(body).ok())
        .unwrap_or(Value::Null);
    let compact = body::write(&message, Layout::Compact);
    let tampered = body::tamper(&compact).unwrap_or_else(|| compact.clone());
    out.push(Case {
        signature: signature(&compact, &signed),
        ..case("tampered".into(), Group::Tampered, tampered, &signed)
    });
    out.push(case(
        "wrong-key".into(),
        Group::WrongKey,
        compact.clone(),
        &Signing::Bad,
    ));
    out.push(case(
        "unsigned".into(),
        Group::Unsigned,
        compact.clone(),
        &Signing::Unsigned,
    ));
    out.push(case(
        "unknown-event".into(),
        Group::UnknownEvent,
        unknown_event(),
        &signed,
    ));
    let mut extended = message;
    if let Value::Object(envelope) = &mut extended {
        envelope.insert("delivery_attempt".into(), json!(1));
        if let Some(Value::Object(data)) = envelope.get_mut("data") {
            data.insert(
                "sentiment".into(),
                json!({"label": "positive", "score": 0.93}),
            );
        }
    }
    let extended = body::write(&extended, Layout::Compact);
    out.push(case(
        "unknown-field".into(),
        Group::UnknownField,
        extended,
        &signed,
    ));
    for name in ["duplicate first", "duplicate again"] {
        out.push(case(
            name.into(),
            Group::Duplicate,
            compact.clone(),
            &signed,
        ));
    }
    out
}

/// A delivery of an event no version knows yet, in the real envelope.
fn unknown_event() -> Vec<u8> {
    body::write(
        &json!({
            "data": {"org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5", "member_id": "member-7", "role": "agent"},
            "event_type": "org.member.created",
            "id": "0d4c8f2e-5b6a-4e1f-9a3b-7c2d1e0f9a8b",
            "org_id": "2997dd64-89bf-48d3-9a22-b314fca017e5",
            "previous_attributes": null
        }),
        Layout::Compact,
    )
}

/// A case's grade.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grade {
    /// As expected.
    Pass,
    /// As expected, but slow.
    Warn,
    /// Not as expected, or no answer.
    Fail,
}

impl Grade {
    /// `PASS`, `WARN` or `FAIL`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pass => "PASS",
            Self::Warn => "WARN",
            Self::Fail => "FAIL",
        }
    }
}

/// A case and what came of it.
#[derive(Clone, Debug)]
pub struct Graded {
    /// The case's name.
    pub name: String,
    /// Its group.
    pub group: Group,
    /// The expected status.
    pub expect: Expect,
    /// The status answered; `None` when nothing was.
    pub status: Option<u16>,
    /// How long the answer took; `None` when nothing was answered.
    pub elapsed: Option<Duration>,
    /// The grade.
    pub grade: Grade,
    /// Why, for a WARN or a FAIL.
    pub reason: String,
}

/// Grades one answer (or failure to answer) of `case`.
pub fn grade(case: &Case, answer: Result<Answer, String>, slow_after: Duration) -> Graded {
    let (status, elapsed, grade, reason) = match answer {
        Err(error) => (None, None, Grade::Fail, error),
        Ok(answer) if !case.expect.admits(answer.status) => (
            Some(answer.status),
            Some(answer.elapsed),
            Grade::Fail,
            case.group.failure(answer.status),
        ),
        Ok(answer) if answer.elapsed > slow_after => (
            Some(answer.status),
            Some(answer.elapsed),
            Grade::Warn,
            format!(
                "the answer took {:.1} s (over {} s): answer first and do slow work after, or deliveries time out and are sent again",
                answer.elapsed.as_secs_f64(),
                slow_after.as_secs_f64()
            ),
        ),
        Ok(answer) => (
            Some(answer.status),
            Some(answer.elapsed),
            Grade::Pass,
            String::new(),
        ),
    };
    Graded {
        name: case.name.clone(),
        group: case.group,
        expect: case.expect,
        status,
        elapsed,
        grade,
        reason,
    }
}

/// Posts every case in order and grades each answer.
pub fn run(
    target: &Target,
    cases: &[Case],
    timeout: Duration,
    slow_after: Duration,
) -> Vec<Graded> {
    cases
        .iter()
        .map(|case| {
            let answer = http::post(target, case.signature.as_deref(), &case.body, timeout);
            grade(case, answer, slow_after)
        })
        .collect()
}
