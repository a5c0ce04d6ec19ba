//! Shared pieces of the benchmarks: one add/cancel/match tape and a small trait that lets
//! engine-sw and two open-source order books run it side by side.
//!
//! Each book gets the tape in its own native form, built before timing starts, so the
//! measurement covers order handling only. Our ids map one to one onto theirs.

#![forbid(unsafe_code)]

pub mod baseline;

use engine_sw::Engine;
use gatebook_wire::{
    AccountConfig, Capacity, InstrumentConfig, Message, NewOrder, OrdType, OrderRecord,
    ReportRecord, Side, StpMode, Tif, VenueConfig,
};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// One operation of the common tape (a single instrument).
#[derive(Debug, Clone, Copy)]
pub enum TapeOp {
    /// A resting limit order that does not cross.
    Add {
        /// Order id, unique over the tape, counted from 1.
        id: u64,
        /// Side the order rests on.
        side: Side,
        /// Limit price in ticks, 1 to 20 ticks behind [`TAPE_REFERENCE`].
        price: u32,
        /// Quantity in lots, 1 to 100.
        qty: u32,
    },
    /// Cancels a live order that an earlier `Add` entered.
    Cancel {
        /// Id of the `Add` to cancel.
        id: u64,
    },
    /// A market order: takes liquidity, never rests.
    Take {
        /// Order id, unique over the tape.
        id: u64,
        /// Side of the incoming market order.
        side: Side,
        /// Quantity in lots, 1 to 150; what the book cannot fill expires.
        qty: u32,
    },
}

/// Lowest price of the tape's 1024-tick window (the venue's `price_base`).
pub const TAPE_BASE: u32 = 1000;
/// The reference price; adds quote around it, 512 ticks into the window.
pub const TAPE_REFERENCE: u32 = 1512;

/// Live orders the tape keeps at most: a deep real book, well inside every book's capacity.
pub const TAPE_MAX_LIVE: usize = 8192;

/// A reproducible tape: 55% adds a few ticks behind the reference, 35% cancels of live
/// orders (always a cancel once [`TAPE_MAX_LIVE`] orders are live), 10% market orders.
pub fn tape(ops: usize, seed: u64) -> Vec<TapeOp> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut live: Vec<u64> = Vec::new();
    let mut next_id = 1u64;
    let mut tape = Vec::with_capacity(ops);
    while tape.len() < ops {
        let roll = rng.gen_range(0..100);
        let side = if rng.gen_bool(0.5) {
            Side::Buy
        } else {
            Side::Sell
        };
        let id = next_id;
        if (roll < 55 && live.len() < TAPE_MAX_LIVE) || live.is_empty() {
            next_id += 1;
            let depth = rng.gen_range(1..=20);
            let price = match side {
                Side::Buy => TAPE_REFERENCE - depth,
                Side::Sell => TAPE_REFERENCE + depth,
            };
            live.push(id);
            tape.push(TapeOp::Add {
                id,
                side,
                price,
                qty: rng.gen_range(1..=100),
            });
        } else if roll < 90 || live.len() >= TAPE_MAX_LIVE {
            let i = rng.gen_range(0..live.len());
            tape.push(TapeOp::Cancel {
                id: live.swap_remove(i),
            });
        } else {
            next_id += 1;
            tape.push(TapeOp::Take {
                id,
                side,
                qty: rng.gen_range(1..=150),
            });
        }
    }
    tape
}

/// `messages` messages of `profile` on `venue` from `seed`, as wire records numbered from 1.
pub fn profile_records(
    venue: &VenueConfig,
    profile: flowgen::Profile,
    seed: u64,
    messages: usize,
) -> Vec<OrderRecord> {
    flowgen::generate(venue, profile, seed, messages)
        .expect("the venue carries the profile")
        .iter()
        .enumerate()
        .map(|(i, m)| m.encode(i as u64 + 1))
        .collect()
}

/// A flow by name, with the venue it runs on, as the examples take it: `tape` is the peers'
/// tape on [`tape_venue`] (seed 7), `deep` the deep profile on `flowgen::deep_venue`, any
/// other profile name that profile on the default venue (seed 1).
///
/// # Panics
/// When `name` is neither `tape` nor a profile: the examples' argument is wrong.
pub fn named_flow(name: &str, messages: usize) -> (VenueConfig, Vec<OrderRecord>) {
    if name == "tape" {
        return (tape_venue(), GatebookBook::prepare(&tape(messages, 7)));
    }
    let profile = flowgen::Profile::parse(name).expect("a profile or `tape`");
    let venue = if profile == flowgen::Profile::Deep {
        flowgen::deep_venue()
    } else {
        gatebook_formats::default_venue()
    };
    let records = profile_records(&venue, profile, 1, messages);
    (venue, records)
}

/// Runs `records` through engine-sw and through its predecessor ([`baseline::Engine`]) and
/// returns the index of the first record whose reports differ, if any.
pub fn first_difference(venue: &VenueConfig, records: &[OrderRecord]) -> Option<usize> {
    let mut current = Engine::new(venue).expect("valid venue");
    let mut before = baseline::Engine::new(venue).expect("valid venue");
    let (mut a, mut b) = (Vec::new(), Vec::new());
    records.iter().position(|record| {
        a.clear();
        b.clear();
        current.process(record, &mut a);
        before.process(record, &mut b);
        a != b
    })
}

/// An order book that can run the tape.
pub trait TapeBook {
    /// The tape in this book's own input form.
    type Input;
    /// The book's name in benchmark ids and reports.
    fn name(&self) -> &'static str;
    /// Translates the tape into this book's input, before timing starts.
    fn prepare(tape: &[TapeOp]) -> Vec<Self::Input>;
    /// Applies one operation to the book: the timed part.
    fn run(&mut self, input: &Self::Input);
}

/// Maker and taker accounts of the tape; makers are one account per side so a market order
/// never meets its own account.
const MAKER: u32 = 1;
const TAKER: u32 = 2;

/// The venue engine-sw runs the tape on: one instrument, collar over the whole window (so a
/// MARKET order is a plain market order), no limits that bite.
pub fn tape_venue() -> VenueConfig {
    let account = |id| AccountConfig {
        id,
        enabled: true,
        max_order_qty: u32::MAX,
        max_order_notional: u64::MAX,
        max_position: u64::MAX,
        headroom: i64::MAX,
        stp: StpMode::None,
    };
    VenueConfig {
        capacity: Capacity {
            instruments: 1,
            accounts: 4,
            order_slots: 65_536,
            price_window: 1024,
        },
        instruments: vec![InstrumentConfig {
            id: 0,
            price_base: TAPE_BASE,
            reference: TAPE_REFERENCE,
            collar: 1024,
            ..InstrumentConfig::default()
        }],
        accounts: vec![account(MAKER), account(TAKER)],
    }
}

/// engine-sw with its full risk path, reports written to a reused buffer.
pub struct GatebookBook {
    engine: Engine,
    reports: Vec<ReportRecord>,
}

impl Default for GatebookBook {
    fn default() -> Self {
        GatebookBook {
            engine: Engine::new(&tape_venue()).expect("tape venue is valid"),
            reports: Vec::with_capacity(4096),
        }
    }
}

impl TapeBook for GatebookBook {
    type Input = OrderRecord;

    fn name(&self) -> &'static str {
        "gatebook engine-sw"
    }

    fn prepare(tape: &[TapeOp]) -> Vec<OrderRecord> {
        tape.iter()
            .enumerate()
            .map(|(i, op)| {
                let message = match *op {
                    TapeOp::Add {
                        id,
                        side,
                        price,
                        qty,
                    } => new_order(MAKER, id, side, OrdType::Limit, Tif::Gtc, price, qty),
                    TapeOp::Cancel { id } => Message::Cancel {
                        account: MAKER,
                        instrument: 0,
                        cl_ord_id: id,
                    },
                    TapeOp::Take { id, side, qty } => {
                        new_order(TAKER, id, side, OrdType::Market, Tif::Ioc, 0, qty)
                    }
                };
                message.encode(i as u64 + 1)
            })
            .collect()
    }

    fn run(&mut self, input: &OrderRecord) {
        self.reports.clear();
        self.engine.process(input, &mut self.reports);
    }
}

fn new_order(
    account: u32,
    id: u64,
    side: Side,
    ord_type: OrdType,
    tif: Tif,
    price: u32,
    qty: u32,
) -> Message {
    Message::New(NewOrder {
        account,
        instrument: 0,
        cl_ord_id: id,
        side,
        ord_type,
        tif,
        price,
        qty,
        post_only: false,
        stp: None,
    })
}

/// The `lobster` crate (0.7): a single-threaded book with an arena.
pub struct LobsterBook(lobster::OrderBook);

impl Default for LobsterBook {
    fn default() -> Self {
        LobsterBook(lobster::OrderBook::new(1 << 16, 16, false))
    }
}

impl TapeBook for LobsterBook {
    type Input = lobster::OrderType;

    fn name(&self) -> &'static str {
        "lobster 0.7"
    }

    fn prepare(tape: &[TapeOp]) -> Vec<lobster::OrderType> {
        let side = |s: Side| {
            if s == Side::Buy {
                lobster::Side::Bid
            } else {
                lobster::Side::Ask
            }
        };
        tape.iter()
            .map(|op| match *op {
                TapeOp::Add {
                    id,
                    side: s,
                    price,
                    qty,
                } => lobster::OrderType::Limit {
                    id: u128::from(id),
                    side: side(s),
                    qty: u64::from(qty),
                    price: u64::from(price),
                },
                TapeOp::Cancel { id } => lobster::OrderType::Cancel { id: u128::from(id) },
                TapeOp::Take { id, side: s, qty } => lobster::OrderType::Market {
                    id: u128::from(id),
                    side: side(s),
                    qty: u64::from(qty),
                },
            })
            .collect()
    }

    fn run(&mut self, input: &lobster::OrderType) {
        std::hint::black_box(self.0.execute(*input));
    }
}

/// The `orderbook-rs` crate (0.15): a concurrent book, driven here from one thread.
pub struct OrderbookRsBook(orderbook_rs::OrderBook<()>);

impl Default for OrderbookRsBook {
    fn default() -> Self {
        OrderbookRsBook(orderbook_rs::OrderBook::new("BENCH"))
    }
}

impl TapeBook for OrderbookRsBook {
    type Input = TapeOp;

    fn name(&self) -> &'static str {
        "orderbook-rs 0.15"
    }

    fn prepare(tape: &[TapeOp]) -> Vec<TapeOp> {
        tape.to_vec()
    }

    fn run(&mut self, input: &TapeOp) {
        use pricelevel::{Id, Side as PSide, TimeInForce};
        let side = |s: Side| {
            if s == Side::Buy {
                PSide::Buy
            } else {
                PSide::Sell
            }
        };
        match *input {
            TapeOp::Add {
                id,
                side: s,
                price,
                qty,
            } => {
                let _ = std::hint::black_box(self.0.add_limit_order(
                    Id::Sequential(id),
                    u128::from(price),
                    u64::from(qty),
                    side(s),
                    TimeInForce::Gtc,
                    None,
                ));
            }
            TapeOp::Cancel { id } => {
                let _ = std::hint::black_box(self.0.cancel_order(Id::Sequential(id)));
            }
            TapeOp::Take { id, side: s, qty } => {
                let _ = std::hint::black_box(self.0.submit_market_order(
                    Id::Sequential(id),
                    u64::from(qty),
                    side(s),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// engine-sw and its predecessor give the same reports on every profile.
    #[test]
    fn the_engine_and_its_predecessor_agree_on_every_profile() {
        use flowgen::Profile;
        let default = gatebook_formats::default_venue();
        let deep = flowgen::deep_venue();
        for profile in Profile::ALL.into_iter().filter(|p| !p.has_marks()) {
            for venue in [&default, &deep, &flowgen::small_venue()] {
                let records = profile_records(venue, profile, 5, 30_000);
                assert_eq!(first_difference(venue, &records), None, "{profile:?}");
            }
        }
        let venue = deep;
        let records = profile_records(&venue, Profile::Deep, 1, 400_000);
        assert_eq!(first_difference(&venue, &records), None);
    }

    /// The deep profile builds the book it is named for: tens of thousands of orders over
    /// tens of thousands of ticks, with few fills per aggressive order.
    #[test]
    fn the_deep_profile_builds_a_deep_wide_book() {
        let venue = flowgen::deep_venue();
        let records = profile_records(&venue, flowgen::Profile::Deep, 1, 2_000_000);
        let mut engine = Engine::new(&venue).unwrap();
        let mut reports = Vec::new();
        let (mut most_resting, mut most_fills, mut most_levels) = (0, 0, 0);
        for (i, record) in records.iter().enumerate() {
            reports.clear();
            engine.process(record, &mut reports);
            let fills: Vec<_> = reports
                .iter()
                .filter(|r| r.event == gatebook_wire::Event::Fill.code())
                .collect();
            most_fills = most_fills.max(fills.len() / 2);
            let mut prices: Vec<u32> = fills.iter().map(|r| r.price.get()).collect();
            prices.dedup();
            most_levels = most_levels.max(prices.len());
            if i % 1000 == 0 {
                most_resting = most_resting.max(engine.resting_count());
            }
        }
        let bids = engine.depth(0, Side::Buy, usize::MAX);
        let asks = engine.depth(0, Side::Sell, usize::MAX);
        let spread = asks.last().unwrap().0 - bids.last().unwrap().0;
        println!("resting at most {most_resting}, now {}, prices over {spread} ticks, at most {most_fills} fills on {most_levels} levels", engine.resting_count());
        assert!((35_000..=45_000).contains(&most_resting), "{most_resting}");
        assert!(spread > 30_000, "{spread}");
    }

    /// The example venue file is the deep profile's venue.
    #[test]
    fn the_deep_venue_file_is_the_deep_venue() {
        let text = include_str!("../../examples/deep-venue.toml");
        let parsed = gatebook_formats::parse_venue(text, "examples/deep-venue.toml").unwrap();
        assert_eq!(parsed, flowgen::deep_venue());
    }

    /// The three books agree on the tape's outcome: same best prices at the end.
    #[test]
    fn books_agree_on_the_tape() {
        let tape = tape(20_000, 3);
        let mut ours = GatebookBook::default();
        let mut theirs = LobsterBook::default();
        for (a, b) in GatebookBook::prepare(&tape)
            .iter()
            .zip(LobsterBook::prepare(&tape).iter())
        {
            ours.run(a);
            theirs.run(b);
        }
        assert_eq!(
            ours.engine.best_price(0, Side::Buy).map(u64::from),
            theirs.0.max_bid()
        );
        assert_eq!(
            ours.engine.best_price(0, Side::Sell).map(u64::from),
            theirs.0.min_ask()
        );
        let mut third = OrderbookRsBook::default();
        for op in OrderbookRsBook::prepare(&tape).iter() {
            third.run(op);
        }
        assert_eq!(
            ours.engine.best_price(0, Side::Buy).map(u128::from),
            third.0.best_bid()
        );
        assert_eq!(
            ours.engine.best_price(0, Side::Sell).map(u128::from),
            third.0.best_ask()
        );
    }
}
