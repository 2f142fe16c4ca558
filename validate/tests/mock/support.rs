//! What the mock tests share: a mock on a free loopback port and a client of it.

use std::time::{Duration, Instant};

use crate::common::KEY;
use periskope_contract::{documented, kind_for};
use periskope_model::endpoint::Endpoint;
use periskope_validate::mock::{Delivery, MockServer, Options};
use serde_json::Value;

/// A mock on a free loopback port, signing with the tests' key, acks every 20 ms.
pub(crate) fn options() -> Options {
    Options {
        signing_key: KEY.as_bytes().to_vec(),
        seed: Some(7),
        ack_interval: Duration::from_millis(20),
        retry_backoff: Duration::from_millis(10),
        ..Options::default()
    }
    .listen("127.0.0.1:0".parse().expect("an address"))
}

/// An answer: status, headers, body bytes.
pub(crate) struct Reply {
    pub(crate) status: u16,
    pub(crate) headers: reqwest::header::HeaderMap,
    pub(crate) body: Vec<u8>,
}

impl Reply {
    pub(crate) fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!("{e}: {}", String::from_utf8_lossy(&self.body));
        })
    }

    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// A client of one mock.
pub(crate) struct Client {
    pub(crate) http: reqwest::blocking::Client,
    pub(crate) base: String,
}

impl Client {
    pub(crate) fn of(server: &MockServer) -> Self {
        Self {
            http: reqwest::blocking::Client::builder()
                .timeout(Duration::from_secs(10))
                .build()
                .expect("a client"),
            base: server.base_url(),
        }
    }

    pub(crate) fn call(
        &self,
        method: &str,
        path: &str,
        body: Option<&Value>,
        headers: &[(&str, &str)],
    ) -> Reply {
        let method = reqwest::Method::from_bytes(method.as_bytes()).expect("a method");
        let mut request = self
            .http
            .request(method, format!("{}{path}", self.base))
            .bearer_auth("test-api-key");
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        if let Some(body) = body {
            request = request
                .header("content-type", "application/json")
                .body(serde_json::to_vec(body).expect("serializes"));
        }
        let answer = request.send().expect("the mock answers");
        Reply {
            status: answer.status().as_u16(),
            headers: answer.headers().clone(),
            body: answer.bytes().expect("a body").to_vec(),
        }
    }

    pub(crate) fn get(&self, path: &str) -> Reply {
        self.call("GET", path, None, &[])
    }

    pub(crate) fn post(&self, path: &str, body: &Value) -> Reply {
        self.call("POST", path, Some(body), &[])
    }
}

/// Waits (at most 5 s) until `done` holds of the deliveries, and returns them.
pub(crate) fn wait_for(
    server: &MockServer,
    what: &str,
    done: impl Fn(&[Delivery]) -> bool,
) -> Vec<Delivery> {
    let started = Instant::now();
    loop {
        let deliveries = server.deliveries();
        if done(&deliveries) {
            return deliveries;
        }
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "waited 5 s for {what}; deliveries: {:#?}",
            deliveries
                .iter()
                .map(|d| (&d.event, d.status))
                .collect::<Vec<_>>()
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// The catalog's path with each parameter filled from `ids`.
pub(crate) fn path_of(endpoint: &Endpoint, ids: &[(&str, String)]) -> String {
    let mut path = endpoint.path.to_owned();
    for name in endpoint.path_parameters() {
        let value = ids
            .iter()
            .find(|(param, _)| *param == name)
            .map_or("unknown", |(_, value)| value.as_str());
        path = path.replace(&format!("{{{name}}}"), value);
    }
    path
}

/// The documented request body of `endpoint`, if it takes one.
pub(crate) fn documented_request(endpoint: &Endpoint) -> Option<Value> {
    let kind = kind_for(&endpoint.request?).expect("a request kind");
    let text = documented(kind.name).expect("each request kind has a documented example");
    Some(serde_json::from_str(text).expect("documented JSON"))
}
