//! The `sim` backend through the command line.

use std::process::{Command, Output};

fn gatebook(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gatebook"))
        .args(args)
        .output()
        .expect("the binary runs")
}

const VENUE: &str = "[capacity]\ninstruments = 2\naccounts = 8\norder_slots = 16\nprice_window = 100\n\n\
[[instrument]]\nid = 0\nprice_base = 100\nreference = 150\ncollar = 40\nmargin_buy = 5\nmargin_sell = 7\n\n\
[[account]]\nid = 1\nheadroom = 100000\n\n[[account]]\nid = 2\nheadroom = 100000\n\n[[account]]\nid = 3\nheadroom = 100000\n";

const FLOW: &str = "action,account,instrument,cl_ord_id,side,type,tif,price,qty,flags\n\
NEW,1,0,1,S,LIMIT,,150,10,\nNEW,2,0,1,S,LIMIT,,150,10,\nNEW,1,0,2,S,LIMIT,,149,5,\n\
NEW,3,0,1,B,LIMIT,IOC,151,22,\nCANCEL,2,0,1,,,,,,\nNEW,9,0,1,B,LIMIT,,140,3,\n";

#[test]
fn the_simulated_card_replays_and_crosschecks_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let venue = dir.path().join("venue.toml");
    let flow = dir.path().join("flow.csv");
    std::fs::write(&venue, VENUE).unwrap();
    std::fs::write(&flow, FLOW).unwrap();
    let (v, f) = (venue.to_str().unwrap(), flow.to_str().unwrap());
    let sim = gatebook(&[
        "replay",
        "--input",
        f,
        "--config",
        v,
        "--backend",
        "sim",
        "--stats",
    ]);
    assert_eq!(
        sim.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&sim.stderr)
    );
    let sw = gatebook(&["replay", "--input", f, "--config", v]);
    assert_eq!(sim.stdout, sw.stdout);
    let stderr = String::from_utf8_lossy(&sim.stderr);
    assert!(
        stderr.contains("cycles to first / last report") && stderr.contains("simulated cycles/s"),
        "{stderr}"
    );
    let cross = gatebook(&[
        "crosscheck",
        "--input",
        f,
        "--config",
        v,
        "--backends",
        "sw,sim",
    ]);
    assert_eq!(
        cross.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&cross.stdout)
    );
}

#[test]
fn tracing_needs_the_sim_backend() {
    let dir = tempfile::tempdir().unwrap();
    let flow = dir.path().join("flow.csv");
    std::fs::write(&flow, FLOW).unwrap();
    let trace = dir.path().join("wave.vcd");
    let out = gatebook(&[
        "replay",
        "--input",
        flow.to_str().unwrap(),
        "--trace",
        trace.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--backend sim"));
}
