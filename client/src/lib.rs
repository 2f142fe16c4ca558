//! A typed client of the Periskope WhatsApp API: the endpoint catalog of [`periskope_model`]
//! made callable.
//!
//! One method per operation of the catalog, named after it (`sendMessage` is
//! [`Client::send_message`]), takes the model's request and query types and the path
//! parameters, and returns a [`Call`] of the model's answer type (`()` for an empty answer). The
//! path, method, headers and kinds come from the catalog; a test fails when an operation has no
//! method or a method's types differ from the catalog's.
//!
//! ```no_run
//! use periskope_client::{Client, Config};
//! use periskope_model::SendMessageResponse;
//! use periskope_model::request::SendMessageRequest;
//!
//! let client = Client::new(Config::new("your-api-key"));
//! let support = client.phone("918527184400"); // x-phone: one client, every org phone
//! let mut body = SendMessageRequest::new("919537851844@c.us");
//! body.message = "Your order has shipped".to_owned().into();
//! let sent = support.send_message(&body).send()?;
//! if let SendMessageResponse::Queued(queued) = sent {
//!     println!("queued as {}", queued.queue_id);
//! }
//! for chat in client.get_chats(&Default::default()).pages(500) {
//!     println!("{}", chat?.chat_id);
//! }
//! # Ok::<(), periskope_client::Error>(())
//! ```
//!
//! Limits: a rate limiter shared by every handle of a client (100 requests a second by default,
//! as Periskope documents); a 429 is waited out (`Retry-After`, `X-RateLimit-Reset`, capped and
//! jittered) and tried again; reads are tried again after a 5xx or a lost connection, with
//! backoff, within a per-call budget ([`RetryPolicy`]). A write (any method but `GET`) is never
//! sent twice once it may have reached the server (a timeout after sending, a 5xx): Periskope
//! has no idempotency key, and a second `POST /message/send` sends a second WhatsApp message.
//! [`Call::retry_writes`] opts in for one call.
//!
//! Transports, as features: `blocking` (on by default): [`Call::send`] and [`Call::pages`] on the
//! caller's thread with ureq, no async runtime; `async`: `Call::send_async` and `Call::stream`
//! with reqwest on the caller's tokio runtime. Both use rustls for https. The request and the
//! reading of its answer are made without I/O ([`request`]), and the retry decisions and the
//! walk through a list too, so a transport only moves bytes and waits.
#![deny(missing_docs)]
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    warn(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic,
        clippy::todo,
        clippy::unimplemented
    )
)]

#[cfg(feature = "blocking")]
mod blocking;
mod error;
mod list;
#[cfg(feature = "async")]
mod nonblocking;
mod operations;
mod policy;
pub mod request;

use std::sync::Arc;
use std::time::Duration;

#[cfg(feature = "blocking")]
pub use blocking::Pages;
pub use error::{ApiFailure, Error, RateLimit, TransportError};
pub use list::Listed;
pub use policy::RetryPolicy;
use request::Decoder;

/// Where and how a client calls.
#[derive(Clone, Debug)]
pub struct Config {
    /// The API's base URL: [`periskope_model::endpoint::SERVER`] by default; the mock's
    /// (`http://127.0.0.1:8080/v1`) in tests.
    pub base_url: String,
    /// The API key, sent as `Authorization: Bearer …`.
    pub api_key: String,
    /// Requests a second that every handle of the client shares (Periskope documents 100).
    pub rate: u32,
    /// When calls are tried again.
    pub retry: RetryPolicy,
    /// How long one attempt may take, from connecting to the last byte of the answer.
    pub timeout: Duration,
}

impl Config {
    /// Production, with `api_key`, 100 requests a second, the default retries and 30 s a try.
    pub fn new(api_key: impl Into<String>) -> Self {
        Self {
            base_url: periskope_model::endpoint::SERVER.to_owned(),
            api_key: api_key.into(),
            rate: 100,
            retry: RetryPolicy::default(),
            timeout: Duration::from_secs(30),
        }
    }

    /// The same, calling `base_url` (such as the mock's).
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = base_url.into();
        self
    }
}

/// What every handle of a client shares.
#[derive(Debug)]
#[cfg_attr(not(any(feature = "blocking", feature = "async")), allow(dead_code))]
struct Shared {
    config: Config,
    limiter: policy::Limiter,
    #[cfg(feature = "blocking")]
    agent: ureq::Agent,
    #[cfg(feature = "async")]
    http: reqwest::Client,
}

/// A client of one API key. Cheap to clone; [`Client::phone`] gives a handle that acts as one
/// org phone (`x-phone`) and shares the key's rate limiter.
#[derive(Clone, Debug)]
pub struct Client {
    shared: Arc<Shared>,
    phone: Option<String>,
}

impl Client {
    /// A client with `config`.
    pub fn new(config: Config) -> Self {
        Self {
            shared: Arc::new(Shared {
                limiter: policy::Limiter::new(config.rate),
                #[cfg(feature = "blocking")]
                agent: blocking::agent(config.timeout),
                #[cfg(feature = "async")]
                http: nonblocking::http(config.timeout),
                config,
            }),
            phone: None,
        }
    }

    /// A handle acting as the org phone `phone`: its number (`918527184400`) or its
    /// `phone-…` id, sent as `x-phone` on the operations that take it.
    pub fn phone(&self, phone: impl Into<String>) -> Self {
        Self {
            shared: Arc::clone(&self.shared),
            phone: Some(phone.into()),
        }
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.shared.config
    }

    /// A call of `operation`, made by the generated methods.
    fn call<T>(
        &self,
        operation: &'static str,
        params: Vec<String>,
        query: Result<Vec<(String, String)>, Error>,
        body: Result<Option<Vec<u8>>, Error>,
        decode: Decoder<T>,
    ) -> Call<T> {
        Call {
            client: self.clone(),
            operation,
            params,
            query,
            body,
            headers: Vec::new(),
            retry_writes: false,
            decode,
        }
    }
}

/// One call of an operation, ready to send: [`Call::send`] (blocking), or [`Call::pages`] to walk
/// a list.
#[must_use = "a call does nothing until it is sent"]
#[cfg_attr(not(any(feature = "blocking", feature = "async")), allow(dead_code))]
pub struct Call<T> {
    client: Client,
    operation: &'static str,
    params: Vec<String>,
    query: Result<Vec<(String, String)>, Error>,
    body: Result<Option<Vec<u8>>, Error>,
    headers: Vec<(String, String)>,
    retry_writes: bool,
    decode: Decoder<T>,
}

impl<T> std::fmt::Debug for Call<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Call")
            .field("operation", &self.operation)
            .field("params", &self.params)
            .field("query", &self.query)
            .finish_non_exhaustive()
    }
}

impl<T> Call<T> {
    /// Try this write again after a failure that may have reached the server (a 5xx, a
    /// timeout after sending). Only for calls whose repetition is harmless to you.
    pub fn retry_writes(mut self) -> Self {
        self.retry_writes = true;
        self
    }

    /// Adds a header to this call (replacing one of the same name).
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        let name = name.into().to_ascii_lowercase();
        self.headers.retain(|(key, _)| *key != name);
        self.headers.push((name, value.into()));
        self
    }

    /// The same call, its answer read by `decode`.
    #[cfg(feature = "json-calls")]
    fn with_decoder<U>(self, decode: Decoder<U>) -> Call<U> {
        Call {
            client: self.client,
            operation: self.operation,
            params: self.params,
            query: self.query,
            body: self.body,
            headers: self.headers,
            retry_writes: self.retry_writes,
            decode,
        }
    }

    /// The request this call sends (no I/O): for logging, or another transport.
    pub fn prepare(&self) -> Result<request::Prepared, Error> {
        let config = &self.client.shared.config;
        let params: Vec<&str> = self.params.iter().map(String::as_str).collect();
        request::prepare(
            self.operation,
            request::Parts {
                base_url: &config.base_url,
                api_key: &config.api_key,
                phone: self.client.phone.as_deref(),
                params: &params,
                query: self.query.clone()?,
                body: self.body.clone()?,
                headers: &self.headers,
            },
        )
    }
}

/// What follows an attempt.
#[cfg_attr(not(any(feature = "blocking", feature = "async")), allow(dead_code))]
pub(crate) enum Step<T> {
    /// The call's result.
    Done(Result<T, Error>),
    /// Wait this long, then try again.
    Again(Duration),
}

#[cfg_attr(not(any(feature = "blocking", feature = "async")), allow(dead_code))]
impl<T> Call<T> {
    /// After attempt `attempts` (started at `started`) ended in `outcome`: the answer read, the
    /// failure, or the wait before the next attempt, within the retry policy's budget.
    pub(crate) fn step(
        &self,
        prepared: &request::Prepared,
        attempts: u32,
        started: std::time::Instant,
        outcome: Result<request::Received, TransportError>,
    ) -> Step<T> {
        let policy = &self.client.shared.config.retry;
        let next = policy.next(prepared, attempts, &outcome, self.retry_writes);
        let failed = match &outcome {
            Ok(received) if (200..300).contains(&received.status) => {
                return Step::Done((self.decode)(self.operation, received));
            }
            Ok(received) => request::failure(received),
            Err(error) => Error::Transport(error.clone()),
        };
        match next {
            policy::Next::Stop if attempts > 1 => {
                Step::Done(Err(policy::exhausted(attempts, started, failed)))
            }
            policy::Next::Stop => Step::Done(Err(failed)),
            policy::Next::Retry(wait) if started.elapsed() + wait > policy.budget => {
                Step::Done(Err(policy::exhausted(attempts, started, failed)))
            }
            policy::Next::Retry(wait) => Step::Again(wait),
        }
    }
}
