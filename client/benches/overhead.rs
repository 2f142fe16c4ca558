//! What the client costs.
//!
//! - **Per call** (always): the client's `send` against the mock (in this process, loopback)
//!   beside the bare HTTP library doing the same request and reading the answer into the same
//!   model type, alternated over rounds, median per call: ureq for the blocking transport,
//!   reqwest for the async one. Target: at most 1.1x.
//! - **Build** (`-- --builds`, minutes): a clean release build of a one-call consumer of the
//!   client (blocking, then async) beside a consumer of reqwest alone, each in a fresh target
//!   folder in the same session (the registry's downloads shared): wall time and crates
//!   compiled. Target: at most 1.5x the reqwest-only build.
//!
//! `cargo bench -p periskope-client --bench overhead [-- --quick] [-- --builds]`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use periskope_client::{Client, Config};
use periskope_model::PhoneList;
use periskope_validate::mock::{MockServer, Options};

fn median(mut values: Vec<Duration>) -> Duration {
    values.sort_unstable();
    values.get(values.len() / 2).copied().unwrap_or_default()
}

/// Per-call time of `call`, over `calls` calls.
fn per_call(calls: u32, mut call: impl FnMut()) -> Duration {
    let started = Instant::now();
    for _ in 0..calls {
        call();
    }
    started.elapsed() / calls
}

fn per_call_figures(quick: bool) {
    let server = MockServer::start(Options {
        ack_interval: Duration::from_secs(3600),
        ..Options::default().listen("127.0.0.1:0".parse().expect("an address"))
    })
    .expect("the mock starts");
    let url = format!("{}/phones/all", server.base_url());
    let client = Client::new(Config {
        rate: 1_000_000,
        ..Config::new("bench-key").base_url(server.base_url())
    });
    let (rounds, calls) = if quick { (5, 200) } else { (15, 500) };

    // The same agent settings as the client's: error statuses read as answers, a timeout.
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(30)))
        .build()
        .into();
    let bare_blocking = || {
        let mut answer = agent
            .get(&url)
            .header("authorization", "Bearer bench-key")
            .header("accept", "application/json")
            .call()
            .expect("answers");
        let text = answer.body_mut().read_to_string().expect("a body");
        let phones: PhoneList = periskope_model::from_str(&text).expect("phones");
        assert!(!phones.0.is_empty());
    };
    let with_client = || {
        let phones = client.get_all_phones().send().expect("phones");
        assert!(!phones.0.is_empty());
    };
    let (mut bare, mut ours) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        bare.push(per_call(calls, bare_blocking));
        ours.push(per_call(calls, with_client));
    }
    report("blocking: client vs ureq", median(ours), median(bare));

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .expect("a client");
    let (mut bare, mut ours) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        bare.push(runtime.block_on(async {
            let started = Instant::now();
            for _ in 0..calls {
                let text = http
                    .get(&url)
                    .header("authorization", "Bearer bench-key")
                    .header("accept", "application/json")
                    .send()
                    .await
                    .expect("answers")
                    .text()
                    .await
                    .expect("a body");
                let phones: PhoneList = periskope_model::from_str(&text).expect("phones");
                assert!(!phones.0.is_empty());
            }
            started.elapsed() / calls
        }));
        ours.push(runtime.block_on(async {
            let started = Instant::now();
            for _ in 0..calls {
                let phones = client.get_all_phones().send_async().await.expect("phones");
                assert!(!phones.0.is_empty());
            }
            started.elapsed() / calls
        }));
    }
    report("async: client vs reqwest", median(ours), median(bare));
    server.stop();
}

fn report(what: &str, ours: Duration, bare: Duration) {
    let ratio = ours.as_secs_f64() / bare.as_secs_f64();
    println!(
        "{what:<28} {:>8.1} µs vs {:>8.1} µs per call: {ratio:.3}x  target <= 1.1x: {}",
        ours.as_secs_f64() * 1e6,
        bare.as_secs_f64() * 1e6,
        if ratio <= 1.1 { "met" } else { "not met" }
    );
}

/// A one-call consumer project: `Cargo.toml` dependencies and `main.rs`.
struct Consumer {
    name: &'static str,
    dependencies: String,
    main: &'static str,
}

fn consumers(repository: &Path) -> Vec<Consumer> {
    let client = |features: &str| {
        format!(
            "periskope-client = {{ path = {:?}, default-features = false, features = [{features}] }}\n\
             periskope-model = {{ path = {:?} }}\n",
            repository.join("client"),
            repository.join("model")
        )
    };
    vec![
        Consumer {
            name: "reqwest alone (rustls, blocking)",
            dependencies: "reqwest = { version = \"0.12\", default-features = false, features = [\"rustls-tls\", \"blocking\"] }\n".into(),
            main: "fn main() { let r = reqwest::blocking::get(\"https://api.periskope.app/v1/phones\"); println!(\"{}\", r.is_ok()); }\n",
        },
        Consumer {
            name: "periskope-client, blocking",
            dependencies: client("\"blocking\""),
            main: "fn main() { let c = periskope_client::Client::new(periskope_client::Config::new(\"k\")); println!(\"{}\", c.get_all_phones().send().is_ok()); }\n",
        },
        Consumer {
            name: "periskope-client, async",
            dependencies: format!("{}tokio = {{ version = \"1\", features = [\"rt\"] }}\n", client("\"async\"")),
            main: "fn main() { let c = periskope_client::Client::new(periskope_client::Config::new(\"k\")); let r = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(c.get_all_phones().send_async()); println!(\"{}\", r.is_ok()); }\n",
        },
    ]
}

fn build_figures() {
    let repository = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let repository = repository.canonicalize().unwrap_or(repository);
    let scratch: PathBuf =
        std::env::temp_dir().join(format!("periskope-client-builds-{}", std::process::id()));
    let mut baseline = None;
    for consumer in consumers(&repository) {
        let dir = scratch.join(consumer.name.replace([' ', ',', '(', ')'], "-"));
        std::fs::create_dir_all(dir.join("src")).expect("a folder");
        std::fs::write(
            dir.join("Cargo.toml"),
            format!(
                "[package]\nname = \"consumer\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n[dependencies]\n{}\n[workspace]\n",
                consumer.dependencies
            ),
        )
        .expect("writes");
        std::fs::write(dir.join("src/main.rs"), consumer.main).expect("writes");
        // Downloads first, so that the timed build only compiles.
        let fetched = Command::new("cargo")
            .arg("fetch")
            .current_dir(&dir)
            .status()
            .expect("cargo runs");
        assert!(fetched.success(), "{}: cargo fetch failed", consumer.name);
        let started = Instant::now();
        let built = Command::new("cargo")
            .args(["build", "--release", "--offline"])
            .env("CARGO_TARGET_DIR", dir.join("target"))
            .current_dir(&dir)
            .output()
            .expect("cargo runs");
        let elapsed = started.elapsed();
        assert!(
            built.status.success(),
            "{}: {}",
            consumer.name,
            String::from_utf8_lossy(&built.stderr)
        );
        let crates = String::from_utf8_lossy(&built.stderr)
            .lines()
            .filter(|l| l.trim_start().starts_with("Compiling"))
            .count();
        let base = *baseline.get_or_insert(elapsed);
        println!(
            "{:<36} {:>6.1} s, {crates:>3} crates compiled: {:.2}x the reqwest-only build",
            consumer.name,
            elapsed.as_secs_f64(),
            elapsed.as_secs_f64() / base.as_secs_f64()
        );
    }
    let _ = std::fs::remove_dir_all(&scratch);
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let quick = args.iter().any(|arg| arg == "--quick");
    per_call_figures(quick);
    if args.iter().any(|arg| arg == "--builds") {
        build_figures();
    }
}
