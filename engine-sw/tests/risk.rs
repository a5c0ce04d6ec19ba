//! The checks of `risk.md`: every reject reason, their precedence, and the reservation
//! arithmetic, with expected rows written out.

mod common;
use common::{check, rows, run};
use gatebook_wire::Side;

#[test]
fn every_reject_reason_of_a_new_order() {
    // Account 6: max_order_qty 50, max_order_notional 52000, max_position 60.
    // Account 5: headroom 300 (instrument 0 buys reserve 10 per lot).
    check(
        "NEW,99,0,1,B,LIMIT,,1050,1,
         NEW,1,2,2,B,LIMIT,,1050,1,
         NEW,4,0,3,B,LIMIT,,1050,1,
         NEW,1,0,4,B,LIMIT,,1040,1,
         NEW,1,0,4,B,LIMIT,,1040,1,
         NEW,1,0,5,B,MARKET,GTC,,1,
         NEW,1,0,6,B,LIMIT,,1050,0,
         NEW,6,0,7,B,LIMIT,,1050,51,
         NEW,1,0,8,B,LIMIT,,999,1,
         NEW,1,0,9,B,LIMIT,,1100,1,
         NEW,1,0,10,B,LIMIT,,1071,1,
         NEW,1,0,11,S,LIMIT,,1029,1,
         NEW,6,0,12,B,LIMIT,,1050,50,
         NEW,6,0,13,B,LIMIT,,1030,50,
         NEW,6,0,14,B,LIMIT,,1030,11,
         NEW,5,0,15,B,LIMIT,,1050,31,
         NEW,5,0,16,B,LIMIT,,1050,30,
         NEW,1,0,17,S,LIMIT,,1040,1,POST_ONLY",
        "1,REJECT,99,0,1,B,1050,1,,,,UNKNOWN_ACCOUNT
         2,REJECT,1,2,2,B,1050,1,,,,UNKNOWN_INSTRUMENT
         3,REJECT,4,0,3,B,1050,1,,,,ACCOUNT_DISABLED
         4,ACK,1,0,4,B,1040,1,1,,,
         5,REJECT,1,0,4,B,1040,1,,,,DUPLICATE_ID
         6,REJECT,1,0,5,B,,1,,,,INVALID_ORDER
         7,REJECT,1,0,6,B,1050,0,,,,INVALID_QTY
         8,REJECT,6,0,7,B,1050,51,,,,MAX_QTY
         9,REJECT,1,0,8,B,999,1,,,,PRICE_OUT_OF_RANGE
         10,REJECT,1,0,9,B,1100,1,,,,PRICE_OUT_OF_RANGE
         11,REJECT,1,0,10,B,1071,1,,,,PRICE_COLLAR
         12,REJECT,1,0,11,S,1029,1,,,,PRICE_COLLAR
         13,REJECT,6,0,12,B,1050,50,,,,MAX_NOTIONAL
         14,ACK,6,0,13,B,1030,50,50,,,
         15,REJECT,6,0,14,B,1030,11,,,,POSITION_LIMIT
         16,REJECT,5,0,15,B,1050,31,,,,MARGIN
         17,ACK,5,0,16,B,1050,30,30,,,
         18,REJECT,1,0,17,S,1040,1,,,,WOULD_CROSS",
    );
}

#[test]
fn the_first_failing_check_wins() {
    // Each order fails every check from its reason on; only the first is reported.
    check(
        "NEW,99,7,1,B,MARKET,GTC,,0,POST_ONLY
         NEW,4,7,1,B,MARKET,GTC,,0,
         NEW,4,0,1,B,MARKET,GTC,,0,
         NEW,6,0,1,B,MARKET,GTC,,0,
         NEW,6,0,1,B,LIMIT,,5000,0,
         NEW,6,0,1,B,LIMIT,,5000,5000,
         NEW,6,0,1,B,LIMIT,,5000,50,
         NEW,6,0,1,B,LIMIT,,1080,50,
         NEW,5,0,1,B,LIMIT,,1060,99999,POST_ONLY",
        "1,REJECT,99,7,1,B,,0,,,,UNKNOWN_ACCOUNT
         2,REJECT,4,7,1,B,,0,,,,UNKNOWN_INSTRUMENT
         3,REJECT,4,0,1,B,,0,,,,ACCOUNT_DISABLED
         4,REJECT,6,0,1,B,,0,,,,INVALID_ORDER
         5,REJECT,6,0,1,B,5000,0,,,,INVALID_QTY
         6,REJECT,6,0,1,B,5000,5000,,,,MAX_QTY
         7,REJECT,6,0,1,B,5000,50,,,,PRICE_OUT_OF_RANGE
         8,REJECT,6,0,1,B,1080,50,,,,PRICE_COLLAR
         9,REJECT,5,0,1,B,1060,99999,,,,MARGIN",
    );
}

#[test]
fn duplicate_id_comes_before_invalid_order_and_book_full_comes_last() {
    check(
        "NEW,1,0,1,B,LIMIT,,1040,1,
         NEW,1,0,1,B,MARKET,GTC,,0,
         NEW,1,1,1,S,LIMIT,,1060,1,",
        "1,ACK,1,0,1,B,1040,1,1,,,
         2,REJECT,1,0,1,B,,0,,,,DUPLICATE_ID
         3,REJECT,1,1,1,S,1060,1,,,,DUPLICATE_ID",
    );
}

#[test]
fn position_limit_counts_position_and_open_orders_per_side() {
    // Account 6 may hold |position| + open <= 60 per instrument and side.
    let engine = check(
        "NEW,6,0,1,B,LIMIT,,1040,40,
         NEW,2,0,21,S,LIMIT,,1040,40,
         NEW,6,0,2,B,LIMIT,,1040,21,
         NEW,6,0,3,B,LIMIT,,1040,20,
         NEW,6,0,4,S,LIMIT,,1060,49,
         NEW,6,1,5,B,LIMIT,,1040,50,",
        "1,ACK,6,0,1,B,1040,40,40,,,
         2,ACK,2,0,21,S,1040,40,40,,,
         2,FILL,2,0,21,S,1040,40,0,6,1,
         2,FILL,6,0,1,B,1040,40,0,2,21,
         3,REJECT,6,0,2,B,1040,21,,,,POSITION_LIMIT
         4,ACK,6,0,3,B,1040,20,20,,,
         5,ACK,6,0,4,S,1060,49,49,,,
         6,ACK,6,1,5,B,1040,50,50,,,",
    );
    assert_eq!(engine.position(6, 0), Some(40));
    assert_eq!(engine.position(2, 0), Some(-40));
}

#[test]
fn reservations_are_taken_on_acceptance_and_given_back_at_the_remembered_rate() {
    let (engine, got) = run(&rows(
        "NEW,1,0,1,B,LIMIT,,1040,10,
         RATES,,0,,B,,,30,,
         NEW,1,0,2,B,LIMIT,,1041,10,
         CANCEL,1,0,1,,,,,,",
    ));
    assert_eq!(
        got,
        rows(
            "1,ACK,1,0,1,B,1040,10,10,,,
             3,ACK,1,0,2,B,1041,10,10,,,
             4,CANCELED,1,0,1,B,1040,10,0,,,USER"
        )
    );
    // 1,000,000 - 10*10 - 10*30 + 10*10.
    assert_eq!(engine.headroom(1), Some(1_000_000 - 300));
    assert_eq!(engine.reserved(1), Some(300));
}

#[test]
fn fills_consume_reservations_and_expiry_gives_the_rest_back() {
    let (engine, _) = run(&rows(
        "NEW,2,0,21,S,LIMIT,,1050,4,
         NEW,1,0,1,B,LIMIT,IOC,1050,10,",
    ));
    // Account 1 reserved 10*10, 4 lots traded, 6 expired and came back.
    assert_eq!(engine.headroom(1), Some(1_000_000 - 40));
    assert_eq!(engine.reserved(1), Some(0));
    // Account 2's sell reservation (4*20) was consumed by its fill.
    assert_eq!(engine.headroom(2), Some(1_000_000 - 80));
}

#[test]
fn an_in_place_reduction_gives_back_the_reduced_lots() {
    let (engine, _) = run(&rows(
        "NEW,1,0,1,S,LIMIT,,1060,10,
         RATES,,0,,S,,,1,,
         REPLACE,1,0,1,,,,1060,4,",
    ));
    assert_eq!(engine.headroom(1), Some(1_000_000 - 80));
    assert_eq!(engine.reserved(1), Some(80));
}

#[test]
fn a_replace_that_loses_priority_is_checked_with_its_old_reservation_released() {
    // Account 5 has headroom 300: 30 lots at rate 10. Replacing 30 lots by 30 lots at another
    // price needs the old reservation counted as released.
    let (engine, got) = run(&rows(
        "NEW,5,0,1,B,LIMIT,,1040,30,
         REPLACE,5,0,1,,,,1041,30,
         REPLACE,5,0,1,,,,1041,31,",
    ));
    assert_eq!(
        got,
        rows(
            "1,ACK,5,0,1,B,1040,30,30,,,
             2,REPLACED,5,0,1,B,1041,30,30,,,
             3,REJECT,5,0,1,,1041,31,,,,MARGIN"
        )
    );
    assert_eq!(engine.headroom(5), Some(0));
    assert_eq!(engine.depth(0, Side::Buy, 3), vec![(1041, 30)]);
}

#[test]
fn a_replace_reprices_its_reservation_at_the_current_rate() {
    let (engine, _) = run(&rows(
        "NEW,1,0,1,B,LIMIT,,1040,10,
         RATES,,0,,B,,,50,,
         REPLACE,1,0,1,,,,1041,10,",
    ));
    assert_eq!(engine.headroom(1), Some(1_000_000 - 500));
    assert_eq!(engine.reserved(1), Some(500));
}

#[test]
fn negative_headroom_fails_every_order_on_margin() {
    check(
        "HEADROOM,1,,,,,,-1000001,,
         RATES,,0,,B,,,0,,
         NEW,1,0,1,B,LIMIT,,1040,1,
         HEADROOM,1,,,,,,2,,
         NEW,1,0,2,B,LIMIT,,1040,1,",
        "3,REJECT,1,0,1,B,1040,1,,,,MARGIN
         5,ACK,1,0,2,B,1040,1,1,,,",
    );
}

#[test]
fn ref_moves_the_collar() {
    check(
        "NEW,1,0,1,B,LIMIT,,1080,1,
         REF,,0,,,,,1070,,
         NEW,1,0,2,B,LIMIT,,1080,1,
         NEW,1,0,3,B,LIMIT,,1049,1,",
        "1,REJECT,1,0,1,B,1080,1,,,,PRICE_COLLAR
         3,ACK,1,0,2,B,1080,1,1,,,
         4,REJECT,1,0,3,B,1049,1,,,,PRICE_COLLAR",
    );
}

#[test]
fn replace_checks_run_in_their_own_order() {
    check(
        "NEW,1,0,1,B,LIMIT,,1040,10,
         REPLACE,99,0,1,,,,1040,0,
         REPLACE,1,9,1,,,,1040,0,
         REPLACE,4,0,1,,,,1040,0,
         REPLACE,1,0,2,,,,1040,0,
         REPLACE,1,0,1,,,,5000,0,
         REPLACE,1,0,1,,,,5000,1,",
        "1,ACK,1,0,1,B,1040,10,10,,,
         2,REJECT,99,0,1,,1040,0,,,,UNKNOWN_ACCOUNT
         3,REJECT,1,9,1,,1040,0,,,,UNKNOWN_INSTRUMENT
         4,REJECT,4,0,1,,1040,0,,,,ACCOUNT_DISABLED
         5,REJECT,1,0,2,,1040,0,,,,UNKNOWN_ORDER
         6,REJECT,1,0,1,,5000,0,,,,INVALID_QTY
         7,REJECT,1,0,1,,5000,1,,,,PRICE_OUT_OF_RANGE",
    );
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
