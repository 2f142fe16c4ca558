//! Webhook deliveries: each event a call caused, in Periskope's envelope, signed over the exact
//! bytes posted, to every URL subscribed to it, in order, retried with backoff on a non-2xx
//! answer or a failed connection.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use periskope_model::verify::{SIGNATURE_HEADER, sign};
use serde::Serialize;
use serde_json::json;
use tokio::sync::mpsc::UnboundedReceiver;

use super::org::{Event, Org, now};

/// How many deliveries the log keeps (the oldest go first), so that a long run stays bounded.
pub const LOG_LIMIT: usize = 10_000;

/// One delivery the mock made: what it posted where, and how the receiver answered.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Delivery {
    /// The event, such as `message.created`.
    pub event: String,
    /// The envelope's `id`, the same on every copy of one event.
    pub id: String,
    /// Where it was posted.
    pub url: String,
    /// The body exactly as posted.
    pub body: String,
    /// The `x-periskope-signature` header sent with it.
    pub signature: String,
    /// 0 for the first copy; 1 and up for the copies `--duplicates` adds.
    pub copy: u32,
    /// How many times it was posted (1 when the first answer was 2xx).
    pub attempts: u32,
    /// The receiver's last status, if it answered.
    pub status: Option<u16>,
    /// Why the last attempt failed, if it did.
    pub error: Option<String>,
}

impl Delivery {
    /// Whether the receiver finally answered 2xx.
    pub fn delivered(&self) -> bool {
        self.status
            .is_some_and(|status| (200..300).contains(&status))
    }
}

/// How deliveries are made.
#[derive(Clone, Debug)]
pub(crate) struct Settings {
    pub(crate) key: Vec<u8>,
    /// Attempts after the first.
    pub(crate) retries: u32,
    /// The wait before the first retry; each next one waits twice as long.
    pub(crate) backoff: Duration,
    /// How long one post may take.
    pub(crate) timeout: Duration,
    /// Post each delivery once per connected org phone and once more as a redelivery.
    pub(crate) duplicates: bool,
    /// Post to hosts other than this machine's loopback too.
    pub(crate) remote: bool,
}

/// Whether `url` names this machine: `localhost`, `127.0.0.0/8` or `[::1]`.
pub(crate) fn is_loopback(url: &str) -> bool {
    let Ok(url) = reqwest::Url::parse(url) else {
        return false;
    };
    let host = url.host_str().unwrap_or_default();
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || bare
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// The deliveries made so far (the last [`LOG_LIMIT`]).
#[derive(Debug, Default)]
pub(crate) struct Log(Mutex<VecDeque<Delivery>>);

impl Log {
    fn push(&self, delivery: Delivery) {
        let mut log = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if log.len() == LOG_LIMIT {
            log.pop_front();
        }
        log.push_back(delivery);
    }

    pub(crate) fn all(&self) -> Vec<Delivery> {
        let log = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        log.iter().cloned().collect()
    }
}

/// Delivers every event sent on `events`, one after another, until the sender is dropped.
pub(crate) async fn deliver_all(
    org: Arc<Mutex<Org>>,
    settings: Settings,
    log: Arc<Log>,
    mut events: UnboundedReceiver<Event>,
) {
    let client = reqwest::Client::builder()
        .timeout(settings.timeout)
        .build()
        .unwrap_or_default();
    while let Some(event) = events.recv().await {
        let (urls, envelope, phones) = {
            let mut org = org.lock().unwrap_or_else(PoisonError::into_inner);
            let urls = org.subscribers(&event.name);
            if urls.is_empty() {
                continue;
            }
            let connected = org
                .phones
                .iter()
                .filter(|phone| phone["wa_state"] == "CONNECTED")
                .count();
            let envelope = json!({
                "data": event.data,
                "event_type": event.name,
                "id": org.ids.uuid(),
                "org_id": org.org_id,
                "previous_attributes": event.previous,
                "timestamp": now(),
            });
            (urls, envelope, connected.max(1))
        };
        let body = serde_json::to_string(&envelope).unwrap_or_default();
        let signature = sign(body.as_bytes(), &settings.key);
        let copies = if settings.duplicates {
            u32::try_from(phones).unwrap_or(1) + 1
        } else {
            1
        };
        for url in urls {
            for copy in 0..copies {
                let delivery = Delivery {
                    event: event.name.clone(),
                    id: envelope["id"].as_str().unwrap_or_default().to_owned(),
                    url: url.clone(),
                    body: body.clone(),
                    signature: signature.clone(),
                    copy,
                    attempts: 0,
                    status: None,
                    error: None,
                };
                log.push(post(&client, &settings, delivery).await);
            }
        }
    }
}

/// Posts one delivery, retrying with backoff until it is answered 2xx or the retries run out.
/// A URL off this machine is not posted to unless `remote` allows it: the delivery says why.
async fn post(client: &reqwest::Client, settings: &Settings, mut delivery: Delivery) -> Delivery {
    if !settings.remote && !is_loopback(&delivery.url) {
        delivery.error = Some(format!(
            "not posted: {} is not on this machine (--remote-hooks allows other hosts)",
            delivery.url
        ));
        return delivery;
    }
    let mut wait = settings.backoff;
    loop {
        delivery.attempts += 1;
        let sent = client
            .post(&delivery.url)
            .header("content-type", "application/json")
            .header(SIGNATURE_HEADER, &delivery.signature)
            .body(delivery.body.clone())
            .send()
            .await;
        match sent {
            Ok(answer) => {
                delivery.status = Some(answer.status().as_u16());
                delivery.error = None;
            }
            Err(error) => {
                delivery.status = None;
                delivery.error = Some(error.to_string());
            }
        }
        if delivery.delivered() || delivery.attempts > settings.retries {
            return delivery;
        }
        tokio::time::sleep(wait).await;
        wait = wait.saturating_mul(2);
    }
}

#[cfg(test)]
mod tests {
    use super::is_loopback;

    #[test]
    fn only_this_machine_is_loopback() {
        for url in [
            "http://127.0.0.1:3000/hook",
            "http://localhost/x",
            "http://[::1]:8/",
            "http://127.8.0.1/",
        ] {
            assert!(is_loopback(url), "{url}");
        }
        for url in [
            "https://example.com/hook",
            "http://10.0.0.1/",
            "http://[2001:db8::1]/",
            "not a url",
            "http://localhost.example.com/",
        ] {
            assert!(!is_loopback(url), "{url}");
        }
    }
}
