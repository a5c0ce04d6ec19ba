//! The state engine-sw is left in by the scenarios of `risk.md`: positions, headroom and
//! reservations. The scenarios and their report rows are the files of the workspace's
//! `crosscheck/scenarios/`, which `tests/scenarios.rs` runs on every backend; each test here runs
//! one of them on engine-sw (rows and invariants checked too) and inspects the engine. Binary
//! records that no CSV line can express are checked here.

mod common;
use common::{rows, scenario};
use gatebook_wire::Side;

#[test]
fn position_limit_counts_position_and_open_orders_per_side() {
    // Account 6 may hold |position| + open <= 60 per instrument and side.
    let engine = scenario("position_limit_counts_position_and_open_orders_per_side");
    assert_eq!(engine.position(6, 0), Some(40));
    assert_eq!(engine.position(2, 0), Some(-40));
}

#[test]
fn reservations_are_taken_on_acceptance_and_given_back_at_the_remembered_rate() {
    let engine =
        scenario("reservations_are_taken_on_acceptance_and_given_back_at_the_remembered_rate");
    // 1,000,000 - 10*10 - 10*30 + 10*10.
    assert_eq!(engine.headroom(1), Some(1_000_000 - 300));
    assert_eq!(engine.reserved(1), Some(300));
}

#[test]
fn fills_consume_reservations_and_expiry_gives_the_rest_back() {
    let engine = scenario("fills_consume_reservations_and_expiry_gives_the_rest_back");
    // Account 1 reserved 10*10, 4 lots traded, 6 expired and came back.
    assert_eq!(engine.headroom(1), Some(1_000_000 - 40));
    assert_eq!(engine.reserved(1), Some(0));
    // Account 2's sell reservation (4*20) was consumed by its fill.
    assert_eq!(engine.headroom(2), Some(1_000_000 - 80));
}

#[test]
fn an_in_place_reduction_gives_back_the_reduced_lots() {
    let engine = scenario("an_in_place_reduction_gives_back_the_reduced_lots");
    assert_eq!(engine.headroom(1), Some(1_000_000 - 80));
    assert_eq!(engine.reserved(1), Some(80));
}

#[test]
fn a_replace_that_loses_priority_is_checked_with_its_old_reservation_released() {
    // Account 5 has headroom 300: 30 lots at rate 10. Replacing 30 lots by 30 lots at another
    // price needs the old reservation counted as released.
    let engine =
        scenario("a_replace_that_loses_priority_is_checked_with_its_old_reservation_released");
    assert_eq!(engine.headroom(5), Some(0));
    assert_eq!(engine.depth(0, Side::Buy, 3), vec![(1041, 30)]);
}

#[test]
fn a_replace_reprices_its_reservation_at_the_current_rate() {
    let engine = scenario("a_replace_reprices_its_reservation_at_the_current_rate");
    assert_eq!(engine.headroom(1), Some(1_000_000 - 500));
    assert_eq!(engine.reserved(1), Some(500));
}

#[test]
fn malformed_binary_records_are_rejected_without_state_change() {
    use engine_sw::Engine;
    use gatebook_formats::{parse_venue, write_report_row};
    use gatebook_wire::{Message, NewOrder, OrdType, Tif};
    let venue = parse_venue(common::VENUE, "venue.toml").unwrap();
    let mut engine = Engine::new(&venue).unwrap();
    let order = Message::New(NewOrder {
        account: 1,
        instrument: 0,
        cl_ord_id: 5,
        side: Side::Buy,
        ord_type: OrdType::Limit,
        tif: Tif::Gtc,
        price: 1040,
        qty: 3,
        post_only: false,
        stp: None,
    });
    let mut bad_type = order.encode(1);
    bad_type.msg_type = 0x3f;
    let mut bad_side = order.encode(2);
    bad_side.side = 9;
    let mut bad_version = order.encode(3);
    bad_version.version = 0;
    let control = venue.control_records()[0];
    let mut reports = Vec::new();
    for record in [bad_type, bad_side, bad_version, control, order.encode(5)] {
        engine.process(&record, &mut reports);
    }
    let mut text = String::new();
    for r in &reports {
        write_report_row(r, &mut text);
    }
    assert_eq!(
        text,
        rows(
            "1,REJECT,1,0,5,B,1040,3,,,,MALFORMED
             2,REJECT,1,0,5,,1040,3,,,,MALFORMED
             3,REJECT,1,0,5,B,1040,3,,,,MALFORMED
             0,REJECT,16,0,0,,16,100,,,,MALFORMED
             5,ACK,1,0,5,B,1040,3,3,,,"
        )
    );
    engine.check_invariants().unwrap();
}
