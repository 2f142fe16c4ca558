//! The Periskope API on a developer's machine: `periskope-schema mock`, and [`MockServer`] for
//! Rust tests that embed it.
//!
//! Every operation of the endpoint catalog is served under `/v1`. A request is checked as
//! Periskope checks it (`Authorization: Bearer`, `x-phone`, the query, and the body by the same
//! [`Validator`] as `validate --type <request kind>`), and refused with the
//! documented error envelope. The answers come from an in-memory organisation seeded from the
//! documented examples: what a call changes is what later calls see. Webhook subscriptions made
//! through the API receive the events calls cause, signed over the exact bytes posted, and a
//! small control API beside `/v1` makes the outside world act (a customer writes or reacts, the
//! phone disconnects).
//!
//! ```no_run
//! use periskope_validate::mock::{MockServer, Options};
//!
//! let server = MockServer::start(Options::default().listen("127.0.0.1:0".parse()?))?;
//! println!("calls go to {}", server.base_url()); // http://127.0.0.1:PORT/v1
//! let message = server.inbound("919537851844@c.us", "Hi, is my order on its way?")?;
//! assert_eq!(message["from_me"], false);
//! for delivery in server.deliveries() {
//!     println!("{} → {}: {:?}", delivery.event, delivery.url, delivery.status);
//! }
//! server.stop();
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The control API, for tests in any language (JSON bodies, answered with the object made):
//!
//! | request | what happens |
//! |---|---|
//! | `POST /_mock/inbound` `{chat_id, message, from?}` | a customer writes: `message.created` with `from_me` false (and `chat.created` for a new chat) |
//! | `POST /_mock/reaction` `{message_id, reaction, from?}` | a customer reacts: `reaction.created` |
//! | `POST /_mock/phone` `{connected}` | the phone disconnects or connects: `org.phone.disconnected` / `org.phone.connected` |
//! | `GET /_mock/deliveries` | every delivery made so far, with the receiver's status |
//! | `POST /_mock/faults` `{path, method?, status?, delay_ms?, times?}` | the next matching requests are answered `status` (not performed) or delayed ([`Fault`]) |

// The mock reads and writes JSON objects by key (`message["ack"]`): serde_json's indexing of a
// missing key reads `null` and never panics, and the objects written to are the mock's own. The
// positions it indexes vectors with were found in the same lock just before.
#![allow(clippy::indexing_slicing)]

mod control;
mod hooks;
mod org;
mod record;
mod route;
mod server;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::routing::{get, post};
use serde_json::Value;
use tokio::sync::oneshot;

pub use hooks::{Delivery, LOG_LIMIT};

use crate::Validator;
use server::Shared;

/// The address Periskope's SDK calls in its `local` environment.
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";

/// The key deliveries are signed with when none is given.
pub const DEFAULT_KEY: &str = "periskope-mock-key";

/// The largest request body read, in bytes; a larger one is answered 413.
pub const DEFAULT_MAX_BODY: usize = 16 << 20;

/// How the mock runs. `Options::default()` listens on [`DEFAULT_LISTEN`], takes any API key,
/// signs with [`DEFAULT_KEY`], and adds no faults.
#[derive(Clone, Debug)]
pub struct Options {
    /// Where to listen (port 0: any free port).
    pub listen: SocketAddr,
    /// The one API key accepted; `None` accepts any non-empty bearer key.
    pub api_key: Option<String>,
    /// The key deliveries are signed with.
    pub signing_key: Vec<u8>,
    /// Makes every generated id the same from run to run.
    pub seed: Option<u64>,
    /// A folder of recorded payloads to start from instead of the documented examples.
    pub state: Option<PathBuf>,
    /// Post each delivery once per connected org phone and once more as a redelivery, with the
    /// same envelope `id`, as Periskope may.
    pub duplicates: bool,
    /// Requests allowed per second before the documented 429; `None`: no limit.
    pub rate_limit: Option<u32>,
    /// Added to every answer.
    pub latency: Duration,
    /// Writes every exchange to this file as NDJSON.
    pub record: Option<PathBuf>,
    /// The time between two ack steps of a sent message.
    pub ack_interval: Duration,
    /// Retries of a delivery after the first attempt.
    pub retries: u32,
    /// The wait before the first retry (doubling each time).
    pub retry_backoff: Duration,
    /// How long one delivery may take.
    pub delivery_timeout: Duration,
    /// The largest request body read.
    pub max_body: usize,
    /// Post deliveries to hosts other than this machine's loopback too (by default a
    /// subscription to another host is kept, and its deliveries are logged, not posted).
    pub remote_hooks: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            api_key: None,
            signing_key: DEFAULT_KEY.as_bytes().to_vec(),
            seed: None,
            state: None,
            duplicates: false,
            rate_limit: None,
            latency: Duration::ZERO,
            record: None,
            ack_interval: Duration::from_millis(500),
            retries: 3,
            retry_backoff: Duration::from_millis(200),
            delivery_timeout: Duration::from_secs(10),
            max_body: DEFAULT_MAX_BODY,
            remote_hooks: false,
        }
    }
}

impl Options {
    /// The same options, listening on `address`.
    pub fn listen(mut self, address: SocketAddr) -> Self {
        self.listen = address;
        self
    }
}

/// A fault the next matching requests meet, as if the server had failed or been slow: queued
/// with [`MockServer::fault`] or `POST /_mock/faults`, used `times` times, then gone.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Fault {
    /// Only requests of this method (`GET`, `POST`, …); any when absent.
    #[serde(default)]
    pub method: Option<String>,
    /// The request's path, as sent (`/v1/chats`).
    pub path: String,
    /// Answer this status with the documented envelope instead of performing the call (a 2xx
    /// status performs it and answers with that status); the call's own answer when absent.
    #[serde(default)]
    pub status: Option<u16>,
    /// Wait this long before answering (after performing the call, if it is performed).
    #[serde(default, rename = "delay_ms", deserialize_with = "millis")]
    pub delay: Duration,
    /// How many requests meet it (at least 1).
    #[serde(default = "once")]
    pub times: u32,
}

fn once() -> u32 {
    1
}

fn millis<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Duration, D::Error> {
    <u64 as serde::Deserialize>::deserialize(deserializer).map(Duration::from_millis)
}

impl Fault {
    /// A fault answering `status` once to requests of `method` on `path`.
    pub fn status(method: &str, path: &str, status: u16) -> Self {
        Self {
            method: Some(method.to_owned()),
            path: path.to_owned(),
            status: Some(status),
            delay: Duration::ZERO,
            times: 1,
        }
    }

    /// A fault delaying once the answers to requests of `method` on `path` (performed first).
    pub fn delay(method: &str, path: &str, delay: Duration) -> Self {
        Self {
            method: Some(method.to_owned()),
            path: path.to_owned(),
            status: None,
            delay,
            times: 1,
        }
    }

    /// The same fault, met `times` times.
    pub fn times(mut self, times: u32) -> Self {
        self.times = times.max(1);
        self
    }

    fn matches(&self, method: &str, path: &str) -> bool {
        self.times > 0
            && self.path == path
            && self
                .method
                .as_deref()
                .is_none_or(|wanted| wanted.eq_ignore_ascii_case(method))
    }
}

/// A running mock: its own thread and runtime, stopped by [`stop`](Self::stop) or when dropped.
#[derive(Debug)]
pub struct MockServer {
    address: SocketAddr,
    shared: Arc<Shared>,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl std::fmt::Debug for Shared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Shared").finish_non_exhaustive()
    }
}

/// Why the mock could not start.
#[derive(Debug)]
pub struct StartError(String);

impl std::fmt::Display for StartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for StartError {}

impl MockServer {
    /// Binds `options.listen`, loads the state, and serves until stopped. Works from synchronous
    /// code and from inside a tokio runtime alike (the server runs on a runtime of its own).
    pub fn start(options: Options) -> Result<Self, StartError> {
        let validator = Validator::new(false).map_err(StartError)?;
        let mut org = org::Org::seeded(options.seed);
        if let Some(dir) = &options.state {
            org.load(dir, &validator).map_err(StartError)?;
        }
        let listener = std::net::TcpListener::bind(options.listen)
            .map_err(|e| StartError(format!("cannot listen on {}: {e}", options.listen)))?;
        let address = listener
            .local_addr()
            .map_err(|e| StartError(e.to_string()))?;
        listener
            .set_nonblocking(true)
            .map_err(|e| StartError(e.to_string()))?;
        let recorder = match &options.record {
            Some(path) => Some(
                record::Recorder::create(path)
                    .map_err(|e| StartError(format!("{}: {e}", path.display())))?,
            ),
            None => None,
        };
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .map_err(|e| StartError(e.to_string()))?;
        let org = Arc::new(Mutex::new(org));
        let (events, received) = tokio::sync::mpsc::unbounded_channel();
        let log = Arc::new(hooks::Log::default());
        let shared = Arc::new(Shared::new(
            Arc::clone(&org),
            events,
            validator,
            &options,
            runtime.handle().clone(),
            recorder,
            Arc::clone(&log),
        ));
        let settings = hooks::Settings {
            key: options.signing_key.clone(),
            retries: options.retries,
            backoff: options.retry_backoff,
            timeout: options.delivery_timeout,
            duplicates: options.duplicates,
            remote: options.remote_hooks,
        };
        let app = Router::new()
            .route("/_mock/inbound", post(control::inbound))
            .route("/_mock/reaction", post(control::reaction))
            .route("/_mock/phone", post(control::phone))
            .route("/_mock/deliveries", get(control::deliveries))
            .route("/_mock/faults", post(control::faults))
            .fallback(server::api)
            .with_state(Arc::clone(&shared));
        let (stop, stopped) = oneshot::channel::<()>();
        let (ready, is_ready) = std::sync::mpsc::channel::<Result<(), String>>();
        let thread = std::thread::Builder::new()
            .name("periskope-mock".into())
            .spawn(move || {
                runtime.block_on(async move {
                    let listener = match tokio::net::TcpListener::from_std(listener) {
                        Ok(listener) => listener,
                        Err(e) => {
                            let _ = ready.send(Err(e.to_string()));
                            return;
                        }
                    };
                    tokio::spawn(hooks::deliver_all(org, settings, log, received));
                    let _ = ready.send(Ok(()));
                    let served = axum::serve(listener, app)
                        .with_graceful_shutdown(async {
                            let _ = stopped.await;
                        })
                        .await;
                    if let Err(e) = served {
                        eprintln!("periskope-schema mock: {e}");
                    }
                });
                runtime.shutdown_timeout(Duration::from_secs(1));
            })
            .map_err(|e| StartError(e.to_string()))?;
        match is_ready.recv() {
            Ok(Ok(())) => {}
            Ok(Err(e)) => return Err(StartError(e)),
            Err(_) => return Err(StartError("the server thread stopped".into())),
        }
        Ok(Self {
            address,
            shared,
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    /// The address it listens on.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The base URL clients call, such as `http://127.0.0.1:8080/v1`.
    pub fn base_url(&self) -> String {
        format!("http://{}/v1", self.address)
    }

    /// The URL of the control API, such as `http://127.0.0.1:8080/_mock`.
    pub fn control_url(&self) -> String {
        format!("http://{}/_mock", self.address)
    }

    /// Every delivery made so far (the last [`LOG_LIMIT`]), in the order made.
    pub fn deliveries(&self) -> Vec<Delivery> {
        self.shared.log.all()
    }

    /// A customer writes `message` in `chat_id` (a new 1:1 chat is made for an unknown number):
    /// fires `message.created` with `from_me` false, and returns the message.
    pub fn inbound(&self, chat_id: &str, message: &str) -> Result<Value, String> {
        let made = self.shared.lock().inbound(chat_id, message, None);
        let (message, events) = made.map_err(|refusal| refusal.message)?;
        self.fire(events);
        Ok(message)
    }

    /// A customer reacts to a message with `emoji`: fires `reaction.created`.
    pub fn react(&self, message_id: &str, emoji: &str) -> Result<Value, String> {
        let made = self
            .shared
            .lock()
            .customer_reaction(message_id, emoji, None);
        let event = made.map_err(|refusal| refusal.message)?;
        let data = event.data.clone();
        self.fire(vec![event]);
        Ok(data)
    }

    /// Queues a fault for the next matching requests.
    pub fn fault(&self, fault: Fault) {
        let mut faults = self
            .shared
            .faults
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        faults.push(fault);
    }

    /// How many requests under `/v1` it has received (answered or not: a client that gave up
    /// waiting still sent one).
    pub fn requests(&self) -> u64 {
        self.shared
            .requests
            .load(std::sync::atomic::Ordering::Relaxed)
    }

    /// The organisation's phone disconnects (`false`) or connects again (`true`).
    pub fn set_phone_connected(&self, connected: bool) -> Option<Value> {
        let event = self.shared.lock().set_connected(connected)?;
        let data = event.data.clone();
        self.fire(vec![event]);
        Some(data)
    }

    /// The messages of a chat, oldest first.
    pub fn messages(&self, chat_id: &str) -> Vec<Value> {
        let org = self.shared.lock();
        org.messages
            .iter()
            .filter(|m| m["chat_id"] == chat_id)
            .cloned()
            .collect()
    }

    fn fire(&self, events: Vec<org::Event>) {
        self.shared.fire(events, Vec::new());
    }

    /// Stops serving (open connections are let finish) and waits for the server's thread.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        self.shutdown();
    }
}
