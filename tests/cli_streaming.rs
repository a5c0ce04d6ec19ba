//! `gatebook replay` reads its input as a stream: memory does not grow with the input, reports
//! come out while the input still flows, a configuration file has a size limit, and an error of
//! the margin engine in the loop names the file, the line and the field after every earlier
//! report is written.

mod cli_support;

use cli_support::*;

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// `gatebook replay` with its standard input and output as pipes.
fn spawn_replay(args: &[&str]) -> Child {
    Command::new(BIN)
        .arg("replay")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs")
}

/// Row `i` of an endless flow on the default venue: account 7 offers 10 lots, account 8 takes
/// them at once, so the book stays empty and every pair gives four reports. Long client order
/// ids and a flag make the rows about 50 bytes, as real flows are.
fn crossing_row(i: u64) -> String {
    let id = 1_000_000_000_000 + i;
    match i % 2 {
        0 => format!("NEW,7,0,{id},S,LIMIT,GTC,1500,10,STP_NONE\n"),
        _ => format!("NEW,8,0,{id},B,LIMIT,IOC,1500,10,STP_NONE\n"),
    }
}

/// The peak resident memory of a running process, in KiB (`VmHWM` of `/proc/<pid>/status`).
fn peak_rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let line = status
        .lines()
        .find(|line| line.starts_with("VmHWM:"))
        .expect("VmHWM in /proc/<pid>/status");
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

/// Reads a child's standard output on a thread, counting lines as they come.
fn count_lines(child: &mut Child) -> (Arc<AtomicU64>, std::thread::JoinHandle<String>) {
    let stdout = child.stdout.take().unwrap();
    let lines = Arc::new(AtomicU64::new(0));
    let counter = Arc::clone(&lines);
    let reader = std::thread::spawn(move || {
        let mut reader = BufReader::with_capacity(1 << 16, stdout);
        let mut line = String::new();
        let mut last = String::new();
        while reader.read_line(&mut line).unwrap() > 0 {
            counter.fetch_add(1, Ordering::Relaxed);
            std::mem::swap(&mut last, &mut line);
            line.clear();
        }
        last
    });
    (lines, reader)
}

/// The old whole-input read held all of these rows (about 100 MB) at once.
const STREAMED_ROWS: u64 = 2_000_000;
/// Far above what the venue and the book need, far below the input's size.
const PEAK_RSS_BOUND_KIB: u64 = 64 << 10;

#[test]
fn replay_from_a_pipe_runs_in_constant_memory_and_reports_as_it_goes() {
    let mut child = spawn_replay(&["--input", "-"]);
    let (lines, reader) = count_lines(&mut child);
    let mut stdin = std::io::BufWriter::with_capacity(1 << 16, child.stdin.take().unwrap());
    writeln!(stdin, "{HEADER}").unwrap();
    let mut input_bytes = HEADER.len() as u64 + 1;
    let mut reports_seen_at = None;
    for i in 0..STREAMED_ROWS {
        let row = crossing_row(i);
        input_bytes += row.len() as u64;
        stdin.write_all(row.as_bytes()).unwrap();
        // A tenth of the way in, reports must already be coming out.
        if i == STREAMED_ROWS / 10 {
            stdin.flush().unwrap();
            let deadline = Instant::now() + Duration::from_secs(120);
            while lines.load(Ordering::Relaxed) < 2 && Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(20));
            }
            reports_seen_at = Some(lines.load(Ordering::Relaxed));
        }
    }
    stdin.flush().unwrap();
    // Every row is in the pipe or read: the peak so far covers the whole input.
    let peak_kib = peak_rss_kib(child.id());
    drop(stdin);
    let status = child.wait().unwrap();
    let last = reader.join().unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert!(status.success(), "{stderr}");
    assert!(
        input_bytes > 90_000_000,
        "the input must dwarf the bound: {input_bytes}"
    );
    assert!(
        reports_seen_at.unwrap() >= 2,
        "no report came out while the input was still open"
    );
    assert!(
        peak_kib < PEAK_RSS_BOUND_KIB,
        "peak RSS {peak_kib} KiB for {input_bytes} bytes of input"
    );
    // The header, and four reports per pair of rows, the last a maker's fill.
    assert_eq!(lines.load(Ordering::Relaxed), 1 + 2 * STREAMED_ROWS);
    let last_id = 1_000_000_000_000 + STREAMED_ROWS - 2;
    assert!(
        last.starts_with(&format!(
            "{STREAMED_ROWS},FILL,7,0,{last_id},S,1500,10,0,8,"
        )),
        "{last}"
    );
}

/// Feeds `input` to `replay --input -` and the rest of `more` after it, ignoring a pipe the
/// replay closed when it stopped.
fn replay_piped(args: &[&str], input: &[u8], more: &[u8]) -> Output {
    let mut child = spawn_replay(args);
    let mut stdin = child.stdin.take().unwrap();
    let (input, more) = (input.to_vec(), more.to_vec());
    let writer = std::thread::spawn(move || {
        let _ = stdin
            .write_all(&input)
            .and_then(|()| stdin.write_all(&more));
    });
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap();
    output
}

#[test]
fn a_bad_line_from_a_pipe_stops_after_the_earlier_reports_while_input_still_flows() {
    let mut input = format!("{HEADER}\n").into_bytes();
    for i in 0..4 {
        input.extend_from_slice(crossing_row(i).as_bytes());
    }
    input.extend_from_slice(b"NEW,7,0,9,S,LIMIT,GTC,15\xe90,10,\n");
    // Much more than a pipe holds follows the bad line: it is never read.
    let more = crossing_row(5).repeat(100_000);
    let output = replay_piped(&["--input", "-"], &input, more.as_bytes());
    assert_refused(&output, &["-:6: field `price`", "0xE9", "UTF-8"]);
    let reports = text(&output.stdout);
    assert_eq!(reports.lines().count(), 1 + 8, "{reports}");
    assert!(reports.lines().last().unwrap().starts_with("4,FILL,7,"));
}

#[test]
fn a_line_without_an_end_is_refused_at_the_line_limit() {
    let input = format!("{HEADER}\n{}", crossing_row(0)).into_bytes();
    let endless = vec![b'7'; 4 << 20];
    let output = replay_piped(&["--input", "-"], &input, &endless);
    assert_refused(&output, &["-:3: field `line`", "longer than 65536 bytes"]);
    assert_eq!(text(&output.stdout).lines().count(), 2);
}

#[test]
fn a_config_larger_than_the_limit_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let flow = write(dir.path(), "orders.csv", format!("{HEADER}\n"));
    // A sparse file: its size alone refuses it.
    let venue = dir.path().join("venue.toml");
    let file = std::fs::File::create(&venue).unwrap();
    file.set_len((64 << 20) + 1).unwrap();
    drop(file);
    let output = gatebook(&["replay", "--input", s(&flow), "--config", s(&venue)]);
    assert_refused(
        &output,
        &[&format!("{}:0", s(&venue)), "64 MiB", "67108864"],
    );
    // A venue exactly at the limit is read (and refused for what it holds, not its size).
    let file = std::fs::OpenOptions::new()
        .write(true)
        .open(&venue)
        .unwrap();
    file.set_len(64 << 20).unwrap();
    drop(file);
    let output = gatebook(&["replay", "--input", s(&flow), "--config", s(&venue)]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        !text(&output.stderr).contains("64 MiB"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn a_config_from_a_pipe_is_read_no_further_than_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let flow = write(dir.path(), "orders.csv", format!("{HEADER}\n"));
    let comment = vec![b'#'; (64 << 20) + 2];
    let output = replay_piped(
        &["--input", s(&flow), "--config", "-"],
        &comment,
        b"\n[capacity]\n",
    );
    assert_refused(&output, &["-:0: field `size`", "64 MiB"]);
}

// The margin engine in the loop: what it refuses names the row.

/// A flow on the options venue: a mark, then account 0 offers and account 1 takes (reports
/// for in_seq of both orders), then `tail`.
fn margin_flow(dir: &Path, tail: &str) -> PathBuf {
    let flow = format!(
        "{HEADER}\nMARK,,0,,,,,10000,5000,\nNEW,0,0,1,S,LIMIT,GTC,10000,1,\n\
         NEW,1,0,2,B,LIMIT,IOC,10000,1,\n{tail}NEW,1,0,3,B,LIMIT,GTC,9000,1,\n"
    );
    write(dir, "flow.csv", flow)
}

fn replay_margin(flow: &Path) -> Output {
    gatebook(&[
        "replay",
        "--input",
        s(flow),
        "--config",
        OPTIONS_VENUE,
        "--margin",
    ])
}

/// The report rows of client orders (the margin engine's own messages give none here).
fn order_reports(output: &Output) -> Vec<String> {
    text(&output.stdout)
        .lines()
        .skip(1)
        .map(|row| row.split(',').skip(1).take(5).collect::<Vec<_>>().join(","))
        .collect()
}

#[test]
fn the_margin_flow_replays_whole_without_a_bad_row() {
    let dir = tempfile::tempdir().unwrap();
    let output = replay_margin(&margin_flow(dir.path(), ""));
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let reports = order_reports(&output);
    assert!(reports.contains(&"ACK,1,0,3,B".to_owned()), "{reports:?}");
}

#[test]
fn a_mark_for_an_unknown_instrument_names_file_line_and_field_after_the_earlier_reports() {
    let dir = tempfile::tempdir().unwrap();
    let flow = margin_flow(dir.path(), "MARK,,9,,,,,10000,,\n");
    let output = replay_margin(&flow);
    let at = format!("{}:5: field `instrument`", s(&flow));
    assert_refused(&output, &[&at, "unknown instrument 9"]);
    let reports = order_reports(&output);
    assert_eq!(
        reports,
        ["ACK,0,0,1,S", "ACK,1,0,2,B", "FILL,1,0,2,B", "FILL,0,0,1,S"],
        "{}",
        text(&output.stdout)
    );
}

#[test]
fn a_mark_at_price_zero_names_the_price_field() {
    let dir = tempfile::tempdir().unwrap();
    let flow = margin_flow(dir.path(), "MARK,,0,,,,,0,,\n");
    let output = replay_margin(&flow);
    assert_refused(&output, &[&format!("{}:5: field `price`", s(&flow))]);
    assert_eq!(order_reports(&output).len(), 4);
}

#[test]
fn a_fill_before_any_mark_names_the_order_line_and_keeps_what_ran() {
    let dir = tempfile::tempdir().unwrap();
    let flow = write(
        dir.path(),
        "flow.csv",
        format!(
            "{HEADER}\nNEW,0,0,1,S,LIMIT,GTC,10000,1,\nNEW,1,0,2,B,LIMIT,IOC,10000,1,\n\
             NEW,1,0,3,B,LIMIT,GTC,9000,1,\n"
        ),
    );
    let output = replay_margin(&flow);
    assert_refused(
        &output,
        &[&format!("{}:3: field `instrument`", s(&flow)), "no mark"],
    );
    // The crossing order ran on the backend: its reports are written, nothing after it is.
    assert_eq!(
        order_reports(&output),
        ["ACK,0,0,1,S", "ACK,1,0,2,B", "FILL,1,0,2,B", "FILL,0,0,1,S"]
    );
}

/// `crosscheck` streams too: standard input compared on two backends as it comes, with
/// nothing left behind when they agree; a MARK row is refused with its line.
#[test]
fn crosscheck_reads_standard_input_as_a_stream() {
    let dir = tempfile::tempdir().unwrap();
    let prefix = dir.path().join("prefix.csv");
    let mut child = Command::new(BIN)
        .args(["crosscheck", "--input", "-", "--backends", "sw,loopback"])
        .arg("--prefix-out")
        .arg(&prefix)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut stdin = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || {
        stdin
            .write_all(b"action,account,instrument,cl_ord_id,side,type,tif,price,qty,flags\n")
            .unwrap();
        for i in 0..20_000 {
            stdin.write_all(crossing_row(i).as_bytes()).unwrap();
        }
    });
    let output = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(
        text(&output.stdout).starts_with("identical: 20000 messages, 40000 reports"),
        "{}",
        text(&output.stdout)
    );
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert!(left.is_empty(), "nothing is left behind: {left:?}");

    let marked = write(
        dir.path(),
        "marked.csv",
        "action,account,instrument,cl_ord_id,side,type,tif,price,qty,flags\n\
         REF,,0,,,,,1500,,\nMARK,,0,,,,,1500,,\n",
    );
    let refused = gatebook(&["crosscheck", "--input", s(&marked)]);
    assert_refused(&refused, &["marked.csv:3", "action", "replay --margin"]);
}
