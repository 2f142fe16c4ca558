//! The signing key, read from an environment variable or a file, and never written anywhere:
//! no output or error of the receiver tools contains it.

use std::path::{Path, PathBuf};

/// Where the signing key comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeySource {
    /// An environment variable, such as `PERISKOPE_SIGNING_KEY`.
    Env(String),
    /// A file; one trailing line break is not part of the key.
    File(PathBuf),
}

/// A signing key. Its `Debug` form hides it.
#[derive(Clone, PartialEq, Eq)]
pub struct SigningKey(Vec<u8>);

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SigningKey({} bytes)", self.0.len())
    }
}

impl SigningKey {
    /// The key's bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// Reads the key from `source`. Errors name the source, never the key.
    pub fn read(source: &KeySource) -> Result<Self, String> {
        let bytes = match source {
            KeySource::Env(name) => match std::env::var_os(name) {
                Some(value) => value.into_encoded_bytes(),
                None => return Err(format!("the environment variable {name} is not set")),
            },
            KeySource::File(path) => read_file(path)?,
        };
        if bytes.is_empty() {
            return Err(format!("{}: the signing key is empty", describe(source)));
        }
        Ok(Self(bytes))
    }
}

/// A file's key, without one trailing `\n` or `\r\n`.
fn read_file(path: &Path) -> Result<Vec<u8>, String> {
    let mut bytes = std::fs::read(path)
        .map_err(|e| format!("{}: cannot read the key file: {e}", path.display()))?;
    if bytes.ends_with(b"\n") {
        bytes.pop();
        if bytes.ends_with(b"\r") {
            bytes.pop();
        }
    }
    Ok(bytes)
}

/// The source, as an error names it.
fn describe(source: &KeySource) -> String {
    match source {
        KeySource::Env(name) => format!("${name}"),
        KeySource::File(path) => path.display().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_key_loses_one_line_break_and_debug_hides_it() {
        let dir = std::env::temp_dir().join(format!("periskope-key-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp folder");
        let path = dir.join("key");
        std::fs::write(&path, "s3cret\r\n").expect("writes");
        let key = SigningKey::read(&KeySource::File(path.clone())).expect("reads");
        assert_eq!(key.as_bytes(), b"s3cret");
        assert_eq!(format!("{key:?}"), "SigningKey(6 bytes)");
        std::fs::write(&path, "\n").expect("writes");
        let error = SigningKey::read(&KeySource::File(path)).expect_err("empty");
        assert!(error.ends_with("the signing key is empty"), "{error}");
        let error = SigningKey::read(&KeySource::Env("PERISKOPE_TEST_UNSET_KEY_VAR".into()))
            .expect_err("unset");
        assert_eq!(
            error,
            "the environment variable PERISKOPE_TEST_UNSET_KEY_VAR is not set"
        );
        std::fs::remove_dir_all(dir).ok();
    }
}
