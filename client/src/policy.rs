//! Periskope's limits, as decisions the transports carry out: a rate limiter shared by every
//! handle of a key, and when (and whether) a failed attempt is tried again.
// Without a transport, nothing waits or tries again.
#![cfg_attr(not(any(feature = "blocking", feature = "async")), allow(dead_code))]

use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::error::{Error, TransportError};
use crate::request::{Prepared, Received};

/// A token bucket: `rate` requests a second, bursts of at most `rate`.
#[derive(Debug)]
pub(crate) struct Limiter {
    rate: f64,
    state: Mutex<(f64, Instant)>,
}

impl Limiter {
    pub(crate) fn new(rate: u32) -> Self {
        let rate = f64::from(rate.max(1));
        Self {
            rate,
            state: Mutex::new((rate, Instant::now())),
        }
    }

    /// Takes a token: how long to wait before sending (zero when one was there).
    pub(crate) fn take(&self) -> Duration {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        let now = Instant::now();
        let (tokens, last) = *state;
        let tokens = (tokens + now.duration_since(last).as_secs_f64() * self.rate).min(self.rate);
        let tokens = tokens - 1.0;
        *state = (tokens, now);
        if tokens >= 0.0 {
            Duration::ZERO
        } else {
            Duration::from_secs_f64(-tokens / self.rate)
        }
    }
}

/// When a call is tried again.
#[derive(Clone, Debug, PartialEq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included (1: never again).
    pub attempts: u32,
    /// The wait before the second attempt; each next one waits twice as long (then jittered).
    pub backoff: Duration,
    /// The longest wait for a 429 (`Retry-After`, `X-RateLimit-Reset`) or a backoff.
    pub max_wait: Duration,
    /// The time a call may take in all, waits included.
    pub budget: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            attempts: 4,
            backoff: Duration::from_millis(250),
            max_wait: Duration::from_secs(10),
            budget: Duration::from_secs(60),
        }
    }
}

/// What to do after an attempt.
#[derive(Debug, PartialEq)]
pub(crate) enum Next {
    /// Wait this long, then try again.
    Retry(Duration),
    /// Stop with this answer or failure.
    Stop,
}

/// A little jitter (up to a quarter of `wait`), from the clock: retries of several callers do
/// not line up.
fn jittered(wait: Duration) -> Duration {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |t| t.subsec_nanos());
    wait + wait.mul_f64(f64::from(nanos % 1000) / 4000.0)
}

/// How long a 429 asks to wait: `Retry-After`, else until `X-RateLimit-Reset`, else a second.
fn rate_limited_wait(received: &Received) -> Duration {
    let limit = received.rate_limit();
    if let Some(seconds) = limit.retry_after {
        return Duration::from_secs(seconds);
    }
    if let Some(reset) = limit.reset {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0.0, |t| t.as_secs_f64());
        // The reset is in whole seconds: wait until it has surely passed.
        return Duration::from_secs_f64((reset as f64 - now).max(0.0) + 0.05);
    }
    Duration::from_secs(1)
}

impl RetryPolicy {
    /// After attempt `attempt` (1 for the first) of `prepared`, which ended in `outcome`:
    /// whether to try again, and after how long.
    ///
    /// - A 429 was not performed: it is waited out (capped) and tried again, write or not.
    /// - A failure to connect never reached the server: tried again, write or not.
    /// - A read (`GET`) is tried again after a 5xx or any other transport failure.
    /// - A write is not tried again once it may have reached the server (a 5xx, a timeout
    ///   after sending), unless `retry_writes`.
    pub(crate) fn next(
        &self,
        prepared: &Prepared,
        attempt: u32,
        outcome: &Result<Received, TransportError>,
        retry_writes: bool,
    ) -> Next {
        if attempt >= self.attempts {
            return Next::Stop;
        }
        let backoff = || {
            let factor = 2u32.saturating_pow(attempt.saturating_sub(1));
            jittered(self.backoff.saturating_mul(factor)).min(self.max_wait)
        };
        let repeatable = !prepared.is_write() || retry_writes;
        match outcome {
            Ok(received) if received.status == 429 => {
                Next::Retry(jittered(rate_limited_wait(received)).min(self.max_wait))
            }
            Ok(received) if received.status >= 500 && repeatable => Next::Retry(backoff()),
            Ok(_) => Next::Stop,
            Err(error) if !error.may_have_reached || repeatable => Next::Retry(backoff()),
            Err(_) => Next::Stop,
        }
    }
}

/// The error a call ends in when its budget runs out before the next attempt.
pub(crate) fn exhausted(attempts: u32, started: Instant, last: Error) -> Error {
    Error::Exhausted {
        attempts,
        elapsed: started.elapsed(),
        last: Box::new(last),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::{Parts, prepare};

    fn prepared(operation: &str) -> Prepared {
        prepare(
            operation,
            Parts {
                base_url: "http://x/v1",
                api_key: "k",
                phone: None,
                params: &["c"],
                query: vec![],
                body: Some(b"{}".to_vec()),
                headers: &[],
            },
        )
        .expect("prepares")
    }

    #[test]
    fn writes_are_not_repeated_once_they_may_have_arrived() {
        let policy = RetryPolicy::default();
        let (send, list) = (prepared("sendMessage"), prepared("getChats"));
        let status = |status| {
            Ok(Received {
                status,
                ..Received::default()
            })
        };
        let failed = |reached| {
            Err(TransportError {
                message: "x".into(),
                may_have_reached: reached,
            })
        };
        let retries = |p: &Prepared, outcome, writes| {
            matches!(policy.next(p, 1, &outcome, writes), Next::Retry(_))
        };
        assert!(!retries(&send, status(500), false));
        assert!(retries(&send, status(500), true), "the caller opted in");
        assert!(retries(&list, status(500), false));
        assert!(
            retries(&send, status(429), false),
            "a 429 was not performed"
        );
        assert!(
            !retries(&send, failed(true), false),
            "a timeout after sending"
        );
        assert!(retries(&send, failed(false), false), "never connected");
        assert!(retries(&list, failed(true), false));
        assert!(!retries(&list, status(404), false));
        assert!(!retries(&list, status(200), false));
        assert_eq!(
            policy.next(&list, 4, &status(500), false),
            Next::Stop,
            "attempts used up"
        );
    }

    #[test]
    fn a_429_waits_for_retry_after_or_the_reset() {
        let policy = RetryPolicy {
            max_wait: Duration::from_secs(3),
            ..RetryPolicy::default()
        };
        let list = prepared("getChats");
        let limited = |headers: Vec<(String, String)>| {
            Ok(Received {
                status: 429,
                headers,
                body: vec![],
            })
        };
        let Next::Retry(wait) = policy.next(
            &list,
            1,
            &limited(vec![("retry-after".into(), "2".into())]),
            false,
        ) else {
            panic!("retried");
        };
        assert!(
            wait >= Duration::from_secs(2) && wait <= Duration::from_secs(3),
            "{wait:?}"
        );
        let Next::Retry(wait) = policy.next(
            &list,
            1,
            &limited(vec![("retry-after".into(), "60".into())]),
            false,
        ) else {
            panic!("retried");
        };
        assert_eq!(wait, Duration::from_secs(3), "capped");
    }

    #[test]
    fn the_limiter_lets_a_burst_through_then_spaces_requests() {
        let limiter = Limiter::new(10);
        let waits: Vec<Duration> = (0..12).map(|_| limiter.take()).collect();
        assert!(
            waits[..10].iter().all(|w| *w == Duration::ZERO),
            "{waits:?}"
        );
        assert!(
            waits[10] > Duration::from_millis(90) && waits[11] > Duration::from_millis(190),
            "{waits:?}"
        );
    }
}
