//! The `gatebook` command line as users meet it: exit codes, error messages, outputs.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const HEADER: &str = "action,account,instrument,cl_ord_id,side,type,tif,price,qty,flags";

fn gatebook(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gatebook"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Asserts a clean input error: exit 2, the file:line and field named, no panic.
fn assert_input_error(output: &Output, location: &str, field: &str) {
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "stderr: {stderr}");
    assert!(
        stderr.contains(location),
        "expected `{location}` in: {stderr}"
    );
    assert!(
        stderr.contains(&format!("field `{field}`")),
        "expected field `{field}` in: {stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

fn replay_text(dir: &Path, orders: &str) -> Output {
    let input = write(dir, "orders.csv", orders);
    gatebook(&["replay", "--input", input.to_str().unwrap()])
}

#[test]
fn replay_writes_the_spec_rows_to_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let output = replay_text(
        dir.path(),
        &format!("{HEADER}\nNEW,7,0,1,S,LIMIT,,1500,10,\nNEW,8,0,2,B,LIMIT,IOC,1501,4,\n"),
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(
        text(&output.stdout),
        "in_seq,event,account,instrument,cl_ord_id,side,price,qty,leaves,contra_account,contra_cl_ord_id,reason\n\
         1,ACK,7,0,1,S,1500,10,10,,,\n\
         2,ACK,8,0,2,B,1501,4,4,,,\n\
         2,FILL,8,0,2,B,1500,4,0,7,1,\n\
         2,FILL,7,0,1,S,1500,4,6,8,2,\n"
    );
}

#[test]
fn wrong_column_count_names_line_and_field() {
    let dir = tempfile::tempdir().unwrap();
    let output = replay_text(
        dir.path(),
        &format!("{HEADER}\n# note\nNEW,7,0,1,S,LIMIT,,1500,10\n"),
    );
    assert_input_error(&output, "orders.csv:3", "columns");
}

#[test]
fn unknown_action_is_an_input_error() {
    let dir = tempfile::tempdir().unwrap();
    let output = replay_text(
        dir.path(),
        &format!("{HEADER}\nBUY,7,0,1,S,LIMIT,,1500,10,\n"),
    );
    assert_input_error(&output, "orders.csv:2", "action");
}

#[test]
fn non_number_is_an_input_error() {
    let dir = tempfile::tempdir().unwrap();
    let output = replay_text(
        dir.path(),
        &format!("{HEADER}\nNEW,7,0,1,S,LIMIT,,1500,ten,\n"),
    );
    assert_input_error(&output, "orders.csv:2", "qty");
}

#[test]
fn missing_header_is_an_input_error() {
    let dir = tempfile::tempdir().unwrap();
    let output = replay_text(dir.path(), "NEW,7,0,1,S,LIMIT,,1500,10,\n");
    assert_input_error(&output, "orders.csv:1", "header");
}

#[test]
fn no_reports_for_the_bad_line_or_later_ones() {
    let dir = tempfile::tempdir().unwrap();
    let output = replay_text(
        dir.path(),
        &format!("{HEADER}\nNEW,7,0,1,S,LIMIT,,1500,10,\nNEW,7,0,2,S,LIMIT,,x,10,\nNEW,7,0,3,S,LIMIT,,1500,10,\n"),
    );
    assert_input_error(&output, "orders.csv:3", "price");
    let stdout = text(&output.stdout);
    assert!(stdout.contains("1,ACK,7,0,1,"));
    assert!(
        !stdout.contains(",7,0,2,") && !stdout.contains(",7,0,3,"),
        "{stdout}"
    );
}

#[test]
fn bad_venue_toml_names_file_line_and_field() {
    let dir = tempfile::tempdir().unwrap();
    let orders = write(dir.path(), "orders.csv", &format!("{HEADER}\n"));
    let venue = write(
        dir.path(),
        "venue.toml",
        "[capacity]\naccounts = 4\n\n[[account]]\nid = 9\n",
    );
    let output = gatebook(&[
        "replay",
        "--input",
        orders.to_str().unwrap(),
        "--config",
        venue.to_str().unwrap(),
    ]);
    assert_input_error(&output, "venue.toml:4", "account[0].id");
    let venue = write(
        dir.path(),
        "venue.toml",
        "[capacity]\norder_slots = \"many\"\n",
    );
    let output = gatebook(&[
        "replay",
        "--input",
        orders.to_str().unwrap(),
        "--config",
        venue.to_str().unwrap(),
    ]);
    assert_input_error(&output, "venue.toml:2", "order_slots");
}

#[test]
fn a_missing_file_is_named() {
    let output = gatebook(&["replay", "--input", "/nonexistent/orders.csv"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("/nonexistent/orders.csv"));
}

#[test]
fn bad_usage_exits_2() {
    assert_eq!(gatebook(&["replay"]).status.code(), Some(2));
    assert_eq!(gatebook(&["frobnicate"]).status.code(), Some(2));
    let output = gatebook(&["gen", "--seed", "1", "--messages", "5", "--profile", "lazy"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("stress"));
}

#[test]
fn gen_is_reproducible_and_replays_cleanly() {
    let a = gatebook(&[
        "gen",
        "--seed",
        "42",
        "--messages",
        "3000",
        "--profile",
        "mixed",
    ]);
    let b = gatebook(&[
        "gen",
        "--seed",
        "42",
        "--messages",
        "3000",
        "--profile",
        "mixed",
    ]);
    let c = gatebook(&[
        "gen",
        "--seed",
        "43",
        "--messages",
        "3000",
        "--profile",
        "mixed",
    ]);
    assert_eq!(a.status.code(), Some(0));
    assert_eq!(a.stdout, b.stdout);
    assert_ne!(a.stdout, c.stdout);
    assert_eq!(text(&a.stdout).lines().count(), 3001);
    let dir = tempfile::tempdir().unwrap();
    let output = replay_text(dir.path(), &text(&a.stdout));
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
}

#[test]
fn default_config_prints_and_reads_back() {
    let output = gatebook(&["config", "--default"]);
    assert_eq!(output.status.code(), Some(0));
    let toml = text(&output.stdout);
    assert_eq!(toml.matches("[[instrument]]").count(), 16);
    assert_eq!(toml.matches("[[account]]").count(), 256);
    let dir = tempfile::tempdir().unwrap();
    let venue = write(dir.path(), "venue.toml", &toml);
    let flow = gatebook(&["gen", "--seed", "5", "--messages", "500"]);
    let orders = write(dir.path(), "orders.csv", &text(&flow.stdout));
    let with_file = gatebook(&[
        "replay",
        "--input",
        orders.to_str().unwrap(),
        "--config",
        venue.to_str().unwrap(),
    ]);
    let embedded = gatebook(&["replay", "--input", orders.to_str().unwrap()]);
    assert_eq!(with_file.status.code(), Some(0));
    assert_eq!(with_file.stdout, embedded.stdout);
}

#[test]
fn crosscheck_of_identical_backends_passes_and_unavailable_ones_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let flow = gatebook(&[
        "gen",
        "--seed",
        "9",
        "--messages",
        "2000",
        "--profile",
        "takers",
    ]);
    let orders = write(dir.path(), "orders.csv", &text(&flow.stdout));
    let path = orders.to_str().unwrap();
    let same = gatebook(&["crosscheck", "--input", path, "--backends", "sw,sw"]);
    assert_eq!(same.status.code(), Some(0), "{}", text(&same.stderr));
    assert!(text(&same.stdout).starts_with("identical: 2000 messages"));
    let vfio = gatebook(&["crosscheck", "--input", path, "--backends", "sw,vfio"]);
    assert_eq!(vfio.status.code(), Some(2));
    assert!(text(&vfio.stderr).contains("--backend sw"));
    let bad = gatebook(&["crosscheck", "--input", path, "--backends", "sw"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn the_quotes_profile_only_rests() {
    let flow = gatebook(&[
        "gen",
        "--seed",
        "5",
        "--messages",
        "2000",
        "--profile",
        "quotes",
    ]);
    assert_eq!(flow.status.code(), Some(0));
    let dir = tempfile::tempdir().unwrap();
    let output = replay_text(dir.path(), &text(&flow.stdout));
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let reports = text(&output.stdout);
    let events: Vec<&str> = reports
        .lines()
        .skip(1)
        .map(|row| row.split(',').nth(1).unwrap_or(""))
        .collect();
    assert_eq!(events.len(), 2000);
    assert!(events.iter().all(|e| *e == "ACK"), "{reports}");
}

#[test]
fn stats_go_to_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let orders = write(
        dir.path(),
        "orders.csv",
        &format!("{HEADER}\nNEW,7,0,1,S,LIMIT,,1500,10,\n"),
    );
    let output = gatebook(&["replay", "--input", orders.to_str().unwrap(), "--stats"]);
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("messages: 1")
            && stderr.contains("reports: 1")
            && stderr.contains("messages/s:")
    );
}

#[test]
fn book_out_writes_lobster_rows() {
    let dir = tempfile::tempdir().unwrap();
    let orders = write(
        dir.path(),
        "orders.csv",
        &format!("{HEADER}\nNEW,7,0,1,S,LIMIT,,1500,10,\nNEW,7,0,2,B,LIMIT,,1490,3,\n"),
    );
    let book = dir.path().join("book.csv");
    let output = gatebook(&[
        "replay",
        "--input",
        orders.to_str().unwrap(),
        "--output",
        "/dev/null",
        "--book-out",
        book.to_str().unwrap(),
        "--depth",
        "2",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(
        std::fs::read_to_string(book).unwrap(),
        "1500,10,-9999999999,0,9999999999,0,-9999999999,0\n\
         1500,10,1490,3,9999999999,0,-9999999999,0\n"
    );
}

#[test]
fn the_vfio_backend_names_the_device_and_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let orders = write(
        dir.path(),
        "orders.csv",
        &format!("{HEADER}\nNEW,7,0,1,S,LIMIT,,1500,10,\n"),
    );
    let path = orders.to_str().unwrap();
    let no_device = gatebook(&["replay", "--input", path, "--backend", "vfio"]);
    assert_eq!(no_device.status.code(), Some(2));
    let stderr = text(&no_device.stderr);
    assert!(stderr.contains("--device <pci address>"), "{stderr}");
    let absent = gatebook(&[
        "replay",
        "--input",
        path,
        "--backend",
        "vfio",
        "--device",
        "0000:ee:1f.7",
    ]);
    assert_eq!(absent.status.code(), Some(2));
    let stderr = text(&absent.stderr);
    assert!(stderr.contains("device 0000:ee:1f.7"), "{stderr}");
    assert!(stderr.contains("not found"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    let bad = gatebook(&[
        "replay",
        "--input",
        path,
        "--backend",
        "vfio",
        "--device",
        "03:00.0",
    ]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(text(&bad.stderr).contains("not a PCI address"));
    let misplaced = gatebook(&["replay", "--input", path, "--device", "0000:03:00.0"]);
    assert_eq!(misplaced.status.code(), Some(2));
}

/// Replays a generated stress flow on `backend`: the same rows as engine-sw, and a clean
/// cross-check.
fn replays_like_engine_sw(backend: &str) {
    let dir = tempfile::tempdir().unwrap();
    let flow = gatebook(&[
        "gen",
        "--seed",
        "3",
        "--messages",
        "3000",
        "--profile",
        "stress",
    ]);
    let orders = write(dir.path(), "orders.csv", &text(&flow.stdout));
    let path = orders.to_str().unwrap();
    let sw = gatebook(&["replay", "--input", path]);
    let other = gatebook(&["replay", "--input", path, "--backend", backend]);
    assert_eq!(other.status.code(), Some(0), "{}", text(&other.stderr));
    assert_eq!(sw.stdout, other.stdout);
    let backends = format!("sw,{backend}");
    let check = gatebook(&["crosscheck", "--input", path, "--backends", &backends]);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stderr));
}

#[test]
fn the_card_behind_the_host_driver_replays_like_engine_sw() {
    replays_like_engine_sw("card-sim");
}

#[test]
fn the_loopback_backend_runs_the_driver_rings_to_the_same_reports() {
    replays_like_engine_sw("loopback");
}

/// A venue whose windows outgrow the default card runs on the wide card, said in `--stats`;
/// one that outgrows both is refused with the sizes.
#[test]
fn the_sim_backend_takes_the_wide_card_when_the_venue_needs_it() {
    let dir = tempfile::tempdir().unwrap();
    let venue = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/options-venue.toml");
    let flow = gatebook(&[
        "gen",
        "--seed",
        "4",
        "--messages",
        "2000",
        "--profile",
        "mixed",
        "--config",
        venue,
    ]);
    assert_eq!(flow.status.code(), Some(0), "{}", text(&flow.stderr));
    let orders = write(dir.path(), "orders.csv", &text(&flow.stdout));
    let path = orders.to_str().unwrap();
    let sw = gatebook(&["replay", "--input", path, "--config", venue]);
    let sim = gatebook(&[
        "replay",
        "--input",
        path,
        "--config",
        venue,
        "--backend",
        "sim",
        "--stats",
    ]);
    assert_eq!(sim.status.code(), Some(0), "{}", text(&sim.stderr));
    assert!(
        text(&sim.stderr).contains("card build: wide"),
        "{}",
        text(&sim.stderr)
    );
    assert_eq!(sw.stdout, sim.stdout);

    let huge = std::fs::read_to_string(venue)
        .unwrap()
        .replace("accounts = 16\n", "accounts = 1024\n");
    let huge = write(dir.path(), "huge.toml", &huge);
    let refused = gatebook(&[
        "replay",
        "--input",
        path,
        "--config",
        huge.to_str().unwrap(),
        "--backend",
        "sim",
    ]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        text(&refused.stderr).contains("wide card is built for at most"),
        "{}",
        text(&refused.stderr)
    );
}
