//! The mock server under load, beside Prism serving the same `schemas/openapi.json` on the same
//! machine in the same run: requests a second and p50/p99 latency of `GET /chats` and
//! `POST /message/send`, each server a process as users run it, each loaded by the same client
//! (16 concurrent requests over kept-alive connections, on loopback).
//!
//! `cargo bench -p periskope-bench --bench mock` needs the release build of the command
//! (`cargo build --release --bin periskope-schema`). Prism is run when it is installed in
//! `bench/prism` (`npm ci --prefix bench/prism`: the pinned @stoplight/prism-cli 5.16.0) or
//! named by `$PRISM`; without it, the mock's figures are printed alone. Targets: at least 10x Prism's
//! requests a second, p99 under 5 ms. `-- --quick` loads each for 1 s instead of 5 s.

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Requests in flight at once.
const CONCURRENCY: usize = 16;

/// One server under test.
struct Server {
    name: &'static str,
    child: Child,
    base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A free loopback port.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .expect("a free port")
}

/// Starts `command` and waits until a line of its output contains `ready`.
fn start(name: &'static str, mut command: Command, base: String, ready: &str) -> Server {
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap_or_else(|e| panic!("{name} does not start: {e}"));
    let stdout = child.stdout.take().expect("piped");
    let mut lines = BufReader::new(stdout).lines();
    let started = Instant::now();
    loop {
        match lines.next() {
            Some(Ok(line)) if line.contains(ready) => break,
            Some(Ok(_)) => {}
            _ => panic!("{name} stopped before it was ready"),
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "{name} not ready in 60 s"
        );
    }
    // Keep reading its output, so that a full pipe never stalls it.
    std::thread::spawn(move || lines.for_each(drop));
    Server { name, child, base }
}

/// The figures of one load: requests a second, p50 and p99 in milliseconds, and failures.
struct Figures {
    rate: f64,
    p50: f64,
    p99: f64,
    failed: usize,
}

/// Loads `url` with `CONCURRENCY` requests at a time for `seconds`.
fn load(url: &str, body: Option<&'static str>, seconds: u64) -> Figures {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    runtime.block_on(async {
        let client = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(seconds);
        let tasks: Vec<_> = (0..CONCURRENCY)
            .map(|_| {
                let client = client.clone();
                let url = url.to_owned();
                tokio::spawn(async move {
                    let mut latencies = Vec::new();
                    let mut failed = 0;
                    while Instant::now() < deadline {
                        let started = Instant::now();
                        let mut request = match body {
                            Some(body) => client
                                .post(&url)
                                .header("content-type", "application/json")
                                .body(body),
                            None => client.get(&url),
                        };
                        request = request.bearer_auth("bench-key");
                        match request.send().await {
                            Ok(answer) if answer.status().is_success() => {
                                let _ = answer.bytes().await;
                                latencies.push(started.elapsed());
                            }
                            _ => failed += 1,
                        }
                    }
                    (latencies, failed)
                })
            })
            .collect();
        let mut latencies = Vec::new();
        let mut failed = 0;
        for task in tasks {
            let (mut more, failures) = task.await.expect("a load task");
            latencies.append(&mut more);
            failed += failures;
        }
        latencies.sort_unstable();
        let percentile = |p: f64| {
            let index =
                ((latencies.len() as f64 * p) as usize).min(latencies.len().saturating_sub(1));
            latencies
                .get(index)
                .map_or(f64::NAN, |d| d.as_secs_f64() * 1e3)
        };
        Figures {
            rate: latencies.len() as f64 / seconds as f64,
            p50: percentile(0.50),
            p99: percentile(0.99),
            failed,
        }
    })
}

/// `target/release/periskope-schema`, beside the folder this benchmark runs from.
fn command_binary() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let binary = exe.parent()?.parent()?.join("periskope-schema");
    binary.is_file().then_some(binary)
}

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn prism_binary() -> Option<PathBuf> {
    std::env::var_os("PRISM")
        .map(PathBuf::from)
        .or_else(|| Some(repository().join("bench/prism/node_modules/.bin/prism")))
        .filter(|path| path.is_file())
}

const SEND: &str = r#"{"chat_id": "919537851844@c.us", "message": "Hello from the benchmark"}"#;

fn main() {
    let quick = std::env::args().any(|arg| arg == "--quick");
    let seconds = if quick { 1 } else { 5 };
    let Some(binary) = command_binary() else {
        eprintln!(
            "mock: no release build of periskope-schema next to this benchmark; run `cargo build --release --bin periskope-schema` first"
        );
        std::process::exit(1);
    };
    let mut servers = Vec::new();
    let port = free_port();
    let mut mock = Command::new(&binary);
    mock.args([
        "mock",
        "--listen",
        &format!("127.0.0.1:{port}"),
        "--ack-interval",
        "3600s",
    ]);
    servers.push(start(
        "periskope-schema mock",
        mock,
        format!("http://127.0.0.1:{port}/v1"),
        "ready",
    ));
    match prism_binary() {
        Some(prism) => {
            let port = free_port();
            let mut command = Command::new(prism);
            command
                .args(["mock", "--host", "127.0.0.1", "-p", &port.to_string()])
                .arg(repository().join("schemas/openapi.json"));
            servers.push(start(
                "prism mock",
                command,
                format!("http://127.0.0.1:{port}"),
                "listening",
            ));
        }
        None => {
            println!("mock: Prism is not installed (npm ci --prefix bench/prism); the mock alone")
        }
    }
    println!(
        "{:<24} {:<20} {:>10} {:>9} {:>9} {:>7}",
        "server", "request", "req/s", "p50 ms", "p99 ms", "failed"
    );
    let mut rates = Vec::new();
    for (request, path, body) in [
        ("GET /chats", "/chats", None),
        ("POST /message/send", "/message/send", Some(SEND)),
    ] {
        for server in &servers {
            let url = format!("{}{path}", server.base);
            load(&url, body, 1); // warm up: connections, JIT
            let figures = load(&url, body, seconds);
            println!(
                "{:<24} {:<20} {:>10.0} {:>9.3} {:>9.3} {:>7}",
                server.name, request, figures.rate, figures.p50, figures.p99, figures.failed
            );
            rates.push((request, server.name, figures.rate));
        }
    }
    if servers.len() == 2 {
        for pair in rates.chunks(2) {
            if let [(request, _, mock), (_, _, prism)] = pair {
                println!(
                    "{request}: the mock serves {:.1}x Prism's requests a second (target 10x)",
                    mock / prism
                );
            }
        }
    }
}
