//! The command line at its edges: huge counts, bad ranges, outputs that would clobber each
//! other, a closed standard output, and input that is not UTF-8.

mod cli_support;

use cli_support::*;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Output, Stdio};

const REPORTS_HEADER: &str = "in_seq,event,account,instrument,cl_ord_id,side,price,qty,leaves,\
                              contra_account,contra_cl_ord_id,reason";

/// Runs the binary with its standard output closed (`>&-`), as a shell does it.
fn gatebook_without_stdout(dir: &Path, args: &[&str]) -> Output {
    Command::new("sh")
        .arg("-c")
        .arg(r#"exec "$0" "$@" >&-"#)
        .arg(BIN)
        .args(args)
        .current_dir(dir)
        .output()
        .expect("sh runs")
}

fn three_orders() -> String {
    format!(
        "{HEADER}\nNEW,7,0,1,S,LIMIT,GTC,1500,10,\nNEW,7,0,2,S,LIMIT,GTC,1501,10,\nNEW,8,0,3,B,LIMIT,IOC,1500,4,\n"
    )
}

// 1. `gen` streams: any count, one line at a time, the same bytes as before.

/// Starts `gen`, reads three lines, closes the pipe and waits: the reader going away is a
/// success, and nothing was reserved for the whole count.
fn gen_head_3(args: &[&str]) -> (Vec<String>, std::process::ExitStatus) {
    let mut child = Command::new(BIN)
        .arg("gen")
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut lines = Vec::new();
    for _ in 0..3 {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap() == 0 {
            break;
        }
        lines.push(line);
    }
    drop(reader);
    let status = child.wait().unwrap();
    (lines, status)
}

#[test]
fn gen_of_a_huge_count_streams_and_a_closed_pipe_ends_it_quietly() {
    let (lines, status) = gen_head_3(&["--seed", "1", "--messages", "1000000000000"]);
    assert!(status.success(), "{status:?}");
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0], format!("{HEADER}\n"));
    let (lines, status) = gen_head_3(&[
        "--seed",
        "1",
        "--messages",
        "18446744073709551615",
        "--profile",
        "options",
    ]);
    assert!(status.success(), "{status:?}");
    assert_eq!(lines.len(), 3);
    assert!(lines[1].starts_with("MARK,"), "{lines:?}");
}

/// FNV-1a, 64 bits.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[test]
fn gen_writes_the_same_bytes_as_before_it_streamed() {
    // Hashes of the output of `gen` when it still built the whole flow before writing it; the
    // mixed rows since that profile tracks its own resting orders.
    let cases: [(&str, u64, usize, bool, u64); 11] = [
        ("mixed", 1, 3000, false, 0x6cd4_54b9_0180_d4a6),
        ("mixed", 42, 3000, false, 0x8ef2_665b_28f5_2670),
        ("makers", 7, 3000, false, 0xe55a_4983_ee30_a4ee),
        ("takers", 9, 3000, false, 0xa810_736a_0420_62dd),
        ("stress", 3, 3000, false, 0xcac6_0d11_d733_b5a8),
        ("quotes", 5, 2000, false, 0x8af3_9813_922c_6599),
        ("options", 1, 3000, false, 0x3f09_56d3_f2ef_0dc6),
        ("options", 2, 3000, true, 0xacc8_101a_5de0_cbd4),
        ("mixed", 4, 2000, true, 0x194a_b535_91b5_f6f0),
        ("options", 3, 7, false, 0xf1dc_6dde_2c87_0c9e),
        ("mixed", 1, 0, false, 0x99eb_16bb_9852_3146),
    ];
    for (profile, seed, messages, options_venue, hash) in cases {
        let (seed_text, count) = (seed.to_string(), messages.to_string());
        let mut args = vec![
            "gen",
            "--seed",
            &seed_text,
            "--messages",
            &count,
            "--profile",
            profile,
        ];
        if options_venue {
            args.extend(["--config", OPTIONS_VENUE]);
        }
        let output = gatebook(&args);
        assert_success(&output);
        assert_eq!(
            fnv1a(&output.stdout),
            hash,
            "{profile}, seed {seed}, {messages} lines"
        );
        // And line for line what the library's whole-flow generator gives.
        let venue = match options_venue {
            true => gatebook_formats::parse_venue(
                &std::fs::read_to_string(OPTIONS_VENUE).unwrap(),
                OPTIONS_VENUE,
            )
            .unwrap(),
            false => gatebook_formats::default_venue(),
        };
        let profile = flowgen::Profile::parse(profile).unwrap();
        let mut expected = format!("{HEADER}\n");
        for item in flowgen::generate_flow(&venue, profile, seed, messages).unwrap() {
            expected.push_str(&gatebook_formats::format_flow_row(&item));
            expected.push('\n');
        }
        assert!(text(&output.stdout) == expected, "{profile:?}, seed {seed}");
    }
}

// 2. `replay --depth` lies within 1..=the venue's price window.

#[test]
fn replay_depth_outside_the_price_window_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let orders = write(dir.path(), "orders.csv", three_orders());
    let book = dir.path().join("book.csv");
    for depth in ["0", "1025", "18446744073709551615"] {
        let output = gatebook(&[
            "replay",
            "--input",
            s(&orders),
            "--output",
            "/dev/null",
            "--book-out",
            s(&book),
            "--depth",
            depth,
        ]);
        assert_refused(&output, &["--depth", "1..=1024"]);
        assert!(!book.exists(), "--depth {depth}: the book file was created");
    }
    let output = gatebook(&[
        "replay",
        "--input",
        s(&orders),
        "--output",
        "/dev/null",
        "--book-out",
        s(&book),
        "--depth",
        "1024",
    ]);
    assert_success(&output);
    let rows = std::fs::read_to_string(&book).unwrap();
    assert_eq!(rows.lines().count(), 3);
    assert!(rows.lines().all(|row| row.split(',').count() == 4 * 1024));
}

#[test]
fn replay_depth_defaults_to_the_price_window_when_it_is_below_ten() {
    let dir = tempfile::tempdir().unwrap();
    let venue = write(dir.path(), "venue.toml", "[capacity]\nprice_window = 4\n");
    let orders = write(
        dir.path(),
        "orders.csv",
        format!("{HEADER}\nNEW,7,0,1,S,LIMIT,,1002,10,\n"),
    );
    let book = dir.path().join("book.csv");
    let args = [
        "replay",
        "--input",
        s(&orders),
        "--config",
        s(&venue),
        "--output",
        "/dev/null",
        "--book-out",
        s(&book),
    ];
    assert_success(&gatebook(&args));
    let rows = std::fs::read_to_string(&book).unwrap();
    assert_eq!(rows.lines().next().unwrap().split(',').count(), 4 * 4);
    let mut too_deep = args.to_vec();
    too_deep.extend(["--depth", "5"]);
    assert_refused(&gatebook(&too_deep), &["--depth", "1..=4"]);
}

// 3. Outputs that are the same file, or an input, are refused before anything is written.

#[test]
fn two_outputs_naming_the_same_file_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let orders = write(dir.path(), "orders.csv", three_orders());
    let taken = write(dir.path(), "taken.csv", "keep me\n");
    let fresh = dir.path().join("fresh.csv");
    std::os::unix::fs::symlink(&taken, dir.path().join("link.csv")).unwrap();
    std::fs::hard_link(&taken, dir.path().join("hard.csv")).unwrap();
    let flags = ["--output", "--record", "--book-out", "--margin-events"];
    // The same file spelled two ways: absolute and relative, through `.`, a symbolic link and
    // a hard link; and a file that does not exist yet.
    let spellings: [(&str, String); 5] = [
        (s(&taken), "taken.csv".to_owned()),
        ("./taken.csv", format!("{}/./taken.csv", s(dir.path()))),
        ("link.csv", s(&taken).to_owned()),
        ("hard.csv", "taken.csv".to_owned()),
        (s(&fresh), "fresh.csv".to_owned()),
    ];
    for (i, first) in flags.iter().enumerate() {
        for second in &flags[i + 1..] {
            for (a, b) in &spellings {
                let output = gatebook_in(
                    Some(dir.path()),
                    &[
                        "replay",
                        "--input",
                        s(&orders),
                        "--config",
                        OPTIONS_VENUE,
                        "--margin",
                        first,
                        a,
                        second,
                        b,
                    ],
                );
                assert_refused(&output, &[first, second, "same file"]);
                assert_eq!(std::fs::read_to_string(&taken).unwrap(), "keep me\n");
                assert!(!fresh.exists(), "{first} {a} {second} {b}");
            }
        }
    }
}

#[test]
fn an_output_naming_an_input_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let orders = write(dir.path(), "orders.csv", three_orders());
    for flag in ["--output", "--record", "--book-out"] {
        let output = gatebook_in(
            Some(dir.path()),
            &["replay", "--input", "orders.csv", flag, s(&orders)],
        );
        assert_refused(&output, &[flag, "--input"]);
        assert_eq!(std::fs::read_to_string(&orders).unwrap(), three_orders());
    }
    let venue = write(
        dir.path(),
        "venue.toml",
        "[capacity]\nprice_window = 1024\n",
    );
    let output = gatebook_in(
        Some(dir.path()),
        &[
            "replay",
            "--input",
            "orders.csv",
            "--config",
            s(&venue),
            "--output",
            "./venue.toml",
        ],
    );
    assert_refused(&output, &["--output", "--config"]);
    assert_eq!(
        std::fs::read_to_string(&venue).unwrap(),
        "[capacity]\nprice_window = 1024\n"
    );
}

#[test]
fn distinct_outputs_and_the_shared_null_device_still_run() {
    let dir = tempfile::tempdir().unwrap();
    let orders = write(dir.path(), "orders.csv", three_orders());
    let reports = dir.path().join("reports.csv");
    let record = dir.path().join("record.csv");
    let output = gatebook(&[
        "replay",
        "--input",
        s(&orders),
        "--output",
        s(&reports),
        "--record",
        s(&record),
        "--book-out",
        "/dev/null",
    ]);
    assert_success(&output);
    assert!(std::fs::read_to_string(&reports)
        .unwrap()
        .contains("3,FILL,8,0,3,"));
    assert_eq!(std::fs::read_to_string(&record).unwrap(), three_orders());
    let output = gatebook(&[
        "replay",
        "--input",
        s(&orders),
        "--output",
        "/dev/null",
        "--record",
        "/dev/null",
    ]);
    assert_success(&output);
}

// 4. A closed standard output is an error; a reader that goes away is not.

#[test]
fn a_closed_stdout_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let orders = write(dir.path(), "orders.csv", three_orders());
    for args in [
        &["gen", "--seed", "1", "--messages", "10"][..],
        &["replay", "--input", "orders.csv"][..],
        &["config", "--default"][..],
        &[
            "greeks", "--future", "100", "--strike", "95", "--vol", "0.6", "--years", "0.1",
        ][..],
    ] {
        let output = gatebook_without_stdout(dir.path(), args);
        assert_refused(&output, &["<stdout>", "standard output is closed"]);
    }
    // A command that writes to a file does not need standard output.
    let output = gatebook_without_stdout(
        dir.path(),
        &["replay", "--input", s(&orders), "--output", "reports.csv"],
    );
    assert_success(&output);
    let reports = std::fs::read_to_string(dir.path().join("reports.csv")).unwrap();
    assert!(reports.starts_with(REPORTS_HEADER), "{reports}");
    assert!(reports.contains("3,FILL,8,0,3,"), "{reports}");
}

#[test]
fn a_reader_that_goes_away_is_a_quiet_success() {
    let mut child = Command::new(BIN)
        .args(["config", "--default"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(output.stderr.is_empty(), "{}", text(&output.stderr));
}

// 5. `greeks` takes inputs within the model's range and prints finite numbers only.

fn greeks(future: &str, strike: &str, vol: &str, rate: &str, years: &str, put: bool) -> Output {
    let mut args = vec![
        "greeks", "--future", future, "--strike", strike, "--vol", vol, "--rate", rate, "--years",
        years,
    ];
    if put {
        args.push("--put");
    }
    gatebook(&args)
}

#[test]
fn greeks_outside_the_model_range_are_refused() {
    let cases = [
        (["100", "95", "0.6", "-710", "1"], "--rate", "from -1 to 1"),
        (["100", "95", "0.6", "-1.01", "1"], "--rate", "from -1 to 1"),
        (["100", "95", "1e155", "0", "0.1"], "--vol", "from 0 to 10"),
        (["100", "95", "NaN", "0", "0.1"], "--vol", "from 0 to 10"),
        (["100", "95", "-0.1", "0", "0.1"], "--vol", "from 0 to 10"),
        (
            ["100", "95", "0.6", "0", "100.5"],
            "--years",
            "from 0 to 100",
        ),
        (["100", "95", "0.6", "0", "-1"], "--years", "from 0 to 100"),
        (
            ["0", "95", "0.6", "0", "1"],
            "--future",
            "from 1e-9 to 1e12",
        ),
        (
            ["1e300", "95", "0.6", "0", "1"],
            "--future",
            "from 1e-9 to 1e12",
        ),
        (
            ["100", "inf", "0.6", "0", "1"],
            "--strike",
            "from 1e-9 to 1e12",
        ),
    ];
    for ([future, strike, vol, rate, years], flag, range) in cases {
        let output = greeks(future, strike, vol, rate, years, false);
        assert_refused(&output, &[flag, range]);
        assert!(output.stdout.is_empty(), "{}", text(&output.stdout));
    }
}

#[test]
fn greeks_at_the_edges_of_the_range_are_finite() {
    let cases = [
        ["1e12", "1e-9", "10", "-1", "100"],
        ["1e-9", "1e12", "10", "-1", "100"],
        ["1e-9", "1e-9", "1e-6", "1", "1e-6"],
        ["1e12", "1e12", "0.000001", "-1", "1e-300"],
        ["1e-9", "1e-9", "10", "-1", "100"],
        ["1e12", "1e12", "10", "1", "100"],
        ["100", "95", "0", "-1", "100"],
        ["100", "95", "0.6", "0.05", "0"],
    ];
    for [future, strike, vol, rate, years] in cases {
        for put in [false, true] {
            let output = greeks(future, strike, vol, rate, years, put);
            assert_success(&output);
            let values: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
            for key in ["price", "delta", "gamma", "vega", "theta"] {
                let value = values[key].as_f64();
                assert!(
                    value.is_some_and(f64::is_finite),
                    "{key} of {future} {strike} {vol} {rate} {years} {put}: {values}"
                );
            }
        }
    }
}

// 6. A byte that is not UTF-8 stops the replay at its line, after every earlier report.

fn orders_with_a_bad_byte() -> Vec<u8> {
    let mut bytes = three_orders().into_bytes();
    bytes.extend_from_slice(b"NEW,8,0,4,B,LIMIT,,14\xe99,5,\nNEW,8,0,5,B,LIMIT,,1499,5,\n");
    bytes
}

#[test]
fn a_byte_that_is_not_utf8_names_file_line_and_field_after_the_earlier_reports() {
    let dir = tempfile::tempdir().unwrap();
    let orders = write(dir.path(), "orders.csv", orders_with_a_bad_byte());
    let reports = dir.path().join("reports.csv");
    let output = gatebook(&["replay", "--input", s(&orders), "--output", s(&reports)]);
    assert_refused(&output, &["orders.csv:5", "field `price`", "0xE9", "UTF-8"]);
    let written = std::fs::read_to_string(&reports).unwrap();
    assert_eq!(
        written,
        format!(
            "{REPORTS_HEADER}\n\
             1,ACK,7,0,1,S,1500,10,10,,,\n\
             2,ACK,7,0,2,S,1501,10,10,,,\n\
             3,ACK,8,0,3,B,1500,4,4,,,\n\
             3,FILL,8,0,3,B,1500,4,0,7,1,\n\
             3,FILL,7,0,1,S,1500,4,6,8,3,\n"
        )
    );
    // The same from standard input to standard output.
    let mut child = Command::new(BIN)
        .args(["replay", "--input", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    std::io::Write::write_all(&mut stdin, &orders_with_a_bad_byte()).unwrap();
    drop(stdin);
    let output = child.wait_with_output().unwrap();
    assert_refused(&output, &["-:5", "field `price`"]);
    assert_eq!(text(&output.stdout), written);
}

#[test]
fn a_venue_file_that_is_not_utf8_names_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let orders = write(dir.path(), "orders.csv", three_orders());
    let venue = write(
        dir.path(),
        "venue.toml",
        b"[capacity]\n# caf\xe9\nprice_window = 1024\n",
    );
    let output = gatebook(&["replay", "--input", s(&orders), "--config", s(&venue)]);
    assert_refused(&output, &["venue.toml:2", "0xE9 at column 6"]);
}
