//! NASDAQ TotalView-ITCH 5.0, raw or gzip-compressed: each message is a 2-byte big-endian
//! length followed by the message. The message layouts are those of NASDAQ's public
//! specification; the parser is written here so that corrupt input always gives an error
//! naming the byte offset and field, never a panic.
//!
//! Mapping: `A`/`F` add → maker GTC LIMIT (cl_ord_id = order reference number); `E` executed
//! and `C` executed with price → marketable IOC of the taker account at the resting order's
//! price; `X` partial cancel → in-place REPLACE; `D` delete → CANCEL; `U` replace → CANCEL of
//! the old order and NEW of the new reference (the new order has new priority, as on NASDAQ).
//! `P` (non-displayed trade) and `Q` (cross) have no resting visible order and are skipped.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufReader, Read, Seek};

use gatebook_wire::{Side, MAX_INSTRUMENTS};

use crate::error::{excerpt, ImportError, Location};
use crate::input::{self, read_full, CHUNK_BYTES};
use crate::prices::{self, PriceCounts};
use crate::replay::{Key, Replayer};
use crate::venue::{self, InstrumentInfo, MAKER_ACCOUNT};
use crate::{
    Collected, FlowSink, ImportStats, ImportSummary, ImportedFlow, StreamError, SymbolSelection,
};

/// What to import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItchOptions {
    /// Name of the input, for errors.
    pub name: String,
    /// Which symbols.
    pub symbols: SymbolSelection,
}

/// An ITCH import.
#[derive(Debug, Clone)]
pub struct ItchImport {
    /// The imported order flow, venue and counts.
    pub flow: ImportedFlow,
    /// Messages by type letter, over all symbols.
    pub messages_by_type: BTreeMap<char, u64>,
    /// Number of symbols with at least one add order.
    pub symbols_seen: usize,
}

/// One order-book message, prices in the feed's 1/10000 $.
///
/// Fields carry the names of NASDAQ's specification: `locate` is the Stock Locate code
/// (the feed's per-day symbol index), `order_ref` the Order Reference Number (unique for the
/// day, across symbols), `shares` a quantity in shares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItchMessage {
    /// `R`: a symbol's stock locate code.
    StockDirectory {
        /// Stock Locate code assigned to `stock` for the day.
        locate: u16,
        /// Stock symbol, space-padded ASCII.
        stock: [u8; 8],
    },
    /// `A` / `F` (`attributed`: `F`, with a market participant id).
    AddOrder {
        /// True for `F` (Add Order with MPID attribution), false for `A`.
        attributed: bool,
        /// Stock Locate code of the instrument.
        locate: u16,
        /// Order Reference Number of the new order.
        order_ref: u64,
        /// Buy/Sell Indicator (`B` or `S`).
        side: Side,
        /// Displayed quantity, in shares.
        shares: u32,
        /// Stock symbol, space-padded ASCII.
        stock: [u8; 8],
        /// Limit price, in 1/10000 $.
        price: u32,
    },
    /// `E`: part or all of a resting order executed at its own price.
    Executed {
        /// Stock Locate code of the instrument.
        locate: u16,
        /// Order Reference Number of the executed resting order.
        order_ref: u64,
        /// Executed quantity, in shares.
        shares: u32,
        /// Match Number: the execution's identifier, unique for the day.
        match_number: u64,
    },
    /// `C`: part or all of a resting order executed at a price other than its own.
    ExecutedWithPrice {
        /// Stock Locate code of the instrument.
        locate: u16,
        /// Order Reference Number of the executed resting order.
        order_ref: u64,
        /// Executed quantity, in shares.
        shares: u32,
        /// Match Number: the execution's identifier, unique for the day.
        match_number: u64,
        /// Printable flag (`Y`): whether the execution is shown on time-and-sales and counts
        /// towards volume.
        printable: bool,
        /// Execution Price, in 1/10000 $.
        price: u32,
    },
    /// `X`: part of a resting order's quantity cancelled.
    Cancel {
        /// Stock Locate code of the instrument.
        locate: u16,
        /// Order Reference Number of the reduced order.
        order_ref: u64,
        /// Cancelled quantity, in shares (taken off the order's leaves).
        shares: u32,
    },
    /// `D`: a resting order removed.
    Delete {
        /// Stock Locate code of the instrument.
        locate: u16,
        /// Order Reference Number of the removed order.
        order_ref: u64,
    },
    /// `U`: a resting order replaced by a new one (new reference, new priority).
    Replace {
        /// Stock Locate code of the instrument.
        locate: u16,
        /// Original Order Reference Number: the order taken off the book.
        order_ref: u64,
        /// New Order Reference Number: the order that takes its place.
        new_order_ref: u64,
        /// Quantity of the new order, in shares.
        shares: u32,
        /// Limit price of the new order, in 1/10000 $.
        price: u32,
    },
    /// `P`: execution of a non-displayed order.
    Trade {
        /// Stock Locate code of the instrument.
        locate: u16,
    },
    /// `Q`: cross trade.
    CrossTrade {
        /// Stock Locate code of the instrument.
        locate: u16,
    },
    /// Any other message (system, directory-like, imbalance, ...): its type letter.
    Other {
        /// Message type byte, as read.
        kind: u8,
        /// Stock Locate code (0 for messages not tied to a symbol).
        locate: u16,
    },
}

impl ItchMessage {
    /// Stock Locate code of the message, whatever its type: the key that ties each message
    /// to its symbol (and so to our instrument).
    pub fn locate(&self) -> u16 {
        match *self {
            ItchMessage::StockDirectory { locate, .. }
            | ItchMessage::AddOrder { locate, .. }
            | ItchMessage::Executed { locate, .. }
            | ItchMessage::ExecutedWithPrice { locate, .. }
            | ItchMessage::Cancel { locate, .. }
            | ItchMessage::Delete { locate, .. }
            | ItchMessage::Replace { locate, .. }
            | ItchMessage::Trade { locate }
            | ItchMessage::CrossTrade { locate }
            | ItchMessage::Other { locate, .. } => locate,
        }
    }
}

/// Length of each ITCH 5.0 message type, type byte included.
fn message_length(kind: u8) -> Option<usize> {
    Some(match kind {
        b'S' => 12,
        b'R' => 39,
        b'H' => 25,
        b'Y' => 20,
        b'L' => 26,
        b'V' => 35,
        b'W' => 12,
        b'K' => 28,
        b'J' => 35,
        b'h' => 21,
        b'A' => 36,
        b'F' => 40,
        b'E' => 31,
        b'C' => 36,
        b'X' => 23,
        b'D' => 19,
        b'U' => 35,
        b'P' => 44,
        b'Q' => 40,
        b'B' => 19,
        b'I' => 50,
        b'N' => 20,
        b'O' => 48,
        _ => return None,
    })
}

fn u16_at(m: &[u8], at: usize) -> u16 {
    u16::from_be_bytes([m[at], m[at + 1]])
}

fn u32_at(m: &[u8], at: usize) -> u32 {
    u32::from_be_bytes([m[at], m[at + 1], m[at + 2], m[at + 3]])
}

fn u64_at(m: &[u8], at: usize) -> u64 {
    let mut b = [0u8; 8];
    b.copy_from_slice(&m[at..at + 8]);
    u64::from_be_bytes(b)
}

fn stock_at(m: &[u8], at: usize) -> [u8; 8] {
    let mut b = [0u8; 8];
    b.copy_from_slice(&m[at..at + 8]);
    b
}

/// The symbol in an 8-byte, space-padded stock field.
pub fn symbol_text(stock: &[u8; 8]) -> String {
    String::from_utf8_lossy(stock).trim_end().to_string()
}

/// Decompresses gzip input (detected by its magic bytes); raw input is returned as is. The
/// whole stream in memory: for tests and tools on small files (importing streams instead).
pub fn decompress(bytes: &[u8], name: &str) -> Result<Vec<u8>, ImportError> {
    let mut reader = open(bytes, name)?;
    let mut out = Vec::new();
    reader
        .input
        .read_to_end(&mut out)
        .map_err(|e| reader.read_error(&e, out.len() as u64))?;
    Ok(out)
}

/// Parses a raw (decompressed) ITCH 5.0 stream held in memory into messages.
pub fn parse(raw: &[u8], name: &str) -> Result<Vec<ItchMessage>, ImportError> {
    let mut reader = MessageReader::new(raw, name, "input");
    let mut out = Vec::with_capacity(raw.len() / 30);
    while let Some(message) = reader.next_message()? {
        out.push(message);
    }
    Ok(out)
}

/// Reads ITCH 5.0 messages one at a time from a raw (decompressed) stream.
pub struct MessageReader<'a, R> {
    input: R,
    name: &'a str,
    /// What a failed read is named as: `input`, or `gzip` when decompressing.
    read_field: &'static str,
    /// Offset of the next message in the (decompressed) stream.
    offset: u64,
    message: Vec<u8>,
}

/// Opens a raw or gzip ITCH stream (told apart by gzip's magic bytes).
pub fn open<'a, R: Read + 'a>(
    input: R,
    name: &'a str,
) -> Result<MessageReader<'a, Box<dyn Read + 'a>>, ImportError> {
    let (head, input) = input::peek::<2, _>(input, name)?;
    Ok(if head == [0x1f, 0x8b] {
        let decoder = flate2::read::MultiGzDecoder::new(input);
        MessageReader::new(
            Box::new(BufReader::with_capacity(CHUNK_BYTES, decoder)),
            name,
            "gzip",
        )
    } else {
        MessageReader::new(
            Box::new(BufReader::with_capacity(CHUNK_BYTES, input)),
            name,
            "input",
        )
    })
}

impl<'a, R: Read> MessageReader<'a, R> {
    fn new(input: R, name: &'a str, read_field: &'static str) -> Self {
        MessageReader {
            input,
            name,
            read_field,
            offset: 0,
            message: Vec::with_capacity(usize::from(u16::MAX)),
        }
    }

    fn read_error(&self, error: &std::io::Error, offset: u64) -> ImportError {
        if self.read_field == "gzip" {
            ImportError::new(
                self.name,
                Location::ByteOffset(offset),
                "gzip",
                format!("cannot decompress (offset is into the decompressed data): {error}"),
            )
        } else {
            input::unreadable(self.name, Location::ByteOffset(offset), error)
        }
    }

    /// The next message; None at the end of the stream.
    pub fn next_message(&mut self) -> Result<Option<ItchMessage>, ImportError> {
        let offset = self.offset;
        let err = |field: &str, message: String| {
            ImportError::new(self.name, Location::ByteOffset(offset), field, message)
        };
        let mut length = [0u8; 2];
        let got =
            read_full(&mut self.input, &mut length).map_err(|e| self.read_error(&e, offset))?;
        match got {
            0 => return Ok(None),
            1 => {
                return Err(err(
                    "length",
                    "truncated: one byte left where a 2-byte length was expected".into(),
                ))
            }
            _ => {}
        }
        let len = usize::from(u16::from_be_bytes(length));
        if len == 0 {
            return Err(err("length", "message length 0".into()));
        }
        self.message.resize(len, 0);
        let got = read_full(&mut self.input, &mut self.message)
            .map_err(|e| self.read_error(&e, offset + 2))?;
        if got < len {
            return Err(err(
                "message",
                format!("truncated: message of {len} bytes, {got} bytes left"),
            ));
        }
        let message = decode(&self.message, offset + 2, self.name).map_err(|e| {
            if e.location == Location::Whole {
                ImportError {
                    location: Location::ByteOffset(offset),
                    ..e
                }
            } else {
                e
            }
        })?;
        self.offset = offset + 2 + len as u64;
        Ok(Some(message))
    }
}

/// Decodes one message `m` (type byte first) that starts at `start` in the stream. An error
/// about the message as a whole says [`Location::Whole`]: the caller names the message's
/// offset.
fn decode(m: &[u8], start: u64, name: &str) -> Result<ItchMessage, ImportError> {
    let len = m.len();
    let err =
        |field: &str, message: String| ImportError::new(name, Location::Whole, field, message);
    let kind = m[0];
    match message_length(kind) {
        Some(expected) if expected != len => {
            return Err(err(
                "length",
                format!(
                    "message type {} is {expected} bytes, the length says {len}",
                    excerpt([kind])
                ),
            ))
        }
        None if len < 3 => {
            return Err(err("length", format!("message of {len} bytes")));
        }
        _ => {}
    }
    let locate = u16_at(m, 1);
    let side_at = |at: usize| match m[at] {
        b'B' => Ok(Side::Buy),
        b'S' => Ok(Side::Sell),
        other => Err(ImportError::new(
            name,
            Location::ByteOffset(start + at as u64),
            "buy/sell indicator",
            format!("{} is neither B nor S", excerpt([other])),
        )),
    };
    Ok(match kind {
        b'R' => ItchMessage::StockDirectory {
            locate,
            stock: stock_at(m, 11),
        },
        b'A' | b'F' => ItchMessage::AddOrder {
            attributed: kind == b'F',
            locate,
            order_ref: u64_at(m, 11),
            side: side_at(19)?,
            shares: u32_at(m, 20),
            stock: stock_at(m, 24),
            price: u32_at(m, 32),
        },
        b'E' => ItchMessage::Executed {
            locate,
            order_ref: u64_at(m, 11),
            shares: u32_at(m, 19),
            match_number: u64_at(m, 23),
        },
        b'C' => ItchMessage::ExecutedWithPrice {
            locate,
            order_ref: u64_at(m, 11),
            shares: u32_at(m, 19),
            match_number: u64_at(m, 23),
            printable: m[31] == b'Y',
            price: u32_at(m, 32),
        },
        b'X' => ItchMessage::Cancel {
            locate,
            order_ref: u64_at(m, 11),
            shares: u32_at(m, 19),
        },
        b'D' => ItchMessage::Delete {
            locate,
            order_ref: u64_at(m, 11),
        },
        b'U' => ItchMessage::Replace {
            locate,
            order_ref: u64_at(m, 11),
            new_order_ref: u64_at(m, 19),
            shares: u32_at(m, 27),
            price: u32_at(m, 31),
        },
        b'P' => ItchMessage::Trade { locate },
        b'Q' => ItchMessage::CrossTrade { locate },
        _ => ItchMessage::Other { kind, locate },
    })
}

fn type_letter(m: &ItchMessage) -> char {
    match m {
        ItchMessage::StockDirectory { .. } => 'R',
        ItchMessage::AddOrder { attributed, .. } => {
            if *attributed {
                'F'
            } else {
                'A'
            }
        }
        ItchMessage::Executed { .. } => 'E',
        ItchMessage::ExecutedWithPrice { .. } => 'C',
        ItchMessage::Cancel { .. } => 'X',
        ItchMessage::Delete { .. } => 'D',
        ItchMessage::Replace { .. } => 'U',
        ItchMessage::Trade { .. } => 'P',
        ItchMessage::CrossTrade { .. } => 'Q',
        ItchMessage::Other { kind, .. } => *kind as char,
    }
}

/// What a streaming ITCH import returns once its sink has every message.
#[derive(Debug, Clone)]
pub struct ItchSummary {
    /// The venue, instruments and counts of the import.
    pub flow: ImportSummary,
    /// Messages by type letter, over all symbols.
    pub messages_by_type: BTreeMap<char, u64>,
    /// Number of symbols with at least one add order.
    pub symbols_seen: usize,
}

/// Imports an ITCH 5.0 stream held in memory (the bytes of a raw or gzip file); see
/// [`import_from`].
pub fn import(bytes: &[u8], options: &ItchOptions) -> Result<ItchImport, ImportError> {
    let mut sink = Collected::default();
    let summary = import_from(std::io::Cursor::new(bytes), options, &mut sink)
        .map_err(StreamError::into_input)?;
    Ok(ItchImport {
        flow: ImportedFlow::from_parts(summary.flow, &mut sink, &options.name),
        messages_by_type: summary.messages_by_type,
        symbols_seen: summary.symbols_seen,
    })
}

/// Reads every message of `input` from its start, handing each to `visit`.
fn for_each_message<R: Read + Seek, E>(
    input: &mut R,
    name: &str,
    mut visit: impl FnMut(&ItchMessage) -> Result<(), StreamError<E>>,
) -> Result<(), StreamError<E>> {
    input::rewind(input, name)?;
    let mut reader = open(&mut *input, name)?;
    while let Some(message) = reader.next_message()? {
        visit(&message)?;
    }
    Ok(())
}

/// Imports an ITCH 5.0 stream (raw or gzip), handing each message and execution to `sink` as
/// it is made. The stream is read three times, in chunks: to check it and count each
/// symbol's messages, to collect the chosen symbols' prices, and to replay it.
pub fn import_from<R: Read + Seek, S: FlowSink>(
    mut input: R,
    options: &ItchOptions,
    sink: &mut S,
) -> Result<ItchSummary, StreamError<S::Error>> {
    let name = options.name.as_str();
    // Symbols by stock locate, activity by locate, and the locates with a price that is not
    // a whole cent.
    let mut symbols: BTreeMap<u16, String> = BTreeMap::new();
    let mut activity: BTreeMap<u16, u64> = BTreeMap::new();
    let mut messages_by_type: BTreeMap<char, u64> = BTreeMap::new();
    let mut with_adds: BTreeSet<u16> = BTreeSet::new();
    let mut sub_cent = vec![false; usize::from(u16::MAX) + 1];
    let mut messages_read = 0u64;
    for_each_message(&mut input, name, |m| {
        messages_read += 1;
        if let ItchMessage::AddOrder { locate, .. } = m {
            with_adds.insert(*locate);
        }
        *messages_by_type.entry(type_letter(m)).or_default() += 1;
        match m {
            ItchMessage::StockDirectory { locate, stock }
            | ItchMessage::AddOrder { locate, stock, .. } => {
                symbols.entry(*locate).or_insert_with(|| symbol_text(stock));
            }
            _ => {}
        }
        match *m {
            ItchMessage::AddOrder { price, .. }
            | ItchMessage::Replace { price, .. }
            | ItchMessage::ExecutedWithPrice { price, .. } => {
                sub_cent[usize::from(m.locate())] |= price % 100 != 0;
            }
            _ => {}
        }
        if matches!(
            m,
            ItchMessage::AddOrder { .. }
                | ItchMessage::Executed { .. }
                | ItchMessage::ExecutedWithPrice { .. }
                | ItchMessage::Cancel { .. }
                | ItchMessage::Delete { .. }
                | ItchMessage::Replace { .. }
        ) {
            *activity.entry(m.locate()).or_default() += 1;
        }
        Ok(())
    })?;
    let symbol_of = |locate: u16| {
        symbols
            .get(&locate)
            .cloned()
            .unwrap_or_else(|| format!("LOCATE{locate}"))
    };
    let chosen: Vec<u16> = match &options.symbols {
        SymbolSelection::Named(names) => names
            .iter()
            .map(|wanted| {
                symbols
                    .iter()
                    .find(|(_, s)| *s == wanted)
                    .map(|(l, _)| *l)
                    .ok_or_else(|| {
                        ImportError::new(
                            name,
                            Location::Whole,
                            "symbol",
                            format!("no messages for symbol {}", excerpt(wanted)),
                        )
                    })
            })
            .collect::<Result<_, _>>()?,
        SymbolSelection::MostActive(n) => {
            let mut ranked: Vec<(u64, String, u16)> = activity
                .iter()
                .map(|(l, c)| (*c, symbol_of(*l), *l))
                .collect();
            ranked.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
            ranked
                .into_iter()
                .take((*n).clamp(1, MAX_INSTRUMENTS as usize))
                .map(|(_, _, l)| l)
                .collect()
        }
    };
    let mut index_of: Vec<Option<u16>> = vec![None; usize::from(u16::MAX) + 1];
    for (i, l) in chosen.iter().enumerate() {
        index_of[usize::from(*l)] = Some(i as u16);
    }
    // Cents where every price of the instrument is a whole cent.
    let ticks: Vec<u32> = chosen
        .iter()
        .map(|l| if sub_cent[usize::from(*l)] { 1 } else { 100 })
        .collect();

    let mut prices: Vec<PriceCounts> = vec![PriceCounts::default(); chosen.len()];
    for_each_message(&mut input, name, |m| {
        if let Some(i) = index_of[usize::from(m.locate())] {
            if let ItchMessage::AddOrder { price, .. } | ItchMessage::Replace { price, .. } = *m {
                let i = usize::from(i);
                prices[i].add(price / ticks[i]);
            }
        }
        Ok(())
    })?;
    let window = prices::window_for_spans(prices.iter().map(PriceCounts::span));
    let bases: Vec<u32> = prices.iter().map(|p| p.base(window)).collect();
    drop(prices);
    let mut replayer = Replayer::new(bases.iter().map(|b| (*b, b + (window - 1))).collect());

    let mut read_by_kind: BTreeMap<String, u64> = BTreeMap::new();
    let mut replayed_messages = 0u64;
    for_each_message(&mut input, name, |m| {
        replayed_messages += 1;
        let Some(instrument) = index_of[usize::from(m.locate())] else {
            return Ok(());
        };
        *read_by_kind.entry(type_letter(m).to_string()).or_default() += 1;
        replay(&mut replayer, instrument, ticks[usize::from(instrument)], m);
        replayer.flush(sink).map_err(StreamError::Output)
    })?;

    let replayed = replayer.finish();
    let instruments: Vec<InstrumentInfo> = chosen
        .iter()
        .enumerate()
        .map(|(i, l)| InstrumentInfo {
            id: i as u16,
            symbol: symbol_of(*l),
            exchange_id: u64::from(*l),
            tick_size: i64::from(ticks[i]),
            price_base: bases[i],
        })
        .collect();
    let venue = venue::venue_config(&instruments, venue::slots_for(replayed.max_resting), window);
    let mut skipped = replayed.skipped;
    let other_symbols = replayed_messages - read_by_kind.values().sum::<u64>();
    if other_symbols > 0 {
        skipped.insert("symbol not selected".to_string(), other_symbols);
    }
    Ok(ItchSummary {
        flow: ImportSummary {
            venue,
            instruments,
            stats: ImportStats {
                messages_read: replayed_messages,
                read_by_kind,
                messages_written: replayed.messages_written,
                written_by_action: replayed.written_by_action,
                skipped,
                adjustments: replayed.adjustments,
                max_resting_orders: replayed.max_resting,
            },
            expected_fills: replayed.fills,
        },
        messages_by_type,
        symbols_seen: with_adds.len(),
    })
}

/// Plays one message of an imported instrument (prices divided by `tick`).
fn replay(replayer: &mut Replayer, instrument: u16, tick: u32, m: &ItchMessage) {
    let key = |id: u64| Key { instrument, id };
    match *m {
        ItchMessage::AddOrder {
            order_ref,
            side,
            shares,
            price,
            ..
        } => replayer.add(
            key(order_ref),
            MAKER_ACCOUNT,
            order_ref,
            side,
            price / tick,
            shares,
        ),
        ItchMessage::Executed {
            order_ref, shares, ..
        } => replayer.execute(key(order_ref), shares, None, true),
        ItchMessage::ExecutedWithPrice {
            order_ref,
            shares,
            price,
            ..
        } => replayer.execute(key(order_ref), shares, Some(price / tick), true),
        ItchMessage::Cancel {
            order_ref, shares, ..
        } => replayer.cancel_qty(key(order_ref), shares),
        ItchMessage::Delete { order_ref, .. } => replayer.delete(key(order_ref)),
        ItchMessage::Replace {
            order_ref,
            new_order_ref,
            shares,
            price,
            ..
        } => match replayer.side_of(key(order_ref)) {
            Some(side) => {
                replayer.delete(key(order_ref));
                replayer.add(
                    key(new_order_ref),
                    MAKER_ACCOUNT,
                    new_order_ref,
                    side,
                    price / tick,
                    shares,
                );
            }
            None => replayer.skip("replace of an order unknown to the replay"),
        },
        ItchMessage::Trade { .. } => {
            replayer.skip("trade of a non-displayed order (no visible resting order)")
        }
        ItchMessage::CrossTrade { .. } => replayer.skip("cross trade"),
        ItchMessage::StockDirectory { .. } | ItchMessage::Other { .. } => {
            replayer.skip("message without a book effect")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Frames one message: 2-byte length, type, locate, tracking number 0, timestamp 0, body.
    fn frame(out: &mut Vec<u8>, kind: u8, locate: u16, body: &[u8]) {
        let len = 11 + body.len();
        out.extend_from_slice(&(len as u16).to_be_bytes());
        out.push(kind);
        out.extend_from_slice(&locate.to_be_bytes());
        out.extend_from_slice(&[0; 8]);
        out.extend_from_slice(body);
    }

    fn add(
        out: &mut Vec<u8>,
        locate: u16,
        order_ref: u64,
        side: u8,
        shares: u32,
        stock: &str,
        price: u32,
    ) {
        let mut b = Vec::new();
        b.extend_from_slice(&order_ref.to_be_bytes());
        b.push(side);
        b.extend_from_slice(&shares.to_be_bytes());
        b.extend_from_slice(format!("{stock:<8}").as_bytes());
        b.extend_from_slice(&price.to_be_bytes());
        frame(out, b'A', locate, &b);
    }

    fn ref_shares(
        out: &mut Vec<u8>,
        kind: u8,
        locate: u16,
        order_ref: u64,
        shares: u32,
        tail: &[u8],
    ) {
        let mut b = Vec::new();
        b.extend_from_slice(&order_ref.to_be_bytes());
        b.extend_from_slice(&shares.to_be_bytes());
        b.extend_from_slice(tail);
        frame(out, kind, locate, &b);
    }

    fn sample_stream() -> Vec<u8> {
        let mut s = Vec::new();
        frame(&mut s, b'S', 0, b"Q");
        add(&mut s, 7, 100, b'B', 300, "ZVZZT", 100_100); // $10.01
        add(&mut s, 7, 101, b'B', 200, "ZVZZT", 100_100);
        add(&mut s, 7, 102, b'S', 50, "ZVZZT", 100_300);
        add(&mut s, 9, 900, b'S', 10, "OTHER", 500_000);
        // E: 100 executes 120.
        ref_shares(&mut s, b'E', 7, 100, 120, &1u64.to_be_bytes());
        // C: 100 executes 30 at $10.00 (e.g. in a cross).
        let mut tail = 2u64.to_be_bytes().to_vec();
        tail.push(b'Y');
        tail.extend_from_slice(&100_000u32.to_be_bytes());
        ref_shares(&mut s, b'C', 7, 100, 30, &tail);
        // X: 101 cancels 50.
        ref_shares(&mut s, b'X', 7, 101, 50, &[]);
        // U: 102 becomes 103, 40 @ $10.02.
        let mut b = 102u64.to_be_bytes().to_vec();
        b.extend_from_slice(&103u64.to_be_bytes());
        b.extend_from_slice(&40u32.to_be_bytes());
        b.extend_from_slice(&100_200u32.to_be_bytes());
        frame(&mut s, b'U', 7, &b);
        // D: 100 deleted; execution of an order from before the slice.
        frame(&mut s, b'D', 7, &100u64.to_be_bytes());
        ref_shares(&mut s, b'E', 7, 55, 1, &3u64.to_be_bytes());
        s
    }

    fn options(symbols: SymbolSelection) -> ItchOptions {
        ItchOptions {
            name: "t.itch".into(),
            symbols,
        }
    }

    #[test]
    fn parses_the_layouts() {
        let messages = parse(&sample_stream(), "t.itch").unwrap();
        assert_eq!(messages.len(), 11);
        assert_eq!(
            messages[0],
            ItchMessage::Other {
                kind: b'S',
                locate: 0
            }
        );
        assert_eq!(
            messages[1],
            ItchMessage::AddOrder {
                attributed: false,
                locate: 7,
                order_ref: 100,
                side: Side::Buy,
                shares: 300,
                stock: *b"ZVZZT   ",
                price: 100_100,
            }
        );
        assert_eq!(
            messages[6],
            ItchMessage::ExecutedWithPrice {
                locate: 7,
                order_ref: 100,
                shares: 30,
                match_number: 2,
                printable: true,
                price: 100_000,
            }
        );
        assert_eq!(
            messages[8],
            ItchMessage::Replace {
                locate: 7,
                order_ref: 102,
                new_order_ref: 103,
                shares: 40,
                price: 100_200,
            }
        );
    }

    #[test]
    fn imports_one_symbol() {
        let out = import(
            &sample_stream(),
            &options(SymbolSelection::Named(vec!["ZVZZT".into()])),
        )
        .unwrap();
        assert_eq!(
            out.flow.orders_csv,
            "action,account,instrument,cl_ord_id,side,type,tif,price,qty,flags\n\
             NEW,1,0,100,B,LIMIT,GTC,1001,300,\n\
             NEW,1,0,101,B,LIMIT,GTC,1001,200,\n\
             NEW,1,0,102,S,LIMIT,GTC,1003,50,\n\
             NEW,0,0,1,S,LIMIT,IOC,1001,120,\n\
             NEW,0,0,2,S,LIMIT,IOC,1001,30,\n\
             REPLACE,1,0,101,,,,1001,150,\n\
             CANCEL,1,0,102,,,,,,\n\
             NEW,1,0,103,S,LIMIT,GTC,1002,40,\n\
             CANCEL,1,0,100,,,,,,\n"
        );
        let fills = &out.flow.expected_fills;
        assert_eq!(fills.len(), 2);
        assert_eq!((fills[1].price, fills[1].exchange_price), (1001, 1000));
        assert!(fills
            .iter()
            .all(|f| f.priority_matches && f.maker_cl_ord_id == 100));
        let stats = &out.flow.stats;
        assert_eq!(stats.messages_read, 11);
        assert_eq!(
            stats.skipped["execution of an order unknown to the replay"],
            1
        );
        assert_eq!(stats.skipped["symbol not selected"], 2);
        assert_eq!(out.flow.instruments[0].tick_size, 100);
        assert_eq!(out.symbols_seen, 2);
    }

    #[test]
    fn most_active_ranks_by_messages() {
        let out = import(&sample_stream(), &options(SymbolSelection::MostActive(2))).unwrap();
        let symbols: Vec<_> = out
            .flow
            .instruments
            .iter()
            .map(|i| i.symbol.as_str())
            .collect();
        assert_eq!(symbols, ["ZVZZT", "OTHER"]);
        assert!(out
            .flow
            .orders_csv
            .contains("NEW,1,1,900,S,LIMIT,GTC,5000,10,"));
    }

    #[test]
    fn gzip_and_raw_agree() {
        use std::io::Write;
        let raw = sample_stream();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&raw).unwrap();
        let gz = gz.finish().unwrap();
        let sel = options(SymbolSelection::MostActive(1));
        assert_eq!(
            import(&raw, &sel).unwrap().flow.orders_csv,
            import(&gz, &sel).unwrap().flow.orders_csv
        );
        let err = import(&gz[..gz.len() - 12], &sel).unwrap_err();
        assert_eq!(err.field, "gzip");
    }

    #[test]
    fn corrupt_streams_are_errors_with_offsets() {
        let raw = sample_stream();
        let sel = options(SymbolSelection::MostActive(1));
        // Cut inside the last message.
        let err = import(&raw[..raw.len() - 3], &sel).unwrap_err();
        assert_eq!(err.field, "message");
        assert_eq!(err.location, Location::ByteOffset((raw.len() - 33) as u64));
        // Cut inside a length.
        let err = import(&raw[..raw.len() - 32], &sel).unwrap_err();
        assert_eq!(err.field, "length");
        // A wrong length for a known type.
        let mut bad = raw.clone();
        bad[1] = 13;
        let err = import(&bad, &sel).unwrap_err();
        assert_eq!(
            (err.field.as_str(), err.location),
            ("length", Location::ByteOffset(0))
        );
        // A bad side.
        let mut bad = raw.clone();
        bad[14 + 2 + 19] = b'?';
        let err = import(&bad, &sel).unwrap_err();
        assert_eq!(err.field, "buy/sell indicator");
        // Garbage never panics.
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for round in 0..200 {
            let garbage: Vec<u8> = (0..round * 7)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    state as u8
                })
                .collect();
            let _ = import(&garbage, &sel);
        }
    }
}
