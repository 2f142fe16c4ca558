//! One HTTP/1.1 POST over a plain TCP connection: all the receiver tools need to reach an
//! endpoint on this machine or a private network, without an HTTP client stack.

use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::{Duration, Instant};

use periskope_model::verify::SIGNATURE_HEADER;

/// The most of an answer's body kept, for the report.
const BODY_LIMIT: u64 = 64 * 1024;

/// Where deliveries go: an `http://host[:port][/path]` address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    /// The host, as written (a name, an IPv4 address or a bracketed IPv6 address).
    pub host: String,
    /// The port (80 when the address names none).
    pub port: u16,
    /// The path and query, starting with `/`.
    pub path: String,
}

impl Target {
    /// Reads an `http://` address; `https://` and anything else is refused with the reason.
    pub fn parse(url: &str) -> Result<Self, String> {
        let Some(rest) = url.strip_prefix("http://") else {
            return Err(if url.starts_with("https://") {
                format!(
                    "{url}: https is not supported; send to the receiver's plain http address on this machine or your network (such as http://127.0.0.1:3000/webhook), or through a tunnel that ends in TLS"
                )
            } else {
                format!("{url}: expected an http:// address, such as http://127.0.0.1:3000/webhook")
            });
        };
        let (authority, path) = match rest.find('/') {
            Some(at) => rest.split_at(at),
            None => (rest, "/"),
        };
        let (host, port) = split_port(authority)
            .ok_or_else(|| format!("{url}: the port is not a number from 1 to 65535"))?;
        if host.is_empty() {
            return Err(format!("{url}: no host"));
        }
        Ok(Self {
            host: host.to_owned(),
            port,
            path: path.to_owned(),
        })
    }
}

impl std::fmt::Display for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "http://{}:{}{}", self.host, self.port, self.path)
    }
}

/// The host and port of `host[:port]` or `[v6][:port]`; `None` for a port that is not a number.
fn split_port(authority: &str) -> Option<(&str, u16)> {
    let port_at = match authority.rfind(':') {
        Some(at) if authority.get(at..).is_some_and(|tail| !tail.contains(']')) => at,
        _ => return Some((authority, 80)),
    };
    let (host, port) = authority.split_at(port_at);
    let port: u16 = port.get(1..)?.parse().ok()?;
    (port != 0).then_some((host, port))
}

/// What the endpoint answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    /// The status code.
    pub status: u16,
    /// The reason phrase, as sent.
    pub reason: String,
    /// The start of the body (at most 64 KiB), as text.
    pub body: String,
    /// From connecting to the end of the answer.
    pub elapsed: Duration,
}

/// Posts the delivery `body` to `target`, with its `signature` header when there is one, and
/// reads the answer; the connection is closed after it. `timeout` bounds connecting and each
/// read and write.
pub fn post(
    target: &Target,
    signature: Option<&str>,
    body: &[u8],
    timeout: Duration,
) -> Result<Answer, String> {
    let start = Instant::now();
    let address = (target.host.trim_matches(['[', ']']), target.port)
        .to_socket_addrs()
        .map_err(|e| format!("{target}: cannot resolve the host: {e}"))?
        .next()
        .ok_or_else(|| format!("{target}: the host has no address"))?;
    let mut stream = TcpStream::connect_timeout(&address, timeout)
        .map_err(|e| format!("{target}: cannot connect: {e}"))?;
    stream
        .set_read_timeout(Some(timeout))
        .and_then(|()| stream.set_write_timeout(Some(timeout)))
        .map_err(|e| format!("{target}: {e}"))?;
    let mut head = format!(
        "POST {} HTTP/1.1\r\nHost: {}:{}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nUser-Agent: periskope-schema/{}\r\nConnection: close\r\n",
        target.path,
        target.host,
        target.port,
        body.len(),
        env!("CARGO_PKG_VERSION"),
    );
    if let Some(signature) = signature {
        head.push_str(&format!("{SIGNATURE_HEADER}: {signature}\r\n"));
    }
    head.push_str("\r\n");
    stream
        .write_all(head.as_bytes())
        .and_then(|()| stream.write_all(body))
        .and_then(|()| stream.flush())
        .map_err(|e| format!("{target}: cannot send the delivery: {e}"))?;
    let answer = read_answer(&mut stream).map_err(|error| match error.kind() {
        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut => {
            format!("{target}: no answer within {} ms", timeout.as_millis())
        }
        _ => format!("{target}: cannot read the answer: {error}"),
    })?;
    let elapsed = start.elapsed();
    parse_answer(&answer, elapsed).ok_or_else(|| {
        format!(
            "{target}: the answer is not HTTP: {:?}",
            String::from_utf8_lossy(answer.get(..80).unwrap_or(&answer))
        )
    })
}

/// Reads an answer until it is complete: its `Content-Length` has arrived, or the connection
/// closed (a server may keep it open despite `Connection: close`, so the length is not waited
/// past). An error only when nothing arrived.
fn read_answer(stream: &mut impl Read) -> std::io::Result<Vec<u8>> {
    let mut answer = Vec::new();
    let mut chunk = [0u8; 8192];
    let limit = BODY_LIMIT as usize + 16 * 1024;
    loop {
        match stream.read(&mut chunk) {
            Ok(0) => return Ok(answer),
            Ok(n) => answer.extend_from_slice(chunk.get(..n).unwrap_or_default()),
            Err(error) if error.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(error) if answer.is_empty() => return Err(error),
            Err(_) => return Ok(answer),
        }
        if answer.len() >= limit || is_complete(&answer) {
            return Ok(answer);
        }
    }
}

/// Whether a raw answer holds its head and as many body bytes as its `Content-Length` says.
fn is_complete(raw: &[u8]) -> bool {
    let Some(end) = raw.windows(4).position(|w| w == b"\r\n\r\n") else {
        return false;
    };
    let head = String::from_utf8_lossy(raw.get(..end).unwrap_or_default());
    let length = head.lines().find_map(|line| {
        let (name, value) = line.split_once(':')?;
        name.trim()
            .eq_ignore_ascii_case("content-length")
            .then(|| value.trim().parse::<usize>().ok())?
    });
    length.is_some_and(|length| raw.len() >= end + 4 + length)
}

/// The status line and body of a raw answer.
fn parse_answer(raw: &[u8], elapsed: Duration) -> Option<Answer> {
    let text = String::from_utf8_lossy(raw);
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status_line = head.lines().next()?;
    let mut parts = status_line.splitn(3, ' ');
    let version = parts.next()?;
    if !version.starts_with("HTTP/") {
        return None;
    }
    let status: u16 = parts.next()?.parse().ok()?;
    let reason = parts.next().unwrap_or_default().to_owned();
    let mut body = body.to_owned();
    if body.len() > BODY_LIMIT as usize {
        let mut end = BODY_LIMIT as usize;
        while !body.is_char_boundary(end) {
            end -= 1;
        }
        body.truncate(end);
    }
    Some(Answer {
        status,
        reason,
        body,
        elapsed,
    })
}

/// Reads a duration: `500ms`, `10s`, `2m`, or a number of seconds (`1.5`).
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let (number, scale) = if let Some(ms) = text.strip_suffix("ms") {
        (ms, 0.001)
    } else if let Some(s) = text.strip_suffix('s') {
        (s, 1.0)
    } else if let Some(m) = text.strip_suffix('m') {
        (m, 60.0)
    } else {
        (text, 1.0)
    };
    let value: f64 = number
        .trim()
        .parse()
        .map_err(|_| format!("{text:?} is not a duration (such as 500ms, 10s or 2m)"))?;
    if !value.is_finite() || value <= 0.0 || value * scale > 86_400.0 {
        return Err(format!(
            "{text:?}: a duration must be above 0 and at most a day"
        ));
    }
    Ok(Duration::from_secs_f64(value * scale))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_read_and_others_refused() {
        let target = Target::parse("http://127.0.0.1:3000/hooks/periskope?x=1").expect("reads");
        assert_eq!(
            target,
            Target {
                host: "127.0.0.1".into(),
                port: 3000,
                path: "/hooks/periskope?x=1".into()
            }
        );
        assert_eq!(
            Target::parse("http://localhost").map(|t| (t.port, t.path)),
            Ok((80, "/".into()))
        );
        assert_eq!(
            Target::parse("http://[::1]:8080/").map(|t| (t.host, t.port)),
            Ok(("[::1]".into(), 8080))
        );
        assert!(
            Target::parse("https://example.com/")
                .unwrap_err()
                .contains("https is not supported")
        );
        assert!(
            Target::parse("ftp://x/")
                .unwrap_err()
                .contains("expected an http:// address")
        );
        assert!(
            Target::parse("http://x:99999/")
                .unwrap_err()
                .contains("port")
        );
        assert!(Target::parse("http://x:0/").unwrap_err().contains("port"));
    }

    #[test]
    fn durations_are_read_and_others_refused() {
        assert_eq!(parse_duration("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(parse_duration("10s"), Ok(Duration::from_secs(10)));
        assert_eq!(parse_duration("2m"), Ok(Duration::from_secs(120)));
        assert_eq!(parse_duration("1.5"), Ok(Duration::from_millis(1500)));
        assert!(parse_duration("0s").is_err());
        assert!(parse_duration("soon").is_err());
    }

    #[test]
    fn answers_are_read() {
        let answer = parse_answer(
            b"HTTP/1.1 401 Unauthorized\r\nX: y\r\n\r\nbad signature",
            Duration::ZERO,
        );
        assert_eq!(
            answer,
            Some(Answer {
                status: 401,
                reason: "Unauthorized".into(),
                body: "bad signature".into(),
                elapsed: Duration::ZERO
            })
        );
        assert_eq!(parse_answer(b"SSH-2.0-OpenSSH\r\n", Duration::ZERO), None);
        assert!(is_complete(
            b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok"
        ));
        assert!(!is_complete(
            b"HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nok"
        ));
        assert!(!is_complete(b"HTTP/1.1 200 OK\r\n\r\nok"));
    }
}
