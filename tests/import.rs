//! `gatebook import` on the real samples in ../shared/data, replayed through the engine.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn gatebook(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gatebook"))
        .args(args)
        .output()
        .expect("the binary runs")
}

/// `gatebook import FORMAT --input INPUT --output OUTPUT --venue VENUE`.
fn import(format: &str, input: &Path, output: &Path, venue: &Path) -> Output {
    gatebook(&[
        "import",
        format,
        "--input",
        input.to_str().unwrap(),
        "--output",
        output.to_str().unwrap(),
        "--venue",
        venue.to_str().unwrap(),
    ])
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
    let output = import(format, input, &orders, &venue);
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
    let output = import("dbn", &input, &out, &venue);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("junk.dbn") && !stderr.contains("panicked"),
        "{stderr}"
    );
    // The input is checked whole before the first row: nothing is left behind.
    assert!(!out.exists() && !venue.exists());
}

#[test]
fn a_malformed_row_late_in_the_file_leaves_no_output() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("SYN_message_1.csv");
    let mut rows = String::new();
    for id in 1..=2000 {
        rows.push_str(&format!(
            "34200.{id},1,{id},100,1000000,1\n34200.{id},3,{id},100,1000000,1\n"
        ));
    }
    rows.push_str("34300.0,1,9999,x,1000000,1\n");
    std::fs::write(&input, rows).unwrap();
    let out = dir.path().join("o.csv");
    let venue = dir.path().join("v.toml");
    let output = import("lobster", &input, &out, &venue);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("SYN_message_1.csv: line 4001: field `size`"),
        "{stderr}"
    );
    assert!(!out.exists() && !venue.exists());
}

#[test]
fn an_output_that_is_the_input_is_refused() {
    let Some(sample) = data("itch/smoke.itch.gz") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("copy.itch.gz");
    std::fs::copy(sample, &input).unwrap();
    let before = std::fs::read(&input).unwrap();
    let venue = dir.path().join("v.toml");
    let output = import("itch", &input, &input, &venue);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("--output and --input"), "{stderr}");
    assert_eq!(
        std::fs::read(&input).unwrap(),
        before,
        "the input is untouched"
    );
}
