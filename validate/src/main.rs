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
    Send {
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
    },
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
    clap::builder::PossibleValuesParser::new(periskope_codegen::KINDS.iter().map(|kind| kind.name))
}

fn validate(
    kind: Option<String>,
    type_from_folder: bool,
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
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(2);
        }
    };
    let jobs = jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from));
    let options = Options {
        kind: kind.as_deref().and_then(periskope_codegen::kind),
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
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout);
    let result = run::run(&validator, &paths, &options, &mut out);
    let flushed = out.flush();
    match (result, flushed) {
        (Ok(summary), Ok(())) => ExitCode::from(summary.exit_code()),
        (Err(error), _) | (_, Err(error)) => {
            eprintln!("error: cannot write the report: {error}");
            ExitCode::from(2)
        }
    }
}

/// The key named by `--key-env` or `--key-file`, if either is given.
fn key_source(env: Option<String>, file: Option<PathBuf>) -> Option<key::KeySource> {
    env.map(key::KeySource::Env)
        .or_else(|| file.map(key::KeySource::File))
}

/// Reads the key, or says why not (never what it is).
fn read_key(source: &key::KeySource) -> Result<key::SigningKey, ExitCode> {
    key::SigningKey::read(source).map_err(|error| {
        eprintln!("error: {error}");
        ExitCode::from(2)
    })
}

fn sign(args: KeyArgs, file: PathBuf) -> ExitCode {
    let Some(source) = key_source(args.key_env, args.key_file) else {
        eprintln!("error: give the signing key with --key-env VAR or --key-file FILE");
        return ExitCode::from(2);
    };
    let key = match read_key(&source) {
        Ok(key) => key,
        Err(code) => return code,
    };
    match send::prepare(&send::Source::File(file, None), &[], false) {
        Ok(body) => {
            println!("{}", periskope_model::verify::sign(&body, key.as_bytes()));
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(2)
        }
    }
}

/// The options of `send`, or the exit code of a usage error already reported.
fn send_options(command: Command) -> Result<send::SendOptions, ExitCode> {
    let Command::Send {
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
    } = command
    else {
        return Err(ExitCode::from(2));
    };
    let usage = |error: String| {
        eprintln!("error: {error}");
        ExitCode::from(2)
    };
    let target = receiver::http::Target::parse(&to).map_err(usage)?;
    let mut edits = Vec::new();
    for set in &sets {
        edits.push(receiver::body::Edit::parse_set(set).map_err(usage)?);
    }
    for unset in &unsets {
        edits.push(receiver::body::Edit::parse_unset(unset).map_err(usage)?);
    }
    let signing = match key_source(key.key_env, key.key_file) {
        _ if unsigned => send::Signing::Unsigned,
        _ if bad_signature => send::Signing::Bad,
        Some(source) => send::Signing::Key(read_key(&source)?),
        None => {
            return Err(usage(
                "give the signing key with --key-env VAR or --key-file FILE (or send --unsigned)"
                    .into(),
            ));
        }
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

fn send_command(command: Command) -> ExitCode {
    let options = match send_options(command) {
        Ok(options) => options,
        Err(code) => return code,
    };
    let mut out = std::io::stdout();
    match send::send(&options, &mut out) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(2)
        }
    }
}

fn check_receiver(
    to: String,
    key: KeyArgs,
    format: ReportArg,
    expects: Vec<String>,
    timing: TimingArgs,
) -> ExitCode {
    let usage = |error: String| {
        eprintln!("error: {error}");
        ExitCode::from(2)
    };
    let target = match receiver::http::Target::parse(&to) {
        Ok(target) => target,
        Err(error) => return usage(error),
    };
    let mut expected = Vec::new();
    for text in &expects {
        let parsed = text
            .split_once('=')
            .ok_or_else(|| format!("--expect {text}: expected GROUP=STATUS, such as unsigned=401"))
            .and_then(|(group, status)| {
                let group = battery::Group::named(group).ok_or_else(|| {
                    let names: Vec<&str> = battery::Group::ALL.iter().map(|g| g.as_str()).collect();
                    format!(
                        "--expect {text}: no group {group:?}; the groups are {}",
                        names.join(", ")
                    )
                })?;
                Ok((group, battery::Expect::parse(status)?))
            });
        match parsed {
            Ok(pair) => expected.push(pair),
            Err(error) => return usage(error),
        }
    }
    let Some(source) = key_source(key.key_env, key.key_file) else {
        return usage("give the signing key with --key-env VAR or --key-file FILE".into());
    };
    let key = match read_key(&source) {
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
            strict,
            format,
            schemas,
            jobs,
            paths,
        } => validate(kind, type_from_folder, strict, format, schemas, jobs, paths),
        Command::Sign { key, file } => sign(key, file),
        command @ Command::Send { .. } => send_command(command),
        Command::CheckReceiver {
            to,
            key,
            format,
            expects,
            timing,
        } => check_receiver(to, key, format, expects, timing),
    }
}
