//! The async transport: reqwest (rustls for https) on the caller's tokio runtime, with the
//! limiter and the retry policy applied around each attempt, as the blocking one does.

use std::time::Instant;

use futures_util::Stream;

use crate::error::{Error, TransportError};
use crate::list::{Listed, Walk};
use crate::request::{MAX_ANSWER, Prepared, Received, broke_off, header_pairs};
use crate::{Call, Step};

/// A reqwest client giving up on an attempt after `timeout`.
pub(crate) fn http(timeout: std::time::Duration) -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(timeout)
        .user_agent(concat!("periskope-client/", env!("CARGO_PKG_VERSION")))
        .build()
        .unwrap_or_default()
}

/// One attempt: the request's bytes out, the answer's in.
async fn attempt(http: &reqwest::Client, prepared: &Prepared) -> Result<Received, TransportError> {
    let failed = |error: reqwest::Error| TransportError {
        // A connect error never sent the request; anything later may have.
        may_have_reached: !error.is_connect(),
        message: error.to_string(),
    };
    let method = reqwest::Method::from_bytes(prepared.endpoint.method.as_str().as_bytes())
        .map_err(|e| TransportError {
            message: e.to_string(),
            may_have_reached: false,
        })?;
    let mut request = http.request(method, &prepared.url);
    for (name, value) in &prepared.headers {
        request = request.header(name, value);
    }
    if let Some(body) = &prepared.body {
        request = request.body(body.clone());
    }
    let answer = request.send().await.map_err(failed)?;
    let status = answer.status().as_u16();
    let headers = header_pairs(
        answer
            .headers()
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_bytes())),
    );
    let mut answer = answer;
    let mut body = Vec::new();
    while let Some(chunk) = answer.chunk().await.map_err(broke_off)? {
        if body.len() + chunk.len() > MAX_ANSWER {
            return Err(broke_off(format!("it is over {MAX_ANSWER} bytes")));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(Received {
        status,
        headers,
        body,
    })
}

impl<T> Call<T> {
    /// Sends the call on the caller's tokio runtime and reads its answer, waiting for the rate
    /// limiter and retrying as [`RetryPolicy`](crate::RetryPolicy) says.
    pub async fn send_async(&self) -> Result<T, Error> {
        let prepared = self.prepare()?;
        let shared = &self.client.shared;
        let started = Instant::now();
        let mut attempts = 0;
        loop {
            let wait = shared.limiter.take();
            if !wait.is_zero() {
                tokio::time::sleep(wait).await;
            }
            attempts += 1;
            let outcome = attempt(&shared.http, &prepared).await;
            match self.step(&prepared, attempts, started, outcome) {
                Step::Done(result) => return result,
                Step::Again(wait) => tokio::time::sleep(wait).await,
            }
        }
    }
}

impl<L: Listed> Call<L> {
    /// [`pages`](Call::pages) as a `Stream`, for async code: each item once, a page at a time.
    pub fn stream(self, page_size: u32) -> impl Stream<Item = Result<L::Item, Error>> {
        futures_util::stream::unfold(
            (self, Walk::<L>::new(page_size)),
            |(mut call, mut walk)| async move {
                loop {
                    if let Some(item) = walk.pop() {
                        return Some((Ok(item), (call, walk)));
                    }
                    if walk.is_done() {
                        return None;
                    }
                    if let Ok(query) = &mut call.query {
                        walk.page(query);
                    }
                    match call.send_async().await {
                        Ok(page) => walk.absorb(page.into_items()),
                        Err(error) => {
                            walk.stop();
                            return Some((Err(error), (call, walk)));
                        }
                    }
                }
            },
        )
    }
}
