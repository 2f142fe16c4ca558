//! Which catalog operation a request's method and path name, and its path parameters.

use periskope_model::endpoint::{ENDPOINTS, Endpoint, Method};

/// An operation of the catalog matched by a concrete path, with its path parameters in order.
#[derive(Debug)]
pub(crate) struct Route {
    pub(crate) endpoint: &'static Endpoint,
    pub(crate) params: Vec<(&'static str, String)>,
}

/// What a path (relative to `/v1`) is for `method`.
#[derive(Debug)]
pub(crate) enum Matched {
    /// An operation of the catalog.
    Found(Route),
    /// No operation has this path, or none with this method.
    Missing,
}

/// The method of an HTTP request line, when the catalog uses it.
pub(crate) fn method(name: &str) -> Option<Method> {
    [Method::Get, Method::Post, Method::Patch, Method::Delete]
        .into_iter()
        .find(|method| method.as_str() == name)
}

/// Matches `path` against the catalog's templates. A literal segment beats a parameter, so
/// `/message/scheduled` is the scheduled-message list, not the message `scheduled`; among
/// templates that match equally, the first in the catalog wins. Parameters are percent-decoded.
pub(crate) fn find(method: Option<Method>, path: &str) -> Matched {
    let Some(method) = method else {
        return Matched::Missing;
    };
    let segments: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    let mut best: Option<(usize, Route)> = None;
    for endpoint in ENDPOINTS
        .iter()
        .filter(|endpoint| endpoint.method == method)
    {
        let template: Vec<&str> = endpoint.path.split('/').collect();
        if template.len() != segments.len() {
            continue;
        }
        let mut literals = 0;
        let mut params = Vec::new();
        let matches = template.iter().zip(&segments).all(|(part, segment)| {
            match part.strip_prefix('{').and_then(|p| p.strip_suffix('}')) {
                Some(name) if !segment.is_empty() => {
                    params.push((name, decode(segment)));
                    true
                }
                Some(_) => false,
                None => {
                    literals += 1;
                    part == segment
                }
            }
        });
        if matches && best.as_ref().is_none_or(|(most, _)| literals > *most) {
            best = Some((literals, Route { endpoint, params }));
        }
    }
    match best {
        Some((_, route)) => Matched::Found(route),
        None => Matched::Missing,
    }
}

/// `%40` → `@`: a path parameter as the client meant it (a JID's `@` is often escaped); a `%`
/// not followed by two hex digits is kept as it is.
fn decode(segment: &str) -> String {
    percent_encoding::percent_decode_str(segment)
        .decode_utf8_lossy()
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn operation(
        method: Method,
        path: &str,
    ) -> Option<(&'static str, Vec<(&'static str, String)>)> {
        match find(Some(method), path) {
            Matched::Found(route) => Some((route.endpoint.operation, route.params)),
            Matched::Missing => None,
        }
    }

    #[test]
    fn literal_segments_beat_parameters() {
        assert_eq!(
            operation(Method::Get, "/message/scheduled"),
            Some(("listScheduledMessages", vec![]))
        );
        assert_eq!(
            operation(Method::Get, "/message/true_1@c.us_AB"),
            Some((
                "getMessageById",
                vec![("message_id", "true_1@c.us_AB".into())]
            ))
        );
        assert_eq!(
            operation(Method::Get, "/chats/messages"),
            Some(("getMessages", vec![]))
        );
        assert_eq!(
            operation(Method::Get, "/chats/919537851844%40c.us"),
            Some(("getChatById", vec![("chat_id", "919537851844@c.us".into())]))
        );
        assert_eq!(
            operation(Method::Get, "/message/u-1/status"),
            Some(("getMessageStatus", vec![("unique_id", "u-1".into())]))
        );
    }

    #[test]
    fn every_catalog_path_finds_its_own_operation() {
        for endpoint in ENDPOINTS {
            let concrete = endpoint.path.replace('{', "x").replace('}', "");
            let found = operation(endpoint.method, &concrete).map(|(op, _)| op);
            // A parameter named like a literal sibling (`/message/xmessage_id`) cannot collide.
            assert_eq!(found, Some(endpoint.operation), "{}", endpoint.key());
        }
    }

    #[test]
    fn unknown_paths_and_methods_are_missing() {
        assert!(matches!(find(Some(Method::Get), "/nope"), Matched::Missing));
        assert!(matches!(
            find(Some(Method::Delete), "/chats"),
            Matched::Missing
        ));
        assert!(matches!(find(None, "/chats"), Matched::Missing));
        assert!(matches!(
            find(Some(Method::Get), "/chats//messages"),
            Matched::Missing
        ));
        assert_eq!(method("PUT"), None);
    }
}
