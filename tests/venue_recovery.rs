//! Crash consistency of `gatebook serve`: the process is killed with SIGKILL at random
//! moments while members are sending, and restarted from its journal each time. Nothing a
//! member was told may be lost or change, every session's reports run on without a gap or a
//! duplicate across the restarts, and the recovered state is the state of a full replay.

mod support;

use gatebook_formats::FlowLines;
use gatebook_protocol::{ClientFrame, ServerFrame};
use gatebook_venue::client::login;
use gatebook_wire::{FlowItem, Message, ReportRecord};
use rand::{Rng, SeedableRng};
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use support::{digest_in, gatebook, newest_snapshot, row, Server};

const SESSIONS: u32 = 4;
const ROUNDS: usize = 20;
const FLOW_MESSAGES: usize = 100_000;

/// What a session has been told so far: its reports by session sequence number.
#[derive(Default)]
struct Received {
    reports: Vec<(u64, u64, ReportRecord)>,
}

fn session_of(message: &Message, names: &[String]) -> usize {
    let account = match message {
        Message::New(order) => order.account,
        Message::Cancel { account, .. } | Message::Replace { account, .. } => *account,
        _ => return names.len() - 1,
    };
    (account % SESSIONS) as usize
}

/// Logs every session in from where it stopped and keeps reading until the connection
/// closes; returns the reader tasks and the writers.
async fn connect_all(
    server: &Server,
    names: &[String],
    received: &[Arc<Mutex<Received>>],
) -> (
    Vec<tokio::task::JoinHandle<()>>,
    Vec<gatebook_venue::client::FrameWriter>,
) {
    let mut readers = Vec::new();
    let mut writers = Vec::new();
    for (name, log) in names.iter().zip(received) {
        let next = log.lock().unwrap().reports.last().map_or(1, |r| r.0 + 1);
        let (mut reader, writer, _) = login(server.addr, name, "", next)
            .await
            .unwrap_or_else(|e| panic!("{name} logs in again from {next}: {e}"));
        let log = log.clone();
        let name = name.clone();
        readers.push(tokio::spawn(async move {
            while let Ok(Some(frame)) = reader.next().await {
                if let ServerFrame::Report {
                    session_seq,
                    report_id,
                    record,
                } = frame
                {
                    let mut log = log.lock().unwrap();
                    let expected = log.reports.last().map_or(1, |r| r.0 + 1);
                    assert_eq!(session_seq, expected, "{name}: no gap, no duplicate");
                    log.reports.push((session_seq, report_id, record));
                }
            }
        }));
        writers.push(writer);
    }
    (readers, writers)
}

fn replay_rows(dir: &Path, journal: &Path) -> (Vec<String>, String) {
    let reports = dir.join("replayed.csv");
    let output = std::process::Command::new(support::GATEBOOK)
        .args(["replay", "--stats", "--journal"])
        .arg(journal)
        .arg("--output")
        .arg(&reports)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let digest = stderr
        .lines()
        .find_map(|l| l.strip_prefix("state digest: "))
        .expect("replay --stats prints the state digest")
        .to_owned();
    let text = std::fs::read_to_string(reports).unwrap();
    (text.lines().skip(1).map(str::to_owned).collect(), digest)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_under_load_loses_nothing_acknowledged() {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal");
    let sessions_file = dir.path().join("sessions.toml");
    // The split sessions, with the admin session as a drop copy of every account.
    let sessions = gatebook(&["sessions", "--split", "4"]).replace(
        "accounts = []\nadmin = true",
        "accounts = \"all\"\nadmin = true",
    );
    std::fs::write(&sessions_file, sessions).unwrap();
    let flow_text = gatebook(&[
        "gen",
        "--seed",
        "11",
        "--messages",
        &FLOW_MESSAGES.to_string(),
    ]);
    let flow: Vec<Message> = FlowLines::new(&flow_text, "flow")
        .map(|item| match item.unwrap().1 {
            FlowItem::Message(message) => message,
            FlowItem::Mark(_) => unreachable!("the mixed profile has no marks"),
        })
        .collect();
    let names: Vec<String> = (1..=SESSIONS)
        .map(|k| format!("S{k}"))
        .chain(["admin".to_owned()])
        .collect();
    let received: Vec<Arc<Mutex<Received>>> = names.iter().map(|_| Arc::default()).collect();
    // Snapshots every 500 messages: restarts replay a snapshot and the journal's tail.
    let args = [
        "--sessions",
        sessions_file.to_str().unwrap(),
        "--snapshot-every",
        "500",
    ];
    let mut from_snapshot = 0;
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(2026);
    let mut next_message = 0;

    let mut replayed_digest = None;
    for round in 0..ROUNDS {
        let server = Server::start(&journal, &args);
        if server.startup.contains("after the snapshot at in_seq") {
            from_snapshot += 1;
        }
        if let Some(digest) = replayed_digest.take() {
            // The venue recovered exactly: its state is that of a full replay.
            assert_eq!(server.recovered_digest(), Some(digest), "round {round}");
        }
        let (readers, mut writers) = connect_all(&server, &names, &received).await;
        // Send a chunk of the flow in order, a few messages at a time, and kill the venue
        // in the middle of it.
        let chunk = rng.gen_range(1000..4000).min(flow.len() - next_message);
        let messages = flow[next_message..next_message + chunk].to_vec();
        next_message += chunk;
        let routes: Vec<usize> = messages.iter().map(|m| session_of(m, &names)).collect();
        let sender = tokio::spawn(async move {
            for (slice, slice_routes) in messages.chunks(16).zip(routes.chunks(16)) {
                for (message, &session) in slice.iter().zip(slice_routes) {
                    writers[session].push(&ClientFrame::Order(message.encode(0)));
                }
                for writer in writers.iter_mut() {
                    if writer.buffered() > 0 && writer.flush().await.is_err() {
                        return;
                    }
                }
                tokio::task::yield_now().await;
            }
        });
        if round % 4 == 3 {
            // Every fourth round lets the sending finish and a newer snapshot reach the disk
            // before the kill, so restarts from a snapshot are sure to be among them.
            let newest = newest_snapshot(&journal);
            sender_done(&sender).await;
            wait_for_newer_snapshot(&journal, newest).await;
        } else {
            tokio::time::sleep(Duration::from_micros(rng.gen_range(1_000..40_000))).await;
        }
        server.kill();
        sender.await.unwrap();
        for reader in readers {
            reader.await.unwrap();
        }
        let verified = gatebook(&["journal", "verify", journal.to_str().unwrap()]);
        assert!(verified.contains("ok: "), "{verified}");
        eprintln!(
            "round {round}: {next_message} messages sent in all; journal: {}",
            verified.lines().last().unwrap_or_default()
        );
        replayed_digest = Some(replay_rows(dir.path(), &journal).1);
    }

    // Snapshots are written beside the venue's work, so a kill can beat one; the rounds that
    // wait for one make sure restarts from a snapshot are among those checked.
    assert!(
        from_snapshot >= ROUNDS / 4,
        "only {from_snapshot} restarts began from a snapshot"
    );

    // A last start: every session catches up on what it missed, then the venue stops cleanly.
    let server = Server::start(&journal, &args);
    let (readers, mut writers) = connect_all(&server, &names, &received).await;
    for writer in &mut writers {
        writer.send(&ClientFrame::Logout).await.unwrap();
    }
    for reader in readers {
        reader.await.unwrap();
    }
    let log = server.log.clone();
    server.stop();
    let final_digest = digest_in(&log.lock().unwrap()).expect("serve prints its final digest");

    let (rows, digest) = replay_rows(dir.path(), &journal);
    assert_eq!(final_digest, digest);
    let mut told = BTreeMap::new();
    for (name, log) in names.iter().zip(&received) {
        let log = log.lock().unwrap();
        assert!(!log.reports.is_empty(), "{name} received reports");
        for (seq, report_id, report) in &log.reports {
            // Every report a member received is the journal's replay, row for row.
            let replayed = &rows[(*report_id - 1) as usize];
            assert_eq!(&row(report), replayed, "{name} seq {seq}");
            told.insert(*report_id, ());
        }
    }
    // The admin session trades every account: it was told every report there is.
    let admin = received.last().unwrap().lock().unwrap();
    assert_eq!(admin.reports.len(), rows.len());
    assert_eq!(told.len(), rows.len());
}

async fn wait_for_newer_snapshot(journal: &Path, than: u64) {
    for _ in 0..3000 {
        if newest_snapshot(journal) > than {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("no snapshot newer than {than} within 30 s");
}

/// Waits for the sending task without taking it (it is awaited again after the kill).
async fn sender_done(sender: &tokio::task::JoinHandle<()>) {
    while !sender.is_finished() {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}
