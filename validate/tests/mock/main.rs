//! The mock server, called over loopback as a user's client calls it: every catalog operation
//! with its documented request, the bot loop with a verifying receiver, refusals, faults, the
//! rate limit, a slow receiver, duplicates, recording, the command, and bounded memory.

#[path = "../common/mod.rs"]
mod common;
mod support;

mod calls;
mod command;
mod deliveries;
