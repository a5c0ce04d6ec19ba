//! Running `gatebook serve` as its users do, a real process on loopback, and talking to it
//! with the protocol's client.

#![allow(dead_code)]

use gatebook_protocol::{ClientFrame, ServerFrame};
use gatebook_venue::client::{login, FrameReader, FrameWriter};
use gatebook_wire::{Message, NewOrder, OrdType, OrderRecord, ReportRecord, Side, Tif};
use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

pub const GATEBOOK: &str = env!("CARGO_BIN_EXE_gatebook");

/// A running `gatebook serve`; killed when dropped.
pub struct Server {
    pub child: Child,
    pub addr: SocketAddr,
    /// What it printed on standard error while starting (the replay line).
    pub startup: String,
    /// Everything it printed on standard error since.
    pub log: std::sync::Arc<std::sync::Mutex<String>>,
    /// The lines it printed on standard output while starting, after the address.
    pub stdout_lines: Vec<String>,
}

impl Server {
    /// Starts a venue on a free port with the journal in `journal`.
    pub fn start(journal: &Path, extra: &[&str]) -> Server {
        let mut child = Command::new(GATEBOOK)
            .args(["serve", "--journal"])
            .arg(journal)
            .args(["--listen", "127.0.0.1:0"])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("gatebook serve starts");
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        stdout.read_line(&mut line).unwrap();
        let Some(addr) = line.strip_prefix("listening on ") else {
            let _ = child.kill();
            let output = child.wait_with_output().unwrap();
            panic!(
                "serve did not start: {line:?} {}",
                String::from_utf8_lossy(&output.stderr)
            );
        };
        let addr: SocketAddr = addr.split_whitespace().next().unwrap().parse().unwrap();
        // The metrics address, when asked for, comes next.
        let mut stdout_lines = Vec::new();
        if args_ask_metrics(extra) {
            let mut line = String::new();
            stdout.read_line(&mut line).unwrap();
            stdout_lines.push(line.trim_end().to_owned());
        }
        // Keep draining stdout so the server never blocks on it.
        std::thread::spawn(move || for _ in stdout.lines() {});
        let mut stderr = BufReader::new(child.stderr.take().unwrap());
        // Warnings (a torn journal tail cut) come before the replay line.
        let mut startup = String::new();
        loop {
            let mut line = String::new();
            if stderr.read_line(&mut line).unwrap() == 0 {
                break;
            }
            startup.push_str(&line);
            if line.starts_with("journal ") {
                break;
            }
        }
        let log = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
        let sink = log.clone();
        std::thread::spawn(move || {
            for line in stderr.lines().map_while(Result::ok) {
                let mut log = sink.lock().unwrap();
                log.push_str(&line);
                log.push('\n');
            }
        });
        Server {
            child,
            addr,
            startup,
            log,
            stdout_lines,
        }
    }

    /// SIGINT, then waits for a clean exit.
    pub fn stop(mut self) {
        let pid = self.child.id() as i32;
        Command::new("kill")
            .args(["-INT", &pid.to_string()])
            .status()
            .unwrap();
        let status = wait_timeout(&mut self.child, Duration::from_secs(30));
        std::thread::sleep(Duration::from_millis(50));
        let log = self.log.lock().unwrap();
        assert!(
            status.is_some_and(|s| s.success()),
            "serve exits 0 on SIGINT: {status:?}\n{log}"
        );
        assert!(!log.contains("panicked"), "serve panicked:\n{log}");
    }

    /// kill -9: no chance to flush or close anything.
    pub fn kill(mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }

    /// The state digest the venue printed after replaying its journal.
    pub fn recovered_digest(&self) -> Option<String> {
        digest_in(&self.startup)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn args_ask_metrics(args: &[&str]) -> bool {
    args.contains(&"--metrics")
}

pub fn digest_in(text: &str) -> Option<String> {
    let at = text.find("state digest ")?;
    Some(text[at + 13..].chars().take(64).collect())
}

fn wait_timeout(child: &mut Child, limit: Duration) -> Option<std::process::ExitStatus> {
    let deadline = std::time::Instant::now() + limit;
    while std::time::Instant::now() < deadline {
        if let Some(status) = child.try_wait().unwrap() {
            return Some(status);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    None
}

/// A logged-in session.
pub struct Member {
    pub reader: FrameReader,
    pub writer: FrameWriter,
    pub next_seq: u64,
}

impl Member {
    /// Logs in, retrying for a moment while the venue still holds the session's previous
    /// connection (it lets go once it has seen that connection close).
    pub async fn login(addr: SocketAddr, session: &str, token: &str, next_seq: u64) -> Member {
        let mut attempts = 0;
        let (reader, writer, session) = loop {
            match login(addr, session, token, next_seq).await {
                Err(gatebook_venue::client::ClientError::LoginRejected(
                    gatebook_protocol::LoginRejectReason::AlreadyLoggedIn,
                )) if attempts < 100 => {
                    attempts += 1;
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
                other => break other.unwrap_or_else(|e| panic!("login: {e}")),
            }
        };
        Member {
            reader,
            writer,
            next_seq: session.next_seq,
        }
    }

    pub async fn send(&mut self, message: &Message) {
        self.writer
            .send(&ClientFrame::Order(message.encode(0)))
            .await
            .unwrap();
    }

    pub async fn send_record(&mut self, record: OrderRecord) {
        self.writer.send(&ClientFrame::Order(record)).await.unwrap();
    }

    /// The next frame that is not a heartbeat, within a few seconds.
    pub async fn next(&mut self) -> Option<ServerFrame> {
        loop {
            let frame = tokio::time::timeout(Duration::from_secs(10), self.reader.next())
                .await
                .expect("a frame within 10 s")
                .ok()?;
            if frame != Some(ServerFrame::Heartbeat) {
                return frame;
            }
        }
    }

    /// The next `count` reports, checking the session sequence runs on without a gap.
    pub async fn reports(&mut self, count: usize) -> Vec<(u64, ReportRecord)> {
        let mut out = Vec::new();
        while out.len() < count {
            match self.next().await {
                Some(ServerFrame::Report {
                    session_seq,
                    record,
                    ..
                }) => {
                    out.push((session_seq, record));
                }
                other => panic!("expected a report, got {other:?}"),
            }
        }
        out
    }
}

pub fn new_order(account: u32, cl_ord_id: u64, side: Side, price: u32, qty: u32) -> Message {
    Message::New(NewOrder {
        account,
        instrument: 0,
        cl_ord_id,
        side,
        ord_type: OrdType::Limit,
        tif: Tif::Gtc,
        price,
        qty,
        post_only: false,
        stp: None,
    })
}

/// The reference price of instrument 0 of the default venue: a price every check accepts.
pub fn good_price() -> u32 {
    let venue = gatebook_formats::default_venue();
    venue
        .instruments
        .iter()
        .find(|i| i.id == 0)
        .unwrap()
        .reference
}

/// The CSV row of a report, as `reports.csv` has it.
pub fn row(report: &ReportRecord) -> String {
    let mut text = String::new();
    gatebook_formats::write_report_row(report, &mut text);
    text.trim_end().to_owned()
}

/// Runs the CLI and returns its standard output, asserting success.
pub fn gatebook(args: &[&str]) -> String {
    let output = Command::new(GATEBOOK).args(args).output().unwrap();
    assert!(
        output.status.success(),
        "gatebook {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// The in_seq of the newest snapshot under a journal directory (0 for none).
pub fn newest_snapshot(journal: &Path) -> u64 {
    std::fs::read_dir(journal.join("snapshots"))
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            name.strip_prefix("snapshot-")?
                .strip_suffix(".snap")?
                .parse()
                .ok()
        })
        .max()
        .unwrap_or(0)
}
