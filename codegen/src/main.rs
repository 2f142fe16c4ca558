//! `periskope-codegen`: generates the committed schemas and the npm package from the model, and
//! checks that they are fresh.
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

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

/// JSON Schema, TypeScript and the npm package generated from the Periskope model.
#[derive(Parser)]
#[command(name = "periskope-codegen", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write every generated file into the schemas folder and remove files no longer generated.
    Generate(Folders),
    /// Write nothing; exit 1 listing each stale, missing or extra file.
    Check(Folders),
}

/// Where the generated files go and where the JavaScript tools are.
#[derive(Args)]
struct Folders {
    /// The schemas folder.
    #[arg(long, default_value = "schemas")]
    dir: PathBuf,
    /// The folder whose node_modules holds the pinned ajv, ajv-formats and esbuild, which
    /// compile the npm package's guards (with Node.js).
    #[arg(long, value_name = "DIR", default_value = "tests/js")]
    js_tools: PathBuf,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (Command::Generate(folders) | Command::Check(folders)) = &cli.command;
    let files = match periskope_codegen::render_with_bundles(&folders.js_tools) {
        Ok(files) => files,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(2);
        }
    };
    let dir = &folders.dir;
    match cli.command {
        Command::Generate(_) => match periskope_codegen::generate(dir, &files) {
            Ok(changes) => {
                for change in &changes {
                    println!("{}/{change}", dir.display());
                }
                println!(
                    "{}: {} files, {} changed",
                    dir.display(),
                    files.len(),
                    changes.len()
                );
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("error: {}: {error}", dir.display());
                ExitCode::from(2)
            }
        },
        Command::Check(_) => match periskope_codegen::check(dir, &files) {
            Ok(problems) if problems.is_empty() => {
                println!(
                    "{}: all {} generated files are fresh",
                    dir.display(),
                    files.len()
                );
                ExitCode::SUCCESS
            }
            Ok(problems) => {
                for problem in &problems {
                    eprintln!("{}/{problem}", dir.display());
                }
                eprintln!(
                    "{} of the generated files in {} are out of date; run `{}` and commit the result",
                    problems.len(),
                    dir.display(),
                    periskope_codegen::GENERATE_COMMAND
                );
                ExitCode::from(1)
            }
            Err(error) => {
                eprintln!("error: {}: {error}", dir.display());
                ExitCode::from(2)
            }
        },
    }
}
