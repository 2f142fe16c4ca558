//! The blocking transport: ureq on the caller's thread, with the limiter and the retry policy
//! applied around each attempt.

use std::io::Read;
use std::time::{Duration, Instant};

use crate::error::{Error, TransportError};
use crate::list::{Listed, Walk};
use crate::request::{MAX_ANSWER, Prepared, Received, broke_off, header_pairs};
use crate::{Call, Step};

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
    let unmade = |e: ureq::http::Error| TransportError {
        message: e.to_string(),
        may_have_reached: false,
    };
    let answer = match &prepared.body {
        Some(body) => agent.run(builder.body(body.as_slice()).map_err(unmade)?),
        None => agent.run(builder.body(()).map_err(unmade)?),
    }
    .map_err(failed)?;
    let status = answer.status().as_u16();
    let headers = header_pairs(
        answer
            .headers()
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_bytes())),
    );
    let mut body = Vec::new();
    answer
        .into_body()
        .into_reader()
        .take(MAX_ANSWER as u64 + 1)
        .read_to_end(&mut body)
        .map_err(broke_off)?;
    if body.len() > MAX_ANSWER {
        return Err(broke_off(format!("it is over {MAX_ANSWER} bytes")));
    }
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
        let started = Instant::now();
        let mut attempts = 0;
        loop {
            let wait = shared.limiter.take();
            if !wait.is_zero() {
                std::thread::sleep(wait);
            }
            attempts += 1;
            let outcome = attempt(&shared.agent, &prepared);
            match self.step(&prepared, attempts, started, outcome) {
                Step::Done(result) => return result,
                Step::Again(wait) => std::thread::sleep(wait),
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
            walk: Walk::new(page_size),
        }
    }
}

/// The items of a list, fetched a page at a time ([`Call::pages`]).
pub struct Pages<L: Listed> {
    call: Call<L>,
    walk: Walk<L>,
}

impl<L: Listed> std::fmt::Debug for Pages<L> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pages")
            .field("operation", &self.call.operation)
            .field("offset", &self.walk.offset())
            .finish_non_exhaustive()
    }
}

impl<L: Listed> Iterator for Pages<L> {
    type Item = Result<L::Item, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.walk.pop() {
                return Some(Ok(item));
            }
            if self.walk.is_done() {
                return None;
            }
            if let Ok(query) = &mut self.call.query {
                self.walk.page(query);
            }
            match self.call.send() {
                Ok(page) => self.walk.absorb(page.into_items()),
                Err(error) => {
                    self.walk.stop();
                    return Some(Err(error));
                }
            }
        }
    }
}
