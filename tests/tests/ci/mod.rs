//! What the tests of the ways the command is installed and released share: the pinned Python
//! tools, the command's wheel, scratch repositories. Each test binary uses a part of it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

/// The repository's root.
pub(crate) fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .canonicalize()
        .expect("the repository")
}

/// A virtual environment in the target folder, `name`, holding the packages pinned in
/// `tests/py/<requirements>`; its `bin` folder. It is made again only when the pins change.
pub(crate) fn python_env(name: &str, requirements: &str) -> PathBuf {
    let venv = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let requirements = repository().join("tests/py").join(requirements);
    let stamp = venv.join("installed.txt");
    let wanted = std::fs::read_to_string(&requirements)
        .unwrap_or_else(|e| panic!("reads {}: {e}", requirements.display()));
    if std::fs::read_to_string(&stamp).ok().as_deref() != Some(wanted.as_str()) {
        let _ = std::fs::remove_dir_all(&venv);
        let created = Command::new("python3")
            .args(["-m", "venv"])
            .arg(&venv)
            .status()
            .expect("python3 runs (the pre-commit, Action and release checks need it)");
        assert!(created.success(), "python3 -m venv failed");
        let installed = Command::new(venv.join("bin/pip"))
            .args(["install", "--quiet", "--disable-pip-version-check", "-r"])
            .arg(&requirements)
            .status()
            .expect("pip runs");
        assert!(
            installed.success(),
            "pip install -r {}",
            requirements.display()
        );
        std::fs::write(&stamp, wanted).expect("writes the stamp");
    }
    venv.join("bin")
}

/// The virtual environment with the pinned tools (`tests/py/tools.txt`); its `bin` folder.
pub(crate) fn tools() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| python_env("py-tools", "tools.txt"))
}

/// The workspace's target folder, where the release build is. `cargo test` locks the folder of
/// its own profile while it runs, not the release one, so the tests' release builds can use it.
pub(crate) fn workspace_target() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("the target folder holds tmp")
        .to_path_buf()
}

/// A folder holding one wheel of the command for this machine, built by `pypi/dist.sh` (maturin,
/// from `pypi/pyproject.toml`) out of the workspace's release build, which is compiled first when
/// it is not there.
pub(crate) fn wheels() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("wheels-{}", env!("CARGO_CRATE_NAME")));
        let _ = std::fs::remove_dir_all(&dir);
        let built = Command::new(repository().join("pypi/dist.sh"))
            .args(["wheel"])
            .arg(&dir)
            .arg("--quiet")
            .env("MATURIN", tools().join("maturin"))
            .env("CARGO_TARGET_DIR", workspace_target())
            .output()
            .expect("pypi/dist.sh runs");
        assert!(
            built.status.success(),
            "pypi/dist.sh wheel: {}",
            text(&built)
        );
        let version = env!("CARGO_PKG_VERSION");
        let wheel = the_wheel(&dir);
        let name = wheel.file_name().expect("a name").to_string_lossy();
        assert!(
            name.starts_with(&format!("periskope_schema-{version}-py3-none-")),
            "the wheel of periskope-schema {version}: {name}"
        );
        dir
    })
}

/// The one wheel in `dir`.
pub(crate) fn the_wheel(dir: &Path) -> PathBuf {
    let wheels: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("the wheel folder")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "whl"))
        .collect();
    match wheels.as_slice() {
        [wheel] => wheel.clone(),
        _ => panic!("one wheel in {}: {wheels:?}", dir.display()),
    }
}

/// A `PATH` with the pinned tools, git and the system's commands, and no Rust toolchain: the
/// test fails if a `cargo` is found on it.
pub(crate) fn path_without_cargo() -> String {
    let dirs = [
        tools().to_path_buf(),
        PathBuf::from("/usr/local/bin"),
        PathBuf::from("/usr/bin"),
        PathBuf::from("/bin"),
    ];
    for dir in &dirs {
        assert!(
            !dir.join("cargo").exists(),
            "{} holds a cargo; the hook must be proven without one",
            dir.display()
        );
    }
    std::env::join_paths(&dirs)
        .expect("a PATH")
        .to_string_lossy()
        .into_owned()
}

/// A scratch git repository with `good.json` (a documented chat) and `bad.json` (a chat whose
/// `member_count` is not a number).
pub(crate) fn scratch_repository(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("integration-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("creates");
    let init = Command::new("git")
        .args(["init", "-q"])
        .current_dir(&dir)
        .status()
        .expect("git runs");
    assert!(init.success());
    std::fs::copy(
        repository().join("contract/documented/chat.json"),
        dir.join("good.json"),
    )
    .expect("copies");
    std::fs::write(
        dir.join("bad.json"),
        "{\"org_id\": \"o\", \"chat_id\": \"c@c.us\", \"member_count\": \"many\"}\n",
    )
    .expect("writes");
    dir
}

pub(crate) fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}
