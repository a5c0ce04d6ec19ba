//! Databento DBN market-by-order (schema MBO), plain or zstd-compressed, decoded with the
//! `dbn` crate.
//!
//! Record mapping: `A` add → maker GTC LIMIT; `C` cancel → in-place REPLACE (partial) or CANCEL;
//! `M` modify → REPLACE (price change or size increase: loses priority, as on CME; size
//! decrease: in place); `F` fill of a resting order → marketable IOC of the taker account at
//! the order's price. In DBN a fill does not change the book: the `C`/`M` record that follows
//! does, and is absorbed when our fill already made the change. `T` (the aggressor's side of a
//! trade) is replayed through its fills. Fills of an auction (side `N`) are not trades in a
//! continuous book: their book effect arrives through the following `C`/`M` records.

use std::collections::{BTreeMap, VecDeque};
use std::io::{BufReader, Read, Seek};

use gatebook_wire::{Side, MAX_INSTRUMENTS, MAX_ORDER_SLOTS};

use crate::error::{excerpt, printable, ImportError, Location};
use crate::input::{self, read_full, CHUNK_BYTES};
use crate::prices::{self, PriceCounts};
use crate::replay::{Key, Replayer};
use crate::venue::{self, InstrumentInfo, MAKER_ACCOUNT};
use crate::{
    Collected, FlowSink, ImportStats, ImportSummary, ImportedFlow, StreamError, SymbolSelection,
};

/// What to import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DbnOptions {
    /// Name of the input, for errors.
    pub name: String,
    /// Which instruments (by raw symbol or numeric instrument id).
    pub symbols: SymbolSelection,
}

/// A trade as the exchange reported it (the aggressor's record).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExchangeTrade {
    /// Our instrument id (see [`InstrumentInfo::id`]).
    pub instrument: u16,
    /// Price in our ticks.
    pub price: u32,
    /// Traded quantity (the record's `size`).
    pub qty: u32,
    /// Aggressor side; None for an auction trade.
    pub aggressor: Option<Side>,
}

/// A DBN import.
#[derive(Debug, Clone)]
pub struct DbnImport {
    /// The imported order flow, venue and counts.
    pub flow: ImportedFlow,
    /// The exchange's trades (`T` records) of the imported instruments.
    pub trades: Vec<ExchangeTrade>,
    /// Records flagged as part of the initial snapshot.
    pub snapshot_records: u64,
}

const ZSTD_MAGIC: [u8; 4] = [0x28, 0xb5, 0x2f, 0xfd];

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

fn side_of(byte: u8) -> Option<Side> {
    match byte {
        b'B' => Some(Side::Buy),
        b'A' => Some(Side::Sell),
        _ => None,
    }
}

/// The largest zstd window the importer accepts (2^23 bytes).
const ZSTD_WINDOW_LOG_MAX: u32 = 23;

/// The largest DBN metadata the importer reads (symbol mappings of many instruments fit).
const MAX_METADATA_BYTES: u32 = 64 << 20;

/// Size of an MBO record (DBN versions 1 to 3); a longer record carries more after it.
const MBO_BYTES: usize = std::mem::size_of::<dbn::MboMsg>();

/// The DBN versions whose MBO records have the layout read here.
const DBN_VERSIONS: std::ops::RangeInclusive<u8> = 1..=3;

/// The MBO records of a DBN stream, read one at a time: each record's length and type are
/// checked before its fields are read from the MBO layout, so a damaged record is an error
/// that names it, never a decoder's assertion.
struct MboRecords<'a> {
    input: Box<dyn Read + 'a>,
    name: &'a str,
    /// The stream is zstd-compressed: a failed read is a decompression error.
    compressed: bool,
    /// Offset of the next record in the (decompressed) stream.
    offset: u64,
    /// Records read so far.
    number: u64,
    record: [u8; 1024],
}

/// A decoded record's fields that the import uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct MboEvent {
    instrument_id: u32,
    action: u8,
    side: u8,
    order_id: u64,
    price: i64,
    size: u32,
    snapshot: bool,
}

impl<'a> MboRecords<'a> {
    /// Opens a raw or zstd DBN stream (told apart by zstd's magic bytes) and reads its
    /// metadata; returns the records and the raw symbol of each instrument id.
    fn open<R: Read + 'a>(
        input: R,
        name: &'a str,
    ) -> Result<(MboRecords<'a>, BTreeMap<u32, String>), ImportError> {
        let (head, input) = input::peek::<4, _>(input, name)?;
        let compressed = head == ZSTD_MAGIC;
        let input: Box<dyn Read + 'a> = if compressed {
            // The frame header says how large a window to allocate: a damaged one must not
            // make the decompressor take more than 8 MiB (zstd levels up to 19 stay within it).
            let mut decoder = zstd::stream::read::Decoder::new(input)
                .map_err(|e| decompression_failed(name, &e))?;
            decoder
                .window_log_max(ZSTD_WINDOW_LOG_MAX)
                .map_err(|e| decompression_failed(name, &e))?;
            Box::new(BufReader::with_capacity(CHUNK_BYTES, decoder))
        } else {
            Box::new(BufReader::with_capacity(CHUNK_BYTES, input))
        };
        let mut records = MboRecords {
            input,
            name,
            compressed,
            offset: 0,
            number: 0,
            record: [0; 1024],
        };
        let symbols = records.read_metadata()?;
        Ok((records, symbols))
    }

    fn read_failed(&self, error: &std::io::Error) -> ImportError {
        if self.compressed {
            decompression_failed(self.name, error)
        } else {
            input::unreadable(self.name, Location::ByteOffset(self.offset), error)
        }
    }

    /// Reads the signature, version and metadata; returns instrument id → raw symbol.
    fn read_metadata(&mut self) -> Result<BTreeMap<u32, String>, ImportError> {
        let name = self.name;
        let mut prefix = [0u8; 8];
        let got = read_full(&mut self.input, &mut prefix).map_err(|e| self.read_failed(&e))?;
        if got < 8 || &prefix[..3] != b"DBN" {
            return Err(ImportError::new(
                name,
                Location::ByteOffset(0),
                "header",
                "not a DBN stream (no `DBN` signature)",
            ));
        }
        let metadata_len = u32::from_le_bytes([prefix[4], prefix[5], prefix[6], prefix[7]]);
        let runs_past_the_end = |present: u64| {
            ImportError::new(
                name,
                Location::ByteOffset(4),
                "metadata length",
                format!(
                    "metadata of {metadata_len} bytes runs past the end ({} bytes)",
                    8 + present
                ),
            )
        };
        if metadata_len > MAX_METADATA_BYTES {
            let present = std::io::copy(
                &mut (&mut self.input).take(u64::from(metadata_len)),
                &mut std::io::sink(),
            )
            .map_err(|e| self.read_failed(&e))?;
            if present < u64::from(metadata_len) {
                return Err(runs_past_the_end(present));
            }
            return Err(ImportError::new(
                name,
                Location::ByteOffset(4),
                "metadata length",
                format!(
                    "metadata of {metadata_len} bytes is more than the {} MiB read here",
                    MAX_METADATA_BYTES >> 20
                ),
            ));
        }
        let mut header = prefix.to_vec();
        header.resize(8 + metadata_len as usize, 0);
        let got = read_full(&mut self.input, &mut header[8..]).map_err(|e| self.read_failed(&e))?;
        if got < metadata_len as usize {
            return Err(runs_past_the_end(got as u64));
        }
        self.offset = header.len() as u64;
        let version = prefix[3];
        if !DBN_VERSIONS.contains(&version) {
            return Err(ImportError::new(
                name,
                Location::ByteOffset(3),
                "version",
                format!(
                    "DBN version {version} is not one whose MBO records are read here ({} to {})",
                    DBN_VERSIONS.start(),
                    DBN_VERSIONS.end()
                ),
            ));
        }
        let metadata = dbn::decode::DbnMetadataDecoder::new(header.as_slice())
            .decode()
            .map_err(|e| {
                ImportError::new(name, Location::ByteOffset(8), "metadata", dbn_message(&e))
            })?;
        if metadata.schema != Some(dbn::Schema::Mbo) {
            return Err(ImportError::new(
                name,
                Location::ByteOffset(8),
                "schema",
                match metadata.schema {
                    Some(schema) => format!("schema {} is not MBO", schema.as_str()),
                    None => "mixed schemas, not MBO".to_string(),
                },
            ));
        }
        let mut symbols = BTreeMap::new();
        for mapping in &metadata.mappings {
            for interval in &mapping.intervals {
                if let Ok(id) = interval.symbol.parse::<u32>() {
                    symbols.insert(id, mapping.raw_symbol.clone());
                }
            }
        }
        Ok(symbols)
    }

    /// The next record; None at the end of the stream.
    fn next_event(&mut self) -> Result<Option<MboEvent>, ImportError> {
        let location = Location::Record {
            number: self.number + 1,
            offset: self.offset,
        };
        let name = self.name;
        let err = |field: &str, message: String| ImportError::new(name, location, field, message);
        let read = read_record(&mut self.input, &mut self.record);
        let (length, got) = match read.map_err(|e| self.read_failed(&e))? {
            None => return Ok(None),
            Some(read) => read,
        };
        // A record's first byte is its length in 4-byte words.
        if length % 8 != 0 {
            return Err(err(
                "length",
                format!("a record of {length} bytes is not a whole number of 8-byte words"),
            ));
        }
        if got >= 2 && self.record[1] != dbn::rtype::MBO {
            return Err(err(
                "rtype",
                format!(
                    "record type {:#04x} is not an MBO record (type {:#04x})",
                    self.record[1],
                    dbn::rtype::MBO
                ),
            ));
        }
        if length < MBO_BYTES {
            return Err(err(
                "length",
                format!(
                    "a record of {length} bytes is shorter than an MBO record ({MBO_BYTES} bytes)"
                ),
            ));
        }
        if got < length {
            return Err(err(
                "record",
                format!("truncated: {got} bytes left that do not form a record"),
            ));
        }
        let r = &self.record;
        let u32_at = |at: usize| u32::from_le_bytes([r[at], r[at + 1], r[at + 2], r[at + 3]]);
        let u64_at = |at: usize| {
            let mut b = [0u8; 8];
            b.copy_from_slice(&r[at..at + 8]);
            u64::from_le_bytes(b)
        };
        // The MBO layout: header (length, rtype, publisher, instrument id, ts_event), then
        // order id, price, size, flags, channel, action, side.
        let event = MboEvent {
            instrument_id: u32_at(4),
            order_id: u64_at(16),
            price: u64_at(24) as i64,
            size: u32_at(32),
            snapshot: r[36] & dbn::flags::SNAPSHOT != 0,
            action: r[38],
            side: r[39],
        };
        self.number += 1;
        self.offset += length as u64;
        Ok(Some(event))
    }
}

/// Reads one record into `record`: None at the end of the stream, else the length its first
/// byte declares and the bytes read (fewer when the stream ends inside the record, or only
/// the first two when the length is not one an MBO record can have).
fn read_record(
    input: &mut impl Read,
    record: &mut [u8; 1024],
) -> std::io::Result<Option<(usize, usize)>> {
    if read_full(input, &mut record[..1])? == 0 {
        return Ok(None);
    }
    let length = usize::from(record[0]) * 4;
    let mut got = 1 + read_full(input, &mut record[1..2])?;
    if length % 8 == 0 && length >= MBO_BYTES && got == 2 && record[1] == dbn::rtype::MBO {
        got += read_full(input, &mut record[2..length])?;
    }
    Ok(Some((length, got)))
}

fn decompression_failed(name: &str, error: &std::io::Error) -> ImportError {
    ImportError::new(
        name,
        Location::Whole,
        "zstd",
        format!("cannot decompress: {error}"),
    )
}

/// A `dbn` error in our words: its own `Display` shows some causes as Rust debug output (a
/// record with its memory address), and its text may carry input, so it is made printable.
fn dbn_message(error: &dbn::Error) -> String {
    let message = match error {
        dbn::Error::Io { source, context } => format!("cannot read ({context}): {source}"),
        dbn::Error::Decode(message) | dbn::Error::Layout(message) => message.clone(),
        dbn::Error::Utf8 { source, context } => format!("not UTF-8 text ({context}): {source}"),
        dbn::Error::Conversion {
            input,
            desired_type,
        } => {
            let type_name = desired_type.rsplit("::").next().unwrap_or(desired_type);
            format!("{input} is not a valid {type_name}")
        }
        other => other.to_string(),
    };
    printable(&message)
}

/// How far after the fills of a trade its self-match-prevention cancels are looked for (the
/// docs of [`import_from`] give this value).
const CANCEL_LOOKAHEAD: usize = 64;

/// The most fills replayed by one IOC: a trade cannot meet more resting orders than a book
/// holds, and the records of a longer run are replayed as several trades.
const MAX_FILLS_PER_TRADE: usize = MAX_ORDER_SLOTS as usize;

/// A record read ahead of the one being replayed.
#[derive(Debug, Clone, Copy)]
struct Upcoming {
    event: MboEvent,
    /// Already replayed with an earlier record (a fill of its trade, or a cancel applied
    /// before the fills).
    consumed: bool,
}

/// The records of a stream, with those read ahead of the current one.
struct Lookahead<'a> {
    records: MboRecords<'a>,
    upcoming: VecDeque<Upcoming>,
}

impl Lookahead<'_> {
    /// The next record to replay.
    fn next(&mut self) -> Result<Option<Upcoming>, ImportError> {
        if let Some(upcoming) = self.upcoming.pop_front() {
            return Ok(Some(upcoming));
        }
        Ok(self.records.next_event()?.map(|event| Upcoming {
            event,
            consumed: false,
        }))
    }

    /// The `i`th record after the current one (0: the next); None past the end.
    fn get(&mut self, i: usize) -> Result<Option<&mut Upcoming>, ImportError> {
        while self.upcoming.len() <= i {
            match self.records.next_event()? {
                Some(event) => self.upcoming.push_back(Upcoming {
                    event,
                    consumed: false,
                }),
                None => return Ok(None),
            }
        }
        Ok(self.upcoming.get_mut(i))
    }
}

/// CME's self-match prevention cancels a resting order that the aggressor would meet, and
/// the data reports that cancel after the fills. For the fills of `group` (of the records
/// just replayed), finds the cancels (up to the next trade, within [`CANCEL_LOOKAHEAD`]
/// records) of other orders that strict priority would meet first, marks them consumed and
/// returns them (order, cancelled qty).
fn cancels_ahead(
    replayer: &Replayer,
    lookahead: &mut Lookahead,
    instrument_id: u32,
    group: &[Key],
) -> Result<Vec<(Key, u32)>, ImportError> {
    let mut ahead: Vec<Key> = Vec::new();
    for key in group {
        for k in replayer.orders_ahead(*key) {
            if !group.contains(&k) && !ahead.contains(&k) {
                ahead.push(k);
            }
        }
    }
    let mut found = Vec::new();
    if ahead.is_empty() {
        return Ok(found);
    }
    for j in 0..CANCEL_LOOKAHEAD {
        let Some(later) = lookahead.get(j)? else {
            break;
        };
        if later.event.instrument_id != instrument_id {
            continue;
        }
        if later.event.action == b'T' {
            break;
        }
        if later.event.action == b'C' && !later.consumed {
            if let Some(k) = ahead.iter().find(|k| k.id == later.event.order_id) {
                later.consumed = true;
                found.push((*k, later.event.size));
            }
        }
    }
    Ok(found)
}

/// What a streaming DBN import returns once its sink has every record.
#[derive(Debug, Clone)]
pub struct DbnSummary {
    /// The venue, instruments and counts of the import.
    pub flow: ImportSummary,
    /// `T` records of the imported instruments handed to the sink.
    pub trades: u64,
    /// Records flagged as part of the initial snapshot.
    pub snapshot_records: u64,
}

/// Imports a DBN MBO stream held in memory (the bytes of a `.dbn` or `.dbn.zst` file); see
/// [`import_from`].
pub fn import(bytes: &[u8], options: &DbnOptions) -> Result<DbnImport, ImportError> {
    let mut sink = Collected::default();
    let summary = import_from(std::io::Cursor::new(bytes), options, &mut sink)
        .map_err(StreamError::into_input)?;
    Ok(DbnImport {
        trades: std::mem::take(&mut sink.trades),
        flow: ImportedFlow::from_parts(summary.flow, &mut sink, &options.name),
        snapshot_records: summary.snapshot_records,
    })
}

/// Reads every record of `input` from its start, handing each to `visit`; returns the
/// symbols of the metadata.
fn for_each_record<R: Read + Seek, E>(
    input: &mut R,
    name: &str,
    mut visit: impl FnMut(&MboEvent),
) -> Result<BTreeMap<u32, String>, StreamError<E>> {
    input::rewind(input, name)?;
    let (mut records, symbols) = MboRecords::open(&mut *input, name)?;
    while let Some(event) = records.next_event()? {
        visit(&event);
    }
    Ok(symbols)
}

/// Imports a DBN MBO stream (raw or zstd), handing each message, execution and trade to
/// `sink` as it is made. The stream is read three times, in chunks: to check it and count
/// each instrument's records and ticks, to collect the chosen instruments' prices, and to
/// replay it (looking at most one trade's fills and 64 records ahead, for the cancels of
/// CME's self-match prevention that follow a trade's fills).
pub fn import_from<R: Read + Seek, S: FlowSink>(
    mut input: R,
    options: &DbnOptions,
    sink: &mut S,
) -> Result<DbnSummary, StreamError<S::Error>> {
    let name = options.name.as_str();
    let mut activity: BTreeMap<u32, u64> = BTreeMap::new();
    // The greatest common divisor of each instrument's prices: its tick.
    let mut divisors: BTreeMap<u32, u64> = BTreeMap::new();
    let mut snapshot_records = 0u64;
    let symbols = for_each_record(&mut input, name, |e| {
        *activity.entry(e.instrument_id).or_default() += 1;
        snapshot_records += u64::from(e.snapshot);
        if e.price > 0 && e.price != dbn::UNDEF_PRICE {
            let divisor = divisors.entry(e.instrument_id).or_default();
            *divisor = gcd(*divisor, e.price as u64);
        }
    })?;
    let symbol_of = |id: u32| symbols.get(&id).cloned().unwrap_or_else(|| id.to_string());

    let chosen: Vec<u32> = match &options.symbols {
        SymbolSelection::Named(names) => names
            .iter()
            .map(|wanted| {
                activity
                    .keys()
                    .copied()
                    .find(|id| symbol_of(*id) == *wanted || id.to_string() == *wanted)
                    .ok_or_else(|| {
                        ImportError::new(
                            name,
                            Location::Whole,
                            "symbol",
                            format!("no records for symbol {}", excerpt(wanted)),
                        )
                    })
            })
            .collect::<Result<_, _>>()?,
        SymbolSelection::MostActive(n) => {
            let mut ranked: Vec<(u64, String, u32)> = activity
                .iter()
                .map(|(id, count)| (*count, symbol_of(*id), *id))
                .collect();
            ranked.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
            ranked
                .into_iter()
                .take((*n).clamp(1, MAX_INSTRUMENTS as usize))
                .map(|(_, _, id)| id)
                .collect()
        }
    };
    drop(activity);
    let index_of: BTreeMap<u32, u16> = chosen
        .iter()
        .enumerate()
        .map(|(i, id)| (*id, i as u16))
        .collect();
    let ticks: Vec<u64> = chosen
        .iter()
        .map(|id| divisors.get(id).copied().unwrap_or(0).max(1))
        .collect();
    drop(divisors);
    let to_ticks = |i: u16, price: i64| -> Option<u32> {
        if price <= 0 || price == dbn::UNDEF_PRICE {
            return None;
        }
        u32::try_from(price as u64 / ticks[usize::from(i)]).ok()
    };

    // Price windows from the resting orders' prices.
    let mut prices: Vec<PriceCounts> = vec![PriceCounts::default(); chosen.len()];
    for_each_record(&mut input, name, |e| {
        if let Some(&i) = index_of.get(&e.instrument_id) {
            if matches!(e.action, b'A' | b'M') {
                if let Some(p) = to_ticks(i, e.price) {
                    prices[usize::from(i)].add(p);
                }
            }
        }
    })?;
    let window = prices::window_for_spans(prices.iter().map(PriceCounts::span));
    let bases: Vec<u32> = prices.iter().map(|p| p.base(window)).collect();
    drop(prices);
    let mut replayer = Replayer::new(bases.iter().map(|b| (*b, b + (window - 1))).collect());

    input::rewind(&mut input, name)?;
    let (records, _) = MboRecords::open(&mut input, name)?;
    let mut lookahead = Lookahead {
        records,
        upcoming: VecDeque::new(),
    };
    let mut messages_read = 0u64;
    let mut read_by_kind: BTreeMap<String, u64> = BTreeMap::new();
    let mut trades = 0u64;
    // Order id of the latest trade's aggressor, per instrument.
    let mut aggressor: Vec<u64> = vec![0; chosen.len()];
    while let Some(Upcoming { event: e, consumed }) = lookahead.next()? {
        messages_read += 1;
        if consumed {
            *read_by_kind
                .entry((e.action as char).to_string())
                .or_default() += 1;
            continue;
        }
        let kind = match e.action {
            b'A' | b'C' | b'M' | b'T' | b'F' | b'R' | b'N' => (e.action as char).to_string(),
            _ => "other".to_string(),
        };
        *read_by_kind.entry(kind).or_default() += 1;
        let Some(&instrument) = index_of.get(&e.instrument_id) else {
            replayer.skip("instrument not selected");
            continue;
        };
        let key = Key {
            instrument,
            id: e.order_id,
        };
        let price = to_ticks(instrument, e.price);
        match (e.action, price) {
            (b'T', p) => {
                aggressor[usize::from(instrument)] = e.order_id;
                if let Some(p) = p {
                    trades += 1;
                    sink.exchange_trade(&ExchangeTrade {
                        instrument,
                        price: p,
                        qty: e.size,
                        aggressor: side_of(e.side),
                    })
                    .map_err(StreamError::Output)?;
                }
                replayer.skip("trade record (replayed through its fills)");
            }
            (b'F', _) if side_of(e.side).is_none() => {
                replayer.skip("auction fill (book change follows as cancel/modify)")
            }
            (b'F', _) if e.order_id != 0 && e.order_id == aggressor[usize::from(instrument)] => {
                replayer.skip("fill of the aggressor itself (contra not in the book, e.g. implied)")
            }
            (b'F', Some(p)) => {
                // The fills of one trade, replayed by one IOC.
                let mut group = vec![(key, e.size, Some(p))];
                for j in 0.. {
                    if group.len() == MAX_FILLS_PER_TRADE {
                        break;
                    }
                    let Some(next) = lookahead.get(j)? else {
                        break;
                    };
                    let same_trade = next.event.action == b'F'
                        && next.event.instrument_id == e.instrument_id
                        && side_of(next.event.side).is_some()
                        && next.event.order_id != aggressor[usize::from(instrument)];
                    let Some(next_price) = to_ticks(instrument, next.event.price) else {
                        break;
                    };
                    if !same_trade {
                        break;
                    }
                    next.consumed = true;
                    group.push((
                        Key {
                            instrument,
                            id: next.event.order_id,
                        },
                        next.event.size,
                        Some(next_price),
                    ));
                }
                let keys: Vec<Key> = group.iter().map(|(k, _, _)| *k).collect();
                for (ahead, qty) in
                    cancels_ahead(&replayer, &mut lookahead, e.instrument_id, &keys)?
                {
                    replayer.cancel_qty(ahead, qty);
                    replayer.adjust(
                        "cancel of an order ahead applied before the fill (self-match prevention)",
                    );
                }
                replayer.execute_group(&group, false)
            }
            (b'A', Some(p)) => match side_of(e.side) {
                Some(side) => replayer.add(key, MAKER_ACCOUNT, e.order_id, side, p, e.size),
                None => replayer.skip("add without a side"),
            },
            (b'C', _) => replayer.cancel_qty(key, e.size),
            (b'M', Some(p)) => replayer.modify(key, p, e.size),
            (b'R', _) => replayer.skip("clear book (not replayed)"),
            (b'A' | b'M' | b'F', None) => replayer.skip("price not a positive 32-bit tick count"),
            _ => replayer.skip("record without a book effect"),
        }
        replayer.flush(sink).map_err(StreamError::Output)?;
    }

    let replayed = replayer.finish();
    let instruments: Vec<InstrumentInfo> = chosen
        .iter()
        .enumerate()
        .map(|(i, id)| InstrumentInfo {
            id: i as u16,
            symbol: symbol_of(*id),
            exchange_id: u64::from(*id),
            tick_size: ticks[i] as i64,
            price_base: bases[i],
        })
        .collect();
    let venue = venue::venue_config(&instruments, venue::slots_for(replayed.max_resting), window);
    Ok(DbnSummary {
        flow: ImportSummary {
            venue,
            instruments,
            stats: ImportStats {
                messages_read,
                read_by_kind,
                messages_written: replayed.messages_written,
                written_by_action: replayed.written_by_action,
                skipped: replayed.skipped,
                adjustments: replayed.adjustments,
                max_resting_orders: replayed.max_resting,
            },
            expected_fills: replayed.fills,
        },
        trades,
        snapshot_records,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use dbn::encode::EncodeRecord;

    const TICK: i64 = 250_000_000;

    fn record(action: u8, side: u8, order_id: u64, ticks: i64, size: u32) -> dbn::MboMsg {
        dbn::MboMsg {
            hd: dbn::RecordHeader::new::<dbn::MboMsg>(dbn::rtype::MBO, 1, 7, 0),
            order_id,
            price: if ticks == 0 {
                dbn::UNDEF_PRICE
            } else {
                ticks * TICK
            },
            size,
            action: action as std::ffi::c_char,
            side: side as std::ffi::c_char,
            ..Default::default()
        }
    }

    fn stream(records: &[dbn::MboMsg]) -> Vec<u8> {
        let metadata = dbn::Metadata::builder()
            .dataset("GLBX.MDP3")
            .schema(Some(dbn::Schema::Mbo))
            .start(0)
            .stype_in(Some(dbn::SType::RawSymbol))
            .stype_out(dbn::SType::InstrumentId)
            .build();
        let mut out = Vec::new();
        let mut encoder = dbn::encode::DbnEncoder::new(&mut out, &metadata).unwrap();
        for r in records {
            encoder.encode_record(r).unwrap();
        }
        let _ = encoder;
        out
    }

    fn options() -> DbnOptions {
        DbnOptions {
            name: "t.dbn".into(),
            symbols: SymbolSelection::MostActive(1),
        }
    }

    #[test]
    fn trades_fills_and_the_records_that_follow() {
        let records = [
            record(b'A', b'B', 1, 19200, 5),
            record(b'A', b'B', 2, 19200, 2),
            record(b'A', b'A', 3, 19201, 4),
            // Sell aggressor for 6 at 4800.00: fills order 1 fully and 2 partially.
            record(b'T', b'A', 99, 19200, 6),
            record(b'F', b'B', 1, 19200, 5),
            record(b'F', b'B', 2, 19200, 1),
            record(b'C', b'B', 1, 19200, 5),
            record(b'M', b'B', 2, 19200, 1),
            // Size decrease keeps priority; price change loses it.
            record(b'M', b'A', 3, 19201, 3),
            record(b'M', b'A', 3, 19202, 3),
            record(b'C', b'A', 3, 19202, 3),
        ];
        let out = import(&stream(&records), &options()).unwrap();
        assert_eq!(
            out.flow.orders_csv,
            "action,account,instrument,cl_ord_id,side,type,tif,price,qty,flags\n\
             NEW,1,0,1,B,LIMIT,GTC,19200,5,\n\
             NEW,1,0,2,B,LIMIT,GTC,19200,2,\n\
             NEW,1,0,3,S,LIMIT,GTC,19201,4,\n\
             NEW,0,0,1,S,LIMIT,IOC,19200,6,\n\
             REPLACE,1,0,3,,,,19201,3,\n\
             REPLACE,1,0,3,,,,19202,3,\n\
             CANCEL,1,0,3,,,,,,\n"
        );
        let fills = &out.flow.expected_fills;
        assert_eq!(fills.len(), 2);
        assert!(fills.iter().all(|f| f.priority_matches));
        assert_eq!(
            (fills[1].maker_cl_ord_id, fills[1].qty, fills[1].in_seq),
            (2, 1, 4)
        );
        assert_eq!(
            (fills[0].maker_cl_ord_id, fills[0].qty, fills[0].in_seq),
            (1, 5, 4)
        );
        assert_eq!(out.trades.len(), 1);
        assert_eq!(out.flow.instruments[0].tick_size, TICK);
        assert_eq!(out.flow.instruments[0].symbol, "7");
        assert_eq!(out.flow.stats.read_by_kind["F"], 2);
        assert_eq!(out.flow.stats.messages_read, 11);
    }

    #[test]
    fn zstd_and_plain_give_the_same_flow() {
        let plain = stream(&[record(b'A', b'B', 1, 100, 1), record(b'C', b'B', 1, 100, 1)]);
        let compressed = zstd::stream::encode_all(&plain[..], 3).unwrap();
        let a = import(&plain, &options()).unwrap();
        let b = import(&compressed, &options()).unwrap();
        assert_eq!(a.flow.orders_csv, b.flow.orders_csv);
        assert_eq!(a.flow.stats.messages_written, 2);
    }

    #[test]
    fn corrupt_inputs_are_errors_naming_the_place() {
        let plain = stream(&[record(b'A', b'B', 1, 100, 1), record(b'C', b'B', 1, 100, 1)]);
        let err = import(&plain[..plain.len() - 10], &options()).unwrap_err();
        assert_eq!(err.file, "t.dbn");
        assert!(
            matches!(err.location, Location::Record { number: 2, .. }),
            "{err}"
        );
        let err = import(b"garbage garbage", &options()).unwrap_err();
        assert_eq!(err.field, "header");
        let compressed = zstd::stream::encode_all(&plain[..], 3).unwrap();
        let err = import(&compressed[..compressed.len() - 3], &options()).unwrap_err();
        assert_eq!(err.field, "zstd", "{err}");
        let err = import(
            &plain,
            &DbnOptions {
                name: "t.dbn".into(),
                symbols: SymbolSelection::Named(vec!["ESZ9".into()]),
            },
        )
        .unwrap_err();
        assert_eq!(err.field, "symbol");
        let mut bad_length = plain.clone();
        bad_length[4..8].copy_from_slice(&u32::MAX.to_le_bytes());
        assert_eq!(
            import(&bad_length, &options()).unwrap_err().field,
            "metadata length"
        );
    }
}
