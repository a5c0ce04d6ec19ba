//! The rules of `matching.md`, one test each, with the expected report rows written out.

mod common;
use common::{check, rows, run_on, VENUE};
use gatebook_wire::Side;

#[test]
fn limit_gtc_acks_and_rests() {
    let engine = check(
        "NEW,1,0,11,B,LIMIT,,1050,10,",
        "1,ACK,1,0,11,B,1050,10,10,,,",
    );
    assert_eq!(engine.best_price(0, Side::Buy), Some(1050));
    assert_eq!(engine.open_qty(1, 0, Side::Buy), Some(10));
}

#[test]
fn price_then_time_priority_and_fills_at_the_makers_price() {
    let engine = check(
        "NEW,1,0,11,S,LIMIT,,1050,10,
         NEW,2,0,21,S,LIMIT,,1050,10,
         NEW,1,0,12,S,LIMIT,,1049,5,
         NEW,3,0,31,B,LIMIT,,1051,22,",
        "1,ACK,1,0,11,S,1050,10,10,,,
         2,ACK,2,0,21,S,1050,10,10,,,
         3,ACK,1,0,12,S,1049,5,5,,,
         4,ACK,3,0,31,B,1051,22,22,,,
         4,FILL,3,0,31,B,1049,5,17,1,12,
         4,FILL,1,0,12,S,1049,5,0,3,31,
         4,FILL,3,0,31,B,1050,10,7,1,11,
         4,FILL,1,0,11,S,1050,10,0,3,31,
         4,FILL,3,0,31,B,1050,7,0,2,21,
         4,FILL,2,0,21,S,1050,7,3,3,31,",
    );
    assert_eq!(engine.position(3, 0), Some(22));
    assert_eq!(engine.position(1, 0), Some(-15));
    assert_eq!(engine.position(2, 0), Some(-7));
    assert_eq!(engine.depth(0, Side::Sell, 5), vec![(1050, 3)]);
    assert_eq!(engine.best_price(0, Side::Buy), None);
}

#[test]
fn a_sell_meets_the_highest_bid_first() {
    check(
        "NEW,1,0,11,B,LIMIT,,1040,5,
         NEW,2,0,21,B,LIMIT,,1045,5,
         NEW,3,0,31,S,LIMIT,,1040,8,",
        "1,ACK,1,0,11,B,1040,5,5,,,
         2,ACK,2,0,21,B,1045,5,5,,,
         3,ACK,3,0,31,S,1040,8,8,,,
         3,FILL,3,0,31,S,1045,5,3,2,21,
         3,FILL,2,0,21,B,1045,5,0,3,31,
         3,FILL,3,0,31,S,1040,3,0,1,11,
         3,FILL,1,0,11,B,1040,3,2,3,31,",
    );
}

#[test]
fn gtc_remainder_rests_after_matching() {
    let engine = check(
        "NEW,1,0,11,S,LIMIT,,1050,4,
         NEW,2,0,21,B,LIMIT,,1052,10,",
        "1,ACK,1,0,11,S,1050,4,4,,,
         2,ACK,2,0,21,B,1052,10,10,,,
         2,FILL,2,0,21,B,1050,4,6,1,11,
         2,FILL,1,0,11,S,1050,4,0,2,21,",
    );
    assert_eq!(engine.depth(0, Side::Buy, 5), vec![(1052, 6)]);
}

#[test]
fn ioc_remainder_expires() {
    let engine = check(
        "NEW,1,0,11,S,LIMIT,,1050,4,
         NEW,2,0,21,B,LIMIT,IOC,1052,10,",
        "1,ACK,1,0,11,S,1050,4,4,,,
         2,ACK,2,0,21,B,1052,10,10,,,
         2,FILL,2,0,21,B,1050,4,6,1,11,
         2,FILL,1,0,11,S,1050,4,0,2,21,
         2,EXPIRED,2,0,21,B,1052,6,0,,,IOC",
    );
    assert_eq!(engine.resting_count(), 0);
}

#[test]
fn fok_expires_whole_when_crossing_quantity_is_short() {
    check(
        "NEW,1,0,11,S,LIMIT,,1050,4,
         NEW,2,0,21,S,LIMIT,,1053,4,
         NEW,3,0,31,B,LIMIT,FOK,1052,5,",
        "1,ACK,1,0,11,S,1050,4,4,,,
         2,ACK,2,0,21,S,1053,4,4,,,
         3,ACK,3,0,31,B,1052,5,5,,,
         3,EXPIRED,3,0,31,B,1052,5,0,,,FOK",
    );
}

#[test]
fn fok_with_enough_quantity_matches_as_ioc() {
    check(
        "NEW,1,0,11,S,LIMIT,,1050,4,
         NEW,2,0,21,S,LIMIT,,1051,4,
         NEW,3,0,31,B,LIMIT,FOK,1052,8,",
        "1,ACK,1,0,11,S,1050,4,4,,,
         2,ACK,2,0,21,S,1051,4,4,,,
         3,ACK,3,0,31,B,1052,8,8,,,
         3,FILL,3,0,31,B,1050,4,4,1,11,
         3,FILL,1,0,11,S,1050,4,0,3,31,
         3,FILL,3,0,31,B,1051,4,0,2,21,
         3,FILL,2,0,21,S,1051,4,0,3,31,",
    );
}

#[test]
fn fok_counts_own_orders_but_stp_can_still_leave_a_remainder() {
    // The FOK test counts every account; self-trade prevention then cancels the own order,
    // and the remainder after matching expires as IOC.
    check(
        "NEW,1,0,11,S,LIMIT,,1050,4,
         NEW,2,0,21,S,LIMIT,,1051,4,
         NEW,1,0,12,B,LIMIT,FOK,1052,8,",
        "1,ACK,1,0,11,S,1050,4,4,,,
         2,ACK,2,0,21,S,1051,4,4,,,
         3,ACK,1,0,12,B,1052,8,8,,,
         3,CANCELED,1,0,11,S,1050,4,0,,,SELF_TRADE
         3,FILL,1,0,12,B,1051,4,4,2,21,
         3,FILL,2,0,21,S,1051,4,0,1,12,
         3,EXPIRED,1,0,12,B,1052,4,0,,,IOC",
    );
}

#[test]
fn market_orders_use_the_protection_price() {
    // Buy protection: reference 1050 + collar 20 = 1070; the ask at 1075 is beyond it.
    check(
        "NEW,1,0,11,S,LIMIT,,1060,3,
         NEW,1,0,12,S,LIMIT,,1069,3,
         NEW,2,0,13,S,LIMIT,,1075,3,
         NEW,3,0,31,B,MARKET,,,10,",
        "1,ACK,1,0,11,S,1060,3,3,,,
         2,ACK,1,0,12,S,1069,3,3,,,
         3,REJECT,2,0,13,S,1075,3,,,,PRICE_COLLAR
         4,ACK,3,0,31,B,1070,10,10,,,
         4,FILL,3,0,31,B,1060,3,7,1,11,
         4,FILL,1,0,11,S,1060,3,0,3,31,
         4,FILL,3,0,31,B,1069,3,4,1,12,
         4,FILL,1,0,12,S,1069,3,0,3,31,
         4,EXPIRED,3,0,31,B,1070,4,0,,,IOC",
    );
}

#[test]
fn market_protection_is_clamped_into_the_window() {
    let (_, got) = run_on(
        VENUE,
        &rows(
            "REF,,0,,,,,1005,,
             NEW,3,0,31,S,MARKET,,,10,
             REF,,0,,,,,1095,,
             NEW,3,0,32,B,MARKET,FOK,,10,",
        ),
    );
    assert_eq!(
        got,
        rows(
            "2,ACK,3,0,31,S,1000,10,10,,,
             2,EXPIRED,3,0,31,S,1000,10,0,,,IOC
             4,ACK,3,0,32,B,1099,10,10,,,
             4,EXPIRED,3,0,32,B,1099,10,0,,,FOK"
        )
    );
}

#[test]
fn market_gtc_and_misused_post_only_are_invalid() {
    check(
        "NEW,1,0,11,B,MARKET,GTC,,10,
         NEW,1,0,12,B,LIMIT,IOC,1050,10,POST_ONLY
         NEW,1,0,13,B,MARKET,,,10,POST_ONLY",
        "1,REJECT,1,0,11,B,,10,,,,INVALID_ORDER
         2,REJECT,1,0,12,B,1050,10,,,,INVALID_ORDER
         3,REJECT,1,0,13,B,,10,,,,INVALID_ORDER",
    );
}

#[test]
fn post_only_that_would_cross_is_rejected_and_changes_nothing() {
    let engine = check(
        "NEW,2,0,21,S,LIMIT,,1050,5,
         NEW,1,0,11,B,LIMIT,,1050,5,POST_ONLY
         NEW,1,0,12,B,LIMIT,,1049,5,POST_ONLY",
        "1,ACK,2,0,21,S,1050,5,5,,,
         2,REJECT,1,0,11,B,1050,5,,,,WOULD_CROSS
         3,ACK,1,0,12,B,1049,5,5,,,",
    );
    assert_eq!(engine.headroom(1), Some(1_000_000 - 50));
}

#[test]
fn stp_resting_cancels_the_resting_order_and_continues() {
    check(
        "NEW,1,0,11,S,LIMIT,,1050,5,
         NEW,2,0,21,S,LIMIT,,1050,5,
         NEW,1,0,12,B,LIMIT,,1050,8,",
        "1,ACK,1,0,11,S,1050,5,5,,,
         2,ACK,2,0,21,S,1050,5,5,,,
         3,ACK,1,0,12,B,1050,8,8,,,
         3,CANCELED,1,0,11,S,1050,5,0,,,SELF_TRADE
         3,FILL,1,0,12,B,1050,5,3,2,21,
         3,FILL,2,0,21,S,1050,5,0,1,12,",
    );
}

#[test]
fn stp_incoming_expires_the_incoming_remainder() {
    let engine = check(
        "NEW,2,0,21,S,LIMIT,,1049,2,
         NEW,1,0,11,S,LIMIT,,1050,5,
         NEW,1,0,12,B,LIMIT,,1050,8,STP_INCOMING",
        "1,ACK,2,0,21,S,1049,2,2,,,
         2,ACK,1,0,11,S,1050,5,5,,,
         3,ACK,1,0,12,B,1050,8,8,,,
         3,FILL,1,0,12,B,1049,2,6,2,21,
         3,FILL,2,0,21,S,1049,2,0,1,12,
         3,EXPIRED,1,0,12,B,1050,6,0,,,SELF_TRADE",
    );
    assert_eq!(engine.depth(0, Side::Sell, 5), vec![(1050, 5)]);
    assert_eq!(engine.best_price(0, Side::Buy), None);
}

#[test]
fn stp_both_cancels_resting_then_expires_incoming() {
    check(
        "NEW,1,0,11,S,LIMIT,,1050,5,
         NEW,2,0,21,S,LIMIT,,1050,5,
         NEW,1,0,12,B,LIMIT,,1050,8,STP_BOTH",
        "1,ACK,1,0,11,S,1050,5,5,,,
         2,ACK,2,0,21,S,1050,5,5,,,
         3,ACK,1,0,12,B,1050,8,8,,,
         3,CANCELED,1,0,11,S,1050,5,0,,,SELF_TRADE
         3,EXPIRED,1,0,12,B,1050,8,0,,,SELF_TRADE",
    );
}

#[test]
fn stp_none_trades_with_itself() {
    // Account 3 is configured with stp = "none"; account 1 opts out per order.
    let engine = check(
        "NEW,3,0,31,S,LIMIT,,1050,5,
         NEW,3,0,32,B,LIMIT,,1050,5,
         NEW,1,0,11,S,LIMIT,,1050,5,
         NEW,1,0,12,B,LIMIT,,1050,2,STP_NONE",
        "1,ACK,3,0,31,S,1050,5,5,,,
         2,ACK,3,0,32,B,1050,5,5,,,
         2,FILL,3,0,32,B,1050,5,0,3,31,
         2,FILL,3,0,31,S,1050,5,0,3,32,
         3,ACK,1,0,11,S,1050,5,5,,,
         4,ACK,1,0,12,B,1050,2,2,,,
         4,FILL,1,0,12,B,1050,2,0,1,11,
         4,FILL,1,0,11,S,1050,2,3,1,12,",
    );
    assert_eq!(engine.position(3, 0), Some(0));
}

#[test]
fn an_order_can_override_the_accounts_default_stp() {
    check(
        "NEW,3,0,31,S,LIMIT,,1050,5,
         NEW,3,0,32,B,LIMIT,,1050,5,STP_RESTING",
        "1,ACK,3,0,31,S,1050,5,5,,,
         2,ACK,3,0,32,B,1050,5,5,,,
         2,CANCELED,3,0,31,S,1050,5,0,,,SELF_TRADE",
    );
}

#[test]
fn cancel_removes_only_the_accounts_live_order_in_that_instrument() {
    check(
        "NEW,1,0,11,B,LIMIT,,1040,5,
         CANCEL,2,0,11,,,,,,
         CANCEL,1,1,11,,,,,,
         CANCEL,1,0,99,,,,,,
         CANCEL,1,0,11,,,,,,
         CANCEL,1,0,11,,,,,,
         CANCEL,77,0,11,,,,,,
         CANCEL,1,3,11,,,,,,",
        "1,ACK,1,0,11,B,1040,5,5,,,
         2,REJECT,2,0,11,,,,,,,UNKNOWN_ORDER
         3,REJECT,1,1,11,,,,,,,UNKNOWN_ORDER
         4,REJECT,1,0,99,,,,,,,UNKNOWN_ORDER
         5,CANCELED,1,0,11,B,1040,5,0,,,USER
         6,REJECT,1,0,11,,,,,,,UNKNOWN_ORDER
         7,REJECT,77,0,11,,,,,,,UNKNOWN_ACCOUNT
         8,REJECT,1,3,11,,,,,,,UNKNOWN_INSTRUMENT",
    );
}

#[test]
fn a_filled_order_cannot_be_cancelled_and_its_id_is_free_again() {
    check(
        "NEW,1,0,11,S,LIMIT,,1050,5,
         NEW,2,0,21,B,LIMIT,,1050,5,
         CANCEL,1,0,11,,,,,,
         NEW,1,0,11,S,LIMIT,,1051,1,",
        "1,ACK,1,0,11,S,1050,5,5,,,
         2,ACK,2,0,21,B,1050,5,5,,,
         2,FILL,2,0,21,B,1050,5,0,1,11,
         2,FILL,1,0,11,S,1050,5,0,2,21,
         3,REJECT,1,0,11,,,,,,,UNKNOWN_ORDER
         4,ACK,1,0,11,S,1051,1,1,,,",
    );
}

#[test]
fn replace_reducing_in_place_keeps_priority() {
    check(
        "NEW,1,0,11,S,LIMIT,,1050,10,
         NEW,2,0,21,S,LIMIT,,1050,10,
         REPLACE,1,0,11,,,,1050,4,
         NEW,3,0,31,B,LIMIT,IOC,1050,5,",
        "1,ACK,1,0,11,S,1050,10,10,,,
         2,ACK,2,0,21,S,1050,10,10,,,
         3,REPLACED,1,0,11,S,1050,4,4,,,
         4,ACK,3,0,31,B,1050,5,5,,,
         4,FILL,3,0,31,B,1050,4,1,1,11,
         4,FILL,1,0,11,S,1050,4,0,3,31,
         4,FILL,3,0,31,B,1050,1,0,2,21,
         4,FILL,2,0,21,S,1050,1,9,3,31,",
    );
}

#[test]
fn replace_increasing_quantity_loses_priority() {
    check(
        "NEW,1,0,11,S,LIMIT,,1050,10,
         NEW,2,0,21,S,LIMIT,,1050,10,
         REPLACE,1,0,11,,,,1050,12,
         NEW,3,0,31,B,LIMIT,IOC,1050,5,",
        "1,ACK,1,0,11,S,1050,10,10,,,
         2,ACK,2,0,21,S,1050,10,10,,,
         3,REPLACED,1,0,11,S,1050,12,12,,,
         4,ACK,3,0,31,B,1050,5,5,,,
         4,FILL,3,0,31,B,1050,5,0,2,21,
         4,FILL,2,0,21,S,1050,5,5,3,31,",
    );
}

#[test]
fn replace_to_a_crossing_price_matches_on_the_way_in() {
    let engine = check(
        "NEW,1,0,11,B,LIMIT,,1040,10,
         NEW,2,0,21,S,LIMIT,,1045,4,
         REPLACE,1,0,11,,,,1046,10,",
        "1,ACK,1,0,11,B,1040,10,10,,,
         2,ACK,2,0,21,S,1045,4,4,,,
         3,REPLACED,1,0,11,B,1046,10,10,,,
         3,FILL,1,0,11,B,1045,4,6,2,21,
         3,FILL,2,0,21,S,1045,4,0,1,11,",
    );
    assert_eq!(engine.depth(0, Side::Buy, 5), vec![(1046, 6)]);
    assert_eq!(engine.open_qty(1, 0, Side::Buy), Some(6));
}

#[test]
fn replace_rejections_leave_the_order_unchanged() {
    let engine = check(
        "NEW,1,0,11,B,LIMIT,,1040,10,
         REPLACE,1,0,11,,,,1040,0,
         REPLACE,1,0,11,,,,1090,10,
         REPLACE,1,0,12,,,,1040,5,
         REPLACE,2,0,11,,,,1040,5,
         REPLACE,1,1,11,,,,1040,5,
         REPLACE,1,0,11,,,,1040,2000,",
        "1,ACK,1,0,11,B,1040,10,10,,,
         2,REJECT,1,0,11,,1040,0,,,,INVALID_QTY
         3,REJECT,1,0,11,,1090,10,,,,PRICE_COLLAR
         4,REJECT,1,0,12,,1040,5,,,,UNKNOWN_ORDER
         5,REJECT,2,0,11,,1040,5,,,,UNKNOWN_ORDER
         6,REJECT,1,1,11,,1040,5,,,,UNKNOWN_ORDER
         7,REJECT,1,0,11,,1040,2000,,,,MAX_QTY",
    );
    assert_eq!(engine.depth(0, Side::Buy, 5), vec![(1040, 10)]);
}

#[test]
fn replace_of_a_post_only_order_that_would_cross_is_rejected() {
    check(
        "NEW,2,0,21,S,LIMIT,,1045,4,
         NEW,1,0,11,B,LIMIT,,1040,10,POST_ONLY
         REPLACE,1,0,11,,,,1045,10,",
        "1,ACK,2,0,21,S,1045,4,4,,,
         2,ACK,1,0,11,B,1040,10,10,,,
         3,REJECT,1,0,11,,1045,10,,,,WOULD_CROSS",
    );
}

#[test]
fn kill_cancels_oldest_first_across_instruments_and_blocks_new_orders() {
    let engine = check(
        "NEW,1,0,11,B,LIMIT,,1040,1,
         NEW,1,1,12,S,LIMIT,,1060,2,
         NEW,1,0,13,B,LIMIT,,1041,3,
         REPLACE,1,0,11,,,,1042,4,
         KILL,1,,,,,,,,
         NEW,1,0,14,B,LIMIT,,1040,1,
         REPLACE,1,0,13,,,,1040,1,
         CANCEL,1,0,13,,,,,,
         ENABLE,1,,,,,,,,
         NEW,1,0,15,B,LIMIT,,1040,1,",
        "1,ACK,1,0,11,B,1040,1,1,,,
         2,ACK,1,1,12,S,1060,2,2,,,
         3,ACK,1,0,13,B,1041,3,3,,,
         4,REPLACED,1,0,11,B,1042,4,4,,,
         5,CANCELED,1,0,11,B,1042,4,0,,,KILL
         5,CANCELED,1,1,12,S,1060,2,0,,,KILL
         5,CANCELED,1,0,13,B,1041,3,0,,,KILL
         6,REJECT,1,0,14,B,1040,1,,,,ACCOUNT_DISABLED
         7,REJECT,1,0,13,,1040,1,,,,ACCOUNT_DISABLED
         8,REJECT,1,0,13,,,,,,,UNKNOWN_ORDER
         10,ACK,1,0,15,B,1040,1,1,,,",
    );
    assert_eq!(engine.headroom(1), Some(1_000_000 - 10));
}

#[test]
fn cancel_works_on_a_disabled_account() {
    // Killing happens after the order rests; the cancel of a killed order is unknown, but a
    // disabled account's cancel is checked like any other.
    check(
        "NEW,2,0,21,B,LIMIT,,1040,1,
         KILL,2,,,,,,,,
         CANCEL,2,0,21,,,,,,
         CANCEL,4,0,1,,,,,,",
        "1,ACK,2,0,21,B,1040,1,1,,,
         2,CANCELED,2,0,21,B,1040,1,0,,,KILL
         3,REJECT,2,0,21,,,,,,,UNKNOWN_ORDER
         4,REJECT,4,0,1,,,,,,,UNKNOWN_ORDER",
    );
}

#[test]
fn control_messages_produce_no_rows() {
    check(
        "REF,,0,,,,,1060,,
         RATES,,0,,B,,,5,,
         HEADROOM,1,,,,,,-5,,
         ENABLE,1,,,,,,,,
         KILL,9,,,,,,,,
         REF,,3,,,,,1060,,",
        "",
    );
}

const SMALL_BOOK: &str = r#"
[capacity]
instruments = 1
accounts = 4
order_slots = 2
price_window = 16

[[instrument]]
id = 0
price_base = 100
reference = 108
collar = 8

[[account]]
id = 1

[[account]]
id = 2
"#;

#[test]
fn a_full_book_rejects_gtc_even_if_it_could_fill_but_takes_ioc() {
    let (engine, got) = run_on(
        SMALL_BOOK,
        &rows(
            "NEW,1,0,1,S,LIMIT,,110,5,
             NEW,1,0,2,S,LIMIT,,111,5,
             NEW,2,0,3,B,LIMIT,,110,5,
             NEW,2,0,4,B,LIMIT,IOC,110,5,
             NEW,2,0,5,B,LIMIT,,100,5,",
        ),
    );
    assert_eq!(
        got,
        rows(
            "1,ACK,1,0,1,S,110,5,5,,,
             2,ACK,1,0,2,S,111,5,5,,,
             3,REJECT,2,0,3,B,110,5,,,,BOOK_FULL
             4,ACK,2,0,4,B,110,5,5,,,
             4,FILL,2,0,4,B,110,5,0,1,1,
             4,FILL,1,0,1,S,110,5,0,2,4,
             5,ACK,2,0,5,B,100,5,5,,,"
        )
    );
    assert_eq!(engine.resting_count(), 2);
}

#[test]
fn sweeping_many_levels_walks_the_bitmap() {
    let mut orders = String::new();
    let mut expected = String::new();
    for i in 0..15u32 {
        orders.push_str(&format!("NEW,1,0,{},S,LIMIT,,{},1,\n", i + 1, 1035 + i * 2));
        expected.push_str(&format!(
            "{},ACK,1,0,{},S,{},1,1,,,\n",
            i + 1,
            i + 1,
            1035 + i * 2
        ));
    }
    orders.push_str("NEW,2,0,99,B,LIMIT,IOC,1070,20,\n");
    expected.push_str("16,ACK,2,0,99,B,1070,20,20,,,\n");
    for i in 0..15u32 {
        expected.push_str(&format!(
            "16,FILL,2,0,99,B,{},1,{},1,{},\n",
            1035 + i * 2,
            19 - i,
            i + 1
        ));
        expected.push_str(&format!(
            "16,FILL,1,0,{},S,{},1,0,2,99,\n",
            i + 1,
            1035 + i * 2
        ));
    }
    expected.push_str("16,EXPIRED,2,0,99,B,1070,5,0,,,IOC\n");
    let (engine, got) = run_on(VENUE, &orders);
    assert_eq!(got, expected);
    assert_eq!(engine.resting_count(), 0);
}

#[test]
fn a_replace_that_fills_after_self_trade_cancels_keeps_the_account_list_whole() {
    // Order 2's neighbours in account 1's list (orders 1 and 3) are cancelled by self-trade
    // prevention while it re-enters, then it fills completely and leaves.
    let engine = check(
        "NEW,1,0,1,S,LIMIT,,1049,2,
         NEW,1,0,2,B,LIMIT,,1040,3,
         NEW,1,0,3,S,LIMIT,,1048,1,
         NEW,2,0,21,S,LIMIT,,1049,3,
         REPLACE,1,0,2,,,,1049,3,
         NEW,1,0,4,B,LIMIT,,1040,1,
         KILL,1,,,,,,,,",
        "1,ACK,1,0,1,S,1049,2,2,,,
         2,ACK,1,0,2,B,1040,3,3,,,
         3,ACK,1,0,3,S,1048,1,1,,,
         4,ACK,2,0,21,S,1049,3,3,,,
         5,REPLACED,1,0,2,B,1049,3,3,,,
         5,CANCELED,1,0,3,S,1048,1,0,,,SELF_TRADE
         5,CANCELED,1,0,1,S,1049,2,0,,,SELF_TRADE
         5,FILL,1,0,2,B,1049,3,0,2,21,
         5,FILL,2,0,21,S,1049,3,0,1,2,
         6,ACK,1,0,4,B,1040,1,1,,,
         7,CANCELED,1,0,4,B,1040,1,0,,,KILL",
    );
    assert!(engine.live_orders(1).is_empty());
}
