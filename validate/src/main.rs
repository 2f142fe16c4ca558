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

use clap::{Parser, Subcommand, ValueEnum};
use periskope_validate::Validator;
use periskope_validate::run::{self, Format, Options};

/// Validates Periskope payloads against the contract.
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    let Command::Validate {
        kind,
        type_from_folder,
        strict,
        format,
        schemas,
        jobs,
        paths,
    } = cli.command;
    validate(kind, type_from_folder, strict, format, schemas, jobs, paths)
}
