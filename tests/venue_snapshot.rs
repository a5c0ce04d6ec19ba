//! A start from a snapshot and the journal's tail builds the same venue as a replay of the
//! whole journal, and serves every session the same reports.

mod support;

use gatebook_wire::Side;
use std::path::Path;
use std::time::{Duration, Instant};
use support::{gatebook, good_price, new_order, newest_snapshot, Member, Server};

/// The newest snapshot's in_seq, once one at or after `at_least` is on disk.
fn wait_for_snapshot(journal: &Path, at_least: u64) -> u64 {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let newest = newest_snapshot(journal);
        if newest >= at_least {
            return newest;
        }
        assert!(
            Instant::now() < deadline,
            "no snapshot at or after {at_least}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[tokio::test]
async fn a_start_from_a_snapshot_and_the_tail_is_a_full_replay() {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal");
    // A session whose orders rest through disconnects, so nothing but its orders is sequenced.
    let sessions = dir.path().join("sessions.toml");
    std::fs::write(
        &sessions,
        "[[session]]\nname = \"5\"\naccounts = [5]\ncancel_on_disconnect = false\n",
    )
    .unwrap();
    let args = [
        "--snapshot-every",
        "100",
        "--sessions",
        sessions.to_str().unwrap(),
    ];
    let server = Server::start(&journal, &args);
    let mut member = Member::login(server.addr, "5", "", 1).await;
    // 250 resting orders: snapshots after 100 and 200, then a tail of 50.
    for id in 1..=250u64 {
        let price = good_price() - 1 - (id % 50) as u32;
        member.send(&new_order(5, id, Side::Buy, price, 1)).await;
    }
    let before = member.reports(250).await;
    drop(member);
    let snapshot = wait_for_snapshot(&journal, 200);
    assert_eq!(snapshot, 200);
    server.kill();

    let replayed = gatebook(&["replay", "--stats", "--journal", journal.to_str().unwrap()]);
    assert!(replayed.lines().count() > 250);
    let server = Server::start(&journal, &args);
    assert!(
        server
            .startup
            .contains("replayed 50 messages after the snapshot at in_seq 200"),
        "{}",
        server.startup
    );
    let full = std::process::Command::new(support::GATEBOOK)
        .args(["replay", "--stats", "--output", "/dev/null", "--journal"])
        .arg(&journal)
        .output()
        .unwrap();
    let stats = String::from_utf8_lossy(&full.stderr);
    let digest = stats
        .lines()
        .find_map(|l| l.strip_prefix("state digest: "))
        .unwrap();
    assert_eq!(server.recovered_digest().as_deref(), Some(digest));
    // The session's log, rebuilt from the snapshot's point, gives the same reports.
    let mut member = Member::login(server.addr, "5", "", 1).await;
    assert_eq!(member.reports(250).await, before);
    drop(member);
    server.stop();
}
