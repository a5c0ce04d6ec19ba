//! Running the `gatebook` binary from the command-line tests, and what they check of it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_gatebook");
/// The first line of an `orders.csv`.
pub const HEADER: &str = "action,account,instrument,cl_ord_id,side,type,tif,price,qty,flags";
/// The options venue of the margin tests.
pub const OPTIONS_VENUE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/options-venue.toml");

/// Runs the binary with `args` and waits for it.
pub fn gatebook(args: &[&str]) -> Output {
    gatebook_in(None, args)
}

/// As [`gatebook`], in the directory `dir` when one is given.
pub fn gatebook_in(dir: Option<&Path>, args: &[&str]) -> Output {
    let mut command = Command::new(BIN);
    command.args(args);
    if let Some(dir) = dir {
        command.current_dir(dir);
    }
    command.output().expect("the binary runs")
}

/// Output bytes as text, lossily.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Writes `bytes` to `dir/name` and returns its path.
pub fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// A path as a command-line argument.
pub fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// Exit 2 with every one of `words` in the message, and no panic.
pub fn assert_refused(output: &Output, words: &[&str]) {
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "stderr: {stderr}");
    for word in words {
        assert!(stderr.contains(word), "expected `{word}` in: {stderr}");
    }
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// Exit 0, or the test fails showing standard error.
pub fn assert_success(output: &Output) {
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
}
