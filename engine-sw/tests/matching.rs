//! The state engine-sw is left in by the scenarios of `matching.md`: positions, depth, live
//! orders, headroom. The scenarios and their report rows are the files of the workspace's
//! `crosscheck/scenarios/`, which `tests/scenarios.rs` runs on every backend; each test here runs
//! one of them on engine-sw (rows and invariants checked too) and inspects the engine.

mod common;
use common::scenario;
use gatebook_wire::Side;

#[test]
fn limit_gtc_acks_and_rests() {
    let engine = scenario("limit_gtc_acks_and_rests");
    assert_eq!(engine.best_price(0, Side::Buy), Some(1050));
    assert_eq!(engine.open_qty(1, 0, Side::Buy), Some(10));
}

#[test]
fn price_then_time_priority_and_fills_at_the_makers_price() {
    let engine = scenario("price_then_time_priority_and_fills_at_the_makers_price");
    assert_eq!(engine.position(3, 0), Some(22));
    assert_eq!(engine.position(1, 0), Some(-15));
    assert_eq!(engine.position(2, 0), Some(-7));
    assert_eq!(engine.depth(0, Side::Sell, 5), vec![(1050, 3)]);
    assert_eq!(engine.best_price(0, Side::Buy), None);
}

#[test]
fn gtc_remainder_rests_after_matching() {
    let engine = scenario("gtc_remainder_rests_after_matching");
    assert_eq!(engine.depth(0, Side::Buy, 5), vec![(1052, 6)]);
}

#[test]
fn ioc_remainder_expires() {
    let engine = scenario("ioc_remainder_expires");
    assert_eq!(engine.resting_count(), 0);
}

#[test]
fn post_only_that_would_cross_is_rejected_and_changes_nothing() {
    let engine = scenario("post_only_that_would_cross_is_rejected_and_changes_nothing");
    assert_eq!(engine.headroom(1), Some(1_000_000 - 50));
}

#[test]
fn stp_incoming_expires_the_incoming_remainder() {
    let engine = scenario("stp_incoming_expires_the_incoming_remainder");
    assert_eq!(engine.depth(0, Side::Sell, 5), vec![(1050, 5)]);
    assert_eq!(engine.best_price(0, Side::Buy), None);
}

#[test]
fn stp_none_trades_with_itself() {
    let engine = scenario("stp_none_trades_with_itself");
    assert_eq!(engine.position(3, 0), Some(0));
}

#[test]
fn replace_to_a_crossing_price_matches_on_the_way_in() {
    let engine = scenario("replace_to_a_crossing_price_matches_on_the_way_in");
    assert_eq!(engine.depth(0, Side::Buy, 5), vec![(1046, 6)]);
    assert_eq!(engine.open_qty(1, 0, Side::Buy), Some(6));
}

#[test]
fn replace_rejections_leave_the_order_unchanged() {
    let engine = scenario("replace_rejections_leave_the_order_unchanged");
    assert_eq!(engine.depth(0, Side::Buy, 5), vec![(1040, 10)]);
}

#[test]
fn kill_cancels_oldest_first_across_instruments_and_blocks_new_orders() {
    let engine = scenario("kill_cancels_oldest_first_across_instruments_and_blocks_new_orders");
    assert_eq!(engine.headroom(1), Some(1_000_000 - 10));
}

#[test]
fn a_full_book_rejects_gtc_even_if_it_could_fill_but_takes_ioc() {
    let engine = scenario("a_full_book_rejects_gtc_even_if_it_could_fill_but_takes_ioc");
    assert_eq!(engine.resting_count(), 2);
}

#[test]
fn sweeping_many_levels_walks_the_bitmap() {
    let engine = scenario("sweeping_many_levels_walks_the_bitmap");
    assert_eq!(engine.resting_count(), 0);
}

#[test]
fn a_replace_that_fills_after_self_trade_cancels_keeps_the_account_list_whole() {
    // Order 2's neighbours in account 1's list (orders 1 and 3) are cancelled by self-trade
    // prevention while it re-enters, then it fills completely and leaves.
    let engine =
        scenario("a_replace_that_fills_after_self_trade_cancels_keeps_the_account_list_whole");
    assert!(engine.live_orders(1).is_empty());
}
