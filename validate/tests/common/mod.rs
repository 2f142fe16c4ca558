//! The receiver the tests of the command's receiver tools post to: a server on 127.0.0.1:0 that
//! logs each request and answers as a test asks. Each test binary uses a part of it.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use periskope_model::WebhookEvent;
use periskope_model::verify::SIGNATURE_HEADER;

/// The signing key the tests use; no output may contain it.
pub(crate) const KEY: &str = "whsec-TEST-KEY-never-printed-7f3a";

/// A request as a receiver got it.
#[derive(Clone, Debug)]
pub(crate) struct Received {
    /// The signature header, if the request had one.
    pub(crate) signature: Option<String>,
    /// The body's bytes as received.
    pub(crate) body: Vec<u8>,
}

/// How a receiver answers a request: a status and how long to wait first.
pub(crate) type Behaviour = fn(&Received) -> (u16, Duration);

/// A receiver on 127.0.0.1:0 answering with `behaviour`; returns its URL and what it received.
pub(crate) fn receiver(behaviour: Behaviour) -> (String, Arc<Mutex<Vec<Received>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("binds on loopback");
    let url = format!("http://{}/webhook", listener.local_addr().expect("address"));
    let log = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&log);
    std::thread::spawn(move || {
        for stream in listener.incoming().take(200) {
            let Ok(stream) = stream else { continue };
            answer(stream, behaviour, &seen);
        }
    });
    (url, log)
}

/// Reads one request, logs it, then answers. The log comes first: the command may finish, and
/// the test read the log, as soon as the answer is written.
fn answer(stream: TcpStream, behaviour: Behaviour, log: &Mutex<Vec<Received>>) -> Option<()> {
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .ok()?;
    let mut reader = BufReader::new(stream.try_clone().ok()?);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let (mut length, mut signature) = (0, None);
    loop {
        line.clear();
        reader.read_line(&mut line).ok()?;
        let header = line.trim_end();
        if header.is_empty() {
            break;
        }
        let (name, value) = header.split_once(':')?;
        match name.trim().to_ascii_lowercase().as_str() {
            "content-length" => length = value.trim().parse().ok()?,
            name if name == SIGNATURE_HEADER => signature = Some(value.trim().to_owned()),
            _ => {}
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    let received = Received { signature, body };
    let (status, delay) = behaviour(&received);
    log.lock().expect("log").push(received);
    std::thread::sleep(delay);
    let mut stream = stream;
    write!(
        stream,
        "HTTP/1.1 {status} X\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"
    )
    .ok()
}

/// Verifies the raw bytes, then reads them: 401 for a bad signature, 400 for a body the model
/// does not read, 200 otherwise (unknown events included).
pub(crate) fn correct(request: &Received) -> (u16, Duration) {
    let Some(signature) = &request.signature else {
        return (401, Duration::ZERO);
    };
    match WebhookEvent::from_signed_body(&request.body, signature, &[KEY]) {
        Ok(_) => (200, Duration::ZERO),
        Err(periskope_model::verify::SignatureError::Body(_)) => (400, Duration::ZERO),
        Err(_) => (401, Duration::ZERO),
    }
}
