//! Property tests of the three importers' parsers (LOBSTER text, ITCH 5.0 binary, Databento
//! DBN MBO binary): arbitrary bytes and mutations of valid inputs (truncation anywhere, one
//! byte changed, a field or count replaced by a huge or odd value) never panic, allocate no
//! more than a small multiple of the input, and every error names the input and where in it
//! (a line, a byte offset or a record that exists).

mod common;

use gatebook_import::itch::{self, ItchOptions};
use gatebook_import::lobster::{self, LobsterOptions};
use gatebook_import::mbo::{self, DbnOptions};
use gatebook_import::{ImportError, Location, SymbolSelection};
use memprobe::{peak_of, CountingAllocator};
use proptest::prelude::*;
use std::io::Write as _;
use std::sync::OnceLock;

const CASES: u32 = 256;

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

/// Memory an import of `len` (decompressed) input bytes may take: a fixed allowance (zstd's
/// and gzip's windows, ITCH's 65,536-entry locate table) plus a multiple of the input.
fn memory_bound(len: usize) -> usize {
    (24 << 20) + 256 * len
}

// ---------------------------------------------------------------------------------------
// Checks

/// The error names its input and a place in it. `len` is the input's length in bytes when
/// known (raw input), `lines` its number of lines (text input).
fn check_error(err: &ImportError, names: &[&str], len: Option<usize>, lines: Option<usize>) {
    let text = err.to_string();
    assert!(
        names.contains(&err.file.as_str()),
        "error names {:?}, not one of {names:?}: {text:.300}",
        err.file
    );
    assert!(
        text.starts_with(&format!("{}: {}: ", err.file, err.location)),
        "{text:.300}"
    );
    match err.location {
        Location::Line(n) => {
            let lines = lines.expect("a line in a binary input");
            // One past the last line: a file that ends early.
            assert!(
                n >= 1 && n as usize <= lines + 1,
                "line {n} of {lines}: {text:.300}"
            );
        }
        Location::ByteOffset(o) => {
            if let Some(len) = len {
                assert!(o as usize <= len, "offset {o} of {len} bytes: {text:.300}");
            }
        }
        Location::Record { number, offset } => {
            assert!(number >= 1, "{text:.300}");
            if let Some(len) = len {
                assert!(
                    offset as usize <= len,
                    "offset {offset} of {len} bytes: {text:.300}"
                );
            }
        }
        Location::Whole => assert!(
            ["zstd", "gzip", "symbol"].contains(&err.field.as_str()),
            "no place named for field `{}`: {text:.300}",
            err.field
        ),
    }
    assert!(!err.field.is_empty(), "{text:.300}");
    // Short and printable (hostile input is quoted as an excerpt).
    assert!(
        text.chars().count() < 600,
        "{} chars: {text:.300}",
        text.len()
    );
    assert!(
        text.chars().all(|c| c == '…' || (' '..='~').contains(&c)),
        "unescaped bytes in {text:?}"
    );
}

fn assert_memory(peak: usize, len: usize) {
    assert!(
        peak <= memory_bound(len),
        "{peak} bytes held for {len} bytes of input"
    );
}

fn text_lines(bytes: &[u8]) -> usize {
    bytes.split(|&b| b == b'\n').count()
}

// ---------------------------------------------------------------------------------------
// LOBSTER

const LOBSTER_MESSAGES: &str = "m.csv";
const LOBSTER_BOOK: &str = "b.csv";

fn lobster_options(sync: bool) -> LobsterOptions {
    LobsterOptions {
        symbol: "TEST".into(),
        messages_name: LOBSTER_MESSAGES.into(),
        orderbook_name: LOBSTER_BOOK.into(),
        sync_to_orderbook: sync,
    }
}

/// (messages, orderbook) pairs: the halts example of hardening.rs, and the first rows of the
/// AAPL sample when present.
fn lobster_samples() -> &'static [(String, String)] {
    static SAMPLES: OnceLock<Vec<(String, String)>> = OnceLock::new();
    SAMPLES.get_or_init(|| {
        let mut out = vec![(
            "34200.1,1,11,10,1000000,1\n34713.685155243,7,0,0,-1,-1\n34800.1,7,0,0,1,-1\n\
             34800.2,1,12,5,1001000,-1\n34800.3,4,11,4,1000000,1\n34800.4,3,12,5,1001000,-1\n"
                .to_string(),
            "9999999999,0,1000000,10\n9999999999,0,1000000,10\n9999999999,0,1000000,10\n\
             1001000,5,1000000,10\n1001000,5,1000000,6\n9999999999,0,1000000,6\n"
                .to_string(),
        )];
        let messages = common::sample("lobster/AAPL_2012-06-21_34200000_57600000_message_10.csv");
        let book = common::sample("lobster/AAPL_2012-06-21_34200000_57600000_orderbook_10.csv");
        if let (Some(m), Some(b)) = (messages, book) {
            let head = |p: std::path::PathBuf| {
                let text = std::fs::read_to_string(p).unwrap();
                text.lines()
                    .take(40)
                    .map(|l| format!("{l}\n"))
                    .collect::<String>()
            };
            out.push((head(m), head(b)));
        }
        out
    })
}

fn check_lobster(messages: &[u8], book: Option<&[u8]>, sync: bool) {
    let len = messages.len() + book.map_or(0, <[u8]>::len);
    let (result, peak) = peak_of(|| lobster::import(messages, book, &lobster_options(sync)));
    assert_memory(peak, len);
    if let Err(err) = result {
        let (input, name) = if err.file == LOBSTER_BOOK {
            (
                book.expect("an error of the orderbook file without one"),
                LOBSTER_BOOK,
            )
        } else {
            (messages, LOBSTER_MESSAGES)
        };
        check_error(&err, &[name], Some(input.len()), Some(text_lines(input)));
    }
}

// ---------------------------------------------------------------------------------------
// ITCH

const ITCH: &str = "t.itch";

fn itch_options(symbols: SymbolSelection) -> ItchOptions {
    ItchOptions {
        name: ITCH.into(),
        symbols,
    }
}

fn itch_message(kind: u8, body: &[u8]) -> Vec<u8> {
    let mut m = vec![0, 0, kind, 0, 7, 0, 0];
    m.extend_from_slice(&[0; 6]); // timestamp
    m.extend_from_slice(body);
    let len = (m.len() - 2) as u16;
    m[..2].copy_from_slice(&len.to_be_bytes());
    m
}

/// A stream of every order-book message type for one stock (built from the spec's layouts,
/// as hardening.rs does), and the first order-book messages of the real sample when present.
fn itch_samples() -> &'static [Vec<u8>] {
    static SAMPLES: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    SAMPLES.get_or_init(|| {
        let stock = *b"ZVZZT   ";
        let mut s = Vec::new();
        // R: stock, then 20 bytes of attributes.
        let mut r = stock.to_vec();
        r.extend_from_slice(&[
            b'Q', b'N', 0, 0, 0, 100, b'N', b'C', b'Z', b' ', b'N', b'N', b'N', b'1', b'N', 0, 0,
            0, 0, b'N',
        ]);
        s.extend(itch_message(b'R', &r));
        let add = |order: u64, side: u8, shares: u32, price: u32| {
            let mut b = order.to_be_bytes().to_vec();
            b.push(side);
            b.extend_from_slice(&shares.to_be_bytes());
            b.extend_from_slice(&stock);
            b.extend_from_slice(&price.to_be_bytes());
            b
        };
        s.extend(itch_message(b'A', &add(1, b'B', 100, 100_100)));
        s.extend(itch_message(b'A', &add(2, b'S', 50, 100_200)));
        let mut f = add(3, b'B', 30, 100_000);
        f.extend_from_slice(b"MPID");
        s.extend(itch_message(b'F', &f));
        // E: order, shares, match number.
        let mut e = 1u64.to_be_bytes().to_vec();
        e.extend_from_slice(&10u32.to_be_bytes());
        e.extend_from_slice(&1u64.to_be_bytes());
        s.extend(itch_message(b'E', &e));
        // C: order, shares, match, printable, price.
        let mut c = 1u64.to_be_bytes().to_vec();
        c.extend_from_slice(&5u32.to_be_bytes());
        c.extend_from_slice(&2u64.to_be_bytes());
        c.push(b'Y');
        c.extend_from_slice(&100_100u32.to_be_bytes());
        s.extend(itch_message(b'C', &c));
        // X: order, shares.
        let mut x = 2u64.to_be_bytes().to_vec();
        x.extend_from_slice(&10u32.to_be_bytes());
        s.extend(itch_message(b'X', &x));
        // U: order, new order, shares, price.
        let mut u = 2u64.to_be_bytes().to_vec();
        u.extend_from_slice(&4u64.to_be_bytes());
        u.extend_from_slice(&20u32.to_be_bytes());
        u.extend_from_slice(&100_300u32.to_be_bytes());
        s.extend(itch_message(b'U', &u));
        // D: order.
        s.extend(itch_message(b'D', &3u64.to_be_bytes()));
        // An unknown type, long enough for a locate.
        s.extend(itch_message(b'~', &[1, 2, 3]));
        let mut out = vec![s];

        if let Some(path) = common::sample("itch/smoke.itch.gz") {
            let raw = itch::decompress(&std::fs::read(path).unwrap(), "smoke").unwrap();
            let mut slice = Vec::new();
            let mut at = 0;
            let mut taken = 0;
            while at + 2 <= raw.len() && taken < 300 {
                let len = u16::from_be_bytes([raw[at], raw[at + 1]]) as usize;
                let m = &raw[at..at + 2 + len];
                if b"RAFECXDUP".contains(&m[2]) {
                    slice.extend_from_slice(m);
                    taken += 1;
                }
                at += 2 + len;
            }
            out.push(slice);
        }
        out
    })
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

fn check_itch(bytes: &[u8], symbols: SymbolSelection) {
    let (result, peak) = peak_of(|| itch::import(bytes, &itch_options(symbols)));
    let gz = bytes.starts_with(&[0x1f, 0x8b]);
    // Compressed: the bound is on what it decompresses to, unknown here; a mutated gzip
    // member is no bigger than the original.
    assert_memory(peak, if gz { bytes.len() * 64 } else { bytes.len() });
    if let Err(err) = result {
        check_error(&err, &[ITCH], (!gz).then_some(bytes.len()), None);
    }
}

// ---------------------------------------------------------------------------------------
// DBN MBO

const DBN: &str = "t.dbn";

fn dbn_options(symbols: SymbolSelection) -> DbnOptions {
    DbnOptions {
        name: DBN.into(),
        symbols,
    }
}

fn mbo(order_id: u64, action: u8, side: u8, price_ticks: i64, size: u32) -> dbn::MboMsg {
    dbn::MboMsg {
        hd: dbn::RecordHeader::new::<dbn::MboMsg>(dbn::rtype::MBO, 1, 7, 0),
        order_id,
        price: price_ticks * 250_000_000,
        size,
        action: action as std::ffi::c_char,
        side: side as std::ffi::c_char,
        ..Default::default()
    }
}

/// A stream built with the `dbn` encoder (as hardening.rs does) with a symbol list, and
/// the header and first records of the CME sample when present.
fn dbn_samples() -> &'static [Vec<u8>] {
    static SAMPLES: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    SAMPLES.get_or_init(|| {
        use dbn::encode::EncodeRecord;
        let metadata = dbn::Metadata::builder()
            .dataset("GLBX.MDP3")
            .schema(Some(dbn::Schema::Mbo))
            .start(0)
            .stype_in(Some(dbn::SType::RawSymbol))
            .stype_out(dbn::SType::InstrumentId)
            .symbols(vec!["ESZ9".into()])
            .build();
        let records = [
            mbo(1, b'A', b'B', 100, 5),
            mbo(2, b'A', b'A', 101, 3),
            mbo(3, b'A', b'B', 99, 2),
            mbo(2, b'M', b'A', 102, 3),
            mbo(4, b'T', b'B', 100, 2),
            mbo(1, b'F', b'B', 100, 2),
            mbo(3, b'C', b'B', 99, 2),
            mbo(0, b'R', b'N', 0, 0),
        ];
        let mut s = Vec::new();
        {
            let mut encoder = dbn::encode::DbnEncoder::new(&mut s, &metadata).unwrap();
            for r in &records {
                encoder.encode_record(r).unwrap();
            }
        }
        let mut out = vec![s];
        if let Some(path) = common::sample("cme-mbo/esh4-glbx-mdp3-20231225.mbo.dbn.zst") {
            let raw = zstd::stream::decode_all(&std::fs::read(path).unwrap()[..]).unwrap();
            let first = 8 + u32::from_le_bytes(raw[4..8].try_into().unwrap()) as usize;
            let end = (first + 40 * std::mem::size_of::<dbn::MboMsg>()).min(raw.len());
            out.push(raw[..end].to_vec());
        }
        out
    })
}

fn check_dbn(bytes: &[u8], symbols: SymbolSelection) {
    let (result, peak) = peak_of(|| mbo::import(bytes, &dbn_options(symbols)));
    let zst = bytes.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]);
    assert_memory(peak, if zst { bytes.len() * 64 } else { bytes.len() });
    if let Err(err) = result {
        check_error(&err, &[DBN], (!zst).then_some(bytes.len()), None);
    }
}

// ---------------------------------------------------------------------------------------
// Mutations

/// Long and odd replacements for a text field.
fn odd_field() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("-1".to_string()),
        Just("0".to_string()),
        Just("4294967296".to_string()),
        Just("18446744073709551616".to_string()),
        Just("9999999999999999999999999999999".to_string()),
        Just("1e308".to_string()),
        Just("1e400".to_string()),
        Just("-0".to_string()),
        Just("NaN".to_string()),
        Just("inf".to_string()),
        Just("0x10".to_string()),
        Just("\0".to_string()),
        Just("\u{e9}".to_string()),
        Just("\u{1b}[2J".to_string()),
        Just("\r".to_string()),
        Just("7".repeat(100_000)),
        "\\PC{0,20}",
        "[0-9.e+-]{0,24}",
    ]
}

/// A byte mutation of binary input: truncate, set one byte, or overwrite 2, 4 or 8 bytes
/// (a length or count) with a huge value.
#[derive(Debug, Clone)]
enum Mutation {
    Truncate(prop::sample::Index),
    Byte(prop::sample::Index, u8),
    Huge(prop::sample::Index, usize, u64),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<prop::sample::Index>().prop_map(Mutation::Truncate),
        (any::<prop::sample::Index>(), any::<u8>()).prop_map(|(i, b)| Mutation::Byte(i, b)),
        (
            any::<prop::sample::Index>(),
            prop::sample::select(vec![2usize, 4, 8]),
            prop::sample::select(vec![
                u64::MAX,
                i64::MAX as u64,
                u32::MAX as u64,
                0x7fff_ffff,
                0xffff,
                0x8000
            ])
        )
            .prop_map(|(i, w, v)| Mutation::Huge(i, w, v)),
    ]
}

fn apply(bytes: &[u8], m: &Mutation) -> Vec<u8> {
    let mut out = bytes.to_vec();
    match m {
        Mutation::Truncate(at) => out.truncate(at.index(bytes.len() + 1)),
        Mutation::Byte(at, value) => {
            let at = at.index(out.len());
            out[at] = *value;
        }
        Mutation::Huge(at, width, value) => {
            let at = at.index(out.len());
            let end = (at + width).min(out.len());
            // Both byte orders are in use: LE (DBN), BE (ITCH).
            let le = value.to_le_bytes();
            let be = value.to_be_bytes();
            for (k, slot) in out[at..end].iter_mut().enumerate() {
                *slot = if at % 2 == 0 {
                    le[k]
                } else {
                    be[8 - width + k]
                };
            }
        }
    }
    out
}

fn any_selection() -> impl Strategy<Value = SymbolSelection> {
    prop_oneof![
        (0usize..3).prop_map(SymbolSelection::MostActive),
        Just(SymbolSelection::MostActive(usize::MAX)),
        Just(SymbolSelection::Named(vec!["ZVZZT".into()])),
        Just(SymbolSelection::Named(vec!["ESZ9".into()])),
        Just(SymbolSelection::Named(vec!["ESH4".into()])),
    ]
}

// ---------------------------------------------------------------------------------------
// Properties

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn lobster_random_bytes(m in proptest::collection::vec(any::<u8>(), 0..300), b in proptest::option::of(proptest::collection::vec(any::<u8>(), 0..300)), sync in any::<bool>()) {
        check_lobster(&m, b.as_deref(), sync);
    }

    #[test]
    fn lobster_random_rows(rows in proptest::collection::vec(proptest::collection::vec("-?[0-9]{1,11}(\\.[0-9]{1,9})?", 6), 0..12), sync in any::<bool>()) {
        let text: String = rows.iter().map(|r| r.join(",") + "\n").collect();
        check_lobster(text.as_bytes(), None, sync);
    }

    #[test]
    fn lobster_truncated_or_byte_changed(sample in prop::sample::select(lobster_samples()), m in mutation(), in_book in any::<bool>(), with_book in any::<bool>(), sync in any::<bool>()) {
        let (messages, book) = (sample.0.as_bytes(), sample.1.as_bytes());
        if in_book {
            check_lobster(messages, Some(&apply(book, &m)), sync);
        } else {
            check_lobster(&apply(messages, &m), with_book.then_some(book), sync);
        }
    }

    #[test]
    fn lobster_field_replaced(sample in prop::sample::select(lobster_samples()), line in 0usize..64, col in 0usize..40, value in odd_field(), in_book in any::<bool>(), sync in any::<bool>()) {
        let (messages, book) = (&sample.0, &sample.1);
        let target = if in_book { book } else { messages };
        let mut lines: Vec<String> = target.lines().map(str::to_owned).collect();
        let at = line % lines.len();
        let mut fields: Vec<String> = lines[at].split(',').map(str::to_owned).collect();
        let n = fields.len();
        fields[col % n] = value;
        lines[at] = fields.join(",");
        let changed: String = lines.iter().map(|l| format!("{l}\n")).collect();
        let result = if in_book {
            check_lobster(messages.as_bytes(), Some(changed.as_bytes()), sync);
            lobster::import(messages.as_bytes(), Some(changed.as_bytes()), &lobster_options(sync))
        } else {
            check_lobster(changed.as_bytes(), Some(book.as_bytes()), sync);
            lobster::import(changed.as_bytes(), Some(book.as_bytes()), &lobster_options(sync))
        };
        // A malformed field is reported on its own line (or, if it added a newline or made
        // the row count differ, a later one): never an earlier line.
        if let Err(err) = result {
            if let Location::Line(n) = err.location {
                if (err.file == LOBSTER_BOOK) == in_book {
                    prop_assert!(n as usize > at, "error on line {} for a change on line {}: {}", n, at + 1, err);
                }
            }
        }
    }

    #[test]
    fn itch_random_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400), symbols in any_selection()) {
        check_itch(&bytes, symbols);
    }

    /// Random well-framed messages: every type letter, with its own length or a random one.
    #[test]
    fn itch_random_messages(messages in proptest::collection::vec((any::<u8>(), proptest::option::of(1usize..60), proptest::collection::vec(any::<u8>(), 60)), 0..20), symbols in any_selection()) {
        let mut bytes = Vec::new();
        for (kind, len, body) in messages {
            let len = len.unwrap_or(match kind {
                b'A' => 36, b'F' => 40, b'E' => 31, b'C' => 36, b'X' => 23, b'D' => 19,
                b'U' => 35, b'R' => 39, b'P' => 44, b'Q' => 40, _ => 12,
            });
            bytes.extend_from_slice(&(len as u16).to_be_bytes());
            bytes.push(kind);
            bytes.extend_from_slice(&body[..len - 1]);
        }
        check_itch(&bytes, symbols);
    }

    #[test]
    fn itch_mutated(sample in prop::sample::select(itch_samples()), m in mutation(), symbols in any_selection()) {
        check_itch(&apply(&sample, &m), symbols);
    }

    #[test]
    fn itch_gzip_mutated(sample in prop::sample::select(itch_samples()), m in mutation()) {
        check_itch(&apply(&gzip(&sample), &m), SymbolSelection::MostActive(2));
    }

    #[test]
    fn dbn_random_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400), symbols in any_selection()) {
        check_dbn(&bytes, symbols);
    }

    /// The DBN signature and a random header and body.
    #[test]
    fn dbn_random_after_signature(version in 0u8..5, len in 0u32..400, rest in proptest::collection::vec(any::<u8>(), 0..600)) {
        let mut bytes = b"DBN".to_vec();
        bytes.push(version);
        bytes.extend_from_slice(&len.to_le_bytes());
        bytes.extend_from_slice(&rest);
        check_dbn(&bytes, SymbolSelection::MostActive(1));
    }

    /// Mutations of real DBN data, record lengths that are not whole 8-byte words included
    /// (they once reached the decoder's alignment assert: `dbn_misaligned_record_length`).
    #[test]
    fn dbn_mutated(sample in prop::sample::select(dbn_samples()), m in mutation(), symbols in any_selection()) {
        check_dbn(&apply(&sample, &m), symbols);
    }

    /// `dbn_mutated` without the known panic: mutations that leave every record length a
    /// multiple of 8 bytes.
    #[test]
    fn dbn_mutated_aligned_lengths(sample in prop::sample::select(dbn_samples()), m in mutation(), symbols in any_selection()) {
        let bytes = apply(&sample, &m);
        prop_assume!(!has_misaligned_record(&bytes));
        check_dbn(&bytes, symbols);
    }

    #[test]
    fn dbn_zstd_mutated(sample in prop::sample::select(dbn_samples()), m in mutation()) {
        let compressed = zstd::stream::encode_all(&sample[..], 3).unwrap();
        let bytes = apply(&compressed, &m);
        // (A corrupt frame that still decompresses could carry the known misalignment.)
        if let Ok(raw) = zstd::stream::decode_all(&bytes[..]) {
            prop_assume!(!has_misaligned_record(&raw));
        }
        check_dbn(&bytes, SymbolSelection::MostActive(1));
    }
}

/// The valid samples import as they are (so the mutations start from valid input).
#[test]
fn samples_are_valid() {
    for (m, b) in lobster_samples() {
        lobster::import(m.as_bytes(), Some(b.as_bytes()), &lobster_options(true)).unwrap();
        lobster::import(m.as_bytes(), None, &lobster_options(false)).unwrap();
    }
    for s in itch_samples() {
        itch::import(s, &itch_options(SymbolSelection::MostActive(1))).unwrap();
        itch::import(&gzip(s), &itch_options(SymbolSelection::MostActive(1))).unwrap();
    }
    for s in dbn_samples() {
        mbo::import(s, &dbn_options(SymbolSelection::MostActive(1))).unwrap();
    }
}

/// True when a record of a raw DBN stream (walked by the length byte of each header) is not
/// a multiple of 8 bytes long: the known `dbn` panic (see `dbn_mutated`).
fn has_misaligned_record(raw: &[u8]) -> bool {
    if raw.len() < 8 || &raw[..3] != b"DBN" {
        return false;
    }
    let mut at = 8 + u32::from_le_bytes(raw[4..8].try_into().unwrap()) as usize;
    while at < raw.len() {
        let len = raw[at] as usize * 4;
        if len == 0 {
            return false;
        }
        if !len.is_multiple_of(8) {
            return true;
        }
        at += len;
    }
    false
}

/// The first of two MBO records says it is 15 words (60 bytes: more than an MBO record's 56,
/// not a multiple of 8): an error naming that record, not a panic in the decoder.
#[test]
fn dbn_misaligned_record_length() {
    let sample = &dbn_samples()[0];
    let first = 8 + u32::from_le_bytes(sample[4..8].try_into().unwrap()) as usize;
    let mut bytes = sample.clone();
    bytes[first] = 15;
    check_dbn(&bytes, SymbolSelection::MostActive(1));
}

/// Every 4-byte window of the DBN header and first record set to a huge count: the
/// metadata's symbol, mapping and interval counts must not be reserved as read.
#[test]
fn dbn_huge_counts_are_not_reserved() {
    for sample in dbn_samples() {
        let first = 8 + u32::from_le_bytes(sample[4..8].try_into().unwrap()) as usize;
        for at in 4..(first + 16).min(sample.len() - 4) {
            for value in [u32::MAX, 0x7fff_ffff, 0x0100_0000] {
                let mut bytes = sample.clone();
                bytes[at..at + 4].copy_from_slice(&value.to_le_bytes());
                if has_misaligned_record(&bytes) {
                    continue; // the known panic (see `dbn_mutated`)
                }
                check_dbn(&bytes, SymbolSelection::MostActive(1));
            }
        }
    }
}

/// Huge sizes and prices in LOBSTER rows (an order of 4294967295 shares, a level of it in
/// the orderbook) are not allocated per share or per tick.
#[test]
fn lobster_huge_numbers_are_not_allocated() {
    let messages = "34200.1,1,11,4294967295,1000000,1\n34200.2,1,12,4294967295,9999999990000,-1\n\
                    34200.3,4,11,4294967295,1000000,1\n";
    let book = "9999999999,0,1000000,4294967295\n9999999990000,4294967295,1000000,4294967295\n\
                9999999990000,4294967295,9999999999,0\n";
    check_lobster(messages.as_bytes(), Some(book.as_bytes()), true);
    check_lobster(messages.as_bytes(), None, false);
}
