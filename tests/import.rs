//! `gatebook import` on the real samples in ../shared/data, replayed through the engine.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn gatebook(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gatebook"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn data(relative: &str) -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data")
        .join(relative);
    if path.exists() {
        Some(path)
    } else {
        eprintln!("skipped: {} is not present", path.display());
        None
    }
}

/// Imports, replays, and checks that every message was accepted and the flow is deterministic.
fn import_and_replay(format: &str, input: &Path, min_fills: usize) {
    let dir = tempfile::tempdir().unwrap();
    let orders = dir.path().join("orders.csv");
    let venue = dir.path().join("venue.toml");
    let (o, v) = (orders.to_str().unwrap(), venue.to_str().unwrap());
    let output = gatebook(&[
        "import",
        format,
        "--input",
        input.to_str().unwrap(),
        "--output",
        o,
        "--venue",
        v,
    ]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let replay = gatebook(&["replay", "--input", o, "--config", v]);
    assert_eq!(
        replay.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&replay.stderr)
    );
    let reports = String::from_utf8(replay.stdout).unwrap();
    assert!(
        !reports.contains(",REJECT,"),
        "imported flows are accepted whole"
    );
    let fills = reports.lines().filter(|l| l.contains(",FILL,")).count();
    assert!(fills >= min_fills, "{format}: {fills} fill rows");
    let cross = gatebook(&[
        "crosscheck",
        "--input",
        o,
        "--config",
        v,
        "--backends",
        "sw,sw",
    ]);
    assert_eq!(cross.status.code(), Some(0));
}

#[test]
fn lobster_sample_imports_and_replays() {
    if let Some(input) = data("lobster/AAPL_2012-06-21_34200000_57600000_message_10.csv") {
        // 98 visible executions, two fill rows each.
        import_and_replay("lobster", &input, 196);
    }
}

#[test]
fn cme_mbo_sample_imports_and_replays() {
    if let Some(input) = data("cme-mbo/esh4-glbx-mdp3-20231225.mbo.dbn.zst") {
        import_and_replay("dbn", &input, 12_000);
    }
}

#[test]
fn itch_sample_imports_and_replays() {
    if let Some(input) = data("itch/smoke.itch.gz") {
        import_and_replay("itch", &input, 20);
    }
}

#[test]
fn garbage_input_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("junk.dbn");
    std::fs::write(&input, b"not a dbn file at all").unwrap();
    let out = dir.path().join("o.csv");
    let venue = dir.path().join("v.toml");
    let output = gatebook(&[
        "import",
        "dbn",
        "--input",
        input.to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
        "--venue",
        venue.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("junk.dbn") && !stderr.contains("panicked"),
        "{stderr}"
    );
}
