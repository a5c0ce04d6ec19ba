//! The whole driver path (DriverBackend over the loopback card running engine-sw) against
//! engine-sw itself, and the async session over the card thread.

mod common;

use common::*;
use flowgen::{small_venue, Profile};
use gatebook_formats::default_venue;
use gatebook_wire::{Backend, OrderRecord, VenueConfig};
use host_driver::card_thread::CardThreadOptions;
use host_driver::session::Session;
use host_driver::{DriverBackend, LoopbackPlatform, Pace};

fn driver_backend(
    venue: &VenueConfig,
    sq_log2: u8,
    cq_log2: u8,
    pace: Pace,
) -> DriverBackend<LoopbackPlatform> {
    DriverBackend::new(engine_sw_loopback(pace), venue, rings(sq_log2, cq_log2)).unwrap()
}

fn check(venue: &VenueConfig, records: &[OrderRecord], sq_log2: u8, cq_log2: u8, pace: Pace) {
    let mut backend = driver_backend(venue, sq_log2, cq_log2, pace);
    let reports = backend.run_all(records);
    assert_eq!(backend.fault(), None);
    assert_same_reports("loopback", &reports, &engine_sw_reports(venue, records));
    assert!(backend.stats().is_some_and(|s| s.contains("reports out")));
}

#[test]
fn flows_of_every_profile_through_the_driver_match_engine_sw() {
    let venue = small_venue();
    for (profile, seed) in [
        (Profile::Stress, 1),
        (Profile::Mixed, 2),
        (Profile::Makers, 3),
        (Profile::Takers, 4),
    ] {
        let records = flow(&venue, profile, seed, 4000);
        check(&venue, &records, 3, 2, Pace::TO_IDLE);
        check(&venue, &records, 1, 1, Pace::SLOW);
    }
    let venue = default_venue();
    for profile in [Profile::Mixed, Profile::Stress] {
        check(
            &venue,
            &flow(&venue, profile, 7, 10_000),
            10,
            12,
            Pace::TO_IDLE,
        );
    }
}

#[test]
fn a_flush_after_every_message_gives_the_same_stream() {
    // How replay runs with the margin engine: each message's reports before the next.
    let venue = small_venue();
    let records = flow(&venue, Profile::Takers, 5, 600);
    let mut backend = driver_backend(
        &venue,
        2,
        1,
        Pace {
            on_doorbell: 1,
            per_wait: 1,
        },
    );
    let mut reports = Vec::new();
    for record in &records {
        backend.process(record, &mut reports);
        backend.flush(&mut reports);
        assert!(reports.iter().all(|r| r.in_seq <= record.in_seq));
    }
    assert_eq!(
        unstamped(&reports),
        unstamped(&engine_sw_reports(&venue, &records))
    );
}

#[test]
fn the_async_session_over_the_engine_thread_delivers_the_same_stream() {
    let venue = small_venue();
    let records = flow(&venue, Profile::Stress, 11, 5000);
    let expected = unstamped(&engine_sw_reports(&venue, &records));
    let mut card = engine_card(3, 2, Pace::TO_IDLE);
    card.configure(&venue).unwrap();
    let options = CardThreadOptions {
        queue_capacity: 16,
        batch: 4,
        ..CardThreadOptions::default()
    };
    // Take a share before the close, the rest after.
    let (received, stats) = through_a_session(card, options, &records, expected.len() / 2);
    assert_eq!(unstamped(&received), expected);
    assert_eq!(stats.consumed as usize, expected.len());
}

#[test]
fn an_engine_thread_pinned_to_a_core_serves_a_stream() {
    let core = core_affinity::get_core_ids()
        .and_then(|ids| ids.first().map(|c| c.id))
        .expect("at least one core");
    let card = echo_card(2, 2, Pace::TO_IDLE);
    let Session {
        mut orders,
        reports,
    } = Session::start(
        card,
        CardThreadOptions {
            core: Some(core),
            queue_capacity: 8,
            ..CardThreadOptions::default()
        },
    )
    .unwrap();
    let records = numbered(1, 300);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let (received, stats) = runtime.block_on(async {
        let send = async {
            orders.submit_all(&records).await.unwrap();
            orders.close();
        };
        let ((), result) = tokio::join!(send, reports.finish());
        result.unwrap()
    });
    assert_echoes(&records, &received);
    assert_eq!(stats.submitted, 300);
}

#[test]
fn the_engine_thread_refuses_a_core_that_does_not_exist() {
    let card = echo_card(2, 2, Pace::TO_IDLE);
    let error = Session::start(
        card,
        CardThreadOptions {
            core: Some(100_000),
            ..CardThreadOptions::default()
        },
    )
    .err()
    .expect("no such core");
    assert!(error.to_string().contains("core 100000"), "{error}");
}

#[test]
fn a_session_stopped_by_a_card_fault_says_why() {
    use gatebook_wire::regmap;
    let mut card = echo_card(2, 2, Pace::TO_IDLE);
    host_driver::Platform::write32(card.platform_mut(), regmap::SQ_TAIL, 9);
    let Session {
        mut orders,
        mut reports,
    } = Session::start(card, CardThreadOptions::default()).unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    runtime.block_on(async {
        let _ = orders.submit_all(&numbered(1, 10)).await;
        orders.close();
        assert_eq!(reports.recv().await, None);
        let fault = reports.fault().expect("a fault");
        assert!(fault.contains("SQ_DOORBELL_RANGE"), "{fault}");
        assert!(reports.finish().await.is_err());
    });
}

#[test]
fn a_card_error_mid_stream_stops_the_backend_with_its_meaning() {
    use gatebook_wire::regmap;
    use host_driver::Platform;
    let venue = small_venue();
    let records = flow(&venue, Profile::Mixed, 8, 200);
    let mut backend = driver_backend(&venue, 3, 2, Pace::TO_IDLE);
    let mut reports = Vec::new();
    for record in &records[..100] {
        backend.process(record, &mut reports);
    }
    backend.flush(&mut reports);
    assert_eq!(backend.fault(), None);
    // A doorbell far beyond the ring: the card halts.
    backend
        .card()
        .platform_mut()
        .write32(regmap::SQ_TAIL, 1 << 20);
    for record in &records[100..] {
        backend.process(record, &mut reports);
    }
    backend.flush(&mut reports);
    let fault = backend.fault().expect("the card halted");
    assert!(
        fault.contains("SQ_DOORBELL_RANGE: SQ_TAIL moved more than the ring size"),
        "{fault}"
    );
}
