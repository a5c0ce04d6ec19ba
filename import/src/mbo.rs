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

use std::collections::BTreeMap;

use dbn::decode::{DbnMetadata, DecodeRecordRef};

use crate::error::{excerpt, printable, ImportError, Location};
use crate::flow::Side;
use crate::replay::{Key, Replayer};
use crate::venue::{self, InstrumentInfo, MAKER_ACCOUNT, MAX_INSTRUMENTS};
use crate::{ImportStats, ImportedFlow, SymbolSelection};

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
    pub instrument: u16,
    /// Price in our ticks.
    pub price: u32,
    pub qty: u32,
    /// Aggressor side; None for an auction trade.
    pub aggressor: Option<Side>,
}

/// A DBN import.
#[derive(Debug, Clone)]
pub struct DbnImport {
    pub flow: ImportedFlow,
    /// The exchange's trades (`T` records) of the imported instruments.
    pub trades: Vec<ExchangeTrade>,
    /// Records flagged as part of the initial snapshot.
    pub snapshot_records: u64,
}

#[derive(Debug, Clone, Copy)]
struct MboEvent {
    instrument_id: u32,
    action: u8,
    side: u8,
    order_id: u64,
    price: i64,
    size: u32,
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

/// Decodes the whole stream; every record must be a complete MBO record.
/// A decoded stream: records, instrument id → raw symbol, number of snapshot records.
struct Decoded {
    events: Vec<MboEvent>,
    symbols: BTreeMap<u32, String>,
    snapshot: u64,
}

/// The largest zstd window the importer accepts (2^23 bytes).
const ZSTD_WINDOW_LOG_MAX: u32 = 23;

fn decode(bytes: &[u8], name: &str) -> Result<Decoded, ImportError> {
    let owned;
    let raw: &[u8] = if bytes.starts_with(&ZSTD_MAGIC) {
        let failed = |e: std::io::Error| {
            ImportError::new(
                name,
                Location::Whole,
                "zstd",
                format!("cannot decompress: {e}"),
            )
        };
        // The frame header says how large a window to allocate: a damaged one must not
        // make the decompressor take more than 8 MiB (zstd levels up to 19 stay within it).
        let mut decoder = zstd::stream::read::Decoder::new(bytes).map_err(failed)?;
        decoder
            .window_log_max(ZSTD_WINDOW_LOG_MAX)
            .map_err(failed)?;
        let mut decompressed = Vec::new();
        std::io::Read::read_to_end(&mut decoder, &mut decompressed).map_err(failed)?;
        owned = decompressed;
        &owned
    } else {
        bytes
    };
    if raw.len() < 8 || &raw[..3] != b"DBN" {
        return Err(ImportError::new(
            name,
            Location::ByteOffset(0),
            "header",
            "not a DBN stream (no `DBN` signature)",
        ));
    }
    let metadata_len = u32::from_le_bytes([raw[4], raw[5], raw[6], raw[7]]) as u64;
    let mut offset = 8 + metadata_len;
    if offset > raw.len() as u64 {
        return Err(ImportError::new(
            name,
            Location::ByteOffset(4),
            "metadata length",
            format!(
                "metadata of {metadata_len} bytes runs past the end ({} bytes)",
                raw.len()
            ),
        ));
    }
    let mut decoder = dbn::decode::DbnDecoder::new(raw).map_err(|e| {
        ImportError::new(name, Location::ByteOffset(8), "metadata", dbn_message(&e))
    })?;
    let metadata = decoder.metadata().clone();
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
    let mut events = Vec::new();
    let mut snapshot = 0u64;
    const MBO_BYTES: usize = std::mem::size_of::<dbn::MboMsg>();
    loop {
        let number = events.len() as u64 + 1;
        let location = Location::Record { number, offset };
        // A record's first byte is its length in 4-byte words. The decoder asserts on a
        // record that is not 8-byte aligned or shorter than its type, so both are refused
        // from the raw bytes before it sees them.
        if let Some(&words) = raw.get(offset as usize) {
            let bytes = usize::from(words) * 4;
            if bytes % 8 != 0 {
                return Err(ImportError::new(
                    name,
                    location,
                    "length",
                    format!("a record of {bytes} bytes is not a whole number of 8-byte words"),
                ));
            }
            if let Some(&rtype) = raw
                .get(offset as usize + 1)
                .filter(|&&t| t != dbn::rtype::MBO)
            {
                return Err(ImportError::new(
                    name,
                    location,
                    "rtype",
                    format!(
                        "record type {rtype:#04x} is not an MBO record (type {:#04x})",
                        dbn::rtype::MBO
                    ),
                ));
            }
            if bytes < MBO_BYTES {
                return Err(ImportError::new(
                    name,
                    location,
                    "length",
                    format!(
                        "a record of {bytes} bytes is shorter than an MBO record ({MBO_BYTES} bytes)"
                    ),
                ));
            }
        }
        let record = decoder
            .decode_record_ref()
            .map_err(|e| ImportError::new(name, location, "record", dbn_message(&e)))?;
        let Some(record) = record else { break };
        let rtype = record.header().rtype;
        if rtype != dbn::rtype::MBO {
            return Err(ImportError::new(
                name,
                location,
                "rtype",
                format!(
                    "record type {rtype:#04x} is not an MBO record (type {:#04x})",
                    dbn::rtype::MBO
                ),
            ));
        }
        let length = record.header().record_size();
        // `get` would panic on a short record: the length is checked first.
        let short = || {
            ImportError::new(
                name,
                location,
                "length",
                format!(
                    "a record of {length} bytes is shorter than an MBO record ({MBO_BYTES} bytes)"
                ),
            )
        };
        if length < MBO_BYTES {
            return Err(short());
        }

        let r = record.get::<dbn::MboMsg>().ok_or_else(short)?;
        offset += r.hd.record_size() as u64;
        if r.flags.is_snapshot() {
            snapshot += 1;
        }
        events.push(MboEvent {
            instrument_id: r.hd.instrument_id,
            action: r.action as u8,
            side: r.side as u8,
            order_id: r.order_id,
            price: r.price,
            size: r.size,
        });
    }
    if offset != raw.len() as u64 {
        return Err(ImportError::new(
            name,
            Location::Record {
                number: events.len() as u64 + 1,
                offset,
            },
            "record",
            format!(
                "truncated: {} bytes left that do not form a record",
                raw.len() as u64 - offset.min(raw.len() as u64)
            ),
        ));
    }
    Ok(Decoded {
        events,
        symbols,
        snapshot,
    })
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

/// CME's self-match prevention cancels a resting order that the aggressor would meet, and
/// the data reports that cancel after the fills. For the fills of `group` (starting at
/// `events[index]`), finds the cancels (up to the next trade) of other orders that strict
/// priority would meet first, marks them consumed and returns them (order, cancelled qty).
fn cancels_ahead(
    replayer: &Replayer,
    events: &[MboEvent],
    index: usize,
    group: &[Key],
    consumed: &mut [bool],
) -> Vec<(Key, u32)> {
    let mut ahead: Vec<Key> = Vec::new();
    for key in group {
        for k in replayer.orders_ahead(*key) {
            if !group.contains(&k) && !ahead.contains(&k) {
                ahead.push(k);
            }
        }
    }
    if ahead.is_empty() {
        return Vec::new();
    }
    let instrument_id = events[index].instrument_id;
    let mut found = Vec::new();
    for (j, later) in events.iter().enumerate().skip(index + 1).take(64) {
        if later.instrument_id != instrument_id {
            continue;
        }
        if later.action == b'T' {
            break;
        }
        if later.action == b'C' && !consumed[j] {
            if let Some(k) = ahead.iter().find(|k| k.id == later.order_id) {
                consumed[j] = true;
                found.push((*k, later.size));
            }
        }
    }
    found
}

/// Imports a DBN MBO stream (the bytes of a `.dbn` or `.dbn.zst` file).
pub fn import(bytes: &[u8], options: &DbnOptions) -> Result<DbnImport, ImportError> {
    let name = options.name.as_str();
    let Decoded {
        events,
        symbols,
        snapshot: snapshot_records,
    } = decode(bytes, name)?;
    let symbol_of = |id: u32| symbols.get(&id).cloned().unwrap_or_else(|| id.to_string());

    // Instrument selection.
    let mut activity: BTreeMap<u32, u64> = BTreeMap::new();
    for e in &events {
        *activity.entry(e.instrument_id).or_default() += 1;
    }
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
                .take((*n).clamp(1, MAX_INSTRUMENTS))
                .map(|(_, _, id)| id)
                .collect()
        }
    };
    let index_of: BTreeMap<u32, u16> = chosen
        .iter()
        .enumerate()
        .map(|(i, id)| (*id, i as u16))
        .collect();

    // Tick size per instrument: the greatest common divisor of its prices.
    let mut ticks: Vec<u64> = vec![0; chosen.len()];
    for e in &events {
        if let Some(&i) = index_of.get(&e.instrument_id) {
            if e.price > 0 && e.price != dbn::UNDEF_PRICE {
                ticks[i as usize] = gcd(ticks[i as usize], e.price as u64);
            }
        }
    }
    for t in &mut ticks {
        *t = (*t).max(1);
    }
    let to_ticks = |i: u16, price: i64| -> Option<u32> {
        if price <= 0 || price == dbn::UNDEF_PRICE {
            return None;
        }
        u32::try_from(price as u64 / ticks[i as usize]).ok()
    };

    // Price windows from the resting orders' prices.
    let mut prices: Vec<Vec<u32>> = vec![Vec::new(); chosen.len()];
    for e in &events {
        if let Some(&i) = index_of.get(&e.instrument_id) {
            if matches!(e.action, b'A' | b'M') {
                if let Some(p) = to_ticks(i, e.price) {
                    prices[i as usize].push(p);
                }
            }
        }
    }
    let spans: Vec<u32> = prices.iter().map(|p| venue::needed_span(p)).collect();
    let window = venue::window_for_spans(&spans);
    let bases: Vec<u32> = prices.iter().map(|p| venue::base_for(p, window)).collect();
    let mut replayer = Replayer::new(bases.iter().map(|b| (*b, b + (window - 1))).collect());

    let mut read_by_kind: BTreeMap<String, u64> = BTreeMap::new();
    let mut trades = Vec::new();
    // Order id of the latest trade's aggressor, per instrument.
    let mut aggressor: Vec<u64> = vec![0; chosen.len()];
    // Cancels already applied ahead of their place (see `cancels_ahead`).
    let mut consumed = vec![false; events.len()];
    for (index, e) in events.iter().enumerate() {
        if consumed[index] {
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
                aggressor[instrument as usize] = e.order_id;
                if let Some(p) = p {
                    trades.push(ExchangeTrade {
                        instrument,
                        price: p,
                        qty: e.size,
                        aggressor: side_of(e.side),
                    });
                }
                replayer.skip("trade record (replayed through its fills)");
            }
            (b'F', _) if side_of(e.side).is_none() => {
                replayer.skip("auction fill (book change follows as cancel/modify)")
            }
            (b'F', _) if e.order_id != 0 && e.order_id == aggressor[instrument as usize] => {
                replayer.skip("fill of the aggressor itself (contra not in the book, e.g. implied)")
            }
            (b'F', Some(p)) => {
                // The fills of one trade, replayed by one IOC.
                let mut group = vec![(key, e.size, Some(p))];
                for (j, next) in events.iter().enumerate().skip(index + 1) {
                    let same_trade = next.action == b'F'
                        && next.instrument_id == e.instrument_id
                        && side_of(next.side).is_some()
                        && next.order_id != aggressor[instrument as usize];
                    let Some(next_price) = to_ticks(instrument, next.price) else {
                        break;
                    };
                    if !same_trade {
                        break;
                    }
                    consumed[j] = true;
                    group.push((
                        Key {
                            instrument,
                            id: next.order_id,
                        },
                        next.size,
                        Some(next_price),
                    ));
                }
                let keys: Vec<Key> = group.iter().map(|(k, _, _)| *k).collect();
                for (ahead, qty) in cancels_ahead(&replayer, &events, index, &keys, &mut consumed) {
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
    }

    let replayed = replayer.finish();
    let instruments: Vec<InstrumentInfo> = chosen
        .iter()
        .enumerate()
        .map(|(i, id)| InstrumentInfo {
            id: i as u16,
            symbol: symbol_of(*id),
            exchange_id: *id as u64,
            tick_size: ticks[i] as i64,
            price_base: bases[i],
        })
        .collect();
    let venue_toml = venue::venue_toml(
        name,
        &instruments,
        venue::slots_for(replayed.max_resting),
        window,
    );
    Ok(DbnImport {
        flow: ImportedFlow {
            orders_csv: replayed.orders_csv,
            venue_toml,
            instruments,
            stats: ImportStats {
                messages_read: events.len() as u64,
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
