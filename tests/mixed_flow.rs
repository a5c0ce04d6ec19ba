//! The default flow (`gatebook gen`, mixed profile, seed 1, as `make run` makes it) replayed
//! on the embedded default venue looks like a working venue's: a few percent of rejects, each
//! of a kind the generator sends on purpose, and every message type still exercised.

use engine_sw::Engine;
use flowgen::{generate, Profile};
use gatebook_formats::default_venue;
use gatebook_wire::{Event, Message, OrdType, ReportRecord, Side, Tif};
use std::collections::{BTreeMap, BTreeSet};

const MESSAGES: usize = 200_000;

#[test]
fn the_default_flow_has_few_rejects_and_each_is_deliberate() {
    let venue = default_venue();
    let flow = generate(&venue, Profile::Mixed, 1, MESSAGES).unwrap();
    let mut engine = Engine::new(&venue).unwrap();
    let mut reports: Vec<ReportRecord> = Vec::new();
    // Orders that have left the book: (account, instrument, cl_ord_id).
    let mut done: BTreeSet<(u32, u16, u64)> = BTreeSet::new();
    let mut rejects: BTreeMap<&str, usize> = BTreeMap::new();
    let mut outcomes: BTreeSet<(&str, &str)> = BTreeSet::new();
    for (i, message) in flow.iter().enumerate() {
        reports.clear();
        engine.process(&message.encode(i as u64 + 1), &mut reports);
        for report in &reports {
            let event = Event::from_code(report.event).unwrap();
            let reason = gatebook_wire::Reason::from_code(report.reason).map_or("", |r| r.as_str());
            let key = (
                report.account.get(),
                report.instrument.get(),
                report.cl_ord_id.get(),
            );
            match event {
                Event::Reject => {
                    *rejects.entry(reason).or_default() += 1;
                    let deliberate = match (message, reason) {
                        (Message::Cancel { .. }, "UNKNOWN_ORDER") => done.contains(&key),
                        (Message::New(order), "WOULD_CROSS") => order.post_only,
                        (Message::New(_), "ACCOUNT_DISABLED") => true,
                        _ => false,
                    };
                    assert!(
                        deliberate,
                        "message {}: {message:?} rejected {reason}",
                        i + 1
                    );
                }
                Event::Fill if report.leaves.get() == 0 => {
                    done.insert(key);
                }
                Event::Canceled | Event::Expired => {
                    done.insert(key);
                }
                _ => {}
            }
            outcomes.insert((event.as_str(), reason));
        }
    }
    let total: usize = rejects.values().sum();
    assert!(
        total * 100 < MESSAGES * 5,
        "{total} rejects of {MESSAGES}: {rejects:?}"
    );
    assert!(!rejects.contains_key("BOOK_FULL"), "{rejects:?}");
    for reason in ["UNKNOWN_ORDER", "WOULD_CROSS", "ACCOUNT_DISABLED"] {
        assert!(rejects.contains_key(reason), "no {reason}: {rejects:?}");
    }
    for outcome in [
        ("FILL", ""),
        ("REPLACED", ""),
        ("CANCELED", "USER"),
        ("CANCELED", "SELF_TRADE"),
        ("EXPIRED", "IOC"),
        ("EXPIRED", "FOK"),
    ] {
        assert!(outcomes.contains(&outcome), "no {outcome:?}: {outcomes:?}");
    }
}

#[test]
fn the_default_flow_keeps_every_message_type_the_cross_checks_rely_on() {
    let venue = default_venue();
    let flow = generate(&venue, Profile::Mixed, 1, MESSAGES).unwrap();
    let mut kinds: BTreeSet<String> = BTreeSet::new();
    let mut accounts = BTreeSet::new();
    let mut instruments = BTreeSet::new();
    for message in &flow {
        let kind = match message {
            Message::New(o) => {
                accounts.insert(o.account);
                instruments.insert(o.instrument);
                let ord_type = match o.ord_type {
                    OrdType::Limit => "LIMIT",
                    OrdType::Market => "MARKET",
                };
                let tif = match o.tif {
                    Tif::Gtc => "GTC",
                    Tif::Ioc => "IOC",
                    Tif::Fok => "FOK",
                };
                let side = match o.side {
                    Side::Buy => "B",
                    Side::Sell => "S",
                };
                let flags = if o.post_only { " POST_ONLY" } else { "" };
                let stp = if o.stp.is_some() { " STP" } else { "" };
                format!("NEW {ord_type} {tif} {side}{flags}{stp}")
            }
            Message::Cancel { .. } => "CANCEL".into(),
            Message::Replace { .. } => "REPLACE".into(),
            Message::Ref { .. } => "REF".into(),
            Message::Kill { .. } => "KILL".into(),
            Message::Enable { .. } => "ENABLE".into(),
            Message::Headroom { .. } => "HEADROOM".into(),
            Message::Rates { .. } => "RATES".into(),
        };
        kinds.insert(kind);
    }
    for kind in [
        "NEW LIMIT GTC B",
        "NEW LIMIT GTC S",
        "NEW LIMIT GTC B POST_ONLY",
        "NEW LIMIT GTC S POST_ONLY",
        "NEW LIMIT IOC B",
        "NEW LIMIT IOC S",
        "NEW LIMIT IOC B STP",
        "NEW LIMIT FOK B",
        "NEW LIMIT FOK S",
        "NEW MARKET IOC B",
        "NEW MARKET IOC S",
        "CANCEL",
        "REPLACE",
        "REF",
        "KILL",
        "ENABLE",
        "HEADROOM",
        "RATES",
    ] {
        assert!(kinds.contains(kind), "no {kind}: {kinds:?}");
    }
    assert!(accounts.len() >= 32, "{} accounts", accounts.len());
    assert_eq!(instruments.len(), venue.instruments.len());
}
