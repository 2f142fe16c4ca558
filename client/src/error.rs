//! What a call can end in besides its answer: the API's error (with everything it said), a
//! transport failure (and whether the request may have reached the server), or an answer that
//! does not read as its kind.

use std::fmt;
use std::time::Duration;

use periskope_model::ApiError;

/// The `X-RateLimit-*` headers of an answer, when it had them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RateLimit {
    /// `X-RateLimit-Limit`: requests allowed in the window.
    pub limit: Option<u64>,
    /// `X-RateLimit-Remaining`: requests left in the window.
    pub remaining: Option<u64>,
    /// `X-RateLimit-Reset`: when the window resets, in seconds since the Unix epoch.
    pub reset: Option<u64>,
    /// `Retry-After`, in seconds.
    pub retry_after: Option<u64>,
}

/// An error answer of the API: its status, the envelope with its `code`, `message` and every
/// `fields` entry, the trace id and the rate-limit headers.
#[derive(Clone, Debug, PartialEq)]
pub struct ApiFailure {
    /// The HTTP status.
    pub status: u16,
    /// The envelope as the API wrote it (an answer that is not an envelope is kept in
    /// `message`, with the code `UNKNOWN_ERROR`).
    pub error: ApiError,
    /// `x-periskope-trace-id`, to quote to Periskope's support.
    pub trace_id: Option<String>,
    /// The rate-limit headers.
    pub rate_limit: RateLimit,
}

/// Why a request got no answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TransportError {
    /// What failed, as the HTTP library said it.
    pub message: String,
    /// `false` when the request certainly did not reach the server (no connection was made),
    /// `true` when it may have (a timeout or a broken connection after sending began).
    pub may_have_reached: bool,
}

/// How a call failed.
#[derive(Clone, Debug, PartialEq)]
pub enum Error {
    /// The API answered with an error status (4xx, 5xx).
    Api(Box<ApiFailure>),
    /// The request got no answer.
    Transport(TransportError),
    /// A success answer that does not read as the operation's answer kind: the JSON path and
    /// what was expected, as the validator reports them.
    Decode {
        /// The operation, such as `sendMessage`.
        operation: &'static str,
        /// The HTTP status.
        status: u16,
        /// Where in the answer (`$.chats[0].chat_id`), and what was wrong.
        message: String,
    },
    /// The call could not be made: a body or query that does not serialize, a bad base URL.
    Request(String),
    /// The per-call budget of attempts or time ran out while waiting to retry; the last
    /// failure is inside.
    Exhausted {
        /// Attempts made.
        attempts: u32,
        /// Time spent.
        elapsed: Duration,
        /// The last failure.
        last: Box<Error>,
    },
}

impl Error {
    /// The API's error answer, if this is one.
    pub fn api(&self) -> Option<&ApiFailure> {
        match self {
            Self::Api(failure) => Some(failure),
            Self::Exhausted { last, .. } => last.api(),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Api(failure) => {
                write!(
                    f,
                    "{} {}: {}",
                    failure.status,
                    failure.error.code.as_str(),
                    failure.error.message
                )?;
                if let Some(fields) = failure.error.fields.value() {
                    for (field, error) in fields {
                        let about = error.message.value().map_or("", String::as_str);
                        write!(f, "; {field}: {about}")?;
                    }
                }
                if let Some(trace) = &failure.trace_id {
                    write!(f, " (trace {trace})")?;
                }
                Ok(())
            }
            Self::Transport(error) => write!(f, "no answer: {}", error.message),
            Self::Decode {
                operation,
                status,
                message,
            } => write!(
                f,
                "{operation}: the {status} answer does not read: {message}"
            ),
            Self::Request(message) => write!(f, "the request cannot be made: {message}"),
            Self::Exhausted {
                attempts,
                elapsed,
                last,
            } => write!(
                f,
                "gave up after {attempts} attempts in {:.1} s: {last}",
                elapsed.as_secs_f64()
            ),
        }
    }
}

impl std::error::Error for Error {}
