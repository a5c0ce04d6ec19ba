//! Reproducible synthetic order flow: the same venue, profile, seed and length always give
//! the same messages, byte for byte.
//!
//! The generator models the participants of a derivatives venue: market makers quoting and
//! re-quoting around a moving reference price, takers sending IOC, FOK and market orders,
//! cancels, occasional kill switches, and the control traffic (reference, margin rates,
//! headroom) a real session carries. It does not run an engine: like real clients it acts on
//! what it believes is live, so some cancels and replaces race fills and are rejected. The
//! mixed profile keeps its own view of what rests (`shadow`), as a careful member does, so its
//! rejects are the few it sends on purpose.

#![forbid(unsafe_code)]

mod shadow;

use gatebook_wire::{
    FlowItem, InstrumentKind, Mark, Message, NewOrder, OrdType, Side, StpMode, Tif, VenueConfig,
};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use shadow::{Incoming, RestingOrder, ShadowBook};
use std::collections::VecDeque;

/// What kind of session to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// Makers and takers together, the default: it tracks its own resting orders, so its few
    /// rejects are the ones it sends on purpose (`flowgen/README.md`).
    Mixed,
    /// Quote maintenance: adds, replaces and cancels, few trades (an add/cancel tape).
    Makers,
    /// Aggressive flow against a book kept thick by makers: IOC, FOK and market orders.
    Takers,
    /// Fills the book to capacity, then sweeps many levels at once, again and again.
    Stress,
    /// An options session for the margin engine in the loop: makers quote options and
    /// futures, takers sell options, and `MARK` rows move each underlying's future, with a
    /// crash late in the session.
    Options,
    /// Resting quotes only: GTC limit orders a few ticks behind the reference, which never
    /// cross (the card's sustained rate of non-crossing orders).
    Quotes,
    /// Deep, wide books ([`deep_venue`]): tens of thousands of resting orders spread over
    /// most of the price band (most near the reference, a long tail far from it), adds,
    /// cancels (mostly of young orders) and modifies, with a few small aggressive orders.
    Deep,
}

impl Profile {
    /// Every profile, in the order `gatebook gen --help` lists them.
    pub const ALL: [Profile; 7] = [
        Profile::Mixed,
        Profile::Makers,
        Profile::Takers,
        Profile::Stress,
        Profile::Options,
        Profile::Quotes,
        Profile::Deep,
    ];

    /// True for profiles whose flow carries `MARK` rows for the margin loop.
    pub fn has_marks(self) -> bool {
        self == Profile::Options
    }

    /// The name `--profile` takes (`mixed`, `makers`, ...).
    pub fn name(self) -> &'static str {
        match self {
            Profile::Mixed => "mixed",
            Profile::Makers => "makers",
            Profile::Takers => "takers",
            Profile::Stress => "stress",
            Profile::Options => "options",
            Profile::Quotes => "quotes",
            Profile::Deep => "deep",
        }
    }

    /// The profile a `--profile` name stands for; `None` for an unknown name.
    pub fn parse(text: &str) -> Option<Profile> {
        Profile::ALL.into_iter().find(|p| p.name() == text)
    }
}

/// Why a venue cannot carry generated flow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GenError(pub String);

impl std::fmt::Display for GenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for GenError {}

struct Market {
    id: u16,
    kind: InstrumentKind,
    underlying: String,
    low: u32,
    high: u32,
    reference: u32,
    collar: u32,
    /// The collar as configured (`collar` is at least 1): the engine's MARKET protection.
    configured_collar: u32,
}

impl Market {
    /// Prices a new order may use without breaking the collar or the window.
    fn band(&self) -> (u32, u32) {
        let low = self.reference.saturating_sub(self.collar).max(self.low);
        let high = self.reference.saturating_add(self.collar).min(self.high);
        (low, high.max(low))
    }

    /// A passive price `ticks` behind the reference (below it for a bid), inside the band.
    fn behind(&self, side: Side, ticks: u32) -> u32 {
        let (low, high) = self.band();
        match side {
            Side::Buy => self.reference.saturating_sub(ticks).max(low),
            Side::Sell => self.reference.saturating_add(ticks).min(high),
        }
    }

    /// An aggressive price `ticks` through the reference (above it for a buy), inside the band.
    fn through(&self, side: Side, ticks: u32) -> u32 {
        self.behind(side.opposite(), ticks)
    }

    /// The limit the engine gives a MARKET order: reference ± collar, clamped into the window.
    fn protection_price(&self, side: Side) -> u32 {
        let reference = i64::from(self.reference);
        let collar = i64::from(self.configured_collar);
        let limit = match side {
            Side::Buy => reference + collar,
            Side::Sell => reference - collar,
        };
        limit.clamp(i64::from(self.low), i64::from(self.high)) as u32
    }
}

#[derive(Clone, Copy)]
struct LiveOrder {
    account: u32,
    instrument: u16,
    cl_ord_id: u64,
    price: u32,
    qty: u32,
}

/// The generator's state; [`generate`] is the usual entry point.
pub struct FlowGenerator {
    rng: ChaCha8Rng,
    profile: Profile,
    markets: Vec<Market>,
    makers: Vec<u32>,
    takers: Vec<u32>,
    next_id: Vec<u64>,
    max_qty: u32,
    order_slots: usize,
    live: Vec<LiveOrder>,
    killed: Vec<u32>,
    stress_phase_fill: bool,
    produced_adds: usize,
    /// Items decided together and handed out one by one (a mark and its reference).
    pending: VecDeque<FlowItem>,
    marks: Vec<UnderlyingMark>,
    next_mark: usize,
    produced: usize,
    /// Length of the session, when known, so the options crash can be placed in it.
    planned: usize,
    /// The mixed profile's view of each market's resting orders (index as `markets`).
    books: Vec<ShadowBook>,
    /// Most orders the mixed profile keeps resting in one market: all markets together stay
    /// at half the venue's order slots at most, so its quotes never meet a full book.
    book_cap: usize,
    /// The mixed profile's orders that left the book lately (account, instrument, id), for
    /// its few deliberate late cancels.
    recently_done: VecDeque<(u32, u16, u64)>,
    /// Each account's configured self-trade prevention (index: account id).
    account_stp: Vec<StpMode>,
    /// Time priority of the next order the mixed profile rests.
    next_priority: u64,
}

/// Share of the mixed profile's cancels sent for an order that has already filled: a maker
/// that had not yet read its fill (`UNKNOWN_ORDER`, on purpose).
const LATE_CANCEL_SHARE: f64 = 0.05;
/// Share of the mixed profile's post-only quotes priced at the opposite best: a maker that
/// misjudged the touch (`WOULD_CROSS`, on purpose).
const MISPRICED_POST_ONLY_SHARE: f64 = 0.05;
/// Share of the mixed profile's aggressive orders sent by a maker account (hedging), which
/// can meet its own quotes and exercise self-trade prevention.
const MAKER_TAKES_SHARE: f64 = 0.05;
/// Most orders the mixed profile keeps resting in one market however large the venue: its
/// makers quote a few ticks deep, and the generator scans a market's orders for each step.
const MAX_RESTING_PER_MARKET: usize = 256;
/// How many recently done orders the mixed profile remembers for late cancels.
const RECENTLY_DONE_KEPT: usize = 64;

/// The moving mark of one underlying, carried by its first future.
struct UnderlyingMark {
    future: usize,
    price: f64,
    vol_bp: u32,
}

/// A small venue where generated flow hits every limit: 16 order slots, a 100-tick window,
/// tight quantity, notional, position and margin limits, and one account per STP default.
/// Tests of every backend use it so books fill and rejects of each kind occur.
pub fn small_venue() -> VenueConfig {
    use gatebook_wire::{AccountConfig, Capacity, InstrumentConfig};
    let stp = [
        StpMode::Resting,
        StpMode::Incoming,
        StpMode::Both,
        StpMode::None,
    ];
    VenueConfig {
        capacity: Capacity {
            instruments: 3,
            accounts: 10,
            order_slots: 16,
            price_window: 100,
        },
        instruments: (0..2)
            .map(|id| InstrumentConfig {
                id,
                price_base: 100,
                reference: 150,
                collar: 40,
                margin_buy: 5,
                margin_sell: 7,
                ..InstrumentConfig::default()
            })
            .collect(),
        accounts: (0..8)
            .map(|id| AccountConfig {
                id,
                enabled: true,
                max_order_qty: 200,
                max_order_notional: 20_000,
                max_position: 600,
                headroom: 40_000,
                stp: stp[id as usize % 4],
            })
            .collect(),
    }
}

/// A venue for deep, wide books, within the wide card's tables: one instrument with a
/// 65,536-tick window and a collar over all of it, 65,536 order slots, and 16 accounts
/// (8 makers, 8 takers) with limits that do not bite. The `deep` profile is made for it;
/// `examples/deep-venue.toml` is the same venue as a file.
pub fn deep_venue() -> VenueConfig {
    use gatebook_wire::{AccountConfig, Capacity, InstrumentConfig};
    VenueConfig {
        capacity: Capacity {
            instruments: 1,
            accounts: 16,
            order_slots: 65_536,
            price_window: 65_536,
        },
        instruments: vec![InstrumentConfig {
            id: 0,
            symbol: "DEEP".into(),
            price_base: 0,
            reference: 32_768,
            collar: 32_767,
            margin_buy: 1,
            margin_sell: 1,
            ..InstrumentConfig::default()
        }],
        accounts: (0..16)
            .map(|id| AccountConfig {
                id,
                enabled: true,
                max_order_qty: 100_000,
                max_order_notional: u64::MAX,
                max_position: u64::MAX,
                headroom: i64::MAX,
                stp: StpMode::Resting,
            })
            .collect(),
    }
}

/// Share of the order slots the `deep` profile keeps resting (believed live): about 42,000
/// of the 65,536 of [`deep_venue`].
const DEEP_FILL_NUMERATOR: usize = 16;
const DEEP_FILL_DENOMINATOR: usize = 25;
/// How many of the youngest believed-live orders the `deep` profile's young cancels and
/// modifies choose from.
const DEEP_YOUNG: usize = 256;

fn pick<T: Copy>(rng: &mut ChaCha8Rng, items: &[T]) -> T {
    items[rng.gen_range(0..items.len())]
}

/// Generates `messages` messages of `profile` for `venue` from `seed`. Profiles with
/// `MARK` rows need [`generate_flow`].
pub fn generate(
    venue: &VenueConfig,
    profile: Profile,
    seed: u64,
    messages: usize,
) -> Result<Vec<Message>, GenError> {
    if profile.has_marks() {
        return Err(GenError(format!(
            "the {} profile carries MARK rows; generate it as a flow",
            profile.name()
        )));
    }
    let mut generator = FlowGenerator::new(venue, profile, seed)?;
    Ok((0..messages).map(|_| generator.next_message()).collect())
}

/// Generates `lines` data lines of `profile` for `venue` from `seed`: messages and, for the
/// options profile, marks.
pub fn generate_flow(
    venue: &VenueConfig,
    profile: Profile,
    seed: u64,
    lines: usize,
) -> Result<Vec<FlowItem>, GenError> {
    let mut generator = FlowGenerator::new(venue, profile, seed)?;
    generator.plan(lines);
    Ok((0..lines).map(|_| generator.next_item()).collect())
}

/// One mark per underlying, on its first future, starting at the future's reference.
fn underlying_marks(markets: &[Market]) -> Vec<UnderlyingMark> {
    let mut marks: Vec<UnderlyingMark> = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for (i, m) in markets.iter().enumerate() {
        if m.kind == InstrumentKind::Future && !seen.contains(&m.underlying.as_str()) {
            seen.push(&m.underlying);
            marks.push(UnderlyingMark {
                future: i,
                price: f64::from(m.reference),
                vol_bp: 5000,
            });
        }
    }
    marks
}

impl FlowGenerator {
    /// A generator of `profile` flow on `venue`, reproducible from `seed`; fails when the venue
    /// cannot carry that profile (see [`GenError`]).
    pub fn new(venue: &VenueConfig, profile: Profile, seed: u64) -> Result<Self, GenError> {
        let window = venue.capacity.price_window;
        let mut markets: Vec<Market> = venue
            .instruments
            .iter()
            .map(|i| Market {
                id: i.id,
                kind: i.kind,
                underlying: i.underlying.clone(),
                low: i.price_base,
                high: i.price_base + (window - 1),
                reference: i.reference.clamp(i.price_base, i.price_base + (window - 1)),
                collar: i.collar.max(1),
                configured_collar: i.collar,
            })
            .collect();
        markets.sort_by_key(|m| m.id);
        if markets.is_empty() {
            return Err(GenError("the venue has no instruments to trade".into()));
        }
        let mut accounts: Vec<&gatebook_wire::AccountConfig> =
            venue.accounts.iter().filter(|a| a.enabled).collect();
        accounts.sort_by_key(|a| a.id);
        if accounts.len() < 2 {
            return Err(GenError(
                "the venue needs at least two enabled accounts".into(),
            ));
        }
        let used = accounts.len().min(64);
        let makers_count = (used / 2).max(1);
        let makers: Vec<u32> = accounts[..makers_count].iter().map(|a| a.id).collect();
        let takers: Vec<u32> = accounts[makers_count..used].iter().map(|a| a.id).collect();
        let max_qty = accounts[..used]
            .iter()
            .map(|a| a.max_order_qty)
            .min()
            .unwrap_or(1)
            .clamp(1, 1000);
        let highest = accounts[used - 1].id as usize;
        let mut account_stp = vec![StpMode::Resting; highest + 1];
        for a in &accounts[..used] {
            account_stp[a.id as usize] = a.stp;
        }
        let order_slots = venue.capacity.order_slots as usize;
        let book_cap = (order_slots / (2 * markets.len())).clamp(1, MAX_RESTING_PER_MARKET);
        let books = match profile {
            Profile::Mixed => markets.iter().map(|_| ShadowBook::default()).collect(),
            _ => Vec::new(),
        };
        Ok(FlowGenerator {
            rng: ChaCha8Rng::seed_from_u64(seed),
            profile,
            markets,
            makers,
            takers,
            next_id: vec![1; highest + 1],
            max_qty,
            order_slots,
            live: Vec::new(),
            killed: Vec::new(),
            stress_phase_fill: true,
            produced_adds: 0,
            pending: VecDeque::new(),
            marks: Vec::new(),
            next_mark: 0,
            produced: 0,
            planned: usize::MAX,
            books,
            book_cap,
            recently_done: VecDeque::with_capacity(RECENTLY_DONE_KEPT),
            account_stp,
            next_priority: 0,
        })
        .and_then(|mut generator| {
            if profile == Profile::Options {
                generator.marks = underlying_marks(&generator.markets);
                if generator.marks.is_empty() {
                    return Err(GenError(
                        "the options profile needs a venue with futures (see examples/options-venue.toml)".into(),
                    ));
                }
            }
            Ok(generator)
        })
    }

    /// Tells the generator how long the session is (places the options crash).
    pub fn plan(&mut self, messages: usize) {
        self.planned = messages;
    }

    /// The next data line of the session: a message or, in the options profile, a mark.
    pub fn next_item(&mut self) -> FlowItem {
        let item = match self.pending.pop_front() {
            Some(item) => item,
            None if self.profile == Profile::Options => self.options_step(),
            None => FlowItem::Message(self.next_message()),
        };
        self.produced += 1;
        item
    }

    fn new_id(&mut self, account: u32) -> u64 {
        let slot = &mut self.next_id[account as usize];
        let id = *slot;
        *slot += 1;
        id
    }

    fn qty(&mut self, typical: u32) -> u32 {
        self.rng.gen_range(1..=typical.min(self.max_qty))
    }

    /// The next message of the session.
    pub fn next_message(&mut self) -> Message {
        let roll: u32 = self.rng.gen_range(0..1000);
        match self.profile {
            Profile::Mixed => match roll {
                0..=399 => self.mixed_quote(),
                400..=549 => self.mixed_replace(),
                550..=749 => self.mixed_cancel(),
                750..=869 => self.mixed_taker(Tif::Ioc, OrdType::Limit),
                870..=899 => self.mixed_taker(Tif::Fok, OrdType::Limit),
                900..=929 => self.mixed_taker(Tif::Ioc, OrdType::Market),
                930..=979 => self.move_reference(),
                980..=989 => self.margin_traffic(),
                _ => self.kill_or_enable(),
            },
            Profile::Makers => match roll {
                0..=449 => self.maker_quote(),
                450..=699 => self.replace(),
                700..=959 => self.cancel(),
                960..=979 => self.taker(Tif::Ioc, OrdType::Limit),
                _ => self.move_reference(),
            },
            Profile::Takers => match roll {
                0..=399 => self.maker_quote(),
                400..=649 => self.taker(Tif::Ioc, OrdType::Limit),
                650..=749 => self.taker(Tif::Fok, OrdType::Limit),
                750..=849 => self.taker(Tif::Ioc, OrdType::Market),
                850..=899 => self.taker(Tif::Gtc, OrdType::Limit),
                900..=949 => self.cancel(),
                _ => self.move_reference(),
            },
            Profile::Stress => self.stress(roll),
            Profile::Quotes => self.maker_quote(),
            Profile::Deep => self.deep(roll),
            Profile::Options => match self.options_step() {
                FlowItem::Message(message) => message,
                // Without a margin loop a mark is no message: quote instead.
                FlowItem::Mark(_) => {
                    self.pending.clear();
                    self.options_quote()
                }
            },
        }
    }

    /// A maker's GTC quote a few ticks behind the reference, sometimes post-only.
    fn maker_quote(&mut self) -> Message {
        let account = pick(&mut self.rng, &self.makers);
        let m = self.rng.gen_range(0..self.markets.len());
        let side = if self.rng.gen_bool(0.5) {
            Side::Buy
        } else {
            Side::Sell
        };
        let depth = self.rng.gen_range(1..=8u32);
        let price = self.markets[m].behind(side, depth);
        let qty = self.qty(100);
        let post_only = self.rng.gen_bool(0.2);
        self.gtc_limit(account, m, side, price, qty, post_only)
    }

    /// A taker crossing the spread by a few ticks.
    fn taker(&mut self, tif: Tif, ord_type: OrdType) -> Message {
        let account = pick(&mut self.rng, &self.takers);
        let m = self.rng.gen_range(0..self.markets.len());
        let side = if self.rng.gen_bool(0.5) {
            Side::Buy
        } else {
            Side::Sell
        };
        let through = self.rng.gen_range(0..=6u32);
        let price = self.markets[m].through(side, through);
        let qty = self.qty(150);
        let stp = if self.rng.gen_bool(0.05) {
            Some(pick(&mut self.rng, StpMode::ALL))
        } else {
            None
        };
        self.new_order(account, m, side, ord_type, tif, price, qty, false, stp)
    }

    /// A GTC limit order with no STP override: the resting quote every profile makes.
    fn gtc_limit(
        &mut self,
        account: u32,
        market: usize,
        side: Side,
        price: u32,
        qty: u32,
        post_only: bool,
    ) -> Message {
        self.new_order(
            account,
            market,
            side,
            OrdType::Limit,
            Tif::Gtc,
            price,
            qty,
            post_only,
            None,
        )
    }

    #[allow(clippy::too_many_arguments)]
    fn new_order(
        &mut self,
        account: u32,
        market: usize,
        side: Side,
        ord_type: OrdType,
        tif: Tif,
        price: u32,
        qty: u32,
        post_only: bool,
        stp: Option<StpMode>,
    ) -> Message {
        let cl_ord_id = self.new_id(account);
        let instrument = self.markets[market].id;
        // The mixed profile tracks its resting orders in its shadow books instead.
        if tif == Tif::Gtc && ord_type == OrdType::Limit && self.profile != Profile::Mixed {
            self.remember(LiveOrder {
                account,
                instrument,
                cl_ord_id,
                price,
                qty,
            });
        }
        Message::New(NewOrder {
            account,
            instrument,
            cl_ord_id,
            side,
            ord_type,
            tif,
            price: if ord_type == OrdType::Market {
                0
            } else {
                price
            },
            qty,
            post_only,
            stp,
        })
    }

    /// Tracks a believed-live order, forgetting the oldest once far more than fit are known.
    fn remember(&mut self, order: LiveOrder) {
        if self.live.len() >= self.order_slots * 2 {
            self.live.swap_remove(0);
        }
        self.live.push(order);
    }

    fn take_live(&mut self) -> Option<LiveOrder> {
        if self.live.is_empty() {
            return None;
        }
        let i = self.rng.gen_range(0..self.live.len());
        Some(self.live.swap_remove(i))
    }

    fn cancel(&mut self) -> Message {
        match self.take_live() {
            Some(o) => Message::Cancel {
                account: o.account,
                instrument: o.instrument,
                cl_ord_id: o.cl_ord_id,
            },
            None => self.maker_quote(),
        }
    }

    /// Re-quotes a live order: usually a new price near the reference, sometimes a cut in size.
    fn replace(&mut self) -> Message {
        match self.take_live() {
            Some(o) => self.modify(o),
            None => self.maker_quote(),
        }
    }

    /// Modifies `o`, taken off the live list, and puts it back: three times in ten a cut in
    /// size in place, else a price a few ticks away inside its band and a new size.
    fn modify(&mut self, mut o: LiveOrder) -> Message {
        if self.rng.gen_bool(0.3) && o.qty > 1 {
            o.qty = self.rng.gen_range(1..o.qty);
        } else {
            let m = self
                .markets
                .iter()
                .position(|m| m.id == o.instrument)
                .unwrap_or(0);
            let (low, high) = self.markets[m].band();
            let shift = self.rng.gen_range(-3i64..=3);
            o.price = (i64::from(o.price) + shift).clamp(i64::from(low), i64::from(high)) as u32;
            o.qty = self.qty(100);
        }
        self.live.push(o);
        Message::Replace {
            account: o.account,
            instrument: o.instrument,
            cl_ord_id: o.cl_ord_id,
            price: o.price,
            qty: o.qty,
        }
    }

    /// A random-walk step of one instrument's reference price, kept inside its window.
    fn move_reference(&mut self) -> Message {
        let m = self.rng.gen_range(0..self.markets.len());
        let market = &mut self.markets[m];
        let step = self.rng.gen_range(-2i64..=2);
        let margin = i64::from(market.collar.min((market.high - market.low) / 2));
        let lowest = i64::from(market.low) + margin;
        let highest = (i64::from(market.high) - margin).max(lowest);
        market.reference = (i64::from(market.reference) + step).clamp(lowest, highest) as u32;
        Message::Ref {
            instrument: market.id,
            price: market.reference,
        }
    }

    fn margin_traffic(&mut self) -> Message {
        if self.rng.gen_bool(0.5) {
            let m = self.rng.gen_range(0..self.markets.len());
            let side = if self.rng.gen_bool(0.5) {
                Side::Buy
            } else {
                Side::Sell
            };
            Message::Rates {
                instrument: self.markets[m].id,
                side,
                rate: self.rng.gen_range(50..=500),
            }
        } else {
            let account = pick(&mut self.rng, &self.takers);
            Message::Headroom {
                account,
                delta: self.rng.gen_range(-100_000..=100_000),
            }
        }
    }

    /// Kills a taker now and then, and enables it again a little later.
    fn kill_or_enable(&mut self) -> Message {
        if let Some(account) = self.killed.pop() {
            return Message::Enable { account };
        }
        let account = pick(&mut self.rng, &self.takers);
        self.killed.push(account);
        self.live.retain(|o| o.account != account);
        for book in &mut self.books {
            book.remove_account(account);
        }
        Message::Kill { account }
    }

    fn random_side(&mut self) -> Side {
        if self.rng.gen_bool(0.5) {
            Side::Buy
        } else {
            Side::Sell
        }
    }

    fn take_priority(&mut self) -> u64 {
        self.next_priority += 1;
        self.next_priority
    }

    /// A maker's GTC quote in the mixed profile: a few ticks behind the reference and never
    /// onto the opposite best, so quotes do not trade with each other; when the market holds
    /// its share of resting orders, the maker pulls its stalest quote instead.
    fn mixed_quote(&mut self) -> Message {
        let account = pick(&mut self.rng, &self.makers);
        let m = self.rng.gen_range(0..self.markets.len());
        if self.books[m].len() >= self.book_cap {
            return self.withdraw_stalest(m);
        }
        let side = self.random_side();
        let depth = self.rng.gen_range(1..=8u32);
        let qty = self.qty(100);
        let post_only = self.rng.gen_bool(0.2);
        let (low, high) = self.markets[m].band();
        let opposite_best = self.books[m].best(side.opposite());
        if post_only && self.rng.gen_bool(MISPRICED_POST_ONLY_SHARE) {
            if let Some(best) = opposite_best.filter(|p| (low..=high).contains(p)) {
                // Rejected WOULD_CROSS: nothing rests.
                return self.gtc_limit(account, m, side, best, qty, true);
            }
        }
        let mut price = self.markets[m].behind(side, depth);
        if let Some(best) = opposite_best {
            price = match side {
                Side::Buy => price.min(best.saturating_sub(1)),
                Side::Sell => price.max(best.saturating_add(1)),
            };
        }
        if !(low..=high).contains(&price) {
            // The opposite side rests beyond the collar, left behind by the reference.
            return self.withdraw_stalest(m);
        }
        let message = self.gtc_limit(account, m, side, price, qty, post_only);
        if let Message::New(order) = &message {
            let priority = self.take_priority();
            self.books[m].rest(RestingOrder {
                account,
                cl_ord_id: order.cl_ord_id,
                side,
                price,
                leaves: qty,
                priority,
            });
        }
        message
    }

    /// Cancels the resting order of market `m` furthest from the reference (the oldest of
    /// equals). The market has at least one resting order.
    fn withdraw_stalest(&mut self, m: usize) -> Message {
        let reference = self.markets[m].reference;
        let stalest = self.books[m]
            .orders()
            .iter()
            .enumerate()
            .max_by_key(|(_, o)| (o.price.abs_diff(reference), u64::MAX - o.priority))
            .map(|(i, _)| i)
            .expect("withdraw_stalest is called on a market with resting orders");
        self.cancel_resting(m, stalest)
    }

    fn cancel_resting(&mut self, m: usize, index: usize) -> Message {
        let order = self.books[m].remove(index);
        Message::Cancel {
            account: order.account,
            instrument: self.markets[m].id,
            cl_ord_id: order.cl_ord_id,
        }
    }

    /// A cancel in the mixed profile: a resting order (half the time the stalest of its
    /// market), or now and then one that has already left the book.
    fn mixed_cancel(&mut self) -> Message {
        if !self.recently_done.is_empty() && self.rng.gen_bool(LATE_CANCEL_SHARE) {
            let i = self.rng.gen_range(0..self.recently_done.len());
            if let Some((account, instrument, cl_ord_id)) = self.recently_done.remove(i) {
                return Message::Cancel {
                    account,
                    instrument,
                    cl_ord_id,
                };
            }
        }
        let m = self.rng.gen_range(0..self.markets.len());
        if self.books[m].len() == 0 {
            return self.mixed_quote();
        }
        if self.rng.gen_bool(0.5) {
            self.withdraw_stalest(m)
        } else {
            let i = self.rng.gen_range(0..self.books[m].len());
            self.cancel_resting(m, i)
        }
    }

    /// Re-quotes a resting order of the mixed profile: a cut in size, kept in place, or a new
    /// price a few ticks away (inside the band, never onto the opposite best) and size.
    fn mixed_replace(&mut self) -> Message {
        let m = self.rng.gen_range(0..self.markets.len());
        if self.books[m].len() == 0 {
            return self.mixed_quote();
        }
        let i = self.rng.gen_range(0..self.books[m].len());
        let order = self.books[m].order(i);
        let (low, high) = self.markets[m].band();
        let cut = |rng: &mut ChaCha8Rng| (order.price, rng.gen_range(1..=order.leaves));
        let (price, leaves) = if self.rng.gen_bool(0.3) {
            cut(&mut self.rng)
        } else {
            let shift = self.rng.gen_range(-3i64..=3);
            let mut price =
                (i64::from(order.price) + shift).clamp(i64::from(low), i64::from(high)) as u32;
            if let Some(best) = self.books[m].best(order.side.opposite()) {
                price = match order.side {
                    Side::Buy => price.min(best.saturating_sub(1)),
                    Side::Sell => price.max(best.saturating_add(1)),
                };
            }
            let qty = self.qty(100);
            if (low..=high).contains(&price) {
                (price, qty)
            } else {
                cut(&mut self.rng)
            }
        };
        // The contract: same price and no more leaves keeps the order's place in time.
        let priority = if price == order.price && leaves <= order.leaves {
            order.priority
        } else {
            self.take_priority()
        };
        self.books[m].replace(i, price, leaves, priority);
        Message::Replace {
            account: order.account,
            instrument: self.markets[m].id,
            cl_ord_id: order.cl_ord_id,
            price,
            qty: leaves,
        }
    }

    /// An aggressive order of the mixed profile, crossing the reference by a few ticks, matched
    /// against the shadow book as the engine will match it. Mostly from takers; a few from
    /// makers, which may meet their own quotes.
    fn mixed_taker(&mut self, tif: Tif, ord_type: OrdType) -> Message {
        let account = if self.rng.gen_bool(MAKER_TAKES_SHARE) {
            pick(&mut self.rng, &self.makers)
        } else {
            pick(&mut self.rng, &self.takers)
        };
        let m = self.rng.gen_range(0..self.markets.len());
        let side = self.random_side();
        let through = self.rng.gen_range(0..=6u32);
        let price = self.markets[m].through(side, through);
        let qty = self.qty(150);
        let stp = if self.rng.gen_bool(0.05) {
            Some(pick(&mut self.rng, StpMode::ALL))
        } else {
            None
        };
        let message = self.new_order(account, m, side, ord_type, tif, price, qty, false, stp);
        if self.killed.contains(&account) {
            // Rejected ACCOUNT_DISABLED: the book does not change.
            return message;
        }
        let incoming = Incoming {
            account,
            side,
            limit: match ord_type {
                OrdType::Market => self.markets[m].protection_price(side),
                OrdType::Limit => price,
            },
            qty,
            fill_or_kill: tif == Tif::Fok,
            stp: stp.unwrap_or(self.account_stp[account as usize]),
        };
        let instrument = self.markets[m].id;
        let done = &mut self.recently_done;
        self.books[m].take(incoming, |order| {
            if done.len() == RECENTLY_DONE_KEPT {
                done.pop_front();
            }
            done.push_back((order.account, instrument, order.cl_ord_id));
        });
        message
    }

    /// One step of the options session: every tenth line moves a mark (and the future's
    /// reference with it); in between, makers quote and takers sell options.
    fn options_step(&mut self) -> FlowItem {
        if self.produced.is_multiple_of(10) {
            return self.move_mark();
        }
        let roll: u32 = self.rng.gen_range(0..1000);
        FlowItem::Message(match roll {
            0..=449 => self.options_quote(),
            450..=599 => self.options_taker(),
            600..=799 => self.cancel(),
            800..=899 => self.replace(),
            _ => self.options_quote(),
        })
    }

    /// Between 70% and 80% of the session the market falls 15% in all and volatility rises
    /// 1.5 points at every mark; otherwise the mark walks.
    fn move_mark(&mut self) -> FlowItem {
        // Widened so that no session length, however long, overflows the comparison.
        let (produced, planned) = (self.produced as u128, self.planned as u128);
        let crash = self.planned != usize::MAX
            && produced * 10 >= planned * 7
            && produced * 10 < planned * 8;
        let i = self.next_mark;
        self.next_mark = (self.next_mark + 1) % self.marks.len();
        // The crash takes 15% off over its marks, whatever the session's length.
        let crash_marks = (self.planned / 100).max(1) as f64;
        let step: f64 = if crash {
            0.85f64.powf(1.0 / crash_marks) - 1.0
        } else {
            self.rng.gen_range(-0.0025..0.0025)
        };
        let vol_step: i64 = if crash {
            150
        } else {
            self.rng.gen_range(-25..=25)
        };
        let future = self.marks[i].future;
        let (low, high) = (self.markets[future].low, self.markets[future].high);
        let mark = &mut self.marks[i];
        mark.price = (mark.price * (1.0 + step)).clamp(f64::from(low), f64::from(high));
        mark.vol_bp = (i64::from(mark.vol_bp) + vol_step).clamp(2000, 15_000) as u32;
        let price = mark.price.round() as u32;
        let vol_bp = mark.vol_bp;
        self.markets[future].reference = price;
        let instrument = self.markets[future].id;
        self.pending
            .push_back(FlowItem::Message(Message::Ref { instrument, price }));
        FlowItem::Mark(Mark {
            instrument,
            price,
            vol_bp: Some(vol_bp),
        })
    }

    /// A maker quote a few ticks around an option's reference, or around a future's mark.
    fn options_quote(&mut self) -> Message {
        let account = pick(&mut self.rng, &self.makers);
        let m = self.rng.gen_range(0..self.markets.len());
        let side = if self.rng.gen_bool(0.5) {
            Side::Buy
        } else {
            Side::Sell
        };
        let depth = self.rng.gen_range(1..=12u32);
        let price = self.markets[m].behind(side, depth);
        let qty = self.qty(40);
        self.gtc_limit(account, m, side, price, qty, false)
    }

    /// Takers mostly sell options (collecting premium, carrying the tail risk) and trade
    /// futures now and then.
    fn options_taker(&mut self) -> Message {
        let account = pick(&mut self.rng, &self.takers);
        let m = self.rng.gen_range(0..self.markets.len());
        let side = if self.markets[m].kind == InstrumentKind::Option && self.rng.gen_bool(0.8) {
            Side::Sell
        } else if self.rng.gen_bool(0.5) {
            Side::Buy
        } else {
            Side::Sell
        };
        let through = self.rng.gen_range(0..=15u32);
        let price = self.markets[m].through(side, through);
        let qty = self.qty(30);
        self.new_order(
            account,
            m,
            side,
            OrdType::Limit,
            Tif::Ioc,
            price,
            qty,
            false,
            None,
        )
    }

    /// One message of the deep profile: the book grows to its target size, then adds,
    /// cancels and modifies keep it there; a few small aggressive orders trade at the touch.
    fn deep(&mut self, roll: u32) -> Message {
        let target = self.order_slots * DEEP_FILL_NUMERATOR / DEEP_FILL_DENOMINATOR;
        let full = self.live.len() >= target;
        match roll {
            0..=479 if !full => self.deep_quote(),
            0..=849 => match self.deep_take_live() {
                Some(o) => Message::Cancel {
                    account: o.account,
                    instrument: o.instrument,
                    cl_ord_id: o.cl_ord_id,
                },
                None => self.deep_quote(),
            },
            850..=959 => self.deep_modify(),
            960..=989 => self.deep_taker(Tif::Ioc, OrdType::Limit),
            990..=994 => self.deep_taker(Tif::Ioc, OrdType::Market),
            _ => self.move_reference(),
        }
    }

    /// A GTC quote: 70% within 20 ticks of the reference, 20% within 500, and 10% anywhere in
    /// the nearer 59% of the band on its side (about 38,000 ticks of a 65,536-tick band).
    fn deep_quote(&mut self) -> Message {
        let account = pick(&mut self.rng, &self.makers);
        let m = self.rng.gen_range(0..self.markets.len());
        let side = self.random_side();
        let (low, high) = self.markets[m].band();
        let half = ((high - low) / 2).max(1);
        let far = (half * 19 / 32).max(1);
        let reach = match self.rng.gen_range(0..10u32) {
            0..=6 => 20,
            7..=8 => 500,
            _ => far,
        };
        let depth = self.rng.gen_range(1..=reach.min(far).max(1));
        let price = self.markets[m].behind(side, depth);
        let qty = self.qty(100);
        self.gtc_limit(account, m, side, price, qty, false)
    }

    /// A believed-live order to cancel or modify: nine times in ten one of the youngest, else
    /// any.
    fn deep_take_live(&mut self) -> Option<LiveOrder> {
        let len = self.live.len();
        if len == 0 {
            return None;
        }
        if self.rng.gen_bool(0.9) {
            let back = self.rng.gen_range(0..len.min(DEEP_YOUNG));
            Some(self.live.remove(len - 1 - back))
        } else {
            let i = self.rng.gen_range(0..len);
            Some(self.live.swap_remove(i))
        }
    }

    /// A modify: a cut in size in place, or a new price a few ticks away and a new size.
    fn deep_modify(&mut self) -> Message {
        match self.deep_take_live() {
            Some(o) => self.modify(o),
            None => self.deep_quote(),
        }
    }

    /// A small aggressive order through the reference by up to 5 ticks: a few fills on a few
    /// levels.
    fn deep_taker(&mut self, tif: Tif, ord_type: OrdType) -> Message {
        let account = pick(&mut self.rng, &self.takers);
        let m = self.rng.gen_range(0..self.markets.len());
        let side = self.random_side();
        let through = self.rng.gen_range(0..=5u32);
        let price = self.markets[m].through(side, through);
        let qty = self.qty(60);
        self.new_order(account, m, side, ord_type, tif, price, qty, false, None)
    }

    /// Fill the book to capacity with small orders on many levels, then keep it there while
    /// sweeps take dozens of orders across many levels at once.
    fn stress(&mut self, roll: u32) -> Message {
        // A little more than fits, so the book reaches capacity and turns orders away.
        if self.stress_phase_fill && self.produced_adds >= self.order_slots + self.order_slots / 8 {
            self.stress_phase_fill = false;
        }
        if self.stress_phase_fill || roll < 600 {
            self.produced_adds += 1;
            let account = pick(&mut self.rng, &self.makers);
            let m = self.rng.gen_range(0..self.markets.len());
            let side = if self.rng.gen_bool(0.5) {
                Side::Buy
            } else {
                Side::Sell
            };
            let depth = self.rng.gen_range(1..=self.markets[m].collar.max(1));
            let price = self.markets[m].behind(side, depth);
            let qty = self.qty(20);
            return self.gtc_limit(account, m, side, price, qty, false);
        }
        if roll < 850 {
            // A sweep through the collar: some hundreds of lots, dozens of small orders.
            let account = pick(&mut self.rng, &self.takers);
            let m = self.rng.gen_range(0..self.markets.len());
            let side = if self.rng.gen_bool(0.5) {
                Side::Buy
            } else {
                Side::Sell
            };
            let (low, high) = self.markets[m].band();
            let price = if side == Side::Buy { high } else { low };
            let qty = self.rng.gen_range(100..=1000u32).min(self.max_qty);
            let tif = if roll < 800 { Tif::Ioc } else { Tif::Fok };
            return self.new_order(
                account,
                m,
                side,
                OrdType::Limit,
                tif,
                price,
                qty,
                false,
                None,
            );
        }
        if roll < 950 {
            return self.cancel();
        }
        self.move_reference()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gatebook_wire::{AccountConfig, Capacity, InstrumentConfig};

    fn venue() -> VenueConfig {
        VenueConfig {
            capacity: Capacity::default(),
            instruments: (0..3)
                .map(|id| InstrumentConfig {
                    id,
                    kind: if id == 0 {
                        InstrumentKind::Future
                    } else {
                        InstrumentKind::Option
                    },
                    underlying: "BTC".into(),
                    price_base: 1000,
                    reference: 1500,
                    collar: 100,
                    ..InstrumentConfig::default()
                })
                .collect(),
            accounts: (0..8)
                .map(|id| AccountConfig {
                    id,
                    enabled: true,
                    max_order_qty: 500,
                    max_order_notional: u64::MAX,
                    max_position: u64::MAX,
                    headroom: i64::MAX,
                    stp: StpMode::Resting,
                })
                .collect(),
        }
    }

    #[test]
    fn same_seed_same_flow_and_different_seed_different_flow() {
        for profile in Profile::ALL {
            let a = generate_flow(&venue(), profile, 7, 2000).unwrap();
            let b = generate_flow(&venue(), profile, 7, 2000).unwrap();
            let c = generate_flow(&venue(), profile, 8, 2000).unwrap();
            assert_eq!(a, b, "{}", profile.name());
            assert_ne!(a, c, "{}", profile.name());
            assert_eq!(a.len(), 2000);
        }
    }

    #[test]
    fn orders_stay_inside_the_window_and_limits() {
        for profile in Profile::ALL {
            for item in generate_flow(&venue(), profile, 3, 5000).unwrap() {
                if let FlowItem::Message(Message::New(o)) = item {
                    assert!(o.qty >= 1 && o.qty <= 500);
                    if o.ord_type == OrdType::Limit {
                        assert!((1000..2024).contains(&o.price), "{o:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn profiles_have_their_character() {
        let count = |profile, pred: fn(&Message) -> bool| {
            generate(&venue(), profile, 1, 10_000)
                .unwrap()
                .iter()
                .filter(|m| pred(m))
                .count()
        };
        let aggressive = |m: &Message| matches!(m, Message::New(o) if o.tif != Tif::Gtc);
        let cancels = |m: &Message| matches!(m, Message::Cancel { .. });
        assert!(count(Profile::Takers, aggressive) > 3 * count(Profile::Makers, aggressive));
        assert!(count(Profile::Makers, cancels) > count(Profile::Takers, cancels));
        let kills = |m: &Message| matches!(m, Message::Kill { .. });
        assert!(count(Profile::Mixed, kills) > 0);
    }

    #[test]
    fn the_options_profile_moves_marks_and_crashes_late() {
        let flow = generate_flow(&venue(), Profile::Options, 5, 1000).unwrap();
        let marks: Vec<(usize, u32)> = flow
            .iter()
            .enumerate()
            .filter_map(|(i, item)| match item {
                FlowItem::Mark(m) => Some((i, m.price)),
                _ => None,
            })
            .collect();
        assert_eq!(marks.len(), 100);
        let before = marks.iter().find(|(i, _)| *i >= 690).unwrap().1;
        let after = marks.iter().find(|(i, _)| *i >= 800).unwrap().1;
        assert!(
            f64::from(after) < f64::from(before) * 0.9,
            "{before} -> {after}"
        );
        assert!(matches!(
            flow[1],
            FlowItem::Message(Message::Ref { instrument: 0, .. })
        ));
        assert!(generate(&venue(), Profile::Options, 5, 10).is_err());
    }

    #[test]
    fn a_session_of_any_length_streams_from_its_plan() {
        for planned in [usize::MAX - 1, usize::MAX / 7 + 1, 1_000_000_000_000] {
            let mut generator = FlowGenerator::new(&venue(), Profile::Options, 5).unwrap();
            generator.plan(planned);
            let first: Vec<FlowItem> = (0..30).map(|_| generator.next_item()).collect();
            assert!(matches!(first[0], FlowItem::Mark(_)));
            assert_eq!(
                first
                    .iter()
                    .filter(|i| matches!(i, FlowItem::Mark(_)))
                    .count(),
                3
            );
        }
        let mut generator = FlowGenerator::new(&venue(), Profile::Options, 5).unwrap();
        generator.plan(1000);
        let streamed: Vec<FlowItem> = (0..1000).map(|_| generator.next_item()).collect();
        assert_eq!(
            streamed,
            generate_flow(&venue(), Profile::Options, 5, 1000).unwrap()
        );
    }

    #[test]
    fn the_mixed_profile_keeps_its_books_bounded_on_a_large_venue() {
        let mut v = venue();
        v.capacity.order_slots = 65_536;
        v.instruments.truncate(1);
        let mut generator = FlowGenerator::new(&v, Profile::Mixed, 3).unwrap();
        let mut peak = 0;
        for _ in 0..20_000 {
            generator.next_message();
            peak = peak.max(generator.books[0].len());
        }
        assert_eq!(peak, MAX_RESTING_PER_MARKET);
    }

    #[test]
    fn a_venue_without_instruments_is_refused() {
        let mut v = venue();
        v.instruments.clear();
        assert!(generate(&v, Profile::Mixed, 1, 1).is_err());
    }
}
