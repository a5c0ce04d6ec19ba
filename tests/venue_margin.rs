//! The margin engine in the live loop: marks sent by an admin session move it, its rates,
//! headroom, kills and liquidation orders are journaled like any message, and a restart
//! rebuilds it from the journal without deciding anything twice.

mod support;

use gatebook_formats::FlowLines;
use gatebook_protocol::{ClientFrame, RefuseReason, ServerFrame};
use gatebook_wire::{FlowItem, Mark, ReportRecord};
use support::{digest_in, gatebook, row, Member, Server};

const OPTIONS_VENUE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/options-venue.toml");

/// Sends a whole flow (messages and marks) on the admin session, in order, then logs out;
/// returns every report the session received (it trades every account).
async fn send_flow(member: &mut Member, flow: &[FlowItem]) -> Vec<ReportRecord> {
    for item in flow {
        let frame = match item {
            FlowItem::Message(message) => ClientFrame::Order(message.encode(0)),
            FlowItem::Mark(mark) => ClientFrame::Mark(*mark),
        };
        member.writer.push(&frame);
    }
    member.writer.push(&ClientFrame::Logout);
    member.writer.flush().await.unwrap();
    let mut reports = Vec::new();
    loop {
        match member.next().await {
            Some(ServerFrame::Report { record, .. }) => reports.push(record),
            Some(ServerFrame::LogoutAccepted { .. }) => return reports,
            other => panic!("unexpected {other:?}"),
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_margin_engine_runs_in_the_loop_and_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal");
    let flow_text = gatebook(&[
        "gen",
        "--profile",
        "options",
        "--config",
        OPTIONS_VENUE,
        "--messages",
        "4000",
        "--seed",
        "3",
    ]);
    let flow: Vec<FlowItem> = FlowLines::new(&flow_text, "flow")
        .map(|item| item.unwrap().1)
        .collect();
    // One admin session trades every account and sends the marks.
    let sessions = dir.path().join("sessions.toml");
    std::fs::write(
        &sessions,
        "[[session]]\nname = \"admin\"\naccounts = \"all\"\nadmin = true\n",
    )
    .unwrap();
    let args = [
        "--config",
        OPTIONS_VENUE,
        "--margin",
        "--sessions",
        sessions.to_str().unwrap(),
    ];
    let server = Server::start(&journal, &args);
    let mut admin = Member::login(server.addr, "admin", "", 1).await;
    let received = send_flow(&mut admin, &flow).await;
    drop(admin);
    server.stop();

    // The margin engine's decisions are in the journal, as messages of their own.
    let dump = gatebook(&["journal", "dump", journal.to_str().unwrap()]);
    let actions: Vec<&str> = dump
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    let messages = flow
        .iter()
        .filter(|i| matches!(i, FlowItem::Message(_)))
        .count();
    assert!(actions.len() > messages, "the margin engine sent messages");
    assert!(actions.contains(&"RATES"), "rates follow the marks");
    assert!(actions.contains(&"HEADROOM"), "headroom follows the fills");
    // What the admin session was sent is the replay of the journal, report for report.
    let replayed = gatebook(&[
        "replay",
        "--config",
        OPTIONS_VENUE,
        "--journal",
        journal.to_str().unwrap(),
    ]);
    let replayed: Vec<&str> = replayed.lines().skip(1).collect();
    assert!(received.len() <= replayed.len());
    for (i, report) in received.iter().enumerate() {
        assert_eq!(row(report), replayed[i], "report {i}");
    }

    // A restart replays marks and messages through the margin engine: it finds every one of
    // its decisions in the journal and sends none of them again.
    let server = Server::start(&journal, &args);
    let log = server.log.clone();
    let recovered = server.recovered_digest();
    server.stop();
    let log = log.lock().unwrap();
    assert!(!log.contains("did not decide"), "{log}");
    assert!(recovered.is_some());
    assert!(digest_in(&log).is_some());
}

#[tokio::test]
async fn marks_need_an_admin_session_and_a_margin_engine() {
    let dir = tempfile::tempdir().unwrap();
    let mark = ClientFrame::Mark(Mark {
        instrument: 0,
        price: 10_000,
        vol_bp: None,
    });
    for (margin, session, expected) in [
        (true, "3", RefuseReason::AdminOnly),
        (false, "admin", RefuseReason::NoMarginEngine),
    ] {
        let journal = dir.path().join(format!("journal-{margin}"));
        let mut args = vec!["--config", OPTIONS_VENUE];
        if margin {
            args.push("--margin");
        }
        let server = Server::start(&journal, &args);
        let mut member = Member::login(server.addr, session, "", 1).await;
        member.writer.send(&mark).await.unwrap();
        loop {
            match member.next().await {
                Some(ServerFrame::Refused { reason, .. }) => {
                    assert_eq!(reason, expected);
                    break;
                }
                // Reports of the margin engine's first rates and headroom, if the session
                // trades their accounts.
                Some(ServerFrame::Report { .. }) => {}
                other => panic!("unexpected {other:?}"),
            }
        }
        drop(member);
        server.stop();
    }
}
