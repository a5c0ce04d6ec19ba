//! LOBSTER message and orderbook files (NASDAQ reconstructed order book).
//!
//! Message file rows: `time,type,order_id,size,price,direction` (price in 1/10000 $,
//! direction 1 = buy order, -1 = sell order). Orderbook rows: the book after each message,
//! `ask_price_1,ask_size_1,bid_price_1,bid_size_1,...`, empty levels priced ±9999999999.
//!
//! Type 7 is LOBSTER's trading-halt indicator (`34713.685155243,7,0,0,-1,-1`): price -1 halt,
//! 0 quoting resumes, 1 trading resumes; its orderbook row repeats the book before it. It is
//! read and counted (`7 trading halt`) and, like hidden executions (5) and cross trades (6),
//! writes no order-flow message (skipped as `trading halt indicator`): the replayed flow holds
//! order events only.
//!
//! Orders resting before the slice starts are seeded from the first orderbook row (with the
//! first message undone): one order per price level, owned by [`SEED_ACCOUNT`], placed before
//! the first message. Later events on unknown order ids are applied to the seed order of their
//! price level.

use std::collections::BTreeMap;
use std::io::{BufReader, Read, Seek};

use gatebook_wire::Side;

use crate::error::{excerpt, ImportError, Location};
use crate::input::{self, TextLines, CHUNK_BYTES};
use crate::prices::{self, PriceCounts};
use crate::replay::{Key, Level, Replayer};
use crate::venue::{self, InstrumentInfo, MAKER_ACCOUNT, SEED_ACCOUNT};
use crate::{Collected, FlowSink, ImportSummary, ImportedFlow, StreamError};

/// What to call the inputs and the instrument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LobsterOptions {
    /// Instrument symbol (see [`symbol_from_file_name`]).
    pub symbol: String,
    /// Name of the message file, for errors.
    pub messages_name: String,
    /// Name of the orderbook file, for errors.
    pub orderbook_name: String,
    /// Correct the replayed book to each orderbook row (see [`import`]).
    pub sync_to_orderbook: bool,
}

/// The exchange's book after one input row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpectedBook {
    /// 1-based row of the message (and orderbook) file.
    pub row: u64,
    /// `in_seq` of the last order-flow message written for rows up to this one (0: none
    /// yet): the replayed book after that message should equal this one.
    pub after_in_seq: u64,
    /// Bid levels, best first, in our ticks (empty levels omitted).
    pub bids: Vec<Level>,
    /// Ask levels, best first.
    pub asks: Vec<Level>,
    /// The importer's own model of the replayed book has these levels too (the replay
    /// should differ from the exchange after the rows where it has not, and only there).
    pub model_agrees: bool,
}

/// A LOBSTER import.
#[derive(Debug, Clone)]
pub struct LobsterImport {
    /// The imported order flow, venue and counts.
    pub flow: ImportedFlow,
    /// The exchange's top-N book after every row (empty without an orderbook file).
    pub books: Vec<ExpectedBook>,
    /// Rows after which the importer's own model of the replayed book differs from the
    /// exchange's top-N (the replay should differ at these rows and only these).
    pub model_mismatch_rows: Vec<u64>,
    /// Levels seeded from the first orderbook row: (side, price in ticks, qty).
    pub seeded_levels: Vec<(Side, u32, u32)>,
}

/// `AAPL_2012-06-21_34200000_57600000_message_10.csv` → `AAPL`.
pub fn symbol_from_file_name(file_name: &str) -> String {
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    base.split('_').next().unwrap_or(base).to_string()
}

/// The orderbook file that belongs to a message file (`_message_` → `_orderbook_`).
pub fn orderbook_path_for(messages_path: &str) -> Option<String> {
    let at = messages_path.rfind("_message_")?;
    Some(format!(
        "{}_orderbook_{}",
        &messages_path[..at],
        &messages_path[at + "_message_".len()..]
    ))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Message {
    kind: u8,
    order_id: u64,
    size: u32,
    price: u64,
    side: Side,
}

/// One orderbook row: (ask price, ask size, bid price, bid size) per level; empty levels None.
type BookRow = Vec<(Option<(u64, u32)>, Option<(u64, u32)>)>;

const EMPTY_PRICE: i64 = 9_999_999_999;
/// Exchange-id space of seeded orders (LOBSTER ids stay far below).
const SEED_ID_BASE: u64 = 1 << 63;

/// A number column of the message or orderbook file, and the values it can hold (named in
/// errors).
trait Column: std::str::FromStr {
    fn range() -> String;
}

macro_rules! integer_column {
    ($($t:ty),*) => {$(
        impl Column for $t {
            fn range() -> String {
                format!("a whole number from {} to {}", <$t>::MIN, <$t>::MAX)
            }
        }
    )*};
}
integer_column!(u32, u64, i64);

impl Column for f64 {
    fn range() -> String {
        "a number of seconds after midnight".to_string()
    }
}

fn field<T: Column>(name: &str, line: u64, field_name: &str, text: &str) -> Result<T, ImportError> {
    parse_number(text).ok_or_else(|| not_a_number(name, line, field_name, text, &T::range()))
}

/// [`field`] for a column whose valid values are narrower than its type's: `range` says which.
fn field_in<T: std::str::FromStr>(
    name: &str,
    line: u64,
    field_name: &str,
    text: &str,
    range: &str,
) -> Result<T, ImportError> {
    parse_number(text).ok_or_else(|| not_a_number(name, line, field_name, text, range))
}

fn parse_number<T: std::str::FromStr>(text: &str) -> Option<T> {
    text.trim().parse::<T>().ok()
}

fn not_a_number(name: &str, line: u64, field_name: &str, text: &str, range: &str) -> ImportError {
    ImportError::new(
        name,
        Location::Line(line),
        field_name,
        format!("cannot read {} as {range}", excerpt(text.trim())),
    )
}

/// Type 7's price: what the trading-halt row says.
const HALT: i64 = -1;
const QUOTING_RESUMES: i64 = 0;
const TRADING_RESUMES: i64 = 1;

/// One row of the message file.
fn parse_message(name: &str, line: u64, text: &str) -> Result<Message, ImportError> {
    let cols: Vec<&str> = text.split(',').collect();
    if cols.len() != 6 {
        return Err(ImportError::new(
            name,
            Location::Line(line),
            "line",
            format!("expected 6 fields, found {}", cols.len()),
        ));
    }
    let time: f64 = field(name, line, "time", cols[0])?;
    if !time.is_finite() || time < 0.0 {
        return Err(ImportError::new(
            name,
            Location::Line(line),
            "time",
            "not a time of day",
        ));
    }
    let kind: u8 = field_in(name, line, "type", cols[1], "an event type from 1 to 7")?;
    if !(1..=7).contains(&kind) {
        return Err(ImportError::new(
            name,
            Location::Line(line),
            "type",
            format!("unknown event type {kind} (1..7)"),
        ));
    }
    let order_id: u64 = field(name, line, "order_id", cols[2])?;
    let size: u32 = field(name, line, "size", cols[3])?;
    let price: i64 = field(name, line, "price", cols[4])?;
    let direction: i8 = field_in(
        name,
        line,
        "direction",
        cols[5],
        "a direction, 1 (buy) or -1 (sell)",
    )?;
    if kind == 7 {
        // A trading-halt indicator: no order, no side; the price says which.
        if ![HALT, QUOTING_RESUMES, TRADING_RESUMES].contains(&price) {
            return Err(ImportError::new(
                name,
                Location::Line(line),
                "price",
                format!(
                    "a trading-halt row (type 7) has price -1 (halt), 0 (quoting resumes) \
                     or 1 (trading resumes), not {price}"
                ),
            ));
        }
        if !(-1..=1).contains(&direction) {
            return Err(ImportError::new(
                name,
                Location::Line(line),
                "direction",
                format!("direction {direction} is not -1, 0 or 1"),
            ));
        }
        return Ok(Message {
            kind,
            order_id,
            size,
            price: 0,
            side: Side::Sell,
        });
    }
    if price < 0 || (price == 0 && kind <= 5) {
        return Err(ImportError::new(
            name,
            Location::Line(line),
            "price",
            format!("price {price} is not positive"),
        ));
    }
    let side = match direction {
        1 => Side::Buy,
        -1 => Side::Sell,
        _ => {
            return Err(ImportError::new(
                name,
                Location::Line(line),
                "direction",
                format!("direction {direction} is neither 1 nor -1"),
            ))
        }
    };
    Ok(Message {
        kind,
        order_id,
        size,
        price: price as u64,
        side,
    })
}

/// One row of the orderbook file; `width` is the first row's number of fields, which every
/// row must have.
fn parse_book_row(
    name: &str,
    line: u64,
    text: &str,
    width: &mut Option<usize>,
) -> Result<BookRow, ImportError> {
    let cols: Vec<&str> = text.split(',').collect();
    if !cols.len().is_multiple_of(4) || *width.get_or_insert(cols.len()) != cols.len() {
        return Err(ImportError::new(
            name,
            Location::Line(line),
            "line",
            format!(
                "expected {} fields (4 per level), found {}",
                width.unwrap_or(cols.len()),
                cols.len()
            ),
        ));
    }
    let mut row = Vec::with_capacity(cols.len() / 4);
    for (level, chunk) in cols.chunks(4).enumerate() {
        let n = level + 1;
        // Field names and ranges are only formatted for an error.
        let bad = |i: usize| {
            let what = ["ask_price", "ask_size", "bid_price", "bid_size"][i];
            let range = if i.is_multiple_of(2) {
                i64::range()
            } else {
                u32::range()
            };
            not_a_number(name, line, &format!("{what}_{n}"), chunk[i], &range)
        };
        let ask_p: i64 = parse_number(chunk[0]).ok_or_else(|| bad(0))?;
        let ask_s: u32 = parse_number(chunk[1]).ok_or_else(|| bad(1))?;
        let bid_p: i64 = parse_number(chunk[2]).ok_or_else(|| bad(2))?;
        let bid_s: u32 = parse_number(chunk[3]).ok_or_else(|| bad(3))?;
        let level_of = |p: i64, s: u32, what: &str| -> Result<Option<(u64, u32)>, ImportError> {
            if p.abs() == EMPTY_PRICE || s == 0 {
                Ok(None)
            } else if p <= 0 {
                Err(ImportError::new(
                    name,
                    Location::Line(line),
                    &format!("{what}_price_{n}"),
                    format!("price {p} is not positive"),
                ))
            } else {
                Ok(Some((p as u64, s)))
            }
        };
        row.push((
            level_of(ask_p, ask_s, "ask")?,
            level_of(bid_p, bid_s, "bid")?,
        ));
    }
    Ok(row)
}

/// Ids of orders the importer creates for the seed account.
#[derive(Debug, Default)]
struct SeedIds {
    count: u64,
}

impl SeedIds {
    fn next(&mut self) -> (Key, u64) {
        self.count += 1;
        (
            Key {
                instrument: 0,
                id: SEED_ID_BASE + self.count,
            },
            self.count,
        )
    }
}

/// Corrects one side of the replayed book to the exchange's visible levels. The visible range
/// is the whole side when the exchange shows fewer than `depth` levels, else the prices at or
/// better than its last shown level. Excess quantity is taken from the back of each level's
/// queue; missing quantity is added as seed-account orders.
fn sync_side(
    replayer: &mut Replayer,
    seeds: &mut SeedIds,
    side: Side,
    expected: &[Level],
    depth: usize,
) {
    let visible = |price: u32| match (expected.len() >= depth, expected.last()) {
        (true, Some(last)) => match side {
            Side::Buy => price >= last.price,
            Side::Sell => price <= last.price,
        },
        _ => true,
    };
    let wanted = |price: u32| {
        expected
            .iter()
            .find(|l| l.price == price)
            .map_or(0, |l| l.qty)
    };
    let ours = replayer.levels(0, side);
    for level in ours.iter().take_while(|l| visible(l.price)) {
        if level.qty <= wanted(level.price) {
            continue;
        }
        let mut excess = level.qty - wanted(level.price);
        for (key, _, leaves) in replayer
            .level_orders(0, side, level.price)
            .into_iter()
            .rev()
        {
            if excess == 0 {
                break;
            }
            let take = (leaves as u64).min(excess);
            if take == leaves as u64 {
                replayer.delete(key);
            } else {
                replayer.cancel_qty(key, take as u32);
            }
            excess -= take;
            replayer.adjust("orderbook sync: quantity removed (event outside the visible levels)");
        }
    }
    for level in expected {
        let have = ours
            .iter()
            .find(|l| l.price == level.price)
            .map_or(0, |l| l.qty.min(level.qty));
        if have < level.qty {
            let qty = u32::try_from(level.qty - have).unwrap_or(u32::MAX);
            let (key, cl_ord_id) = seeds.next();
            replayer.add(key, SEED_ACCOUNT, cl_ord_id, side, level.price, qty);
            replayer.adjust("orderbook sync: quantity added (event outside the visible levels)");
        }
    }
}

/// What a streaming LOBSTER import returns once its sink has every row.
#[derive(Debug, Clone)]
pub struct LobsterSummary {
    /// The venue, instruments and counts of the import.
    pub flow: ImportSummary,
    /// Rows after which the importer's own model of the replayed book differs from the
    /// exchange's top-N (each such book reaches the sink with `model_agrees` false).
    pub model_mismatches: u64,
    /// Levels seeded from the first orderbook row: (side, price in ticks, qty).
    pub seeded_levels: Vec<(Side, u32, u32)>,
}

/// What the first pass over both files learns: enough to choose the ticks, the seed and the
/// price window before the replay.
#[derive(Debug, Default)]
struct Survey {
    messages: u64,
    first_message: Option<Message>,
    first_row: Option<BookRow>,
    /// Every price of a visible event and of the orderbook is a whole cent.
    all_cents: bool,
    /// Orders at each price of the adds, cancels, deletes and executions (1/10000 $).
    prices: BTreeMap<u64, u64>,
}

/// Reads both files through once, checking every row (so a malformed file is refused before
/// anything is written) and noting what the replay needs to know first.
fn survey(
    messages: impl Read,
    orderbook: Option<impl Read>,
    options: &LobsterOptions,
) -> Result<Survey, ImportError> {
    let name = options.messages_name.as_str();
    let mut survey = Survey {
        all_cents: true,
        ..Survey::default()
    };
    let mut lines = TextLines::new(BufReader::with_capacity(CHUNK_BYTES, messages), name);
    while let Some((line, text)) = lines.next_line()? {
        let m = parse_message(name, line, text)?;
        survey.messages += 1;
        survey.first_message.get_or_insert(m);
        if m.kind <= 5 {
            survey.all_cents &= m.price % 100 == 0;
        }
        if m.kind <= 4 {
            *survey.prices.entry(m.price).or_default() += 1;
        }
    }
    let Some(orderbook) = orderbook else {
        return Ok(survey);
    };
    let name = options.orderbook_name.as_str();
    let mut lines = TextLines::new(BufReader::with_capacity(CHUNK_BYTES, orderbook), name);
    let mut width = None;
    let mut rows = 0u64;
    while let Some((line, text)) = lines.next_line()? {
        let row = parse_book_row(name, line, text, &mut width)?;
        rows += 1;
        survey.all_cents &= row
            .iter()
            .flat_map(|(ask, bid)| ask.iter().chain(bid.iter()))
            .all(|(price, _)| price % 100 == 0);
        survey.first_row.get_or_insert(row);
    }
    if rows != survey.messages {
        return Err(ImportError::new(
            name,
            Location::Line(rows.min(survey.messages) + 1),
            "line",
            format!(
                "{rows} orderbook rows for {} messages: the files must have one row per message",
                survey.messages
            ),
        ));
    }
    Ok(survey)
}

/// Imports a LOBSTER message file and (optionally) its orderbook file, held in memory; see
/// [`import_from`].
pub fn import(
    messages: &[u8],
    orderbook: Option<&[u8]>,
    options: &LobsterOptions,
) -> Result<LobsterImport, ImportError> {
    let mut sink = Collected::default();
    let summary = import_from(
        std::io::Cursor::new(messages),
        orderbook.map(std::io::Cursor::new),
        options,
        &mut sink,
    )
    .map_err(StreamError::into_input)?;
    let books = std::mem::take(&mut sink.books);
    Ok(LobsterImport {
        flow: ImportedFlow::from_parts(summary.flow, &mut sink, &options.messages_name),
        model_mismatch_rows: books
            .iter()
            .filter(|b| !b.model_agrees)
            .map(|b| b.row)
            .collect(),
        books,
        seeded_levels: summary.seeded_levels,
    })
}

/// Imports a LOBSTER message file and (optionally) its orderbook file, handing each message,
/// execution and book to `sink` as it is made. Each file is read twice, in chunks: once to
/// check it and size the venue, once to replay it.
///
/// With `sync_to_orderbook`, the replayed book is corrected after each message to the
/// orderbook row (quantity added as seed-account orders or removed from the back of a level),
/// because the message file leaves out events outside the visible levels: a level that
/// re-enters the view may have changed unseen. Each correction is counted in the adjustments.
///
/// Without an orderbook file nothing is seeded: events on orders resting before the slice
/// are skipped as unknown, and no expected books are made.
pub fn import_from<M, B, S>(
    mut messages: M,
    mut orderbook: Option<B>,
    options: &LobsterOptions,
    sink: &mut S,
) -> Result<LobsterSummary, StreamError<S::Error>>
where
    M: Read + Seek,
    B: Read + Seek,
    S: FlowSink,
{
    let survey = survey(&mut messages, orderbook.as_mut(), options)?;

    // Cents when every price is a whole cent; otherwise the data's 1/10000 $.
    let tick_size: u64 = if survey.all_cents { 100 } else { 1 };
    let to_ticks = |price: u64| -> Option<u32> { u32::try_from(price / tick_size).ok() };

    // Seed: the first row's book with the first message undone.
    let mut seed: BTreeMap<(Side, u32), i64> = BTreeMap::new();
    if let (Some(first_row), Some(first_msg)) = (&survey.first_row, &survey.first_message) {
        for (ask, bid) in first_row {
            for (side, level) in [(Side::Sell, ask), (Side::Buy, bid)] {
                if let Some((p, s)) = level {
                    if let Some(t) = to_ticks(*p) {
                        *seed.entry((side, t)).or_default() += *s as i64;
                    }
                }
            }
        }
        if let Some(t) = to_ticks(first_msg.price) {
            let undo = match first_msg.kind {
                1 => -(first_msg.size as i64),
                2..=4 => first_msg.size as i64,
                _ => 0,
            };
            if undo != 0 {
                *seed.entry((first_msg.side, t)).or_default() += undo;
            }
        }
        seed.retain(|_, q| *q > 0);
    }

    // Price window from the prices of the messages and the seed.
    let mut prices = PriceCounts::default();
    for (price, orders) in &survey.prices {
        if let Some(ticks) = to_ticks(*price) {
            prices.add_many(ticks, *orders);
        }
    }
    for (_, price) in seed.keys() {
        prices.add(*price);
    }
    let window = prices::window_for_spans([prices.span()]);
    let base = prices.base(window);
    let mut replayer = Replayer::new(vec![(base, base + (window - 1))]);

    let mut seeded_levels = Vec::new();
    // Bids best first, then asks best first.
    let bids = seed.iter().filter(|((s, _), _)| *s == Side::Buy).rev();
    let asks = seed.iter().filter(|((s, _), _)| *s == Side::Sell);
    let mut seeds = SeedIds::default();
    for ((side, price), qty) in bids.chain(asks) {
        let qty = u32::try_from(*qty).unwrap_or(u32::MAX);
        let (key, cl_ord_id) = seeds.next();
        replayer.add(key, SEED_ACCOUNT, cl_ord_id, *side, *price, qty);
        seeded_levels.push((*side, *price, qty));
    }
    replayer.flush(sink).map_err(StreamError::Output)?;

    let messages_name = options.messages_name.as_str();
    let orderbook_name = options.orderbook_name.as_str();
    input::rewind(&mut messages, messages_name)?;
    let mut message_lines = TextLines::new(
        BufReader::with_capacity(CHUNK_BYTES, &mut messages),
        messages_name,
    );
    let mut book_lines = match orderbook.as_mut() {
        Some(book) => {
            input::rewind(book, orderbook_name)?;
            Some(TextLines::new(
                BufReader::with_capacity(CHUNK_BYTES, book),
                orderbook_name,
            ))
        }
        None => None,
    };
    let mut book_width = None;
    let mut read_by_kind: BTreeMap<String, u64> = BTreeMap::new();
    let mut messages_read = 0u64;
    let mut model_mismatches = 0u64;
    let depth = survey.first_row.as_ref().map_or(0, Vec::len);
    while let Some((line, text)) = message_lines.next_line()? {
        let m = parse_message(messages_name, line, text)?;
        messages_read += 1;
        let kind_name = match m.kind {
            1 => "1 add",
            2 => "2 partial cancel",
            3 => "3 delete",
            4 => "4 visible execution",
            5 => "5 hidden execution",
            6 => "6 cross trade",
            _ => "7 trading halt",
        };
        *read_by_kind.entry(kind_name.to_string()).or_default() += 1;
        let key = Key {
            instrument: 0,
            id: m.order_id,
        };
        let price = to_ticks(m.price);
        // Events on orders the slice did not add (or that the exchange no longer holds)
        // belong to the seeded book. A trading-halt row concerns no order.
        let target = if m.kind == 7 {
            None
        } else if m.kind == 1 || replayer.knows(key) {
            Some(key)
        } else {
            let seeded = price.and_then(|p| {
                replayer
                    .level_orders(0, m.side, p)
                    .into_iter()
                    .find(|(_, account, _)| *account == SEED_ACCOUNT)
            });
            match seeded {
                Some((seed_key, _, _)) if m.kind >= 2 => {
                    replayer.adjust("event of a pre-slice order applied to its seeded level");
                    Some(seed_key)
                }
                _ => None,
            }
        };
        match (m.kind, price, target) {
            (5, _, _) => replayer.skip("hidden execution (no visible resting order)"),
            (6, _, _) => replayer.skip("cross trade"),
            (7, _, _) => replayer.skip("trading halt indicator"),
            (_, None, _) => replayer.skip("price too large for 32-bit ticks"),
            (_, Some(_), None) => {
                replayer.skip("event of a pre-slice order outside the seeded levels")
            }
            (1, Some(p), _) => {
                replayer.add(key, MAKER_ACCOUNT, m.order_id, m.side, p, m.size);
            }
            (2, Some(_), Some(k)) => replayer.cancel_qty(k, m.size),
            (3, Some(_), Some(k)) if k == key => replayer.delete(k),
            (3, Some(_), Some(k)) => replayer.cancel_qty(k, m.size),
            (_, Some(p), Some(k)) => replayer.execute(k, m.size, Some(p), true),
        }
        let Some(book_lines) = book_lines.as_mut() else {
            replayer.flush(sink).map_err(StreamError::Output)?;
            continue;
        };
        let Some((book_line, book_text)) = book_lines.next_line()? else {
            return Err(ImportError::new(
                orderbook_name,
                Location::Line(messages_read),
                "line",
                "the orderbook file ended before the message file: it changed while it was read",
            )
            .into());
        };
        let row = parse_book_row(orderbook_name, book_line, book_text, &mut book_width)?;
        let mut expected = ExpectedBook {
            row: line,
            after_in_seq: 0,
            bids: Vec::new(),
            asks: Vec::new(),
            model_agrees: true,
        };
        for (ask, bid) in &row {
            if let Some((p, s)) = ask {
                expected.asks.push(Level {
                    price: to_ticks(*p).unwrap_or(u32::MAX),
                    qty: *s as u64,
                });
            }
            if let Some((p, s)) = bid {
                expected.bids.push(Level {
                    price: to_ticks(*p).unwrap_or(u32::MAX),
                    qty: *s as u64,
                });
            }
        }
        if options.sync_to_orderbook {
            sync_side(&mut replayer, &mut seeds, Side::Buy, &expected.bids, depth);
            sync_side(&mut replayer, &mut seeds, Side::Sell, &expected.asks, depth);
        }
        expected.after_in_seq = replayer.last_in_seq();
        let (our_bids, our_asks) = replayer.depth(0, depth);
        expected.model_agrees = our_bids == expected.bids && our_asks == expected.asks;
        model_mismatches += u64::from(!expected.model_agrees);
        replayer.flush(sink).map_err(StreamError::Output)?;
        sink.expected_book(&expected).map_err(StreamError::Output)?;
    }

    let replayed = replayer.finish();
    let instruments = vec![InstrumentInfo {
        id: 0,
        symbol: options.symbol.clone(),
        exchange_id: 0,
        tick_size: tick_size as i64,
        price_base: base,
    }];
    let order_slots = venue::slots_for(replayed.max_resting);
    let stats = crate::ImportStats {
        messages_read,
        read_by_kind,
        messages_written: replayed.messages_written,
        written_by_action: replayed.written_by_action,
        skipped: replayed.skipped,
        adjustments: replayed.adjustments,
        max_resting_orders: replayed.max_resting,
    };
    Ok(LobsterSummary {
        flow: ImportSummary {
            venue: venue::venue_config(&instruments, order_slots, window),
            instruments,
            stats,
            expected_fills: replayed.fills,
        },
        model_mismatches,
        seeded_levels,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options() -> LobsterOptions {
        LobsterOptions {
            symbol: "TEST".into(),
            messages_name: "m.csv".into(),
            orderbook_name: "b.csv".into(),
            sync_to_orderbook: true,
        }
    }

    #[test]
    fn names() {
        assert_eq!(
            symbol_from_file_name("data/AAPL_2012-06-21_34200000_57600000_message_10.csv"),
            "AAPL"
        );
        assert_eq!(
            orderbook_path_for("x/AAPL_2012_message_10.csv").as_deref(),
            Some("x/AAPL_2012_orderbook_10.csv")
        );
        assert_eq!(orderbook_path_for("x.csv"), None);
    }

    #[test]
    fn seeds_and_replays_a_small_day() {
        // Before the slice: bid 100.00 x 50 (unknown ids), ask 100.10 x 30.
        let messages = "\
34200.1,1,11,10,1000000,1
34200.2,4,99,20,1000000,1
34200.3,1,12,5,1001000,-1
34200.4,4,12,5,1001000,-1
34200.5,5,0,7,1000500,1
34200.6,3,11,10,1000000,1
";
        let book = "\
1001000,30,1000000,60
1001000,30,1000000,40
1001000,35,1000000,40
1001000,30,1000000,40
1001000,30,1000000,40
1001000,30,1000000,30
";
        let out = import(messages.as_bytes(), Some(book.as_bytes()), &options()).unwrap();
        assert_eq!(
            out.seeded_levels,
            vec![(Side::Buy, 10000, 50), (Side::Sell, 10010, 30)]
        );
        assert_eq!(
            out.flow.orders_csv,
            "action,account,instrument,cl_ord_id,side,type,tif,price,qty,flags\n\
             NEW,2,0,1,B,LIMIT,GTC,10000,50,\n\
             NEW,2,0,2,S,LIMIT,GTC,10010,30,\n\
             NEW,1,0,11,B,LIMIT,GTC,10000,10,\n\
             NEW,0,0,1,S,LIMIT,IOC,10000,20,\n\
             NEW,1,0,12,S,LIMIT,GTC,10010,5,\n\
             NEW,0,0,2,B,LIMIT,IOC,10010,5,\n\
             CANCEL,1,0,11,,,,,,\n"
        );
        assert!(
            out.model_mismatch_rows.is_empty(),
            "{:?}",
            out.model_mismatch_rows
        );
        assert_eq!(out.books.len(), 6);
        assert_eq!(out.books[0].after_in_seq, 3);
        assert_eq!(out.books[5].after_in_seq, 7);
        assert_eq!(
            out.books[5].bids,
            vec![Level {
                price: 10000,
                qty: 30
            }]
        );
        // The execution of order 12 is behind the seeded 30 at 100.10.
        let fills = &out.flow.expected_fills;
        assert_eq!(fills.len(), 2);
        assert!(fills[0].priority_matches);
        assert_eq!(fills[0].maker_account, SEED_ACCOUNT);
        assert!(!fills[1].priority_matches);
        assert_eq!(
            out.flow.stats.skipped["hidden execution (no visible resting order)"],
            1
        );
        assert_eq!(out.flow.stats.messages_read, 6);
        assert_eq!(out.flow.stats.messages_written, 7);
        assert!(out.flow.venue_toml.contains("price_window = 32"));
        assert_eq!(out.flow.instruments[0].tick_size, 100);
    }

    #[test]
    fn errors_name_file_line_and_field() {
        let err = import(b"1,1,1,1,1,1\n1,1,x,1,1,1\n", None, &options()).unwrap_err();
        assert_eq!(err.file, "m.csv");
        assert_eq!(err.location, Location::Line(2));
        assert_eq!(err.field, "order_id");
        let err = import(b"1,1,1,1,1,2\n", None, &options()).unwrap_err();
        assert_eq!(err.field, "direction");
        let err = import(b"1,1,1,1,1\n", None, &options()).unwrap_err();
        assert_eq!(err.field, "line");
        let err = import(b"1,1,1,1,1,1\n", Some(b"1,2,3\n"), &options()).unwrap_err();
        assert_eq!((err.file.as_str(), err.field.as_str()), ("b.csv", "line"));
        let err = import(b"\xff\xfe", None, &options()).unwrap_err();
        assert_eq!(err.location, Location::ByteOffset(0));
    }
}
