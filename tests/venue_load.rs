//! End to end on loopback: `gatebook serve` on engine-sw, `gatebook load` with four sessions
//! and 100,000 messages. The reports the members received, in venue order, are byte for byte
//! the replay of the venue's journal, on engine-sw and on the simulated card.

mod support;

use std::process::Command;
use support::{gatebook, Server, GATEBOOK};

#[test]
fn what_members_receive_is_the_replay_of_the_journal_on_sw_and_sim() {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal");
    let sessions = dir.path().join("sessions.toml");
    std::fs::write(&sessions, gatebook(&["sessions", "--split", "4"])).unwrap();
    let server = Server::start(
        &journal,
        &["--sessions", sessions.to_str().unwrap(), "--fsync", "batch"],
    );
    let received = dir.path().join("received.csv");
    let summary = dir.path().join("summary.json");
    let output = Command::new(GATEBOOK)
        .args(["load", "--connect", &server.addr.to_string()])
        .args(["--sessions", "4", "--messages", "100000", "--seed", "7"])
        .arg("--reports-out")
        .arg(&received)
        .arg("--summary")
        .arg(&summary)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "load: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    server.stop();

    let summary: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&summary).unwrap()).unwrap();
    assert_eq!(summary["messages"], 100_000);
    assert!(summary["latency_us"]["count"].as_u64().unwrap() > 50_000);

    let received = std::fs::read_to_string(&received).unwrap();
    let rows = received.lines().count();
    assert!(rows > 100_000, "the flow gives more reports than messages");
    for backend in ["sw", "sim"] {
        let replayed = dir.path().join(format!("replayed-{backend}.csv"));
        gatebook(&[
            "replay",
            "--backend",
            backend,
            "--journal",
            journal.to_str().unwrap(),
            "--output",
            replayed.to_str().unwrap(),
        ]);
        let replayed = std::fs::read_to_string(&replayed).unwrap();
        // After the flow come the cancels of the sessions' logouts, which nobody read.
        let prefix: Vec<&str> = replayed.lines().take(rows).collect();
        let got: Vec<&str> = received.lines().collect();
        if let Some(at) = (0..rows).find(|&i| prefix.get(i) != got.get(i)) {
            panic!(
                "{backend}: row {at} differs:\n  replay:   {:?}\n  received: {:?}",
                prefix.get(at),
                got.get(at)
            );
        }
    }
}
