//! `periskope-schema`: validates Periskope payloads against the contract (the input schema and
//! the typed model).
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    warn(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::string_slice,
        clippy::panic,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented
    )
)]

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand, ValueEnum};
use periskope_validate::Validator;
use periskope_validate::receiver::{self, battery, key, report, send};
use periskope_validate::run::{self, Format, Options};

/// Validates Periskope payloads against the contract, and signs, sends and grades webhook
/// deliveries.
#[derive(Parser)]
#[command(name = "periskope-schema", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check payloads against the contract: the input schema and the typed model.
    ///
    /// Exit status: 0 when every payload is valid, 1 when some payload is invalid, 2 for a usage
    /// error or input that could not be read (after reporting everything else).
    Validate {
        /// The kind of every payload; without it, each payload's kind is told from its keys.
        #[arg(long = "type", value_name = "KIND", value_parser = kind_names())]
        kind: Option<String>,
        /// Without --type: check each file under a folder named after a kind (the nearest one,
        /// such as `recorded/send-message-request/`) as that kind, and detect the others.
        #[arg(long, conflicts_with = "kind")]
        type_from_folder: bool,
        /// Each payload is an exchange recorded by `mock --record`: check its request body and
        /// its answer as the kinds it names (NDJSON, a line per exchange).
        #[arg(long, conflicts_with_all = ["kind", "type_from_folder"])]
        exchanges: bool,
        /// Also require canonical form: no unknown fields, no alternative encodings.
        #[arg(long)]
        strict: bool,
        /// How to write findings.
        #[arg(long, value_enum, default_value_t = FormatArg::Human)]
        format: FormatArg,
        /// Read the schemas from this folder (a schemas folder holding json/, or json/ itself)
        /// instead of the built-in copies.
        #[arg(long, value_name = "DIR")]
        schemas: Option<PathBuf>,
        /// Threads checking payloads, at least 1 (default: one per core).
        #[arg(long, value_name = "N", value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
        jobs: Option<usize>,
        /// Files, folders (searched for *.json, *.ndjson, *.jsonl) or `-` for standard input.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<String>,
    },
    /// Print the signature of a webhook body: the hex HMAC-SHA256 of its bytes exactly as read,
    /// the value of the x-periskope-signature header.
    ///
    /// Exit status: 0 when it was printed, 2 when the key or the body cannot be read.
    Sign {
        #[command(flatten)]
        key: KeyArgs,
        /// The body's file, or `-` for standard input.
        #[arg(value_name = "FILE", default_value = "-")]
        file: PathBuf,
    },
    /// Post one signed webhook delivery to an endpoint and print its answer.
    ///
    /// The body is the example delivery of --event (compact unless --pretty) or --file (sent as
    /// read unless edited or --pretty), checked against the model first. Exit status: 0 when
    /// every answer is 2xx, 1 when one is not, 2 when nothing could be sent.
    Send(SendArgs),
    /// Grade a webhook receiver: post a fixed battery of deliveries and grade each answer
    /// PASS, FAIL or WARN.
    ///
    /// Every example event compact, pretty-printed and with \u escapes (2xx); one byte changed,
    /// a wrong key, no signature (4xx); an unknown event and an unknown field (2xx); the same
    /// delivery twice (2xx); an answer slower than --slow-after is a WARN. Exit status: 0 when
    /// nothing failed, 1 when a case failed, 2 for a usage error.
    CheckReceiver {
        /// The endpoint, such as http://127.0.0.1:3000/webhook (plain HTTP).
        #[arg(long, value_name = "URL")]
        to: String,
        #[command(flatten)]
        key: KeyArgs,
        /// How to write the report.
        #[arg(long, value_enum, default_value_t = ReportArg::Human)]
        format: ReportArg,
        /// Expect another status of a group of cases: GROUP=STATUS, where GROUP is events,
        /// tampered, wrong-key, unsigned, unknown-event, unknown-field or duplicate and STATUS
        /// is 2xx, 4xx or a number (unsigned=401). Repeatable.
        #[arg(long = "expect", value_name = "GROUP=STATUS")]
        expects: Vec<String>,
        #[command(flatten)]
        timing: TimingArgs,
    },
    /// Serve the Periskope API on this machine: every operation of the catalog under /v1,
    /// checked and answered as Periskope does, from an organisation kept in memory, firing
    /// signed webhooks at the URLs subscribed through POST /webhooks.
    ///
    /// A control API beside /v1 makes the outside world act: POST /_mock/inbound {chat_id,
    /// message} (a customer writes), /_mock/reaction {message_id, reaction}, /_mock/phone
    /// {connected}; GET /_mock/deliveries lists what was posted. A request header
    /// `Prefer: code=500` answers that status instead, `Prefer: delay=200` waits 200 ms first.
    /// Exit status: 0 when stopped by Ctrl-C or SIGTERM, 2 when it cannot start.
    #[cfg(feature = "mock")]
    Mock(MockArgs),
}

/// The arguments of `send`.
#[derive(clap::Args)]
struct SendArgs {
    /// The endpoint, such as http://127.0.0.1:3000/webhook (plain HTTP).
    #[arg(long, value_name = "URL")]
    to: String,
    /// The event, such as message.created: without --file, its example delivery is sent;
    /// with --file, the file's envelope is given this event name.
    #[arg(long, value_name = "NAME", required_unless_present = "file")]
    event: Option<String>,
    /// Send this file (`-`: standard input) instead of an example.
    #[arg(long, value_name = "FILE")]
    file: Option<PathBuf>,
    /// Set a value before sending: a dotted path or JSON pointer, `=`, and JSON
    /// (data.body='"hi"', data.ack=3). Repeatable.
    #[arg(long = "set", value_name = "PATH=JSON")]
    sets: Vec<String>,
    /// Remove a value before sending. Repeatable.
    #[arg(long = "unset", value_name = "PATH")]
    unsets: Vec<String>,
    #[command(flatten)]
    key: KeyArgs,
    /// Pretty-print the body.
    #[arg(long)]
    pretty: bool,
    /// Post the same bytes this many times.
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=1000))]
    repeat: u32,
    #[command(flatten)]
    timing: TimingArgs,
    /// Send no signature header.
    #[arg(long, conflicts_with = "bad_signature")]
    unsigned: bool,
    /// Send a signature made with another key.
    #[arg(long)]
    bad_signature: bool,
    /// Send a body the model does not read.
    #[arg(long)]
    allow_invalid: bool,
}

/// `mock`'s options.
#[cfg(feature = "mock")]
#[derive(clap::Args)]
struct MockArgs {
    /// Where to listen: loopback unless you give another address; port 0 picks a free one.
    #[arg(long, value_name = "ADDR", default_value = periskope_validate::mock::DEFAULT_LISTEN)]
    listen: std::net::SocketAddr,
    /// Accept only the API key in this environment variable (by default any bearer key).
    #[arg(long, value_name = "VAR")]
    api_key_env: Option<String>,
    /// The key deliveries are signed with (by default `periskope-mock-key`).
    #[command(flatten)]
    key: KeyArgs,
    /// Make every generated id the same from run to run.
    #[arg(long, value_name = "N")]
    seed: Option<u64>,
    /// Start from the payloads in this folder (chats, messages, contacts, tickets, notes,
    /// reactions, scheduled messages, phones, their lists and webhooks) instead of the
    /// documented examples.
    #[arg(long, value_name = "DIR")]
    state: Option<PathBuf>,
    /// Post every delivery once per connected org phone and once more as a redelivery, with
    /// the same envelope id, to test a receiver's deduplication.
    #[arg(long)]
    duplicates: bool,
    /// Post deliveries to other hosts than this machine's loopback too (by default they are
    /// logged, not posted).
    #[arg(long)]
    remote_hooks: bool,
    /// Answer 429 RATE_LIMIT_ERROR past this many requests a second (`100` or `100/s`).
    #[arg(long, value_name = "N/s", value_parser = rate)]
    rate_limit: Option<u32>,
    /// Slow every answer by this long (50ms, 1s).
    #[arg(long, value_name = "D", value_parser = receiver::http::parse_duration)]
    latency: Option<Duration>,
    /// The time between two ack steps of a sent message.
    #[arg(long, value_name = "D", default_value = "500ms", value_parser = receiver::http::parse_duration)]
    ack_interval: Duration,
    /// Write every exchange to this file as NDJSON (keys and signatures left out).
    #[arg(long, value_name = "FILE")]
    record: Option<PathBuf>,
}

/// `100` or `100/s`.
#[cfg(feature = "mock")]
fn rate(text: &str) -> Result<u32, String> {
    let number = text.strip_suffix("/s").unwrap_or(text);
    match number.trim().parse::<u32>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(format!(
            "expected requests a second, such as 100 or 100/s, found {text:?}"
        )),
    }
}

/// Runs the mock until Ctrl-C (or SIGTERM).
#[cfg(feature = "mock")]
fn mock(args: MockArgs) -> ExitCode {
    use periskope_validate::mock::{MockServer, Options};
    let signing_key = if args.key.key_env.is_none() && args.key.key_file.is_none() {
        periskope_validate::mock::DEFAULT_KEY.as_bytes().to_vec()
    } else {
        match args.key.read("") {
            Ok(key) => key.as_bytes().to_vec(),
            Err(code) => return code,
        }
    };
    let api_key = match args.api_key_env {
        Some(var) => match std::env::var(&var) {
            Ok(key) if !key.is_empty() => Some(key),
            _ => return usage(format!("--api-key-env {var}: the variable is not set")),
        },
        None => None,
    };
    let options = Options {
        listen: args.listen,
        api_key,
        signing_key,
        seed: args.seed,
        state: args.state,
        duplicates: args.duplicates,
        remote_hooks: args.remote_hooks,
        rate_limit: args.rate_limit,
        latency: args.latency.unwrap_or_default(),
        record: args.record,
        ack_interval: args.ack_interval,
        ..Options::default()
    };
    let server = match MockServer::start(options) {
        Ok(server) => server,
        Err(error) => return usage(error),
    };
    println!("Periskope mock API at {}", server.base_url());
    println!("control API at {}", server.control_url());
    println!("ready (Ctrl-C stops it)");
    let _ = std::io::stdout().flush();
    let waited = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map(|runtime| runtime.block_on(stopped()));
    server.stop();
    match waited {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => usage(error),
    }
}

/// Waits for Ctrl-C, or SIGTERM where there is one.
#[cfg(feature = "mock")]
async fn stopped() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}

/// Where the signing key is: one of the two (`send --unsigned` and `--bad-signature` need
/// neither; every other use says so when both are missing).
#[derive(clap::Args)]
#[group(multiple = false)]
struct KeyArgs {
    /// Read the signing key from this environment variable.
    #[arg(long, value_name = "VAR")]
    key_env: Option<String>,
    /// Read the signing key from this file (one trailing line break is not part of it).
    #[arg(long, value_name = "FILE")]
    key_file: Option<PathBuf>,
}

/// How long to wait.
#[derive(clap::Args)]
struct TimingArgs {
    /// Give up on an answer after this long (500ms, 10s, 2m).
    #[arg(long, value_name = "D", default_value = "30s", value_parser = receiver::http::parse_duration)]
    timeout: Duration,
    /// Warn about an answer slower than this.
    #[arg(long, value_name = "D", default_value = "5s", value_parser = receiver::http::parse_duration)]
    slow_after: Duration,
}

/// `check-receiver --format` values.
#[derive(Clone, Copy, ValueEnum)]
enum ReportArg {
    /// A line per delivery, the reasons, and a summary.
    Human,
    /// One JSON object with every case and the counts.
    Json,
    /// JUnit XML: a test case per delivery.
    Junit,
}

/// `--format` values.
#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    /// `file:line:column: $.path: message` lines and a summary.
    Human,
    /// One JSON object per finding and a summary object.
    Json,
    /// GitHub Actions workflow annotations (10 errors and 10 warnings, the rest as lines), and
    /// the whole report appended to $GITHUB_STEP_SUMMARY when it is set.
    Github,
    /// JUnit XML: a test case per payload (GitLab, Jenkins, Azure Pipelines, CircleCI).
    Junit,
    /// SARIF 2.1.0: a result per finding (GitHub code scanning).
    Sarif,
}

fn kind_names() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(periskope_contract::KINDS.iter().map(|kind| kind.name))
}

fn validate(
    kind: Option<String>,
    (type_from_folder, exchanges): (bool, bool),
    strict: bool,
    format: FormatArg,
    schemas: Option<PathBuf>,
    jobs: Option<usize>,
    paths: Vec<String>,
) -> ExitCode {
    let validator = match &schemas {
        Some(dir) => Validator::with_schemas_dir(dir, strict),
        None => Validator::new(strict),
    };
    let validator = match validator {
        Ok(validator) => validator,
        Err(error) => return usage(error),
    };
    let jobs = jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from));
    let options = Options {
        kind: kind.as_deref().and_then(periskope_contract::kind),
        kind_from_folder: type_from_folder,
        format: match format {
            FormatArg::Human => Format::Human,
            FormatArg::Json => Format::Json,
            FormatArg::Github => Format::Github,
            FormatArg::Junit => Format::Junit,
            FormatArg::Sarif => Format::Sarif,
        },
        jobs,
        step_summary: std::env::var_os("GITHUB_STEP_SUMMARY")
            .filter(|path| !path.is_empty())
            .map(PathBuf::from),
        exchanges,
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout);
    let result = run::run(&validator, &paths, &options, &mut out);
    let flushed = out.flush();
    match (result, flushed) {
        (Ok(summary), Ok(())) => ExitCode::from(summary.exit_code()),
        (Err(error), _) | (_, Err(error)) => usage(format!("cannot write the report: {error}")),
    }
}

/// Reports `error`, a usage error or an input or output that failed: exit code 2.
fn usage(error: impl std::fmt::Display) -> ExitCode {
    eprintln!("error: {error}");
    ExitCode::from(2)
}

impl KeyArgs {
    /// The key named by `--key-env` or `--key-file`, or the exit code of an error already
    /// reported (never saying what the key is); `otherwise` ends the message when neither is
    /// given.
    fn read(self, otherwise: &str) -> Result<key::SigningKey, ExitCode> {
        let source = match (self.key_env, self.key_file) {
            (Some(env), _) => key::KeySource::Env(env),
            (None, Some(file)) => key::KeySource::File(file),
            (None, None) => {
                return Err(usage(format!(
                    "give the signing key with --key-env VAR or --key-file FILE{otherwise}"
                )));
            }
        };
        key::SigningKey::read(&source).map_err(usage)
    }
}

fn sign(args: KeyArgs, file: PathBuf) -> ExitCode {
    let key = match args.read("") {
        Ok(key) => key,
        Err(code) => return code,
    };
    match send::prepare(&send::Source::File(file, None), &[], false) {
        Ok(body) => {
            println!("{}", periskope_model::verify::sign(&body, key.as_bytes()));
            ExitCode::SUCCESS
        }
        Err(error) => usage(error),
    }
}

/// The options of `send`, or the exit code of a usage error already reported.
fn send_options(args: SendArgs) -> Result<send::SendOptions, ExitCode> {
    let SendArgs {
        to,
        event,
        file,
        sets,
        unsets,
        key,
        pretty,
        repeat,
        timing,
        unsigned,
        bad_signature,
        allow_invalid,
    } = args;
    let target = receiver::http::Target::parse(&to).map_err(usage)?;
    let mut edits = Vec::new();
    for set in &sets {
        edits.push(receiver::body::Edit::parse_set(set).map_err(usage)?);
    }
    for unset in &unsets {
        edits.push(receiver::body::Edit::parse_unset(unset).map_err(usage)?);
    }
    let signing = if unsigned {
        send::Signing::Unsigned
    } else if bad_signature {
        send::Signing::Bad
    } else {
        send::Signing::Key(key.read(" (or send --unsigned)")?)
    };
    Ok(send::SendOptions {
        target,
        source: match (event, file) {
            (event, Some(file)) => send::Source::File(file, event),
            (Some(event), None) => send::Source::Event(event),
            (None, None) => send::Source::File(PathBuf::from("-"), None),
        },
        edits,
        pretty,
        signing,
        repeat,
        timeout: timing.timeout,
        slow_after: timing.slow_after,
        allow_invalid,
    })
}

fn send_command(args: SendArgs) -> ExitCode {
    let options = match send_options(args) {
        Ok(options) => options,
        Err(code) => return code,
    };
    let mut out = std::io::stdout();
    match send::send(&options, &mut out) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(error) => usage(error),
    }
}

fn check_receiver(
    to: String,
    key: KeyArgs,
    format: ReportArg,
    expects: Vec<String>,
    timing: TimingArgs,
) -> ExitCode {
    let target = match receiver::http::Target::parse(&to) {
        Ok(target) => target,
        Err(error) => return usage(error),
    };
    let expected: Result<Vec<_>, String> = expects
        .iter()
        .map(|text| battery::parse_expect(text))
        .collect();
    let expected = match expected {
        Ok(expected) => expected,
        Err(error) => return usage(error),
    };
    let key = match key.read("") {
        Ok(key) => key,
        Err(code) => return code,
    };
    let cases = battery::cases(&key, &expected);
    let graded = battery::run(&target, &cases, timing.timeout, timing.slow_after);
    let format = match format {
        ReportArg::Human => report::Format::Human,
        ReportArg::Json => report::Format::Json,
        ReportArg::Junit => report::Format::Junit,
    };
    print!("{}", report::render(format, &target.to_string(), &graded));
    let (_, _, failed) = report::counts(&graded);
    ExitCode::from(u8::from(failed > 0))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Validate {
            kind,
            type_from_folder,
            exchanges,
            strict,
            format,
            schemas,
            jobs,
            paths,
        } => validate(
            kind,
            (type_from_folder, exchanges),
            strict,
            format,
            schemas,
            jobs,
            paths,
        ),
        Command::Sign { key, file } => sign(key, file),
        Command::Send(args) => send_command(args),
        Command::CheckReceiver {
            to,
            key,
            format,
            expects,
            timing,
        } => check_receiver(to, key, format, expects, timing),
        #[cfg(feature = "mock")]
        Command::Mock(args) => mock(args),
    }
}
