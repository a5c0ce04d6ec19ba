//! Turns exchange order events into our order flow while keeping a shadow of the book our
//! engine will build from that flow (strict price-time priority, one queue per price level).
//!
//! The shadow is what makes the mapping honest: it knows which order a marketable IOC will
//! really meet, keeps maker orders from crossing each other (an add that would cross is held
//! back until the book lets it rest), and reconciles the exchange's view of each order with
//! ours when the two differ (e.g. DBN fills, whose book effect arrives in a later record).

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::hash::{BuildHasherDefault, Hasher};

use gatebook_wire::{Message, NewOrder, OrdType, Side, Tif, MAX_ORDER_SLOTS};

use crate::venue::TAKER_ACCOUNT;
use crate::FlowSink;

/// A fast hasher for order keys: exchange order ids are not chosen by an adversary of the
/// importer, and hashing dominates the import time with the default hasher.
#[derive(Default)]
struct OrderIdHasher(u64);

impl Hasher for OrderIdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.write_u64(*b as u64);
        }
    }

    fn write_u16(&mut self, n: u16) {
        self.write_u64(n as u64);
    }

    fn write_u32(&mut self, n: u32) {
        self.write_u64(n as u64);
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<OrderIdHasher>>;
type FastSet<K> = HashSet<K, BuildHasherDefault<OrderIdHasher>>;

/// Counts of one import.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportStats {
    /// Input messages (records, lines) read.
    pub messages_read: u64,
    /// Input messages by kind (format-specific names, e.g. `A`, `1 add`).
    pub read_by_kind: BTreeMap<String, u64>,
    /// Order-flow messages written.
    pub messages_written: u64,
    /// Order-flow messages by action (`NEW`, `CANCEL`, `REPLACE`).
    pub written_by_action: BTreeMap<String, u64>,
    /// Input messages that produced nothing, by reason.
    pub skipped: BTreeMap<String, u64>,
    /// Known differences and adjustments between the exchange and our replay, by kind
    /// (e.g. executions whose order is not first in priority, adds held back because they
    /// would cross).
    pub adjustments: BTreeMap<String, u64>,
    /// Most orders resting in the replayed book at once.
    pub max_resting_orders: usize,
}

/// An execution of a resting order as the exchange reported it, with the order-flow message
/// that replays it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpectedFill {
    /// `in_seq` of our marketable IOC order standing in for the aggressor.
    pub in_seq: u64,
    /// Our instrument id (see [`crate::InstrumentInfo::id`]).
    pub instrument: u16,
    /// Resting order's price in our ticks: the price our fill will carry.
    pub price: u32,
    /// Execution price the exchange reported, in our ticks (differs from `price` for
    /// executions at another price, e.g. ITCH `C`).
    pub exchange_price: u32,
    /// Executed quantity (capped at the replayed leaves).
    pub qty: u32,
    /// Account of the replaying IOC: always [`crate::TAKER_ACCOUNT`].
    pub taker_account: u32,
    /// `cl_ord_id` of the replaying IOC (numbered from 1 per import).
    pub taker_cl_ord_id: u64,
    /// Account owning the executed resting order: [`crate::MAKER_ACCOUNT`], or
    /// [`crate::SEED_ACCOUNT`] for LOBSTER levels seeded from the orderbook file.
    pub maker_account: u32,
    /// `cl_ord_id` of the executed resting order: the exchange's order id, or a synthetic id
    /// when that id was already live in the account or the order is a seeded level.
    pub maker_cl_ord_id: u64,
    /// The executed resting order's exchange id.
    pub exchange_order_id: u64,
    /// True when strict price-time priority in the replayed book meets this very order
    /// first; false when the IOC will meet another order (counted in the adjustments).
    pub priority_matches: bool,
}

/// An order of one instrument as the exchange identifies it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct Key {
    pub instrument: u16,
    pub id: u64,
}

#[derive(Debug, Clone)]
struct LiveOrder {
    account: u32,
    cl_ord_id: u64,
    side: Side,
    /// Our price (ticks); follows the exchange's.
    price: u32,
    /// Our leaves: in the replayed book (or held back when `parked`); 0 = gone from our book.
    leaves: u32,
    /// The exchange's leaves.
    ex_leaves: u32,
    /// Arrival number while held back because it would cross the replayed book.
    parked: Option<u64>,
}

#[derive(Debug, Clone, Default)]
struct ShadowBook {
    bids: BTreeMap<u32, VecDeque<u64>>,
    asks: BTreeMap<u32, VecDeque<u64>>,
}

impl ShadowBook {
    fn side_mut(&mut self, side: Side) -> &mut BTreeMap<u32, VecDeque<u64>> {
        match side {
            Side::Buy => &mut self.bids,
            Side::Sell => &mut self.asks,
        }
    }

    fn best(&self, side: Side) -> Option<u32> {
        match side {
            Side::Buy => self.bids.keys().next_back().copied(),
            Side::Sell => self.asks.keys().next().copied(),
        }
    }

    /// Would an order of `side` at `price` meet the opposite side on entry?
    fn crosses(&self, side: Side, price: u32) -> bool {
        match side {
            Side::Buy => self.best(Side::Sell).is_some_and(|ask| price >= ask),
            Side::Sell => self.best(Side::Buy).is_some_and(|bid| price <= bid),
        }
    }

    fn push(&mut self, side: Side, price: u32, id: u64) {
        self.side_mut(side).entry(price).or_default().push_back(id);
    }

    fn remove(&mut self, side: Side, price: u32, id: u64) {
        let levels = self.side_mut(side);
        if let Some(queue) = levels.get_mut(&price) {
            if let Some(pos) = queue.iter().position(|&x| x == id) {
                queue.remove(pos);
            }
            if queue.is_empty() {
                levels.remove(&price);
            }
        }
    }
}

/// One price level of a book: price in ticks and total quantity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Level {
    /// Price in our ticks.
    pub price: u32,
    /// Total quantity resting at this price.
    pub qty: u64,
}

/// Messages and executions made since the importer last handed them to its sink, and the
/// counts of all of them.
#[derive(Debug, Default)]
struct Output {
    messages: Vec<Message>,
    fills: Vec<ExpectedFill>,
    /// Messages made so far: the `in_seq` of the last one.
    written: u64,
    by_action: BTreeMap<&'static str, u64>,
    fills_made: u64,
}

impl Output {
    /// Queues `message`; returns its `in_seq`.
    fn push(&mut self, message: Message) -> u64 {
        self.written += 1;
        *self
            .by_action
            .entry(message.msg_type().as_str())
            .or_default() += 1;
        self.messages.push(message);
        self.written
    }

    /// A limit order; `ioc` selects IOC, otherwise GTC. Returns its `in_seq`.
    #[allow(clippy::too_many_arguments)] // one argument per order field
    fn new_limit(
        &mut self,
        account: u32,
        instrument: u16,
        cl_ord_id: u64,
        side: Side,
        ioc: bool,
        price: u32,
        qty: u32,
    ) -> u64 {
        self.push(Message::New(NewOrder {
            account,
            instrument,
            cl_ord_id,
            side,
            ord_type: OrdType::Limit,
            tif: if ioc { Tif::Ioc } else { Tif::Gtc },
            price,
            qty,
            post_only: false,
            stp: None,
        }))
    }

    fn cancel(&mut self, account: u32, instrument: u16, cl_ord_id: u64) {
        self.push(Message::Cancel {
            account,
            instrument,
            cl_ord_id,
        });
    }

    fn replace(&mut self, account: u32, instrument: u16, cl_ord_id: u64, price: u32, qty: u32) {
        self.push(Message::Replace {
            account,
            instrument,
            cl_ord_id,
            price,
            qty,
        });
    }

    fn fill(&mut self, fill: ExpectedFill) {
        self.fills_made += 1;
        self.fills.push(fill);
    }
}

pub(crate) struct Replayer {
    flow: Output,
    books: Vec<ShadowBook>,
    /// Valid price range per instrument, inclusive.
    windows: Vec<(u32, u32)>,
    orders: FastMap<Key, LiveOrder>,
    /// Orders dropped at entry, with the exchange's leaves: kept while the exchange holds
    /// some, so their later events are named, and forgotten with them.
    dropped: FastMap<Key, u32>,
    live_cl_ord_ids: FastSet<(u32, u64)>,
    parked: Vec<BTreeMap<u64, u64>>,
    next_arrival: u64,
    next_taker_cl_ord_id: u64,
    next_synthetic_cl_ord_id: u64,
    resting: usize,
    max_resting: usize,
    skipped: BTreeMap<&'static str, u64>,
    adjustments: BTreeMap<&'static str, u64>,
}

/// What `finish` hands back: the counts (the rows went to the sink).
pub(crate) struct Replayed {
    pub messages_written: u64,
    pub written_by_action: BTreeMap<String, u64>,
    pub skipped: BTreeMap<String, u64>,
    pub adjustments: BTreeMap<String, u64>,
    pub max_resting: usize,
    pub fills: u64,
}

/// Synthetic cl_ord_ids (used when an exchange id is already live in the account) start here.
const SYNTHETIC_CL_ORD_ID_BASE: u64 = 1 << 62;

impl Replayer {
    /// `windows[i]` = inclusive valid price range of instrument `i`.
    pub fn new(windows: Vec<(u32, u32)>) -> Self {
        let n = windows.len();
        Replayer {
            flow: Output::default(),
            books: vec![ShadowBook::default(); n],
            windows,
            orders: FastMap::default(),
            dropped: FastMap::default(),
            live_cl_ord_ids: FastSet::default(),
            parked: vec![BTreeMap::new(); n],
            next_arrival: 0,
            next_taker_cl_ord_id: 1,
            next_synthetic_cl_ord_id: SYNTHETIC_CL_ORD_ID_BASE,
            resting: 0,
            max_resting: 0,
            skipped: BTreeMap::new(),
            adjustments: BTreeMap::new(),
        }
    }

    pub fn skip(&mut self, reason: &'static str) {
        *self.skipped.entry(reason).or_default() += 1;
    }

    pub fn adjust(&mut self, kind: &'static str) {
        *self.adjustments.entry(kind).or_default() += 1;
    }

    pub fn last_in_seq(&self) -> u64 {
        self.flow.written
    }

    /// Hands the messages and executions made since the last call to `sink`, in order.
    pub fn flush<S: FlowSink>(&mut self, sink: &mut S) -> Result<(), S::Error> {
        for message in self.flow.messages.drain(..) {
            sink.message(&message)?;
        }
        for fill in self.flow.fills.drain(..) {
            sink.expected_fill(&fill)?;
        }
        Ok(())
    }

    #[allow(dead_code)] // used by the multi-instrument importers
    pub fn is_live(&self, key: Key) -> bool {
        self.orders.contains_key(&key)
    }

    /// The exchange still holds order `key` as far as the replay knows: it is live here, or
    /// was dropped at entry and not yet removed by the exchange.
    pub fn knows(&self, key: Key) -> bool {
        self.orders.contains_key(&key) || self.dropped.contains_key(&key)
    }

    /// Top `depth` levels of each side of our replayed book: (bids best first, asks best
    /// first).
    pub fn depth(&self, instrument: u16, depth: usize) -> (Vec<Level>, Vec<Level>) {
        let book = &self.books[instrument as usize];
        let level = |price: &u32, queue: &VecDeque<u64>| Level {
            price: *price,
            qty: queue
                .iter()
                .map(|id| {
                    self.orders
                        .get(&Key {
                            instrument,
                            id: *id,
                        })
                        .map_or(0, |o| o.leaves as u64)
                })
                .sum(),
        };
        let bids = book
            .bids
            .iter()
            .rev()
            .take(depth)
            .map(|(p, q)| level(p, q))
            .collect();
        let asks = book
            .asks
            .iter()
            .take(depth)
            .map(|(p, q)| level(p, q))
            .collect();
        (bids, asks)
    }

    /// All levels of one side, best first.
    pub fn levels(&self, instrument: u16, side: Side) -> Vec<Level> {
        let book = &self.books[instrument as usize];
        let levels: Box<dyn Iterator<Item = (&u32, &VecDeque<u64>)>> = match side {
            Side::Buy => Box::new(book.bids.iter().rev()),
            Side::Sell => Box::new(book.asks.iter()),
        };
        levels
            .map(|(price, queue)| Level {
                price: *price,
                qty: queue
                    .iter()
                    .map(|id| {
                        self.orders
                            .get(&Key {
                                instrument,
                                id: *id,
                            })
                            .map_or(0, |o| o.leaves as u64)
                    })
                    .sum(),
            })
            .collect()
    }

    /// Side and price of an order resting in the replayed book.
    pub fn resting_side_price(&self, key: Key) -> Option<(Side, u32)> {
        self.orders
            .get(&key)
            .filter(|o| o.leaves > 0 && o.parked.is_none())
            .map(|o| (o.side, o.price))
    }

    /// Side of a live order (resting or held back).
    pub fn side_of(&self, key: Key) -> Option<Side> {
        self.orders.get(&key).map(|o| o.side)
    }

    /// Orders that strict priority meets before resting order `key` (better prices first,
    /// then those ahead in its own level).
    pub fn orders_ahead(&self, key: Key) -> Vec<Key> {
        let Some((side, price)) = self.resting_side_price(key) else {
            return Vec::new();
        };
        let book = &self.books[key.instrument as usize];
        let to_key = |id: &u64| Key {
            instrument: key.instrument,
            id: *id,
        };
        let mut ahead: Vec<Key> = Vec::new();
        let levels: Box<dyn Iterator<Item = (&u32, &VecDeque<u64>)>> = match side {
            Side::Buy => Box::new(book.bids.range(price..).rev()),
            Side::Sell => Box::new(book.asks.range(..=price)),
        };
        for (level_price, queue) in levels {
            if *level_price == price {
                ahead.extend(queue.iter().take_while(|id| **id != key.id).map(to_key));
            } else {
                ahead.extend(queue.iter().map(to_key));
            }
        }
        ahead
    }

    /// Orders resting at one level, in priority order: (key, account, leaves).
    pub fn level_orders(&self, instrument: u16, side: Side, price: u32) -> Vec<(Key, u32, u32)> {
        let book = &self.books[instrument as usize];
        let levels = match side {
            Side::Buy => &book.bids,
            Side::Sell => &book.asks,
        };
        levels.get(&price).map_or_else(Vec::new, |queue| {
            queue
                .iter()
                .filter_map(|id| {
                    let key = Key {
                        instrument,
                        id: *id,
                    };
                    self.orders.get(&key).map(|o| (key, o.account, o.leaves))
                })
                .collect()
        })
    }

    fn in_window(&self, instrument: u16, price: u32) -> bool {
        let (lo, hi) = self.windows[instrument as usize];
        (lo..=hi).contains(&price)
    }

    /// Counts an event on an order not in the replay; `leaves_after` gives a dropped order's
    /// exchange leaves after the event.
    fn unknown(
        &mut self,
        key: Key,
        leaves_after: impl FnOnce(u32) -> u32,
        what_dropped: &'static str,
        what_unknown: &'static str,
    ) {
        if let Some(leaves) = self.dropped.get_mut(&key) {
            *leaves = leaves_after(*leaves);
            if *leaves == 0 {
                self.dropped.remove(&key);
            }
            self.skip(what_dropped);
        } else {
            self.skip(what_unknown);
        }
    }

    /// A new resting order of `account`; `cl_ord_id_hint` is used unless already live.
    pub fn add(
        &mut self,
        key: Key,
        account: u32,
        cl_ord_id_hint: u64,
        side: Side,
        price: u32,
        qty: u32,
    ) {
        if qty == 0 {
            return self.skip("add with zero quantity");
        }
        if self.orders.contains_key(&key) {
            return self.skip("add of an order id already live");
        }
        if !self.in_window(key.instrument, price) {
            self.dropped.insert(key, qty);
            return self.skip("add priced outside the price window");
        }
        if self.resting >= MAX_ORDER_SLOTS as usize {
            self.dropped.insert(key, qty);
            return self.skip("add beyond the largest book (65536 orders)");
        }
        let cl_ord_id = if self.live_cl_ord_ids.contains(&(account, cl_ord_id_hint)) {
            self.next_synthetic_cl_ord_id += 1;
            self.adjust("cl_ord_id reassigned (exchange id already live)");
            self.next_synthetic_cl_ord_id
        } else {
            cl_ord_id_hint
        };
        self.dropped.remove(&key);
        self.live_cl_ord_ids.insert((account, cl_ord_id));
        let mut order = LiveOrder {
            account,
            cl_ord_id,
            side,
            price,
            leaves: qty,
            ex_leaves: qty,
            parked: None,
        };
        if self.books[key.instrument as usize].crosses(side, price) {
            self.park(key, &mut order);
            self.adjust("add held back: it would cross the replayed book");
        } else {
            self.rest(key, &order);
        }
        self.orders.insert(key, order);
        self.release_parked(key.instrument);
    }

    fn park(&mut self, key: Key, order: &mut LiveOrder) {
        self.next_arrival += 1;
        order.parked = Some(self.next_arrival);
        self.parked[key.instrument as usize].insert(self.next_arrival, key.id);
    }

    /// Writes the NEW and puts the order into the shadow book.
    fn rest(&mut self, key: Key, order: &LiveOrder) {
        self.flow.new_limit(
            order.account,
            key.instrument,
            order.cl_ord_id,
            order.side,
            false,
            order.price,
            order.leaves,
        );
        self.books[key.instrument as usize].push(order.side, order.price, key.id);
        self.resting += 1;
        self.max_resting = self.max_resting.max(self.resting);
    }

    /// Forgets an order once neither we nor the exchange hold any of it.
    fn cleanup(&mut self, key: Key) {
        if let Some(o) = self.orders.get(&key) {
            if o.leaves == 0 && o.parked.is_none() {
                self.live_cl_ord_ids.remove(&(o.account, o.cl_ord_id));
                if o.ex_leaves == 0 {
                    self.orders.remove(&key);
                }
            }
        }
    }

    /// Lets held-back orders rest once they no longer cross, in their arrival order.
    fn release_parked(&mut self, instrument: u16) {
        if self.parked[instrument as usize].is_empty() {
            return;
        }
        let waiting: Vec<(u64, u64)> = self.parked[instrument as usize]
            .iter()
            .map(|(a, id)| (*a, *id))
            .collect();
        for (arrival, id) in waiting {
            let key = Key { instrument, id };
            let Some(order) = self.orders.get(&key).cloned() else {
                self.parked[instrument as usize].remove(&arrival);
                continue;
            };
            if self.books[instrument as usize].crosses(order.side, order.price)
                || self.resting >= MAX_ORDER_SLOTS as usize
            {
                continue;
            }
            self.parked[instrument as usize].remove(&arrival);
            let mut order = order;
            order.parked = None;
            self.rest(key, &order);
            self.orders.insert(key, order);
            self.adjust("held-back order released into the book (priority lost)");
        }
    }

    /// The exchange executed `qty` of resting order `key` (at `exchange_price` in ticks; None:
    /// at the order's price).
    /// `reduces_exchange`: the record itself reduces the exchange's leaves (LOBSTER, ITCH);
    /// false where a later record does (DBN fills).
    pub fn execute(
        &mut self,
        key: Key,
        qty: u32,
        exchange_price: Option<u32>,
        reduces_exchange: bool,
    ) {
        self.execute_group(&[(key, qty, exchange_price)], reduces_exchange);
    }

    /// Executions of one aggressor against several resting orders of one side, replayed by a
    /// single IOC sized at their total and priced at the worst of their prices. The
    /// executions count as matching priority when our book fills exactly these orders with
    /// these quantities (in any order: the exchange does not always list them in priority).
    pub fn execute_group(
        &mut self,
        executions: &[(Key, u32, Option<u32>)],
        reduces_exchange: bool,
    ) {
        let mut replayable: Vec<(Key, u32, u32, LiveOrder)> = Vec::new();
        let mut planned: BTreeMap<Key, u32> = BTreeMap::new();
        for &(key, qty, exchange_price) in executions {
            let Some(order) = self.orders.get(&key).cloned() else {
                let reduces = if reduces_exchange { qty } else { 0 };
                self.unknown(
                    key,
                    |leaves| leaves.saturating_sub(reduces),
                    "execution of an order dropped at entry",
                    "execution of an order unknown to the replay",
                );
                continue;
            };
            if qty == 0 {
                self.skip("execution of zero quantity");
                continue;
            }
            let ex_leaves = if reduces_exchange {
                order.ex_leaves.saturating_sub(qty)
            } else {
                order.ex_leaves
            };
            if order.parked.is_some() {
                let o = self.orders.get_mut(&key).expect("live order");
                o.ex_leaves = ex_leaves;
                o.leaves = o.leaves.saturating_sub(qty);
                if o.leaves == 0 {
                    let arrival = o.parked.take().expect("parked");
                    self.parked[key.instrument as usize].remove(&arrival);
                }
                self.cleanup(key);
                self.adjust("execution of a held-back order (no fill replayed)");
                continue;
            }
            let already = planned.get(&key).copied().unwrap_or(0);
            let available = order.leaves.saturating_sub(already);
            if reduces_exchange {
                self.orders.get_mut(&key).expect("live order").ex_leaves = ex_leaves;
            }
            if available == 0 {
                self.skip("execution of an order no longer in the replayed book");
                self.cleanup(key);
                continue;
            }
            let same_side = replayable
                .first()
                .is_none_or(|(_, _, _, first)| first.side == order.side);
            if !same_side {
                self.skip("execution on the other side within one trade");
                continue;
            }
            let qty_replayed = qty.min(available);
            if qty_replayed < qty {
                self.adjust("execution larger than the replayed leaves (capped)");
            }
            *planned.entry(key).or_default() += qty_replayed;
            let exchange_price = exchange_price.unwrap_or(order.price);
            replayable.push((key, qty_replayed, exchange_price, order));
        }
        let Some((first_key, _, _, first_order)) = replayable.first() else {
            return;
        };
        let instrument = first_key.instrument;
        let maker_side = first_order.side;
        let taker_side = maker_side.opposite();
        let total: u32 = replayable
            .iter()
            .fold(0u32, |sum, (_, q, _, _)| sum.saturating_add(*q));
        let prices = replayable.iter().map(|(_, _, _, o)| o.price);
        let limit = match maker_side {
            Side::Buy => prices.min(),
            Side::Sell => prices.max(),
        }
        .expect("non-empty");
        let taker_cl_ord_id = self.next_taker_cl_ord_id;
        self.next_taker_cl_ord_id += 1;
        let in_seq = self.flow.new_limit(
            TAKER_ACCOUNT,
            instrument,
            taker_cl_ord_id,
            taker_side,
            true,
            limit,
            total,
        );
        let met = self.match_ioc(instrument, taker_side, limit, total);
        let mut ours: BTreeMap<u64, u32> = BTreeMap::new();
        for (id, q) in met {
            *ours.entry(id).or_default() += q;
        }
        let theirs: BTreeMap<u64, u32> = planned.iter().map(|(k, q)| (k.id, *q)).collect();
        let priority_matches = ours == theirs;
        for (key, qty, exchange_price, order) in &replayable {
            if !priority_matches {
                self.adjust("execution meets another order first under strict priority");
            }
            self.flow.fill(ExpectedFill {
                in_seq,
                instrument,
                price: order.price,
                exchange_price: *exchange_price,
                qty: *qty,
                taker_account: TAKER_ACCOUNT,
                taker_cl_ord_id,
                maker_account: order.account,
                maker_cl_ord_id: order.cl_ord_id,
                exchange_order_id: key.id,
                priority_matches,
            });
        }
        for (key, _, _, _) in &replayable {
            self.cleanup(*key);
        }
        self.release_parked(instrument);
    }

    /// Plays an IOC against the shadow book as the engine will; returns the fills (maker id,
    /// qty) in matching order.
    fn match_ioc(&mut self, instrument: u16, side: Side, limit: u32, qty: u32) -> Vec<(u64, u32)> {
        let mut remaining = qty;
        let mut fills = Vec::new();
        while remaining > 0 {
            let book = &mut self.books[instrument as usize];
            let maker_side = side.opposite();
            let Some(best) = book.best(maker_side) else {
                break;
            };
            let crosses = match side {
                Side::Buy => best <= limit,
                Side::Sell => best >= limit,
            };
            if !crosses {
                break;
            }
            let queue = book.side_mut(maker_side).get_mut(&best).expect("level");
            let head = *queue.front().expect("non-empty level");
            let key = Key {
                instrument,
                id: head,
            };
            let maker = self.orders.get_mut(&key).expect("resting order is live");
            let filled = remaining.min(maker.leaves);
            maker.leaves -= filled;
            remaining -= filled;
            fills.push((head, filled));
            if maker.leaves == 0 {
                queue.pop_front();
                if queue.is_empty() {
                    book.side_mut(maker_side).remove(&best);
                }
                self.resting -= 1;
                self.cleanup(key);
            }
        }
        fills
    }

    /// Brings our order `key` to the exchange's new state: price `price`, exchange leaves
    /// `ex_leaves`. `grows`: the exchange increased the order's size (it loses priority).
    fn reconcile(&mut self, key: Key, price: u32, ex_leaves: u32, grows: bool) {
        let Some(order) = self.orders.get(&key).cloned() else {
            return;
        };
        let target = if grows {
            ex_leaves
        } else {
            order.leaves.min(ex_leaves)
        };
        let instrument = key.instrument;
        if let Some(arrival) = order.parked {
            let o = self.orders.get_mut(&key).expect("live order");
            o.ex_leaves = ex_leaves;
            o.leaves = target;
            o.price = price;
            if target == 0 {
                o.parked = None;
                self.parked[instrument as usize].remove(&arrival);
            }
            self.cleanup(key);
            self.release_parked(instrument);
            return;
        }
        if order.leaves == 0 {
            if target > 0 && grows && self.in_window(instrument, price) {
                // A fully filled tranche refilled by the exchange (iceberg): it enters again
                // at the back of its level, as the exchange gives a new tranche new priority.
                let mut o = order.clone();
                o.price = price;
                o.leaves = target;
                o.ex_leaves = ex_leaves;
                if self.books[instrument as usize].crosses(o.side, price) {
                    self.park(key, &mut o);
                    self.adjust("refill held back: it would cross the replayed book");
                } else {
                    self.rest(key, &o);
                    self.adjust("refill of a filled order entered again (new priority)");
                }
                self.live_cl_ord_ids.insert((o.account, o.cl_ord_id));
                self.orders.insert(key, o);
                self.release_parked(instrument);
                return;
            }
            if target > 0 {
                self.adjust("exchange order outlives the replayed one (not restored)");
            }
            self.orders.get_mut(&key).expect("live order").ex_leaves = ex_leaves;
            self.cleanup(key);
            return;
        }
        let book = &mut self.books[instrument as usize];
        if target == 0 {
            self.flow.cancel(order.account, instrument, order.cl_ord_id);
            book.remove(order.side, order.price, key.id);
            self.resting -= 1;
            let o = self.orders.get_mut(&key).expect("live order");
            o.leaves = 0;
            o.ex_leaves = ex_leaves;
        } else if price == order.price && target <= order.leaves {
            if target < order.leaves {
                self.flow
                    .replace(order.account, instrument, order.cl_ord_id, price, target);
            }
            let o = self.orders.get_mut(&key).expect("live order");
            o.leaves = target;
            o.ex_leaves = ex_leaves;
        } else {
            book.remove(order.side, order.price, key.id);
            if !self.in_window(instrument, price) {
                self.flow.cancel(order.account, instrument, order.cl_ord_id);
                self.resting -= 1;
                self.adjust("modify priced outside the window: cancelled");
                let o = self.orders.get_mut(&key).expect("live order");
                o.leaves = 0;
                o.ex_leaves = 0;
                if ex_leaves > 0 {
                    self.dropped.insert(key, ex_leaves);
                }
            } else if self.books[instrument as usize].crosses(order.side, price) {
                self.flow.cancel(order.account, instrument, order.cl_ord_id);
                self.resting -= 1;
                self.adjust("modify held back: it would cross the replayed book");
                let mut o = order.clone();
                o.price = price;
                o.leaves = target;
                o.ex_leaves = ex_leaves;
                self.park(key, &mut o);
                self.orders.insert(key, o);
            } else {
                self.flow
                    .replace(order.account, instrument, order.cl_ord_id, price, target);
                self.books[instrument as usize].push(order.side, price, key.id);
                let o = self.orders.get_mut(&key).expect("live order");
                o.price = price;
                o.leaves = target;
                o.ex_leaves = ex_leaves;
            }
        }
        self.cleanup(key);
        self.release_parked(instrument);
    }

    /// The exchange removed `qty` of order `key` without trading.
    pub fn cancel_qty(&mut self, key: Key, qty: u32) {
        let Some(order) = self.orders.get(&key) else {
            return self.unknown(
                key,
                |leaves| leaves.saturating_sub(qty),
                "cancel of an order dropped at entry",
                "cancel of an order unknown to the replay",
            );
        };
        let (price, ex) = (order.price, order.ex_leaves.saturating_sub(qty));
        self.reconcile(key, price, ex, false);
    }

    /// The exchange removed order `key` entirely.
    pub fn delete(&mut self, key: Key) {
        let Some(order) = self.orders.get(&key) else {
            return self.unknown(
                key,
                |_| 0,
                "delete of an order dropped at entry",
                "delete of an order unknown to the replay",
            );
        };
        let price = order.price;
        self.reconcile(key, price, 0, false);
    }

    /// The exchange set order `key` to `price` and size `qty` (DBN modify).
    pub fn modify(&mut self, key: Key, price: u32, qty: u32) {
        let Some(order) = self.orders.get(&key) else {
            return self.unknown(
                key,
                |_| qty,
                "modify of an order dropped at entry",
                "modify of an order unknown to the replay",
            );
        };
        let grows = qty > order.ex_leaves;
        self.reconcile(key, price, qty, grows);
    }

    /// The counts of the whole replay; call [`Replayer::flush`] first, or the last rows are
    /// lost.
    pub fn finish(mut self) -> Replayed {
        let still_parked: u64 = self.parked.iter().map(|p| p.len() as u64).sum();
        if still_parked > 0 {
            *self
                .adjustments
                .entry("held-back orders never released")
                .or_default() += still_parked;
        }
        let to_strings = |m: BTreeMap<&'static str, u64>| {
            m.into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect::<BTreeMap<_, _>>()
        };
        Replayed {
            messages_written: self.flow.written,
            written_by_action: to_strings(std::mem::take(&mut self.flow.by_action)),
            skipped: to_strings(self.skipped),
            adjustments: to_strings(self.adjustments),
            max_resting: self.max_resting,
            fills: self.flow.fills_made,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::venue::MAKER_ACCOUNT;
    use crate::Collected;

    fn key(id: u64) -> Key {
        Key { instrument: 0, id }
    }

    fn replayer() -> Replayer {
        Replayer::new(vec![(1, 1000)])
    }

    /// The counts, and the rows a sink received.
    fn finish(mut r: Replayer) -> (Replayed, Collected) {
        let mut sink = Collected::default();
        match r.flush(&mut sink) {
            Ok(()) => {}
            Err(never) => match never {},
        }
        (r.finish(), sink)
    }

    #[test]
    fn execution_of_head_order_is_an_ioc_at_its_price() {
        let mut r = replayer();
        r.add(key(10), MAKER_ACCOUNT, 10, Side::Buy, 100, 5);
        r.add(key(11), MAKER_ACCOUNT, 11, Side::Buy, 100, 3);
        r.execute(key(10), 2, None, true);
        r.execute(key(10), 3, None, true);
        r.execute(key(11), 1, Some(100), true);
        assert!(!r.is_live(key(10)));
        let (_, sink) = finish(r);
        assert_eq!(
            sink.orders_csv,
            "action,account,instrument,cl_ord_id,side,type,tif,price,qty,flags\n\
             NEW,1,0,10,B,LIMIT,GTC,100,5,\n\
             NEW,1,0,11,B,LIMIT,GTC,100,3,\n\
             NEW,0,0,1,S,LIMIT,IOC,100,2,\n\
             NEW,0,0,2,S,LIMIT,IOC,100,3,\n\
             NEW,0,0,3,S,LIMIT,IOC,100,1,\n"
        );
        assert!(sink.expected_fills.iter().all(|f| f.priority_matches));
        assert_eq!(sink.expected_fills[2].maker_cl_ord_id, 11);
        assert_eq!(sink.expected_fills[2].in_seq, 5);
    }

    #[test]
    fn execution_behind_the_queue_head_is_counted() {
        let mut r = replayer();
        r.add(key(1), MAKER_ACCOUNT, 1, Side::Sell, 200, 5);
        r.add(key(2), MAKER_ACCOUNT, 2, Side::Sell, 200, 5);
        r.execute(key(2), 5, None, true);
        let (out, sink) = finish(r);
        assert!(!sink.expected_fills[0].priority_matches);
        assert_eq!(
            out.adjustments["execution meets another order first under strict priority"],
            1
        );
    }

    #[test]
    fn partial_cancel_replaces_in_place_and_delete_cancels() {
        let mut r = replayer();
        r.add(key(7), MAKER_ACCOUNT, 7, Side::Sell, 300, 10);
        r.cancel_qty(key(7), 4);
        r.delete(key(7));
        r.delete(key(8));
        let (out, sink) = finish(r);
        assert!(sink.orders_csv.ends_with(
            "NEW,1,0,7,S,LIMIT,GTC,300,10,\nREPLACE,1,0,7,,,,300,6,\nCANCEL,1,0,7,,,,,,\n"
        ));
        assert_eq!(out.skipped["delete of an order unknown to the replay"], 1);
    }

    #[test]
    fn crossing_add_is_held_back_until_the_book_uncrosses() {
        let mut r = replayer();
        r.add(key(1), MAKER_ACCOUNT, 1, Side::Sell, 100, 1);
        r.add(key(2), MAKER_ACCOUNT, 2, Side::Buy, 101, 2);
        assert_eq!(r.last_in_seq(), 1);
        r.delete(key(1));
        let (_, sink) = finish(r);
        assert!(sink.orders_csv.ends_with(
            "NEW,1,0,1,S,LIMIT,GTC,100,1,\nCANCEL,1,0,1,,,,,,\nNEW,1,0,2,B,LIMIT,GTC,101,2,\n"
        ));
    }

    #[test]
    fn fill_then_cancel_record_is_absorbed() {
        // DBN style: the fill does not change the exchange's leaves; the cancel that follows does.
        let mut r = replayer();
        r.add(key(1), MAKER_ACCOUNT, 1, Side::Buy, 50, 4);
        r.execute(key(1), 1, None, false);
        r.modify(key(1), 50, 3);
        r.execute(key(1), 3, None, false);
        r.cancel_qty(key(1), 3);
        assert!(!r.is_live(key(1)));
        let (out, _) = finish(r);
        assert_eq!(out.messages_written, 3);
        assert_eq!(out.written_by_action["NEW"], 3);
    }

    #[test]
    fn modify_up_or_to_another_price_loses_priority() {
        let mut r = replayer();
        r.add(key(1), MAKER_ACCOUNT, 1, Side::Buy, 50, 4);
        r.add(key(2), MAKER_ACCOUNT, 2, Side::Buy, 50, 4);
        r.modify(key(1), 50, 6);
        let (bids, _) = r.depth(0, 5);
        assert_eq!(bids, vec![Level { price: 50, qty: 10 }]);
        r.modify(key(2), 49, 4);
        r.modify(key(1), 50, 2);
        let (bids, asks) = r.depth(0, 5);
        assert_eq!(
            bids,
            vec![Level { price: 50, qty: 2 }, Level { price: 49, qty: 4 }]
        );
        assert!(asks.is_empty());
        let (_, sink) = finish(r);
        assert!(sink
            .orders_csv
            .ends_with("REPLACE,1,0,1,,,,50,6,\nREPLACE,1,0,2,,,,49,4,\nREPLACE,1,0,1,,,,50,2,\n"));
    }

    #[test]
    fn prices_outside_the_window_are_dropped_with_their_later_events() {
        let mut r = replayer();
        r.add(key(1), MAKER_ACCOUNT, 1, Side::Buy, 5000, 4);
        r.delete(key(1));
        let (out, _) = finish(r);
        assert_eq!(out.messages_written, 0);
        assert_eq!(out.skipped["add priced outside the price window"], 1);
        assert_eq!(out.skipped["delete of an order dropped at entry"], 1);
    }

    #[test]
    fn a_dropped_order_is_forgotten_once_the_exchange_removes_it() {
        let mut r = replayer();
        r.add(key(1), MAKER_ACCOUNT, 1, Side::Buy, 5000, 4);
        r.cancel_qty(key(1), 3);
        assert!(r.knows(key(1)), "one lot is still on the exchange");
        r.execute(key(1), 1, None, true);
        assert!(!r.knows(key(1)));
        r.delete(key(1));
        let (out, _) = finish(r);
        assert_eq!(out.skipped["cancel of an order dropped at entry"], 1);
        assert_eq!(out.skipped["execution of an order dropped at entry"], 1);
        assert_eq!(out.skipped["delete of an order unknown to the replay"], 1);
    }
}
