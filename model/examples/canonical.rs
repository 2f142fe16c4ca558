//! Reads Periskope payload files as one model type and prints each in canonical form.
//!
//! ```text
//! cargo run -q --release -p periskope-model --example canonical -- message payload.json [more.json ...]
//! ```
//!
//! The kind is `phone`, `chat`, `chat-member`, `message` or `webhook`. Each valid file's canonical JSON goes
//! to standard output; each invalid one gets `file:line:column: path: what was expected` on
//! standard error. Exit code: 0 when every file was read, 1 when some was invalid, 2 for a usage
//! error or an unreadable file.

use std::process::ExitCode;

use periskope_model::{Chat, ChatMember, Message, Phone, WebhookEvent};
use serde::Serialize;
use serde::de::DeserializeOwned;

fn canonical<T: DeserializeOwned + Serialize>(
    text: &str,
) -> Result<String, periskope_model::Error> {
    let typed: T = periskope_model::from_str(text)?;
    Ok(serde_json::to_string_pretty(&typed).unwrap_or_default())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((kind, files)) = args.split_first().filter(|(_, files)| !files.is_empty()) else {
        eprintln!("usage: canonical <phone|chat|chat-member|message|webhook> FILE...");
        return ExitCode::from(2);
    };
    let read: fn(&str) -> Result<String, periskope_model::Error> = match kind.as_str() {
        "phone" => canonical::<Phone>,
        "chat" => canonical::<Chat>,
        "chat-member" => canonical::<ChatMember>,
        "message" => canonical::<Message>,
        "webhook" => canonical::<WebhookEvent>,
        other => {
            eprintln!(
                "unknown kind {other:?}: expected phone, chat, chat-member, message or webhook"
            );
            return ExitCode::from(2);
        }
    };
    let mut status = ExitCode::SUCCESS;
    for file in files {
        match std::fs::read_to_string(file) {
            Err(error) => {
                eprintln!("{file}: cannot read: {error}");
                return ExitCode::from(2);
            }
            Ok(text) => match read(&text) {
                Ok(json) => println!("{json}"),
                Err(error) => {
                    eprintln!("{file}:{}:{}: {error}", error.line(), error.column());
                    status = ExitCode::from(1);
                }
            },
        }
    }
    status
}
