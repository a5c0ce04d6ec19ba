//! Inputs the importers must take or refuse cleanly: LOBSTER's trading-halt rows, numbers out
//! of a field's range, and error messages that quote hostile input (huge fields, NUL and
//! non-ASCII bytes, malformed DBN records) only as a short, escaped excerpt.

mod common;

use gatebook_import::itch::{self, ItchOptions};
use gatebook_import::lobster::{self, LobsterOptions};
use gatebook_import::mbo::{self, DbnOptions};
use gatebook_import::{ImportError, Location, SymbolSelection};

fn lobster_options() -> LobsterOptions {
    LobsterOptions {
        symbol: "TEST".into(),
        messages_name: "m.csv".into(),
        orderbook_name: "b.csv".into(),
        sync_to_orderbook: true,
    }
}

/// An error message fit for a terminal: short, one line, printable ASCII (and `…`).
fn assert_printable(err: &ImportError) {
    let text = err.to_string();
    assert!(
        text.chars().count() < 400,
        "{} chars: {text:.200}",
        text.len()
    );
    assert!(
        text.chars().all(|c| c == '…' || (' '..='~').contains(&c)),
        "unescaped bytes in: {text:?}"
    );
}

// ---------------------------------------------------------------------------------------
// LOBSTER trading halts

#[test]
fn lobster_trading_halt_rows_are_read_and_write_nothing() {
    // LOBSTER's type 7: price -1 halt, 0 quoting resumes, 1 trading resumes; id and size 0.
    let plain = "\
34200.1,1,11,10,1000000,1
34200.2,1,12,5,1001000,-1
34200.6,3,11,10,1000000,1
";
    let with_halts = "\
34200.1,1,11,10,1000000,1
34200.15,7,0,0,-1,-1
34200.16,7,0,0,0,-1
34200.17,7,0,0,1,-1
34200.2,1,12,5,1001000,-1
34200.6,3,11,10,1000000,1
";
    let without = lobster::import(plain.as_bytes(), None, &lobster_options()).unwrap();
    let with = lobster::import(with_halts.as_bytes(), None, &lobster_options())
        .expect("the documented halt rows are valid input");
    assert_eq!(with.flow.orders_csv, without.flow.orders_csv);
    assert_eq!(with.flow.venue_toml, without.flow.venue_toml);
    let stats = &with.flow.stats;
    assert_eq!(stats.messages_read, 6);
    assert_eq!(stats.read_by_kind["7 trading halt"], 3);
    assert_eq!(stats.skipped["trading halt indicator"], 3);
    assert_eq!(stats.messages_written, without.flow.stats.messages_written);
}

#[test]
fn lobster_halt_rows_keep_the_orderbook_in_step() {
    // The orderbook file repeats the previous book on a halt row.
    let messages = "\
34200.1,1,11,10,1000000,1
34713.685155243,7,0,0,-1,-1
34800.1,7,0,0,1,-1
34800.2,1,12,5,1001000,-1
";
    let book = "\
9999999999,0,1000000,10
9999999999,0,1000000,10
9999999999,0,1000000,10
1001000,5,1000000,10
";
    let out = lobster::import(
        messages.as_bytes(),
        Some(book.as_bytes()),
        &lobster_options(),
    )
    .unwrap();
    assert_eq!(out.books.len(), 4);
    assert!(
        out.model_mismatch_rows.is_empty(),
        "{:?}",
        out.model_mismatch_rows
    );
    assert!(
        out.flow.stats.adjustments.is_empty(),
        "{:?}",
        out.flow.stats.adjustments
    );
    assert_eq!(out.books[1].after_in_seq, out.books[0].after_in_seq);
    assert_eq!(out.books[2].after_in_seq, out.books[0].after_in_seq);
}

#[test]
fn lobster_halt_row_with_another_price_is_refused_naming_the_values() {
    let err = lobster::import(b"34200.1,7,0,0,5,-1\n", None, &lobster_options()).unwrap_err();
    assert_eq!(
        (err.location, err.field.as_str()),
        (Location::Line(1), "price")
    );
    for value in ["-1", "0", "1"] {
        assert!(err.message.contains(value), "{err}");
    }
    // Order events still need a positive price.
    let err = lobster::import(b"34200.1,1,1,5,-1,1\n", None, &lobster_options()).unwrap_err();
    assert_eq!(err.field, "price");
}

// ---------------------------------------------------------------------------------------
// Field ranges

#[test]
fn lobster_over_long_size_names_the_fields_range() {
    let err = lobster::import(
        b"34200.1,1,1,99999999999,1000000,1\n",
        None,
        &lobster_options(),
    )
    .unwrap_err();
    assert_eq!(
        (err.location, err.field.as_str()),
        (Location::Line(1), "size")
    );
    assert!(err.message.contains("99999999999"), "{err}");
    assert!(err.message.contains("0 to 4294967295"), "{err}");

    let err = lobster::import(
        b"34200.1,1,1,1,1000000,1\n",
        Some(b"1,2,3,99999999999\n"),
        &lobster_options(),
    )
    .unwrap_err();
    assert_eq!(err.field, "bid_size_1");
    assert!(err.message.contains("0 to 4294967295"), "{err}");

    let err =
        lobster::import(b"34200.1,300,1,1,1000000,1\n", None, &lobster_options()).unwrap_err();
    assert_eq!(err.field, "type");
    assert!(err.message.contains("1 to 7"), "{err}");
}

// ---------------------------------------------------------------------------------------
// Input quoted in errors

#[test]
fn a_huge_lobster_field_is_quoted_as_a_short_excerpt() {
    let mut line = b"34200.1,1,1,".to_vec();
    line.extend(vec![b'7'; 10_000_000]);
    line.extend_from_slice(b"x,1000000,1\n");
    let err = lobster::import(&line, None, &lobster_options()).unwrap_err();
    assert_eq!(err.field, "size");
    assert_printable(&err);
    assert!(err.message.contains('…'), "{err}");
    assert!(err.message.contains(&"7".repeat(40)), "{err}");
    assert!(!err.message.contains(&"7".repeat(41)), "{err}");
}

#[test]
fn nul_and_non_ascii_bytes_in_lobster_fields_are_escaped() {
    let err =
        lobster::import(b"34200.1,1,1,1\0\x07,1000000,1\n", None, &lobster_options()).unwrap_err();
    assert_eq!(err.field, "size");
    assert_printable(&err);
    assert!(err.message.contains(r#""1\0\u{7}""#), "{err}");
    assert!(!err.message.contains('…'), "{err}");

    let err = lobster::import(
        "34200.1,1,1,1,10é0,1\n".as_bytes(),
        None,
        &lobster_options(),
    )
    .unwrap_err();
    assert_eq!(err.field, "price");
    assert_printable(&err);
    assert!(err.message.contains(r#""10\u{e9}0""#), "{err}");

    // Orderbook fields too.
    let err = lobster::import(
        b"34200.1,1,1,1,1000000,1\n",
        Some(b"1,2,3,\x1b[2J\n"),
        &lobster_options(),
    )
    .unwrap_err();
    assert_eq!(err.field, "bid_size_1");
    assert_printable(&err);
}

/// One ITCH add order (`A`, 36 bytes) with the given buy/sell byte.
fn itch_add(side: u8) -> Vec<u8> {
    let mut m = vec![0, 36, b'A', 0, 7];
    m.extend_from_slice(&[0; 8]);
    m.extend_from_slice(&1u64.to_be_bytes());
    m.push(side);
    m.extend_from_slice(&100u32.to_be_bytes());
    m.extend_from_slice(b"ZVZZT   ");
    m.extend_from_slice(&100_100u32.to_be_bytes());
    m
}

#[test]
fn itch_bytes_in_errors_are_escaped() {
    let options = ItchOptions {
        name: "t.itch".into(),
        symbols: SymbolSelection::MostActive(1),
    };
    for (byte, shown) in [
        (0u8, r"\0"),
        (0xe9, r"\xe9"),
        (0x85, r"\x85"),
        (b'\n', r"\n"),
    ] {
        let err = itch::import(&itch_add(byte), &options).unwrap_err();
        assert_eq!(err.field, "buy/sell indicator");
        assert_eq!(err.location, Location::ByteOffset(21));
        assert_printable(&err);
        assert!(err.message.contains(shown), "{byte:#x}: {err}");
    }
    // A selection that names no symbol of the feed is quoted, not dumped.
    let options = ItchOptions {
        name: "t.itch".into(),
        symbols: SymbolSelection::Named(vec![format!("\0{}", "Z".repeat(100_000))]),
    };
    let err = itch::import(&itch_add(b'B'), &options).unwrap_err();
    assert_eq!(err.field, "symbol");
    assert_printable(&err);
}

fn dbn_stream(records: &[dbn::MboMsg]) -> (Vec<u8>, usize) {
    use dbn::encode::EncodeRecord;
    let metadata = common::mbo_metadata();
    let mut out = Vec::new();
    {
        let mut encoder = dbn::encode::DbnEncoder::new(&mut out, &metadata).unwrap();
        for r in records {
            encoder.encode_record(r).unwrap();
        }
    }
    let first_record = 8 + u32::from_le_bytes(out[4..8].try_into().unwrap()) as usize;
    (out, first_record)
}

fn mbo_add(order_id: u64) -> dbn::MboMsg {
    dbn::MboMsg {
        hd: dbn::RecordHeader::new::<dbn::MboMsg>(dbn::rtype::MBO, 1, 7, 0),
        order_id,
        price: 100 * 250_000_000,
        size: 1,
        action: b'A' as std::ffi::c_char,
        side: b'B' as std::ffi::c_char,
        ..Default::default()
    }
}

fn dbn_options() -> DbnOptions {
    DbnOptions {
        name: "t.dbn".into(),
        symbols: SymbolSelection::MostActive(1),
    }
}

#[test]
fn a_dbn_record_of_another_type_is_named_without_debug_output() {
    let (mut bytes, first) = dbn_stream(&[mbo_add(1), mbo_add(2)]);
    let record = std::mem::size_of::<dbn::MboMsg>();
    // The second record claims to be a trade (rtype 0x00).
    bytes[first + record + 1] = 0x00;
    let err = mbo::import(&bytes, &dbn_options()).unwrap_err();
    assert_eq!(
        err.location,
        Location::Record {
            number: 2,
            offset: (first + record) as u64
        }
    );
    assert_eq!(err.field, "rtype");
    assert_printable(&err);
    let text = err.to_string();
    assert!(!text.contains("0x7f") && !text.contains("ptr"), "{text}");
    assert!(!text.contains("RecordRef"), "{text}");
    assert!(text.contains("0x00") && text.contains("0xa0"), "{text}");
}

#[test]
fn a_short_dbn_record_is_named_without_debug_output() {
    let (mut bytes, first) = dbn_stream(&[mbo_add(1), mbo_add(2)]);
    // The first record says it is 16 bytes long: an MBO record is 56.
    bytes[first] = 4;
    let err = mbo::import(&bytes, &dbn_options()).unwrap_err();
    assert_eq!(
        err.location,
        Location::Record {
            number: 1,
            offset: first as u64
        }
    );
    assert_printable(&err);
    let text = err.to_string();
    assert!(
        !text.contains("RecordRef") && !text.contains("ptr"),
        "{text}"
    );
    assert!(text.contains("16") && text.contains("56"), "{text}");
}

#[test]
fn dbn_symbol_selection_is_quoted_as_an_excerpt() {
    let (bytes, _) = dbn_stream(&[mbo_add(1)]);
    let options = DbnOptions {
        name: "t.dbn".into(),
        symbols: SymbolSelection::Named(vec![format!("ES\u{1}{}", "H".repeat(1_000_000))]),
    };
    let err = mbo::import(&bytes, &options).unwrap_err();
    assert_eq!(err.field, "symbol");
    assert_printable(&err);
    assert!(err.message.contains(r"ES\u{1}HHH"), "{err}");
}

#[test]
fn garbage_dbn_metadata_gives_a_printable_error() {
    let (mut bytes, first) = dbn_stream(&[mbo_add(1)]);
    // The dataset field (16 bytes after the version and length) with raw control and
    // non-UTF-8 bytes.
    bytes[8..16].copy_from_slice(b"\0\x1b\xff\xfe\x85AB\n");
    if let Err(err) = mbo::import(&bytes, &dbn_options()) {
        assert_printable(&err);
    }
    // Every single-byte corruption of the header and the first record is an error or an
    // import, never an unprintable message.
    for at in 0..first + 16 {
        for value in [0x00, 0xff, 0x85] {
            let (mut bytes, _) = dbn_stream(&[mbo_add(1)]);
            bytes[at] = value;
            if let Err(err) = mbo::import(&bytes, &dbn_options()) {
                assert_printable(&err);
            }
        }
    }
}

#[test]
fn excerpts_are_short_escaped_and_marked_when_cut() {
    use gatebook_import::error::excerpt;
    assert_eq!(excerpt("abc"), r#""abc""#);
    assert_eq!(excerpt(""), r#""""#);
    assert_eq!(excerpt(b"a\0\t\n\r\"\\"), r#""a\0\t\n\r\"\\""#);
    assert_eq!(excerpt(b"\xff\x85"), r#""\xff\x85""#);
    assert_eq!(excerpt("é€"), r#""\u{e9}\u{20ac}""#);
    assert_eq!(excerpt(b"\x7f"), r#""\u{7f}""#);
    let long = "x".repeat(41);
    assert_eq!(
        excerpt(&long),
        format!("\"{}…\" (41 bytes)", "x".repeat(40))
    );
    assert_eq!(excerpt("y".repeat(40)), format!("\"{}\"", "y".repeat(40)));
    // Cut at 40 characters, not bytes.
    let wide = "é".repeat(50);
    assert_eq!(
        excerpt(&wide),
        format!("\"{}…\" (100 bytes)", r"\u{e9}".repeat(40))
    );
}
