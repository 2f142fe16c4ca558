//! The endpoint catalog: every operation of the API in one table, [`ENDPOINTS`], with its
//! method, path, headers, query parameters, request body and answers by status. The OpenAPI
//! document, the TypeScript endpoint map and the contract's request kinds follow from it, so no
//! endpoint is listed twice. Each body is a [`TypeRef`]: a handle to the model type that gives
//! its name, its JSON Schema and its typed read, so that a tool can read any catalog body without
//! naming its Rust type.
//!
//! ```
//! use periskope_model::endpoint::{self, Method};
//!
//! let send = endpoint::find(Method::Post, "/message/send").expect("listed");
//! assert_eq!(send.operation, "sendMessage");
//! assert_eq!(send.request.map(|body| body.name), Some("SendMessageRequest"));
//! assert_eq!(send.success().map(|answer| answer.status), Some(200));
//! assert!(send.phone_header);
//! // Every endpoint answers an error with the same envelope.
//! assert_eq!(endpoint::ERRORS[0].body.name, "ApiError");
//! ```

mod catalog;
mod type_ref;

pub use catalog::{ENDPOINTS, PATH_PARAMETERS};
pub use type_ref::{ReadError, TypeRef};

/// The server every path is relative to.
pub const SERVER: &str = "https://api.periskope.app/v1";

/// The header that chooses which organisation phone acts: country code and number without `+`
/// (`919876543210`), or a `phone-…` id.
pub const PHONE_HEADER: &str = "x-phone";

/// An HTTP method.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Method {
    /// `GET`.
    Get,
    /// `POST`.
    Post,
    /// `PATCH`.
    Patch,
    /// `DELETE`.
    Delete,
}

impl Method {
    /// The method as written in a request line, such as `POST`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Get => "GET",
            Self::Post => "POST",
            Self::Patch => "PATCH",
            Self::Delete => "DELETE",
        }
    }

    /// The method in lower case, as OpenAPI's path items name it.
    pub const fn lowercase(self) -> &'static str {
        match self {
            Self::Get => "get",
            Self::Post => "post",
            Self::Patch => "patch",
            Self::Delete => "delete",
        }
    }
}

impl std::fmt::Display for Method {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What an answer's body is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Payload {
    /// No body (`204 No Content`, or a `200` with nothing).
    Empty,
    /// A JSON body of this type.
    Json(TypeRef),
    /// Bytes, not JSON (the phone's QR code).
    Binary,
}

/// One documented answer of an endpoint.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Answer {
    /// The HTTP status, such as 200.
    pub status: u16,
    /// Its body.
    pub body: Payload,
}

/// The error answers every endpoint shares: an [`ApiError`](crate::ApiError) for any 4xx or 5xx
/// status.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ErrorAnswer {
    /// The status range, as OpenAPI writes it: `4XX` or `5XX`.
    pub range: &'static str,
    /// The envelope.
    pub body: TypeRef,
}

/// The error answers of every endpoint.
pub const ERRORS: [ErrorAnswer; 2] = [
    ErrorAnswer {
        range: "4XX",
        body: TypeRef::of::<crate::ApiError>("ApiError"),
    },
    ErrorAnswer {
        range: "5XX",
        body: TypeRef::of::<crate::ApiError>("ApiError"),
    },
];

/// One operation of the API.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Endpoint {
    /// The HTTP method.
    pub method: Method,
    /// The path relative to [`SERVER`], with `{name}` for each path parameter, such as
    /// `/message/{message_id}/edit`.
    pub path: &'static str,
    /// The operation's name (OpenAPI's `operationId`), such as `sendMessage`.
    pub operation: &'static str,
    /// What it does, in a few words.
    pub summary: &'static str,
    /// The group it belongs to, such as `Messages`.
    pub tag: &'static str,
    /// The method of Periskope's TypeScript SDK that calls it, such as `message.send`.
    pub sdk_method: &'static str,
    /// Whether it takes the [`PHONE_HEADER`] (always optional: without it, the API picks).
    pub phone_header: bool,
    /// The query parameters, as a struct whose fields are the parameters.
    pub query: Option<TypeRef>,
    /// The JSON request body.
    pub request: Option<TypeRef>,
    /// Whether the request body may be left out (the purge endpoints send `{}` then).
    pub request_optional: bool,
    /// The answers on success, by status.
    pub answers: &'static [Answer],
    /// Whether the API documents a newer endpoint to use instead.
    pub deprecated: bool,
}

impl Endpoint {
    /// The first success answer (the one a client reads).
    pub fn success(&self) -> Option<&Answer> {
        self.answers.first()
    }

    /// The names of the path parameters, in order: `chat_id` for `/chats/{chat_id}/add`.
    pub fn path_parameters(&self) -> impl Iterator<Item = &'static str> {
        self.path
            .split('/')
            .filter_map(|part| part.strip_prefix('{')?.strip_suffix('}'))
    }

    /// The endpoint's key in the TypeScript endpoint map, such as `POST /message/send`.
    pub fn key(&self) -> String {
        format!("{} {}", self.method, self.path)
    }

    /// Every JSON body it names: the request body, the success answers' bodies and the error
    /// envelope (the query struct is not a body).
    pub fn bodies(&self) -> impl Iterator<Item = TypeRef> + use<> {
        let answers = self.answers.iter().filter_map(|answer| match answer.body {
            Payload::Json(body) => Some(body),
            Payload::Empty | Payload::Binary => None,
        });
        self.request
            .into_iter()
            .chain(answers)
            .chain(ERRORS.iter().map(|error| error.body))
    }
}

/// Every JSON body the catalog names, each once, in the catalog's order: what a client sends
/// and what the API answers.
pub fn body_types() -> Vec<TypeRef> {
    let mut types: Vec<TypeRef> = Vec::new();
    for body in ENDPOINTS.iter().flat_map(Endpoint::bodies) {
        if !types.contains(&body) {
            types.push(body);
        }
    }
    types
}

/// The endpoint with this method and path (as in the catalog, relative to [`SERVER`]).
pub fn find(method: Method, path: &str) -> Option<&'static Endpoint> {
    ENDPOINTS
        .iter()
        .find(|endpoint| endpoint.method == method && endpoint.path == path)
}

/// What a path parameter is, from [`PATH_PARAMETERS`].
pub fn path_parameter(name: &str) -> Option<&'static str> {
    PATH_PARAMETERS
        .iter()
        .find(|(parameter, _)| *parameter == name)
        .map(|(_, about)| *about)
}
