//! The card against engine-sw: the same records in, the same reports out, row for row.
//!
//! The card is the small simulation build (`SmallTop`) in RustHDL's simulator; the venue is
//! configured by the same control records as engine-sw; every report is compared without
//! its `egress_cycle` stamp.

use crosscheck::{assert_same_reports, rows_of, scenario, with_configuration};
use engine_sw::Engine;
use flowgen::{generate, Profile};
use gatebook_formats::{parse_venue, OrderLines, ORDERS_HEADER};
use gatebook_hdl::lane_top::{DefaultLaneTop, DefaultLaneTop4, SmallLaneTop, SmallLaneTop4};
use gatebook_hdl::top::{DefaultTop, SmallTop, SMALL_BUILD};
use gatebook_hdl::wire_bits::{beat_from_bytes, bytes_from_beat};
use gatebook_wire::{Backend, Message, OrderRecord, ReportRecord, VenueConfig};
use rust_hdl::prelude::*;

/// The venue of the spec scenarios (accounts 1-3 ordinary, 3 with STP off, 4 disabled, 5
/// with little headroom, 6 with tight limits).
const VENUE: &str = scenario::VENUE_TOML;

/// Cycles the testbench keeps running after the last report, checking that `idle` holds and
/// nothing more leaves: longer than any gap between two reports of one message here.
const QUIET_AFTER_IDLE_CHECK: u32 = 300;

/// Cycles without a record taken after which the card counts as stuck (clearing the tables
/// after reset takes 2^LEVEL_BITS cycles: 1,024 on the small card, 32,768 on the default).
const STALL_LIMIT: u32 = 100_000;

/// A card build driven here: the small one, the default one `cycles_by_state` profiles,
/// and the small lane cards. All have the same pins.
trait Card: Block {
    fn clock_mut(&mut self) -> &mut Signal<In, Clock>;
    /// Drives `reset`, the inbound beat (none: `in_valid` low) and `out_ready`.
    fn drive(&mut self, reset: bool, beat: Option<Bits<512>>, out_ready: bool);
    /// `in_ready`, `out_valid`, `out_data`, `idle`.
    fn pins(&self) -> (bool, bool, Bits<512>, bool);
    fn garbage_everywhere(&mut self);
    fn collisions_met(&self) -> u64;
    /// Where the card is, for a report of a card that stopped.
    fn states(&self) -> String {
        String::new()
    }
    /// Each lane's FSM state, and whether a message waits at the dispatcher.
    fn lane_steps(&self) -> (Vec<gatebook_hdl::matcher::Step>, bool) {
        (vec![], false)
    }
}

macro_rules! card {
    ($top:ty, lanes) => {
        card!(
            $top,
            fn states(&self) -> String {
                self.lane_states()
            },
            fn lane_steps(&self) -> (Vec<gatebook_hdl::matcher::Step>, bool) {
                self.lane_steps()
            }
        );
    };
    ($top:ty $(, $extra:item)*) => {
        impl Card for $top {
            fn clock_mut(&mut self) -> &mut Signal<In, Clock> {
                &mut self.clock
            }
            fn drive(&mut self, reset: bool, beat: Option<Bits<512>>, out_ready: bool) {
                self.reset.next = reset;
                self.in_valid.next = beat.is_some();
                if let Some(beat) = beat {
                    self.in_data.next = beat;
                }
                self.out_ready.next = out_ready;
            }
            fn pins(&self) -> (bool, bool, Bits<512>, bool) {
                (
                    self.in_ready.val(),
                    self.out_valid.val(),
                    self.out_data.val(),
                    self.idle.val(),
                )
            }
            fn garbage_everywhere(&mut self) {
                self.garbage_on_collision();
            }
            fn collisions_met(&self) -> u64 {
                self.collisions()
            }
            $($extra)*
        }
    };
}
card!(SmallTop);
card!(DefaultTop);
card!(SmallLaneTop, lanes);
card!(DefaultLaneTop, lanes);
card!(DefaultLaneTop4, lanes);
card!(SmallLaneTop4, lanes);

fn settle<T: Block>(top: &mut T) {
    assert!(simulate(top, 100_000), "logic did not settle");
}

fn cycle<T: Card>(top: &mut T) {
    settle(top);
    top.clock_mut().next = Clock::from(true);
    settle(top);
    top.clock_mut().next = Clock::from(false);
    settle(top);
}

/// Runs `records` through the card; returns its reports and, for each record, the cycle
/// (counted as the card's `egress_cycle` counts) in which its input beat was taken.
fn run_card(records: &[OrderRecord]) -> (Vec<ReportRecord>, Vec<u64>) {
    let (reports, taken_at, _) = run_card_with(records, Bench::default());
    (reports, taken_at)
}

/// How the testbench drives the card.
#[derive(Clone, Copy, Default)]
struct Bench {
    /// The report stream is not ready one cycle in three (pseudo-randomly), so every report
    /// state of the card meets a stall.
    backpressure: bool,
    /// Tables that declare same-address reads undefined read garbage on them
    /// (`gatebook_hdl::table_ram`).
    garbage_on_collision: bool,
}

/// As [`run_card`], driven as `bench` says; also returns the same-address reads and writes
/// the tables met with garbage on.
fn run_card_with(records: &[OrderRecord], bench: Bench) -> (Vec<ReportRecord>, Vec<u64>, u64) {
    run_on(SmallTop::new(SMALL_BUILD), records, bench)
}

/// As [`run_card_with`], on the card `top`.
fn run_on<T: Card>(
    mut top: T,
    records: &[OrderRecord],
    bench: Bench,
) -> (Vec<ReportRecord>, Vec<u64>, u64) {
    let backpressure = bench.backpressure;
    if bench.garbage_on_collision {
        top.garbage_everywhere();
    }
    top.connect_all();
    top.clock_mut().next = Clock::from(false);
    settle(&mut top);
    top.drive(true, None, true);
    cycle(&mut top);
    let mut out_ready = true;
    let mut reports = vec![];
    let mut taken_at = vec![];
    let mut next = 0;
    let mut quiet = 0;
    let mut idle_since = None;
    let mut stalled = 0;
    let mut lfsr = 0xace1_u16;
    for now in 0..2_000_000u64 {
        if backpressure {
            lfsr = (lfsr >> 1) ^ (0u16.wrapping_sub(lfsr & 1) & 0xb400);
            out_ready = !lfsr.is_multiple_of(3);
        }
        let beat = records
            .get(next)
            .map(|record| beat_from_bytes(&record.to_bytes()));
        top.drive(false, beat, out_ready);
        settle(&mut top);
        let (in_ready, out_valid, out_data, _) = top.pins();
        let taken = beat.is_some() && in_ready;
        if out_valid && out_ready {
            reports.push(ReportRecord::from_wire(&bytes_from_beat(out_data)));
            quiet = 0;
        }
        cycle(&mut top);
        if taken {
            taken_at.push(now);
            next += 1;
            quiet = 0;
            stalled = 0;
        }
        stalled += 1;
        assert!(
            stalled < STALL_LIMIT,
            "the card took no record for {STALL_LIMIT} cycles ({next} of {} taken, {} reports)\n{}",
            records.len(),
            reports.len(),
            top.states()
        );
        if next == records.len() {
            // `idle` says no report is still to come: none may leave after it, and it must
            // come up once the last report has left.
            let idle = top.pins().3;
            if idle && idle_since.is_none() {
                idle_since = Some(reports.len());
            }
            if let Some(count) = idle_since {
                assert_eq!(reports.len(), count, "a report left after `idle` went high");
                assert!(idle, "`idle` fell with no input");
            }
            quiet += 1;
            if quiet > QUIET_AFTER_IDLE_CHECK {
                assert!(
                    idle_since.is_some(),
                    "`idle` never rose after the last report"
                );
                return (reports, taken_at, top.collisions_met());
            }
        }
    }
    panic!(
        "the card did not finish ({next} of {} records taken)",
        records.len()
    );
}

/// Same reports from both, and the card's stamps never go backwards.
fn cross_check(venue: &VenueConfig, orders: &[OrderRecord]) -> Vec<ReportRecord> {
    cross_check_with(venue, orders, Bench::default())
}

fn cross_check_with(
    venue: &VenueConfig,
    orders: &[OrderRecord],
    bench: Bench,
) -> Vec<ReportRecord> {
    let (card, _, _) = run_card_with(&with_configuration(venue, orders), bench);
    let engine = Engine::new(venue).expect("venue loads").run_all(orders);
    assert_same_reports("the card (RustHDL)", &card, &engine);
    assert!(card
        .windows(2)
        .all(|w| w[0].egress_cycle.get() < w[1].egress_cycle.get()));
    card
}

/// Every spec scenario file whose venue fits the small build gives the file's rows; the
/// others are counted, and most must fit.
#[test]
fn every_scenario_file_that_fits_the_small_build() {
    let (failures, _) = scenario_files(Bench::default());
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Runs every spec scenario file whose venue fits the small build (most must fit); returns
/// the differences from the files' rows and the collisions the tables met.
fn scenario_files(bench: Bench) -> (Vec<String>, u64) {
    let small = SMALL_BUILD.capacity();
    let files = scenario::all().unwrap_or_else(|e| panic!("{e}"));
    let (mut ran, mut failures, mut collisions) = (0, Vec::new(), 0);
    for path in &files {
        let scenario = scenario::load(path).unwrap_or_else(|e| panic!("{e}"));
        if !scenario.venue.capacity.fits_in(&small) {
            continue;
        }
        ran += 1;
        let records = with_configuration(&scenario.venue, &scenario.records());
        let (reports, _, met) = run_card_with(&records, bench);
        collisions += met;
        if let Err(e) = scenario::compare(&scenario, "the card (RustHDL)", &rows_of(&reports)) {
            failures.push(format!("{}: {e}", path.display()));
        }
    }
    assert!(
        ran * 10 >= files.len() * 9,
        "{ran} of {} files fit",
        files.len()
    );
    (failures, collisions)
}

fn scenario(orders: &str) -> Vec<ReportRecord> {
    let venue = parse_venue(VENUE, "venue.toml").expect("venue parses");
    let text = format!(
        "{ORDERS_HEADER}\n{}",
        orders
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n")
    );
    let records: Vec<OrderRecord> = OrderLines::new(&text, "orders.csv")
        .map(|item| item.expect("orders parse").1)
        .collect();
    cross_check(&venue, &records)
}

#[test]
fn rest_match_and_partial_fills() {
    let reports = scenario(
        "NEW,1,0,11,S,LIMIT,,1050,10,
         NEW,2,0,21,S,LIMIT,,1050,10,
         NEW,1,0,12,S,LIMIT,,1049,5,
         NEW,3,0,31,B,LIMIT,,1051,22,
         NEW,1,0,13,B,LIMIT,,1040,5,
         NEW,2,0,22,B,LIMIT,,1045,5,
         NEW,3,0,32,S,LIMIT,,1040,8,",
    );
    assert_eq!(reports.len(), 7 + 6 + 4);
}

#[test]
fn time_in_force_and_market_orders() {
    scenario(
        "NEW,1,0,11,S,LIMIT,,1050,4,
         NEW,2,0,21,B,LIMIT,IOC,1052,10,
         NEW,1,0,12,S,LIMIT,,1051,4,
         NEW,1,0,13,S,LIMIT,,1052,4,
         NEW,2,0,22,B,LIMIT,FOK,1052,9,
         NEW,2,0,23,B,LIMIT,FOK,1052,8,
         NEW,1,0,14,S,LIMIT,,1060,3,
         NEW,2,0,24,B,MARKET,,,5,
         NEW,2,0,25,B,MARKET,GTC,,5,
         NEW,1,0,15,B,LIMIT,,1045,3,
         NEW,2,0,26,S,MARKET,FOK,,4,
         REF,,0,,,,,1030,,
         NEW,2,0,27,S,MARKET,IOC,,1,",
    );
}

#[test]
fn self_trade_prevention_modes() {
    scenario(
        "NEW,1,0,11,S,LIMIT,,1050,5,
         NEW,1,0,12,S,LIMIT,,1050,5,
         NEW,2,0,21,S,LIMIT,,1050,5,
         NEW,1,0,13,B,LIMIT,,1050,7,STP_RESTING
         NEW,2,0,22,S,LIMIT,,1051,5,
         NEW,2,0,23,B,LIMIT,,1051,5,STP_INCOMING
         NEW,2,0,24,S,LIMIT,,1052,5,
         NEW,2,0,25,B,LIMIT,,1052,2,STP_BOTH
         NEW,3,0,31,S,LIMIT,,1053,5,
         NEW,3,0,32,B,LIMIT,,1053,3,
         NEW,1,0,14,S,LIMIT,,1049,2,POST_ONLY
         NEW,2,0,26,B,LIMIT,,1049,1,POST_ONLY
         NEW,2,0,27,B,LIMIT,IOC,1049,1,POST_ONLY",
    );
}

#[test]
fn cancel_replace_and_kill() {
    scenario(
        "NEW,1,0,11,B,LIMIT,,1040,10,
         NEW,1,0,12,B,LIMIT,,1041,10,
         NEW,1,1,13,S,LIMIT,,1060,10,
         NEW,2,0,21,B,LIMIT,,1040,10,
         CANCEL,1,0,99,,,,,,
         CANCEL,2,0,11,,,,,,
         CANCEL,1,1,11,,,,,,
         REPLACE,1,0,11,,,,1040,4,
         REPLACE,1,0,11,,,,1040,9,
         REPLACE,1,0,11,,,,1042,4,
         REPLACE,1,0,12,,,,1041,0,
         REPLACE,1,0,12,,,,1099,5,
         NEW,2,0,22,S,LIMIT,,1045,3,
         REPLACE,2,0,22,,,,1040,20,
         CANCEL,1,0,12,,,,,,
         NEW,1,0,14,S,LIMIT,,1055,1,
         KILL,1,,,,,,,,
         NEW,1,0,15,B,LIMIT,,1040,1,
         CANCEL,1,1,13,,,,,,
         ENABLE,1,,,,,,,,
         NEW,1,0,15,B,LIMIT,,1040,1,
         KILL,9,,,,,,,,
         CANCEL,2,0,21,,,,,,",
    );
}

#[test]
fn replace_meets_its_own_account_and_fok_decides_from_totals() {
    scenario(
        "NEW,1,0,11,S,LIMIT,,1050,5,
         NEW,1,0,12,B,LIMIT,,1040,5,STP_INCOMING
         REPLACE,1,0,12,,,,1050,5,
         CANCEL,1,0,12,,,,,,
         NEW,2,0,21,B,LIMIT,FOK,1050,6,
         NEW,2,0,22,B,LIMIT,FOK,1050,5,
         NEW,3,0,31,S,LIMIT,,1048,5,
         NEW,3,0,32,B,LIMIT,FOK,1048,5,
         NEW,1,0,13,S,LIMIT,,1049,3,
         NEW,1,0,14,S,LIMIT,,1049,3,
         NEW,1,0,15,B,LIMIT,FOK,1049,4,STP_BOTH
         NEW,2,0,23,B,LIMIT,,1045,2,
         NEW,2,0,24,B,LIMIT,,1045,2,
         REPLACE,2,0,23,,,,1045,1,
         NEW,1,0,16,S,MARKET,IOC,,4,
         HEADROOM,2,,,,,,9223372036854775807,,
         NEW,2,0,25,B,LIMIT,,1040,1,",
    );
}

/// The match loop goes from one head of a level to the next without re-reading the level,
/// and from an emptied best level straight to the next: a self-trade cancel in front of fills
/// at the same level, FOK deciding from the total left behind, and a sweep whose first
/// levels empty by a self-trade cancel and by fills.
#[test]
fn match_loop_shortcuts_keep_level_totals() {
    scenario(
        "NEW,1,0,11,S,LIMIT,,1050,5,
         NEW,2,0,21,S,LIMIT,,1050,4,
         NEW,2,0,22,S,LIMIT,,1050,3,
         NEW,1,0,12,S,LIMIT,,1051,2,
         NEW,2,0,23,S,LIMIT,,1052,6,
         NEW,2,0,24,S,LIMIT,,1052,1,
         NEW,1,0,13,B,LIMIT,,1051,6,STP_RESTING
         NEW,3,0,31,B,LIMIT,FOK,1050,2,
         NEW,3,0,32,B,LIMIT,FOK,1050,1,
         NEW,1,0,14,B,LIMIT,,1053,20,STP_RESTING
         NEW,3,0,33,S,LIMIT,FOK,1053,13,
         NEW,3,0,34,S,LIMIT,FOK,1053,14,",
    );
}

#[test]
fn kill_cancels_oldest_first_across_instruments() {
    scenario(
        "NEW,1,0,11,B,LIMIT,,1040,5,
         NEW,1,1,12,S,LIMIT,,1060,5,
         NEW,2,0,21,B,LIMIT,,1040,5,
         NEW,1,0,13,B,LIMIT,,1041,5,
         REPLACE,1,0,11,,,,1042,6,
         NEW,1,1,14,S,LIMIT,,1061,5,
         CANCEL,1,1,12,,,,,,
         KILL,1,,,,,,,,
         NEW,1,0,15,B,LIMIT,,1040,1,
         REPLACE,1,0,11,,,,1040,1,
         NEW,2,0,22,S,LIMIT,,1040,5,
         ENABLE,1,,,,,,,,
         NEW,1,0,11,B,LIMIT,,1040,1,
         KILL,6,,,,,,,,
         KILL,6,,,,,,,,
         ENABLE,6,,,,,,,,
         NEW,6,0,61,B,LIMIT,,1040,51,
         NEW,6,0,62,B,LIMIT,,1040,50,
         KILL,4,,,,,,,,
         ENABLE,4,,,,,,,,
         NEW,4,0,41,S,LIMIT,,1060,1,",
    );
}

#[test]
fn every_risk_check() {
    scenario(
        "NEW,99,0,1,B,LIMIT,,1050,1,
         NEW,1,3,1,B,LIMIT,,1050,1,
         NEW,1,7,1,B,LIMIT,,1050,1,
         NEW,4,0,1,B,LIMIT,,1050,1,
         NEW,1,0,1,B,LIMIT,,1050,1,
         NEW,1,0,1,B,LIMIT,,1050,1,
         NEW,1,0,2,B,LIMIT,IOC,1050,1,POST_ONLY
         NEW,1,0,3,B,LIMIT,,1050,0,
         NEW,6,0,4,B,LIMIT,,1050,51,
         NEW,1,0,5,B,LIMIT,,999,1,
         NEW,1,0,6,B,LIMIT,,1100,1,
         NEW,1,0,7,B,LIMIT,,1071,1,
         NEW,6,0,8,B,LIMIT,,1050,50,
         NEW,6,0,9,B,LIMIT,,1040,50,
         NEW,6,0,10,B,LIMIT,,1040,11,
         NEW,5,0,11,B,LIMIT,,1040,30,
         NEW,5,0,12,B,LIMIT,,1040,31,
         HEADROOM,5,,,,,,10,,
         NEW,5,0,12,B,LIMIT,,1040,1,
         RATES,,0,,B,,,0,,
         NEW,5,0,13,B,LIMIT,,1040,100,
         HEADROOM,5,,,,,,-1000,,
         NEW,5,0,14,B,LIMIT,,1040,1,",
    );
}

#[test]
fn book_full_and_slot_reuse() {
    let mut orders = String::new();
    for n in 0..17 {
        orders.push_str(&format!("NEW,1,0,{n},B,LIMIT,,{},1,\n", 1001 + n));
    }
    orders.push_str("NEW,2,0,50,S,LIMIT,,1001,20,\n");
    for n in 0..3 {
        orders.push_str(&format!("NEW,1,0,{},B,LIMIT,,1030,1,\n", 60 + n));
    }
    orders.push_str("NEW,2,0,51,S,LIMIT,IOC,1000,20,\n");
    scenario(&orders);
}

fn generated(profile: Profile, seed: u64, messages: usize) {
    generated_with(profile, seed, messages, Bench::default());
}

/// A generated flow's records, `in_seq` from 1, alone and after the venue's control records.
fn generated_records(
    venue: &VenueConfig,
    profile: Profile,
    seed: u64,
    messages: usize,
) -> (Vec<OrderRecord>, Vec<OrderRecord>) {
    let flow: Vec<Message> = generate(venue, profile, seed, messages).expect("flow");
    let records: Vec<OrderRecord> = flow
        .iter()
        .enumerate()
        .map(|(i, m)| m.encode(i as u64 + 1))
        .collect();
    let configured = with_configuration(venue, &records);
    (records, configured)
}

/// A generated flow on the small venue, cross-checked; returns the collisions the tables met.
fn generated_with(profile: Profile, seed: u64, messages: usize, bench: Bench) -> u64 {
    let venue = flowgen::small_venue();
    let (records, configured) = generated_records(&venue, profile, seed, messages);
    let (card, _, collisions) = run_card_with(&configured, bench);
    let engine = Engine::new(&venue).expect("venue loads").run_all(&records);
    assert_same_reports("the card (RustHDL)", &card, &engine);
    collisions
}

/// The report stream stalls pseudo-randomly: nothing is lost, duplicated or reordered.
#[test]
fn generated_flows_under_report_backpressure() {
    let stalls = Bench {
        backpressure: true,
        ..Bench::default()
    };
    generated_with(Profile::Stress, 17, 100, stalls);
    generated_with(Profile::Mixed, 19, 100, stalls);
    generated_with(Profile::Takers, 23, 100, stalls);
}

/// The tables marked `(* no_rw_check *)` read garbage whenever a read meets a write of the
/// same address, and the card still gives engine-sw's reports: the design never uses such a
/// read, so synthesis may drop the read-first logic. The flows must reach the case.
#[test]
fn garbage_on_same_address_reads_changes_no_report() {
    let garbage = Bench {
        garbage_on_collision: true,
        ..Bench::default()
    };
    let (failures, mut collisions) = scenario_files(garbage);
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    for (profile, seed) in [
        (Profile::Mixed, 31),
        (Profile::Takers, 37),
        (Profile::Stress, 41),
        (Profile::Makers, 43),
    ] {
        collisions += generated_with(profile, seed, 150, garbage);
    }
    collisions += generated_with(
        Profile::Stress,
        47,
        150,
        Bench {
            backpressure: true,
            garbage_on_collision: true,
        },
    );
    assert!(collisions > 0, "no same-address read and write was met");
}

#[test]
fn generated_mixed_flow() {
    generated(Profile::Mixed, 7, 100);
}

#[test]
fn generated_taker_flow() {
    generated(Profile::Takers, 11, 100);
}

#[test]
fn generated_stress_flow() {
    generated(Profile::Stress, 13, 100);
}

#[test]
fn malformed_records_are_rejected_and_change_nothing() {
    let venue = parse_venue(VENUE, "venue.toml").expect("venue parses");
    let mut bad_side = Message::decode(
        &OrderLines::new(
            &format!("{ORDERS_HEADER}\nNEW,1,0,11,S,LIMIT,,1050,4,"),
            "orders.csv",
        )
        .next()
        .unwrap()
        .unwrap()
        .1,
    )
    .unwrap()
    .encode(1);
    bad_side.side = 7;
    let mut bad_version = bad_side;
    bad_version.version = 9;
    bad_version.side = 1;
    bad_version.in_seq = gatebook_wire::le::U64::new(2);
    let mut good = bad_side;
    good.side = 2;
    good.in_seq = gatebook_wire::le::U64::new(3);
    // A control record after CFG_COMMIT is not order flow: rejected, the venue unchanged.
    let mut late_config = venue.control_records()[1];
    late_config.in_seq = gatebook_wire::le::U64::new(4);
    let mut again = good;
    again.cl_ord_id = gatebook_wire::le::U64::new(12);
    again.in_seq = gatebook_wire::le::U64::new(5);
    cross_check(&venue, &[bad_side, bad_version, good, late_config, again]);
}

/// Cycle counts of the current design, printed for the record (the budget is measured
/// under Verilator; nothing is asserted here): input beat to ACK beat for a resting order,
/// message-to-message spacing of non-crossing orders, and spacing of fills in a sweep.
#[test]
#[ignore = "prints cycle counts; run with --ignored --nocapture"]
fn cycle_counts() {
    let venue = parse_venue(VENUE, "venue.toml").expect("venue parses");
    let text = format!(
        "{ORDERS_HEADER}\n{}",
        (0..6)
            .map(|n| format!("NEW,1,0,{n},S,LIMIT,,{},2,", 1050 + n))
            .chain(
                [
                    "NEW,2,0,99,B,LIMIT,IOC,1060,12,",
                    "NEW,1,0,7,S,LIMIT,,1050,5,",
                    "NEW,2,0,100,B,LIMIT,IOC,1050,1,",
                    "NEW,2,0,101,B,MARKET,IOC,,1,",
                    "NEW,2,0,102,B,LIMIT,IOC,1050,4,",
                    "NEW,1,0,20,S,LIMIT,,1051,1,",
                    "NEW,1,0,21,S,LIMIT,,1051,1,",
                    "NEW,1,0,22,S,LIMIT,,1052,1,",
                    "NEW,1,0,23,S,LIMIT,,1052,1,",
                    "NEW,1,0,24,S,LIMIT,,1053,1,",
                    "NEW,1,0,25,S,LIMIT,,1053,1,",
                    "NEW,2,0,103,B,LIMIT,IOC,1053,6,",
                ]
                .map(String::from),
            )
            .collect::<Vec<_>>()
            .join("\n")
    );
    let orders: Vec<OrderRecord> = OrderLines::new(&text, "orders.csv")
        .map(|item| item.expect("orders parse").1)
        .collect();
    let mut records = venue.control_records();
    let configs = records.len();
    records.extend_from_slice(&orders);
    let (reports, taken_at) = run_card(&records);
    let acks: Vec<u64> = reports
        .iter()
        .filter(|r| r.event == 1)
        .map(|r| r.egress_cycle.get() + 1)
        .collect();
    let first = taken_at[configs];
    println!("input beat to ACK beat: {} cycles", acks[0] - first);
    let spacing: Vec<u64> = taken_at[configs..configs + 6]
        .windows(2)
        .map(|w| w[1] - w[0])
        .collect();
    println!("resting NEW to next NEW: {spacing:?} cycles");
    let fills: Vec<u64> = reports
        .iter()
        .filter(|r| r.event == 3)
        .map(|r| r.egress_cycle.get())
        .collect();
    let gaps: Vec<u64> = fills[..12].windows(2).map(|w| w[1] - w[0]).collect();
    println!("fill report spacing (taker, maker, ...): {gaps:?} cycles");
    // A sweep of three levels of two orders each: the look-ahead is known before each
    // level empties.
    let sweep: Vec<u64> = reports
        .iter()
        .filter(|r| r.event == 3 && r.account.get() == 2 && r.cl_ord_id.get() == 103)
        .map(|r| r.egress_cycle.get())
        .collect();
    let gaps: Vec<u64> = sweep.windows(2).map(|w| w[1] - w[0]).collect();
    println!("taker FILL spacing, three levels of two orders: {gaps:?} cycles");
    // A LIMIT and a MARKET taker on the same resting order: input beat to first FILL beat.
    for (label, k, id) in [("LIMIT IOC", 8, 100), ("MARKET IOC", 9, 101)] {
        let first_fill = reports
            .iter()
            .find(|r| r.event == 3 && r.account.get() == 2 && r.cl_ord_id.get() == id)
            .map(|r| r.egress_cycle.get() + 1)
            .expect("the taker fills");
        println!(
            "{label}: input beat to first FILL beat: {} cycles",
            first_fill - taken_at[configs + k]
        );
    }
}

/// Where the default card's cycles go on a generated flow: the matcher's FSM state in every
/// cycle of a mixed flow on the default venue, as a share of all cycles, after the tables
/// are cleared. Set `GATEBOOK_PROFILE` (mixed, makers, takers, stress) and
/// `GATEBOOK_MESSAGES` to profile another flow.
#[test]
#[ignore = "prints the matcher's cycles by state; run with --ignored --nocapture"]
fn cycles_by_state() {
    use std::collections::BTreeMap;
    let profile = std::env::var("GATEBOOK_PROFILE").unwrap_or_else(|_| "mixed".into());
    let profile = Profile::parse(&profile).expect("a flowgen profile");
    let messages: usize = std::env::var("GATEBOOK_MESSAGES")
        .map(|text| text.parse().expect("a message count"))
        .unwrap_or(4_000);
    let venue = gatebook_formats::default_venue();
    let (records, configured) = generated_records(&venue, profile, 1, messages);
    let mut top = DefaultTop::new(gatebook_wire::BuildSizes::DEFAULT_CARD);
    top.connect_all();
    top.clock.next = Clock::from(false);
    settle(&mut top);
    top.reset.next = true;
    cycle(&mut top);
    top.reset.next = false;
    top.out_ready.next = true;
    let mut next = 0;
    let mut by_state: BTreeMap<String, u64> = BTreeMap::new();
    // The state each run of Idle cycles came after: which message ends take an Idle cycle.
    let mut idle_after: BTreeMap<String, u64> = BTreeMap::new();
    let mut last_state = String::new();
    let mut counted = 0u64;
    let mut reports = vec![];
    loop {
        top.in_valid.next = next < configured.len();
        if next < configured.len() {
            top.in_data.next = beat_from_bytes(&configured[next].to_bytes());
        }
        settle(&mut top);
        let taken = top.in_valid.val() && top.in_ready.val();
        if top.out_valid.val() {
            reports.push(ReportRecord::from_wire(&bytes_from_beat(
                top.out_data.val(),
            )));
        }
        let state = format!("{:?}", top.matcher_step());
        if next > 0 && state != "Clearing" {
            if state == "Idle" && last_state != "Idle" {
                *idle_after.entry(last_state.clone()).or_default() += 1;
            }
            *by_state.entry(state.clone()).or_default() += 1;
            counted += 1;
        }
        last_state = state;
        cycle(&mut top);
        if taken {
            next += 1;
        }
        if next == configured.len() && top.idle.val() {
            break;
        }
    }
    let engine = Engine::new(&venue).expect("venue loads").run_all(&records);
    assert_same_reports("the default card (RustHDL)", &reports, &engine);
    // Most first.
    let by_count = |counts: BTreeMap<String, u64>| {
        let mut rows: Vec<(u64, String)> = counts.into_iter().map(|(s, n)| (n, s)).collect();
        rows.sort_by(|a, b| b.cmp(a));
        rows
    };
    println!(
        "{profile:?} flow, {messages} messages, {counted} cycles, {:.2} cycles a message",
        counted as f64 / messages as f64
    );
    for (cycles, state) in by_count(by_state) {
        println!(
            "  {state:<18} {cycles:>8} {:>6.1}% {:>6.2} a message",
            100.0 * cycles as f64 / counted as f64,
            cycles as f64 / messages as f64
        );
    }
    println!("Idle entered from:");
    for (times, state) in by_count(idle_after) {
        println!("  {state:<18} {times:>8}");
    }
}

/// A generated flow on the small venue, on the lane card `top`, cross-checked against
/// engine-sw; returns the collisions the tables met.
fn lanes_generated<T: Card>(
    top: T,
    profile: Profile,
    seed: u64,
    messages: usize,
    bench: Bench,
) -> u64 {
    let venue = flowgen::small_venue();
    let (records, configured) = generated_records(&venue, profile, seed, messages);
    let (card, _, collisions) = run_on(top, &configured, bench);
    let engine = Engine::new(&venue).expect("venue loads").run_all(&records);
    assert_same_reports("the lane card (RustHDL)", &card, &engine);
    collisions
}

/// Every spec scenario file that fits the small build, on the lane card `make()` builds.
fn lanes_scenario_files<T: Card>(make: impl Fn() -> T) {
    let small = SMALL_BUILD.capacity();
    let mut failures = vec![];
    for path in &scenario::all().unwrap_or_else(|e| panic!("{e}")) {
        let scenario = scenario::load(path).unwrap_or_else(|e| panic!("{e}"));
        if !scenario.venue.capacity.fits_in(&small) {
            continue;
        }
        let records = with_configuration(&scenario.venue, &scenario.records());
        let (reports, _, _) = run_on(make(), &records, Bench::default());
        if let Err(e) = scenario::compare(&scenario, "the lane card (RustHDL)", &rows_of(&reports))
        {
            failures.push(format!("{}: {e}", path.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Runs `test` on a thread with room for a card of several matchers (RustHDL builds a
/// block on the stack).
fn with_card_stack(test: impl FnOnce() + Send + 'static) {
    const CARD_STACK: usize = 512 << 20;
    std::thread::Builder::new()
        .stack_size(CARD_STACK)
        .spawn(test)
        .expect("test thread starts")
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
}

/// Every spec scenario file on the four-lane card, where instruments 0 to 3 are each in a
/// lane of their own (the two-lane card runs the generated flows and the lane rules' flows:
/// CI's time goes to the card with the most lanes).
#[test]
fn four_lanes_every_scenario_file() {
    with_card_stack(|| lanes_scenario_files(|| SmallLaneTop4::new(SMALL_BUILD)));
}

#[test]
fn two_lanes_generated_flows() {
    with_card_stack(|| lanes_flows(|| SmallLaneTop::new(SMALL_BUILD)));
}

#[test]
fn four_lanes_generated_flows() {
    with_card_stack(|| lanes_flows(|| SmallLaneTop4::new(SMALL_BUILD)));
}

/// Four generated flows of 150 messages on the lane card `make()` builds.
fn lanes_flows<T: Card>(make: impl Fn() -> T) {
    for (profile, seed) in [
        (Profile::Mixed, 7),
        (Profile::Takers, 11),
        (Profile::Stress, 13),
        (Profile::Makers, 17),
    ] {
        lanes_generated(make(), profile, seed, 150, Bench::default());
    }
}

/// The lane cards under report backpressure, with garbage on same-address reads.
#[test]
fn lanes_under_backpressure_and_garbage() {
    with_card_stack(|| {
        let bench = Bench {
            backpressure: true,
            garbage_on_collision: true,
        };
        lanes_generated(
            SmallLaneTop::new(SMALL_BUILD),
            Profile::Stress,
            47,
            150,
            bench,
        );
        lanes_generated(
            SmallLaneTop4::new(SMALL_BUILD),
            Profile::Mixed,
            53,
            150,
            bench,
        );
    });
}

/// `orders` on the scenario venue, on the two- and four-lane cards, against engine-sw.
/// Instruments 0 and 1 are in lanes 0 and 1 on both.
fn lanes_scenario(orders: &str) {
    let venue = parse_venue(VENUE, "venue.toml").expect("venue parses");
    let text = format!("{ORDERS_HEADER}\n{orders}");
    let records: Vec<OrderRecord> = OrderLines::new(&text, "orders.csv")
        .map(|item| item.expect("orders parse").1)
        .collect();
    let engine = Engine::new(&venue).expect("venue loads").run_all(&records);
    let configured = with_configuration(&venue, &records);
    with_card_stack(move || {
        let (two, _, _) = run_on(
            SmallLaneTop::new(SMALL_BUILD),
            &configured,
            Bench::default(),
        );
        assert_same_reports("the two-lane card (RustHDL)", &two, &engine);
        let (four, _, _) = run_on(
            SmallLaneTop4::new(SMALL_BUILD),
            &configured,
            Bench::default(),
        );
        assert_same_reports("the four-lane card (RustHDL)", &four, &engine);
    });
}

/// Resting sells of account 3 on `instrument` at 1050.., one lot each: a sweep's levels.
fn ladder(instrument: u16, first_id: u64, levels: u64) -> String {
    (0..levels)
        .map(|k| {
            format!(
                "NEW,3,{instrument},{},S,LIMIT,,{},1,\n",
                first_id + k,
                1050 + k
            )
        })
        .collect()
}

/// Account 2's NEW of id 5 waits in lane 1 behind a sweep; a later taker in lane 0 fills
/// account 2's resting order 5. The NEW must still find it (DUPLICATE_ID): the removal waits
/// while lane 1 holds account 2's earlier message.
#[test]
fn lanes_removal_waits_for_the_makers_earlier_message() {
    let orders = format!(
        "NEW,2,0,5,S,LIMIT,,1050,10,\n{}NEW,1,1,30,B,LIMIT,IOC,1060,8,\nNEW,2,1,5,B,LIMIT,,1040,1,\nNEW,3,0,40,B,LIMIT,IOC,1050,10,\nNEW,2,0,5,S,LIMIT,,1055,1,\n",
        ladder(1, 20, 8)
    );
    lanes_scenario(&orders);
}

/// Account 2's NEW of id 7 in lane 1 finds its key in lane 0, where an earlier sweep is
/// about to fill that order: the NEW waits until it is the oldest and is accepted.
#[test]
fn lanes_duplicate_check_waits_for_an_earlier_removal() {
    let orders = format!(
        "{}NEW,2,0,7,S,LIMIT,,1058,1,\nNEW,1,0,30,B,LIMIT,IOC,1060,9,\nNEW,2,1,7,B,LIMIT,,1040,1,\nNEW,2,1,8,B,LIMIT,,1040,1,\n",
        ladder(0, 20, 8)
    );
    lanes_scenario(&orders);
}

/// The book is full; a GTC NEW in lane 0 (behind a sweep) is BOOK_FULL even though a later
/// CANCEL in lane 1 frees a slot first; the next GTC NEW takes that slot.
#[test]
fn lanes_book_full_counts_slots_in_order() {
    let mut orders = ladder(0, 20, 8);
    for k in 0..8 {
        orders.push_str(&format!("NEW,2,1,{},B,LIMIT,,{},1,\n", 60 + k, 1040 + k));
    }
    orders.push_str("NEW,1,0,30,B,LIMIT,IOC,1050,1,\n");
    orders.push_str("NEW,3,0,50,B,LIMIT,,1040,1,\n");
    orders.push_str("NEW,1,0,31,B,LIMIT,,1041,1,\n");
    orders.push_str("CANCEL,2,1,60,,,,,,\n");
    orders.push_str("NEW,1,0,32,B,LIMIT,,1041,1,\n");
    orders.push_str("NEW,1,1,33,B,LIMIT,,1041,1,\n");
    lanes_scenario(&orders);
}

/// A KILL of an account resting in both lanes, accepted in turns, one order replaced
/// (keeping its first acceptance): the CANCELED rows come oldest first across the lanes,
/// and every lane's reservations come back (account 5 has little headroom).
#[test]
fn lanes_kill_merges_by_first_acceptance() {
    let mut orders = String::new();
    for k in 0..4 {
        orders.push_str(&format!(
            "NEW,5,{},{},B,LIMIT,,{},1,\n",
            k % 2,
            70 + k,
            1040 + k
        ));
    }
    orders.push_str("REPLACE,5,0,70,,,,1045,1,\n");
    orders.push_str("NEW,5,1,80,B,LIMIT,,1040,1000,\n");
    orders.push_str("KILL,5,,,,,,,,\n");
    orders.push_str("NEW,5,0,81,B,LIMIT,,1040,1,\n");
    orders.push_str("ENABLE,5,,,,,,,,\n");
    orders.push_str("NEW,5,0,82,B,LIMIT,,1040,1,\n");
    orders.push_str("NEW,5,1,83,B,LIMIT,,1040,1000,\n");
    lanes_scenario(&orders);
}

/// Messages per cycle of the one-lane, two-lane and four-lane cards on generated flows,
/// each cross-checked against engine-sw: from the cycle the first order record is taken to
/// the cycle the last report leaves. The small cards on the small venue (four instruments,
/// 16 accounts) by default; `GATEBOOK_VENUE=default` runs the default cards on the default
/// venue (16 instruments, 256 accounts). Set `GATEBOOK_PROFILE` and `GATEBOOK_MESSAGES` for
/// other flows.
#[test]
#[ignore = "prints messages per cycle; run with --ignored --nocapture"]
fn lane_throughput() {
    with_card_stack(|| {
        let profiles = std::env::var("GATEBOOK_PROFILE").unwrap_or_else(|_| "mixed,makers".into());
        let messages: usize = std::env::var("GATEBOOK_MESSAGES")
            .map(|text| text.parse().expect("a message count"))
            .unwrap_or(2_000);
        let default = std::env::var("GATEBOOK_VENUE").is_ok_and(|v| v == "default");
        let venue = if default {
            gatebook_formats::default_venue()
        } else {
            flowgen::small_venue()
        };
        for profile in profiles.split(',') {
            let profile = Profile::parse(profile).expect("a flowgen profile");
            let (records, configured) = generated_records(&venue, profile, 1, messages);
            let engine = Engine::new(&venue).expect("venue loads").run_all(&records);
            let configs = configured.len() - records.len();
            let span = |(reports, taken_at, _): (Vec<ReportRecord>, Vec<u64>, u64)| {
                assert_same_reports("the card (RustHDL)", &reports, &engine);
                let last = reports.last().map_or(0, |r| r.egress_cycle.get());
                last + 1 - taken_at[configs]
            };
            let bench = Bench::default();
            let (one, two, four) = if default {
                let build = gatebook_wire::BuildSizes::DEFAULT_CARD;
                (
                    span(run_on(DefaultTop::new(build), &configured, bench)),
                    span(run_on(DefaultLaneTop::new(build), &configured, bench)),
                    span(run_on(DefaultLaneTop4::new(build), &configured, bench)),
                )
            } else {
                (
                    span(run_on(SmallTop::new(SMALL_BUILD), &configured, bench)),
                    span(run_on(SmallLaneTop::new(SMALL_BUILD), &configured, bench)),
                    span(run_on(SmallLaneTop4::new(SMALL_BUILD), &configured, bench)),
                )
            };
            let rate = |cycles: u64| messages as f64 / cycles as f64;
            println!(
                "{profile:?}, {messages} messages: 1 lane {one} cycles ({:.3}/cycle), 2 lanes {two} ({:.3}, x{:.2}), 4 lanes {four} ({:.3}, x{:.2}); reports {}",
                rate(one),
                rate(two),
                one as f64 / two as f64,
                rate(four),
                one as f64 / four as f64,
                engine.len()
            );
        }
    });
}

/// Where a four-lane card's cycles go on a generated mixed flow: each lane's FSM state in
/// every cycle, and the cycles a message waits at the dispatcher. The small card on the
/// small venue; `GATEBOOK_VENUE=default` for the default card and venue.
#[test]
#[ignore = "prints the lanes' cycles by state; run with --ignored --nocapture"]
fn lane_cycles_by_state() {
    with_card_stack(|| {
        if std::env::var("GATEBOOK_VENUE").is_ok_and(|v| v == "default") {
            let build = gatebook_wire::BuildSizes::DEFAULT_CARD;
            profile_lanes(
                DefaultLaneTop4::new(build),
                &gatebook_formats::default_venue(),
            );
        } else {
            profile_lanes(SmallLaneTop4::new(SMALL_BUILD), &flowgen::small_venue());
        }
    });
}

/// Runs 2,000 mixed messages of `venue` through the four-lane `top` and prints where its
/// lanes' cycles go.
fn profile_lanes<T: Card>(mut top: T, venue: &VenueConfig) {
    use std::collections::BTreeMap;
    let (records, configured) = generated_records(venue, Profile::Mixed, 1, 2_000);
    let configs = configured.len() - records.len();
    top.connect_all();
    top.clock_mut().next = Clock::from(false);
    settle(&mut top);
    top.drive(true, None, true);
    cycle(&mut top);
    let (mut next, mut cycles, mut waits) = (0, 0u64, 0u64);
    let mut by_state: BTreeMap<String, u64> = BTreeMap::new();
    loop {
        let beat = configured
            .get(next)
            .map(|record| beat_from_bytes(&record.to_bytes()));
        top.drive(false, beat, true);
        settle(&mut top);
        let (in_ready, _, _, idle) = top.pins();
        let taken = beat.is_some() && in_ready;
        let (steps, waiting) = top.lane_steps();
        if next > configs {
            cycles += 1;
            waits += u64::from(waiting);
            for step in steps {
                *by_state.entry(format!("{step:?}")).or_default() += 1;
            }
        }
        cycle(&mut top);
        next += usize::from(taken);
        if next == configured.len() && idle {
            break;
        }
    }
    println!("{cycles} cycles; a message waits at the dispatcher in {waits}");
    let mut rows: Vec<(u64, String)> = by_state.into_iter().map(|(s, n)| (n, s)).collect();
    rows.sort_by(|a, b| b.cmp(a));
    for (n, state) in rows.into_iter().take(12) {
        println!(
            "  {state:<18} {n:>8} {:>6.1}% of lane cycles",
            100.0 * n as f64 / (4 * cycles) as f64
        );
    }
}
