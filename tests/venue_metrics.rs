//! `serve --metrics`: the Prometheus text a scraper reads, with the venue's counters moving.

mod support;

use gatebook_wire::Side;
use std::io::{Read, Write};
use support::{good_price, new_order, Member, Server};

fn scrape(addr: &str) -> String {
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    stream
        .write_all(b"GET /metrics HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .unwrap();
    let mut text = String::new();
    stream.read_to_string(&mut text).unwrap();
    assert!(text.starts_with("HTTP/1.1 200 OK"), "{text}");
    text
}

fn value(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .find_map(|line| line.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
}

#[tokio::test]
async fn metrics_count_what_the_venue_did() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("journal"), &["--metrics", "127.0.0.1:0"]);
    let metrics = server
        .stdout_lines
        .iter()
        .find_map(|l| l.strip_prefix("metrics on http://"))
        .and_then(|l| l.strip_suffix("/metrics"))
        .expect("serve prints the metrics address")
        .to_owned();
    let mut member = Member::login(server.addr, "9", "", 1).await;
    member
        .send(&new_order(9, 1, Side::Buy, good_price() - 3, 2))
        .await;
    member
        .send(&new_order(9, 2, Side::Buy, good_price() - 3, 0))
        .await;
    member.reports(2).await;
    // The publisher and the gauges are refreshed every 100 ms.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let text = tokio::task::spawn_blocking(move || scrape(&metrics))
        .await
        .unwrap();
    assert_eq!(value(&text, "gatebook_journal_entries_total"), Some(2.0));
    assert_eq!(value(&text, "gatebook_reports_total"), Some(2.0));
    assert_eq!(value(&text, "gatebook_messages_matched_total"), Some(2.0));
    assert_eq!(
        value(&text, "gatebook_rejects_total{reason=\"INVALID_QTY\"}"),
        Some(1.0)
    );
    assert_eq!(
        value(&text, "gatebook_session_messages_total{session=\"9\"}"),
        Some(2.0)
    );
    assert!(text.contains("gatebook_journal_append_seconds"), "{text}");
    drop(member);
    server.stop();
}
