//! The blocking transport: ureq on the caller's thread, with the limiter and the retry policy
//! applied around each attempt.

use std::collections::{HashSet, VecDeque};
use std::io::Read;
use std::time::{Duration, Instant};

use crate::Call;
use crate::error::{Error, TransportError};
use crate::list::{Listed, identity};
use crate::policy::{Next, exhausted};
use crate::request::{Prepared, Received, failure};

/// The largest answer read, in bytes.
const MAX_ANSWER: u64 = 64 << 20;

/// An agent that reads error statuses as answers and gives up on an attempt after `timeout`.
pub(crate) fn agent(timeout: Duration) -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(timeout))
        .user_agent(concat!("periskope-client/", env!("CARGO_PKG_VERSION")))
        .build()
        .into()
}

/// Whether the request certainly did not reach the server.
fn never_sent(error: &ureq::Error) -> bool {
    use ureq::Timeout;
    match error {
        ureq::Error::HostNotFound | ureq::Error::ConnectionFailed => true,
        ureq::Error::Timeout(Timeout::Resolve | Timeout::Connect) => true,
        ureq::Error::Io(io) => io.kind() == std::io::ErrorKind::ConnectionRefused,
        _ => false,
    }
}

/// One attempt: the request's bytes out, the answer's in.
fn attempt(agent: &ureq::Agent, prepared: &Prepared) -> Result<Received, TransportError> {
    let failed = |error: ureq::Error| TransportError {
        may_have_reached: !never_sent(&error),
        message: error.to_string(),
    };
    let mut builder = ureq::http::Request::builder()
        .method(prepared.endpoint.method.as_str())
        .uri(&prepared.url);
    for (name, value) in &prepared.headers {
        builder = builder.header(name, value);
    }
    let request = builder
        .body(prepared.body.clone().unwrap_or_default())
        .map_err(|e| TransportError {
            message: e.to_string(),
            may_have_reached: false,
        })?;
    let answer = agent.run(request).map_err(failed)?;
    let status = answer.status().as_u16();
    let headers = answer
        .headers()
        .iter()
        .map(|(name, value)| {
            (
                name.as_str().to_owned(),
                String::from_utf8_lossy(value.as_bytes()).into_owned(),
            )
        })
        .collect();
    let mut body = Vec::new();
    answer
        .into_body()
        .into_reader()
        .take(MAX_ANSWER)
        .read_to_end(&mut body)
        .map_err(|e| TransportError {
            message: format!("the answer broke off: {e}"),
            may_have_reached: true,
        })?;
    Ok(Received {
        status,
        headers,
        body,
    })
}

impl<T> Call<T> {
    /// Sends the call and reads its answer, waiting for the rate limiter and retrying as
    /// [`RetryPolicy`](crate::RetryPolicy) says.
    pub fn send(&self) -> Result<T, Error> {
        let prepared = self.prepare()?;
        let shared = &self.client.shared;
        let policy = &shared.config.retry;
        let started = Instant::now();
        let mut attempts = 0;
        loop {
            std::thread::sleep(shared.limiter.take());
            attempts += 1;
            let outcome = attempt(&shared.agent, &prepared);
            let next = policy.next(&prepared, attempts, &outcome, self.retry_writes);
            let result = match &outcome {
                Ok(received) if (200..300).contains(&received.status) => {
                    return (self.decode)(self.operation, received);
                }
                Ok(received) => failure(received),
                Err(error) => Error::Transport(error.clone()),
            };
            match next {
                Next::Stop if attempts > 1 => return Err(exhausted(attempts, started, result)),
                Next::Stop => return Err(result),
                Next::Retry(wait) if started.elapsed() + wait > policy.budget => {
                    return Err(exhausted(attempts, started, result));
                }
                Next::Retry(wait) => std::thread::sleep(wait),
            }
        }
    }
}

impl<L: Listed> Call<L> {
    /// Walks the list page by page (`offset`, `limit` = `page_size`), yielding each item once:
    /// the next page starts after the items received, items already yielded are passed over
    /// (so it does not matter whether the server counts from 0 or 1, or an item was added
    /// before the current page), and the walk ends on a short or empty page. A failed page is
    /// yielded as an error, and ends the walk.
    pub fn pages(self, page_size: u32) -> Pages<L> {
        Pages {
            call: self,
            page_size: page_size.max(1),
            offset: 0,
            seen: HashSet::new(),
            ready: VecDeque::new(),
            done: false,
        }
    }
}

/// The items of a list, fetched a page at a time ([`Call::pages`]).
pub struct Pages<L: Listed> {
    call: Call<L>,
    page_size: u32,
    offset: u64,
    seen: HashSet<String>,
    ready: VecDeque<L::Item>,
    done: bool,
}

impl<L: Listed> std::fmt::Debug for Pages<L> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pages")
            .field("operation", &self.call.operation)
            .field("offset", &self.offset)
            .field("seen", &self.seen.len())
            .finish_non_exhaustive()
    }
}

impl<L: Listed> Iterator for Pages<L> {
    type Item = Result<L::Item, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.ready.pop_front() {
                return Some(Ok(item));
            }
            if self.done {
                return None;
            }
            if let Ok(query) = &mut self.call.query {
                query.retain(|(key, _)| key != "offset" && key != "limit");
                query.push(("offset".into(), self.offset.to_string()));
                query.push(("limit".into(), self.page_size.to_string()));
            }
            let items = match self.call.send() {
                Ok(page) => page.into_items(),
                Err(error) => {
                    self.done = true;
                    return Some(Err(error));
                }
            };
            let received = items.len();
            self.offset += received as u64;
            let before = self.ready.len();
            for item in items {
                if self.seen.insert(identity::<L>(&item)) {
                    self.ready.push_back(item);
                }
            }
            if received < self.page_size as usize || self.ready.len() == before {
                self.done = true;
            }
        }
    }
}
