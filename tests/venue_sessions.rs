//! The session layer of `gatebook serve`, against the real process on loopback: every bad
//! or odd thing a member can do gets its documented answer, and the venue keeps serving
//! everyone else.

mod support;

use gatebook_protocol::{
    ClientFrame, GoodbyeReason, LoginRejectReason, RefuseReason, ServerFrame, MAX_FRAME_LENGTH,
};
use gatebook_venue::client::{connect, login, ClientError};
use gatebook_wire::{Event, Message, Reason, Side};
use std::time::Duration;
use support::{good_price, new_order, Member, Server};

const SESSIONS: &str = r#"
[[session]]
name = "FIRM1"
token = "one"
accounts = [1, 2]

[[session]]
name = "FIRM2"
token = "two"
accounts = [3]
throttle_messages = 5
throttle_window_ms = 60000

[[session]]
name = "KEEP"
token = "keep"
accounts = [4]
cancel_on_disconnect = false

[[session]]
name = "OPS"
token = "ops"
accounts = "all"
admin = true
"#;

fn venue_with_sessions(extra: &[&str]) -> (tempfile::TempDir, Server) {
    let dir = tempfile::tempdir().unwrap();
    let sessions = dir.path().join("sessions.toml");
    std::fs::write(&sessions, SESSIONS).unwrap();
    let journal = dir.path().join("journal");
    let mut args = vec!["--sessions", sessions.to_str().unwrap()];
    args.extend_from_slice(extra);
    let server = Server::start(&journal, &args);
    (dir, server)
}

/// The venue still serves: a member logs in and gets an order acknowledged.
async fn still_serving(server: &Server, cl_ord_id: u64) {
    let mut member = Member::login(server.addr, "FIRM1", "one", 0).await;
    member
        .send(&new_order(1, cl_ord_id, Side::Buy, good_price() - 50, 1))
        .await;
    // Reports of the account's earlier orders (a cancel-on-disconnect) may come first.
    loop {
        let (_, report) = member.reports(1).await.remove(0);
        if report.cl_ord_id.get() == cl_ord_id {
            assert_eq!(report.event, Event::Ack.code());
            return;
        }
    }
}

async fn login_answer(server: &Server, session: &str, token: &str) -> Result<(), ClientError> {
    login(server.addr, session, token, 1).await.map(|_| ())
}

#[tokio::test]
async fn logins_are_checked() {
    let (_dir, server) = venue_with_sessions(&[]);
    assert!(matches!(
        login_answer(&server, "NOBODY", "x").await,
        Err(ClientError::LoginRejected(
            LoginRejectReason::UnknownSession
        ))
    ));
    assert!(matches!(
        login_answer(&server, "FIRM1", "wrong").await,
        Err(ClientError::LoginRejected(LoginRejectReason::BadToken))
    ));
    let first = Member::login(server.addr, "FIRM1", "one", 1).await;
    assert_eq!(first.next_seq, 1);
    assert!(matches!(
        login_answer(&server, "FIRM1", "one").await,
        Err(ClientError::LoginRejected(
            LoginRejectReason::AlreadyLoggedIn
        ))
    ));
    assert!(matches!(
        login(server.addr, "FIRM2", "two", 5).await.map(|_| ()),
        Err(ClientError::LoginRejected(LoginRejectReason::SequenceAhead))
    ));
    // A first frame that is not a login.
    let (mut reader, mut writer) = connect(server.addr).await.unwrap();
    writer.send(&ClientFrame::Heartbeat).await.unwrap();
    assert_eq!(
        reader.next().await.unwrap(),
        Some(ServerFrame::LoginRejected(LoginRejectReason::LoginRequired))
    );
    assert_eq!(reader.next().await.unwrap(), None);
    drop(first);
    server.stop();
}

#[tokio::test]
async fn orders_outside_the_session_are_refused_and_never_sequenced() {
    let (_dir, server) = venue_with_sessions(&[]);
    let mut firm1 = Member::login(server.addr, "FIRM1", "one", 1).await;
    // Account 3 belongs to FIRM2.
    firm1
        .send(&new_order(3, 1, Side::Buy, good_price(), 1))
        .await;
    // REF needs an admin session.
    firm1
        .send(&Message::Ref {
            instrument: 0,
            price: good_price(),
        })
        .await;
    // A record no CSV line could produce (side 7).
    let mut bad = new_order(1, 2, Side::Buy, good_price(), 1).encode(0);
    bad.side = 7;
    firm1.send_record(bad).await;
    let mut reasons = Vec::new();
    for _ in 0..3 {
        match firm1.next().await {
            Some(ServerFrame::Refused { reason, .. }) => reasons.push(reason),
            other => panic!("expected a refusal, got {other:?}"),
        }
    }
    assert_eq!(
        reasons,
        [
            RefuseReason::AccountNotPermitted,
            RefuseReason::AdminOnly,
            RefuseReason::InvalidRecord
        ]
    );
    // Nothing of it reached the journal: the first sequenced message is in_seq 1.
    firm1
        .send(&new_order(1, 3, Side::Buy, good_price() - 10, 1))
        .await;
    let (seq, ack) = firm1.reports(1).await.remove(0);
    assert_eq!(
        (seq, ack.in_seq.get(), ack.event),
        (1, 1, Event::Ack.code())
    );
    drop(firm1);
    server.stop();
}

#[tokio::test]
async fn the_throttle_refuses_what_exceeds_it() {
    let (_dir, server) = venue_with_sessions(&[]);
    let mut firm2 = Member::login(server.addr, "FIRM2", "two", 1).await;
    for id in 1..=7 {
        firm2
            .send(&new_order(3, id, Side::Buy, good_price() - 20, 1))
            .await;
    }
    let mut acks = 0;
    let mut throttled = 0;
    for _ in 0..7 {
        match firm2.next().await {
            Some(ServerFrame::Report { record, .. }) if record.event == Event::Ack.code() => {
                acks += 1
            }
            Some(ServerFrame::Refused {
                reason: RefuseReason::Throttled,
                cl_ord_id,
                ..
            }) => {
                assert!(cl_ord_id > 5);
                throttled += 1
            }
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!((acks, throttled), (5, 2));
    still_serving(&server, 100).await;
    drop(firm2);
    server.stop();
}

#[tokio::test]
async fn malformed_frames_get_their_answers() {
    let (_dir, server) = venue_with_sessions(&[]);
    // Unknown type and wrong length: refused, the session goes on.
    let mut member = Member::login(server.addr, "FIRM1", "one", 1).await;
    member.writer.push_raw(&[1, 0, 0x7e]);
    member.writer.push_raw(&[3, 0, 0x10, 1, 2]);
    member.writer.flush().await.unwrap();
    for expected in [RefuseReason::UnknownType, RefuseReason::MalformedFrame] {
        match member.next().await {
            Some(ServerFrame::Refused { reason, .. }) => assert_eq!(reason, expected),
            other => panic!("expected {expected}, got {other:?}"),
        }
    }
    member
        .send(&new_order(1, 1, Side::Buy, good_price() - 30, 1))
        .await;
    assert_eq!(member.reports(1).await[0].1.event, Event::Ack.code());
    drop(member);

    // Lengths that cannot be framed (0, above the maximum, garbage): goodbye and close.
    let oversized = ((MAX_FRAME_LENGTH + 1) as u16).to_le_bytes();
    for bytes in [
        vec![0u8, 0, 0],
        vec![oversized[0], oversized[1], 0x10],
        vec![0xff; 64],
    ] {
        let mut member = Member::login(server.addr, "FIRM2", "two", 0).await;
        member.writer.push_raw(&bytes);
        member.writer.flush().await.unwrap();
        assert_eq!(
            member.next().await,
            Some(ServerFrame::Goodbye(GoodbyeReason::BadFraming))
        );
        assert_eq!(member.next().await, None);
    }
    // A frame cut short by a closing client, and a connection that never logs in fully.
    let (_reader, mut writer) = connect(server.addr).await.unwrap();
    writer.push_raw(&[57, 0, 0x01, b'F']);
    writer.flush().await.unwrap();
    drop(writer);
    still_serving(&server, 2).await;
    server.stop();
}

#[tokio::test]
async fn a_silent_client_is_disconnected() {
    let (_dir, server) = venue_with_sessions(&["--heartbeat-ms", "100"]);
    let (mut reader, mut writer, session) = login(server.addr, "FIRM1", "one", 1).await.unwrap();
    assert_eq!(session.heartbeat_ms, 100);
    // The venue heartbeats while quiet, then gives up on a client that says nothing.
    let mut heartbeats = 0;
    let goodbye = loop {
        match tokio::time::timeout(Duration::from_secs(5), reader.next())
            .await
            .unwrap()
        {
            Ok(Some(ServerFrame::Heartbeat)) => heartbeats += 1,
            other => break other.unwrap(),
        }
    };
    assert!(heartbeats >= 1);
    assert_eq!(
        goodbye,
        Some(ServerFrame::Goodbye(GoodbyeReason::HeartbeatTimeout))
    );
    drop(writer.flush().await);
    still_serving(&server, 3).await;
    server.stop();
}

#[tokio::test]
async fn a_resent_new_is_answered_not_executed() {
    let (_dir, server) = venue_with_sessions(&[]);
    let mut member = Member::login(server.addr, "FIRM1", "one", 1).await;
    let order = new_order(2, 77, Side::Sell, good_price() + 40, 3);
    member.send(&order).await;
    let (_, ack) = member.reports(1).await.remove(0);
    member
        .send(&Message::Cancel {
            account: 2,
            instrument: 0,
            cl_ord_id: 77,
        })
        .await;
    let (_, canceled) = member.reports(1).await.remove(0);
    assert_eq!(canceled.event, Event::Canceled.code());
    // The same NEW again, after it is done: a duplicate, whatever the book holds now.
    member.send(&order).await;
    assert_eq!(
        member.next().await,
        Some(ServerFrame::Refused {
            reason: RefuseReason::DuplicateClOrdId,
            frame_type: 0x10,
            msg_type: 1,
            account: 2,
            cl_ord_id: 77,
            original_in_seq: ack.in_seq.get(),
        })
    );
    drop(member);
    server.stop();
}

#[tokio::test]
async fn cancel_on_disconnect_goes_through_the_sequencer() {
    let (_dir, server) = venue_with_sessions(&[]);
    let mut ops = Member::login(server.addr, "OPS", "ops", 1).await;
    let mut firm1 = Member::login(server.addr, "FIRM1", "one", 1).await;
    let mut keep = Member::login(server.addr, "KEEP", "keep", 1).await;
    firm1
        .send(&new_order(1, 5, Side::Buy, good_price() - 5, 2))
        .await;
    keep.send(&new_order(4, 6, Side::Buy, good_price() - 6, 2))
        .await;
    firm1.reports(1).await;
    keep.reports(1).await;
    drop(firm1);
    drop(keep);
    // The admin session trades every account, so it sees both acks and the cancel.
    let seen = ops.reports(3).await;
    let events: Vec<(u8, u64, u8)> = seen
        .iter()
        .map(|(_, r)| (r.event, r.cl_ord_id.get(), r.reason))
        .collect();
    assert_eq!(events[2], (Event::Canceled.code(), 5, Reason::User.code()));
    assert_eq!(
        seen[2].1.in_seq.get(),
        3,
        "the cancel is sequenced after the orders"
    );
    // The session without cancel-on-disconnect keeps its order: nothing more comes.
    assert!(
        tokio::time::timeout(Duration::from_millis(300), ops.reader.next())
            .await
            .map_or(true, |f| matches!(f, Ok(Some(ServerFrame::Heartbeat))))
    );
    // Reconnecting, FIRM1 finds its cancel waiting at the sequence number after its ack.
    let mut firm1 = Member::login(server.addr, "FIRM1", "one", 2).await;
    let (seq, report) = firm1.reports(1).await.remove(0);
    assert_eq!((seq, report.event), (2, Event::Canceled.code()));
    drop(firm1);
    drop(ops);
    server.stop();
}

#[tokio::test]
async fn a_client_that_never_reads_is_cut_off() {
    let (_dir, server) = venue_with_sessions(&["--client-buffer", "65536"]);
    // OPS receives a drop copy of everything but never reads it, with a small receive
    // buffer so the venue's side fills soon.
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.set_recv_buffer_size(4096).unwrap();
    let stream = socket.connect(server.addr).await.unwrap();
    let (mut ops_reader, mut ops_writer) = gatebook_venue::client::split(stream);
    ops_writer
        .send(&ClientFrame::login("OPS", "ops", 1).unwrap())
        .await
        .unwrap();
    assert!(matches!(
        ops_reader.next().await,
        Ok(Some(ServerFrame::LoginAccepted { .. }))
    ));
    let mut firm1 = Member::login(server.addr, "FIRM1", "one", 1).await;
    let price = good_price() - 100;
    let mut sent = 0u64;
    let mut received = 0u64;
    // Enough reports to fill any socket buffer and the venue's 64 KiB allowance.
    while sent < 40_000 {
        for _ in 0..500 {
            sent += 1;
            let id = sent;
            let message = if id % 2 == 1 {
                new_order(1, id, Side::Buy, price, 1)
            } else {
                Message::Cancel {
                    account: 1,
                    instrument: 0,
                    cl_ord_id: id - 1,
                }
            };
            firm1.writer.push(&ClientFrame::Order(message.encode(0)));
        }
        firm1.writer.flush().await.unwrap();
        while received < sent {
            match firm1.next().await {
                Some(ServerFrame::Report { .. }) => received += 1,
                other => panic!("unexpected {other:?}"),
            }
        }
    }
    // The reader that never read was disconnected: OPS can log in again.
    let mut ops = Member::login(server.addr, "OPS", "ops", 0).await;
    drop(firm1);
    still_serving(&server, 1_000_000).await;
    let _ = ops.next().await;
    server.stop();
}

#[tokio::test]
async fn reports_replay_from_any_sequence_number_and_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal");
    let server = Server::start(&journal, &[]);
    let mut member = Member::login(server.addr, "7", "", 1).await;
    let price = good_price();
    for id in 1..=5 {
        member
            .send(&new_order(7, id, Side::Buy, price - id as u32, 1))
            .await;
    }
    let live = member.reports(5).await;
    drop(member);
    // Dropping the session cancelled its orders; asking from 3 gives 3, 4, 5 first.
    let mut again = Member::login(server.addr, "7", "", 3).await;
    assert_eq!(again.reports(3).await, live[2..].to_vec());
    drop(again);
    server.stop();

    // After a restart the session's reports are the same: five acks, then the five cancels
    // of cancel-on-disconnect.
    let server = Server::start(&journal, &[]);
    let mut member = Member::login(server.addr, "7", "", 1).await;
    let replayed = member.reports(10).await;
    assert_eq!(replayed[..5], live[..]);
    for (i, (seq, report)) in replayed[5..].iter().enumerate() {
        assert_eq!(*seq, 6 + i as u64);
        assert_eq!(report.event, Event::Canceled.code());
    }
    drop(member);
    server.stop();
}

#[tokio::test]
async fn orders_done_on_entry_are_not_cancelled_when_their_session_drops_at_once() {
    let (_dir, server) = venue_with_sessions(&[]);
    let mut ops = Member::login(server.addr, "OPS", "ops", 1).await;
    let mut firm1 = Member::login(server.addr, "FIRM1", "one", 1).await;
    // Fill-or-kill orders with nothing to fill against: each is acknowledged and expires in
    // one message. The session is gone before most of them are matched.
    for id in 1..=300 {
        let order = match new_order(1, id, Side::Buy, good_price(), 1) {
            Message::New(order) => Message::New(gatebook_wire::NewOrder {
                tif: gatebook_wire::Tif::Fok,
                ..order
            }),
            _ => unreachable!(),
        };
        firm1.writer.push(&ClientFrame::Order(order.encode(0)));
    }
    // One order that rests, which cancel-on-disconnect must cancel.
    firm1.writer.push(&ClientFrame::Order(
        new_order(2, 1, Side::Buy, good_price() - 1, 1).encode(0),
    ));
    firm1.writer.flush().await.unwrap();
    drop(firm1);
    let seen = ops.reports(602).await;
    let rejects = seen
        .iter()
        .filter(|(_, r)| r.event == Event::Reject.code())
        .count();
    assert_eq!(rejects, 0, "no cancel of an order that was already done");
    let (_, last) = seen.last().unwrap();
    assert_eq!(
        (last.event, last.account.get(), last.reason),
        (Event::Canceled.code(), 2, Reason::User.code())
    );
    server.stop();
}
