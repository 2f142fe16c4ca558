//! The receiver tools of `periskope-schema`: `sign` prints a body's signature, `send` posts one
//! signed delivery to an endpoint, and `check-receiver` grades an endpoint with a fixed battery
//! of deliveries. They speak plain HTTP/1.1 over TCP ([`http`]), so they reach a receiver on this
//! machine or a private network with no HTTP client stack; the signing key is read from an
//! environment variable or a file ([`key`]) and never written anywhere.

pub mod battery;
pub mod body;
pub mod http;
pub mod key;
pub mod report;
pub mod send;
