//! The margin engine in the loop, and `gatebook greeks`, as users run them.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const OPTIONS_VENUE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/options-venue.toml");

fn gatebook(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gatebook"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn ok(output: Output) -> Output {
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn path(dir: &Path, name: &str) -> PathBuf {
    dir.join(name)
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Generates an options session and replays it with the margin engine in the loop, on
/// `backend`.
fn margin_replay(dir: &Path, tag: &str, backend: &str) -> (Vec<u8>, String, PathBuf) {
    let flow = ok(gatebook(&[
        "gen",
        "--seed",
        "3",
        "--messages",
        "4000",
        "--profile",
        "options",
        "--config",
        OPTIONS_VENUE,
    ]));
    let input = path(dir, "options.csv");
    std::fs::write(&input, &flow.stdout).unwrap();
    let reports = path(dir, &format!("reports-{tag}.csv"));
    let events = path(dir, &format!("events-{tag}.jsonl"));
    let record = path(dir, &format!("record-{tag}.csv"));
    ok(gatebook(&[
        "replay",
        "--input",
        s(&input),
        "--config",
        OPTIONS_VENUE,
        "--margin",
        "--backend",
        backend,
        "--output",
        s(&reports),
        "--margin-events",
        s(&events),
        "--record",
        s(&record),
    ]));
    (
        std::fs::read(&reports).unwrap(),
        std::fs::read_to_string(&events).unwrap(),
        record,
    )
}

/// The margin engine flushes the backend after every message: on the simulated wide card that
/// flush ends when the pipeline says it is idle, so the loop runs at the card's speed and
/// gives engine-sw's stream byte for byte.
#[test]
fn the_margin_loop_liquidates_deterministically_and_its_record_replays_anywhere() {
    let dir = tempfile::tempdir().unwrap();
    let (reports, events, record) = margin_replay(dir.path(), "a", "sw");
    let (reports_again, events_again, _) = margin_replay(dir.path(), "b", "sim");
    assert_eq!(reports, reports_again);
    assert_eq!(events, events_again);
    // The crash drives short-option takers below maintenance.
    assert!(events.contains("\"LiquidationStarted\""), "{events}");
    assert!(events.contains("\"LiquidationEnded\""));
    let text = String::from_utf8(reports.clone()).unwrap();
    assert!(
        text.contains(",17293822569102704640,"),
        "a liquidation order reached the book"
    );
    // The recorded stream needs no margin engine: plain replays give the same reports.
    let plain = ok(gatebook(&[
        "replay",
        "--input",
        s(&record),
        "--config",
        OPTIONS_VENUE,
    ]));
    assert_eq!(plain.stdout, reports);
    let cross = ok(gatebook(&[
        "crosscheck",
        "--input",
        s(&record),
        "--config",
        OPTIONS_VENUE,
        "--backends",
        "sw,sw",
    ]));
    assert!(String::from_utf8_lossy(&cross.stdout).starts_with("identical"));
}

#[test]
fn mark_rows_need_the_margin_loop_and_it_owns_headroom_and_rates() {
    let dir = tempfile::tempdir().unwrap();
    let header = "action,account,instrument,cl_ord_id,side,type,tif,price,qty,flags";
    let input = path(dir.path(), "flow.csv");
    std::fs::write(&input, format!("{header}\nMARK,,0,,,,,10000,5000,\n")).unwrap();
    let output = gatebook(&["replay", "--input", s(&input), "--config", OPTIONS_VENUE]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("flow.csv:2: field `action`") && stderr.contains("--margin"),
        "{stderr}"
    );
    std::fs::write(
        &input,
        format!("{header}\nMARK,,0,,,,,10000,5000,\nHEADROOM,1,,,,,,5,,\n"),
    )
    .unwrap();
    let output = gatebook(&[
        "replay",
        "--input",
        s(&input),
        "--config",
        OPTIONS_VENUE,
        "--margin",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("flow.csv:3: field `action`"));
}

#[test]
fn greeks_prints_one_json_object() {
    // Hull's Black-76 example: F = K = 20, r = 9%, sigma = 25%, T = 4 months; put about 1.12.
    let output = ok(gatebook(&[
        "greeks",
        "--future",
        "20",
        "--strike",
        "20",
        "--vol",
        "0.25",
        "--rate",
        "0.09",
        "--years",
        "0.3333333333",
        "--put",
    ]));
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let keys: Vec<&str> = value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["delta", "gamma", "price", "theta", "vega"]);
    let price = value["price"].as_f64().unwrap();
    assert!((price - 1.1166).abs() < 1e-3, "{price}");
    assert!(value["delta"].as_f64().unwrap() < 0.0);
    let bad = gatebook(&[
        "greeks", "--future", "20", "--strike", "-1", "--vol", "0.25", "--years", "1",
    ]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("strike"));
}
