//! `periskope-schema`: generates the committed schemas and checks that they are fresh.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// JSON Schema and TypeScript for the Periskope API objects.
#[derive(Parser)]
#[command(name = "periskope-schema", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write every generated file into the schemas folder and remove files no longer generated.
    Generate {
        /// The schemas folder.
        #[arg(long, default_value = "schemas")]
        dir: PathBuf,
    },
    /// Write nothing; exit 1 listing each stale, missing or extra file.
    Check {
        /// The schemas folder.
        #[arg(long, default_value = "schemas")]
        dir: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let files = match periskope_codegen::render() {
        Ok(files) => files,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(2);
        }
    };
    match cli.command {
        Command::Generate { dir } => match periskope_codegen::generate(&dir, &files) {
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
        Command::Check { dir } => match periskope_codegen::check(&dir, &files) {
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
