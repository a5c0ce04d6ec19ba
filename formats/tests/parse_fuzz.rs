//! Property tests of the text parsers (`orders.csv` through `FlowLines` / `OrderLines`,
//! `venue.toml` through `parse_venue`): arbitrary bytes and mutations of valid files
//! (truncation, one byte changed, a field replaced by a long or odd string) never panic,
//! allocate no more than a small multiple of the input, and every error names the file and a
//! line that exists (the line of the mutation, where the mutation is known).

use gatebook_formats::{default_venue, parse_venue, venue_to_toml, FlowLines, OrderLines};
use memprobe::{peak_of, CountingAllocator};
use proptest::prelude::*;

const CASES: u32 = 512;
const ORDERS: &str = "orders.csv";
const VENUE: &str = "venue.toml";

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

/// Memory a parse of `len` input bytes may take: a fixed allowance (the venue validation
/// tables are at most 65,536 entries) plus a multiple of the input.
fn memory_bound(len: usize) -> usize {
    (4 << 20) + 64 * len
}

// ---------------------------------------------------------------------------------------
// Checks

/// `file:line:` at the start of the Display, with a line of the input (0 only where allowed).
fn check_error_names_where(
    text: &str,
    error: &dyn std::fmt::Display,
    line: usize,
    file: &str,
    zero_ok: bool,
) {
    let shown = error.to_string();
    let lines = text.split('\n').count();
    assert!(
        shown.starts_with(&format!("{file}:{line}:")),
        "error does not start with `{file}:{line}:`: {:.300}",
        shown
    );
    assert!(
        line <= lines,
        "line {line} past the end ({lines} lines): {shown:.300}"
    );
    assert!(line > 0 || zero_ok, "line 0 (no line named): {shown:.300}");
}

/// Parses `bytes` as an orders file both ways; returns the line of the error, if any.
fn check_orders(bytes: &[u8]) -> Option<usize> {
    let text = String::from_utf8_lossy(bytes);
    let nonblank = text
        .lines()
        .map(|l| l.trim_start_matches('\u{feff}'))
        .any(|l| !l.trim().is_empty() && !l.starts_with('#'));
    let mut error_line = None;
    let (_, peak) = peak_of(|| {
        let mut last = 0;
        let mut items = FlowLines::from_bytes(bytes, ORDERS);
        for item in items.by_ref() {
            match item {
                Ok((line, _)) => {
                    assert!(
                        line > last,
                        "line numbers not increasing: {line} after {last}"
                    );
                    last = line;
                }
                Err(e) => {
                    // Line 0 is the whole file: only when it has no header at all.
                    check_error_names_where(&text, &e, e.line, ORDERS, !nonblank);
                    assert!(
                        e.line == 0 || e.line > last,
                        "error line {} before {last}",
                        e.line
                    );
                    assert!(!e.field.is_empty());
                    error_line = Some(e.line);
                    break;
                }
            }
        }
        assert!(items.next().is_none(), "items after an error");
        let mut records = OrderLines::from_bytes(bytes, ORDERS);
        let mut seq = 0;
        for item in records.by_ref() {
            match item {
                Ok((_, record)) => {
                    seq += 1;
                    assert_eq!(record.in_seq.get(), seq);
                    gatebook_wire::Message::decode(&record).expect("a parsed row decodes");
                }
                Err(e) => {
                    check_error_names_where(&text, &e, e.line, ORDERS, !nonblank);
                    break;
                }
            }
        }
        assert!(records.next().is_none(), "records after an error");
    });
    assert!(
        peak <= memory_bound(bytes.len()),
        "{peak} bytes held for {} bytes of input",
        bytes.len()
    );
    error_line
}

/// Parses `text` as a venue file; returns the line of the error, if any.
fn check_venue(text: &str) -> Option<usize> {
    let (result, peak) = peak_of(|| parse_venue(text, VENUE));
    assert!(
        peak <= memory_bound(text.len()),
        "{peak} bytes held for {} bytes of input",
        text.len()
    );
    match result {
        Ok(venue) => {
            venue.validate().expect("a parsed venue is valid");
            None
        }
        Err(e) => {
            // (The field may be empty: `=` alone names the empty key.)
            check_error_names_where(text, &e, e.line, VENUE, false);
            Some(e.line)
        }
    }
}

// ---------------------------------------------------------------------------------------
// Samples: the valid files of the crate's own tests.

/// Every action, comments, a blank line, CRLF and a BOM (from the unit tests of orders.rs).
fn orders_sample() -> String {
    "\u{feff}# comment\naction,account,instrument,cl_ord_id,side,type,tif,price,qty,flags\n\n\
     NEW,7,0,1,B,LIMIT,,1500,10,\n# skipped\nNEW,7,0,2,S,MARKET,FOK,,5,POST_ONLY|STP_BOTH\r\n\
     CANCEL,7,0,1,,,,,,\nREPLACE,7,0,2,,,,1490,3,\nREF,,3,,,,,1600,,\nKILL,9,,,,,,,,\n\
     ENABLE,9,,,,,,,,\nHEADROOM,9,,,,,,-250,,\nRATES,,3,,S,,,400,,\n\
     NEW,8,1,3,B,LIMIT,IOC,1000,1,STP_NONE\n"
        .to_string()
}

/// A flow with MARK rows (the margin loop's input): valid for `FlowLines` only.
fn flow_sample() -> String {
    "action,account,instrument,cl_ord_id,side,type,tif,price,qty,flags\n\
     MARK,,0,,,,,10000,8000,\nNEW,1,0,1,S,LIMIT,GTC,10050,2,POST_ONLY\nMARK,,1,,,,,868,,\n"
        .to_string()
}

/// The venue.toml example of the spec, as the parser's unit tests read it.
const VENUE_SPEC: &str = include_str!("data/spec-venue.toml");

fn venue_samples() -> Vec<String> {
    let mut out = vec![VENUE_SPEC.to_string()];
    // The embedded default, cut to its first instruments and accounts (it is 270 tables).
    let mut venue = default_venue();
    venue.instruments.truncate(3);
    venue.accounts.truncate(3);
    out.push(venue_to_toml(&venue));
    let options = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/options-venue.toml"
    );
    if let Ok(text) = std::fs::read_to_string(options) {
        out.push(text);
    }
    out
}

/// Long and odd replacements for a field.
fn odd_string() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("-1".to_string()),
        Just("+5".to_string()),
        Just(" 5".to_string()),
        Just("18446744073709551616".to_string()),
        Just("99999999999999999999999999999999999999".to_string()),
        Just("1e400".to_string()),
        Just("0x10".to_string()),
        Just("nan".to_string()),
        Just("inf".to_string()),
        Just("\u{0663}".to_string()),
        Just("\u{feff}".to_string()),
        Just("\0".to_string()),
        Just("\r".to_string()),
        Just("\"a,b\"".to_string()),
        Just("|".to_string()),
        Just("POST_ONLY|POST_ONLY|STP_BOTH|STP_NONE".to_string()),
        Just("MARK".to_string()),
        Just("\"\\uD800\"".to_string()),
        Just("[".repeat(300)),
        Just("{".repeat(300)),
        Just("x".repeat(100_000)),
        Just("9".repeat(100_000)),
        "\\PC{0,20}",
        "[0-9a-zA-Z_|.+-]{0,12}",
    ]
}

/// Replaces the `which`-th field of line `line` (fields split at `sep`) by `value`; returns
/// the new text and the 1-based line changed.
fn replace_field(text: &str, line: usize, which: usize, sep: char, value: &str) -> (String, usize) {
    let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
    let at = line % lines.len();
    let mut fields: Vec<String> = lines[at].split(sep).map(str::to_owned).collect();
    let n = fields.len();
    fields[which % n] = value.to_owned();
    lines[at] = fields.join(&sep.to_string());
    (lines.join("\n"), at + 1)
}

/// The lines on which an error may be reported for a change to line `changed` (1-based) of
/// a valid orders file that made it `mutated`: not before it (the lines before are valid),
/// and on it or the `extra` lines it became, unless it became a comment or blank line or
/// was the header or before it (then a later line may be taken as the header).
fn allowed_error_lines(
    sample: &str,
    mutated: &[u8],
    changed: usize,
    extra: usize,
) -> std::ops::RangeInclusive<usize> {
    let header = sample
        .split('\n')
        .position(|l| l == gatebook_formats::ORDERS_HEADER)
        .unwrap()
        + 1;
    let line = mutated
        .split(|&b| b == b'\n')
        .nth(changed - 1)
        .unwrap_or(b"");
    let line = String::from_utf8_lossy(line);
    let line = line.trim_start_matches('\u{feff}');
    if changed <= header || line.trim().is_empty() || line.starts_with('#') {
        changed..=usize::MAX
    } else {
        changed..=changed + extra
    }
}

/// The 1-based line of byte `at`.
fn line_of(bytes: &[u8], at: usize) -> usize {
    bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1
}

// ---------------------------------------------------------------------------------------
// orders.csv

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn orders_random_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        check_orders(&bytes);
    }

    /// Random lines of ten CSV fields after a valid header.
    #[test]
    fn orders_random_rows(rows in proptest::collection::vec(
        proptest::collection::vec(odd_string().prop_filter("short", |s| s.len() < 200), 10), 0..8)) {
        let mut text = gatebook_formats::ORDERS_HEADER.to_string();
        for row in rows {
            text.push('\n');
            text.push_str(&row.join(","));
        }
        check_orders(text.as_bytes());
    }

    #[test]
    fn orders_truncated_anywhere(sample in prop_oneof![Just(orders_sample()), Just(flow_sample())], cut in any::<prop::sample::Index>()) {
        let bytes = sample.as_bytes();
        let cut = cut.index(bytes.len() + 1);
        let line = check_orders(&bytes[..cut]);
        // A cut line is still a prefix of a valid line: only a cut inside a data row may fail
        // and then on the cut line.
        if let Some(line) = line {
            if line != 0 {
                prop_assert_eq!(line, line_of(bytes, cut.min(bytes.len())));
            }
        }
    }

    #[test]
    fn orders_one_byte_changed(sample in prop_oneof![Just(orders_sample()), Just(flow_sample())], at in any::<prop::sample::Index>(), value in any::<u8>()) {
        let mut bytes = sample.clone().into_bytes();
        let at = at.index(bytes.len());
        let line = line_of(&bytes, at);
        bytes[at] = value;
        if let Some(error_line) = check_orders(&bytes) {
            // The changed line; one more when the byte became a newline (it split the line).
            let allowed = allowed_error_lines(&sample, &bytes, line, usize::from(value == b'\n'));
            prop_assert!(allowed.contains(&error_line), "error at line {} for a change on line {}", error_line, line);
        }
    }

    #[test]
    fn orders_field_replaced(sample in prop_oneof![Just(orders_sample()), Just(flow_sample())], line in 0usize..32, which in 0usize..10, value in odd_string()) {
        let (text, changed) = replace_field(&sample, line, which, ',', &value);
        if let Some(error_line) = check_orders(text.as_bytes()) {
            let allowed = allowed_error_lines(&sample, text.as_bytes(), changed, value.matches('\n').count());
            prop_assert!(
                allowed.contains(&error_line),
                "error at line {} for a change on line {}", error_line, changed
            );
        }
    }
}

// ---------------------------------------------------------------------------------------
// venue.toml

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn venue_random_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        check_venue(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn venue_random_text_of_toml_characters(text in "[\\[\\]{}=\"'.,a-z0-9 \n_#-]{0,300}") {
        check_venue(&text);
    }

    #[test]
    fn venue_truncated_anywhere(sample in prop::sample::select(venue_samples()), cut in any::<prop::sample::Index>()) {
        let mut cut = cut.index(sample.len() + 1);
        while !sample.is_char_boundary(cut) {
            cut -= 1;
        }
        check_venue(&sample[..cut]);
    }

    #[test]
    fn venue_one_byte_changed(sample in prop::sample::select(venue_samples()), at in any::<prop::sample::Index>(), value in 0u8..128) {
        let mut bytes = sample.into_bytes();
        let at = at.index(bytes.len());
        bytes[at] = value;
        // Samples are ASCII: any ASCII byte keeps them UTF-8.
        check_venue(std::str::from_utf8(&bytes).unwrap());
    }

    #[test]
    fn venue_value_replaced(sample in prop::sample::select(venue_samples()), line in 0usize..400, value in odd_string()) {
        let (text, _) = replace_field(&sample, line, 1, '=', &format!(" {value}"));
        check_venue(&text);
    }

    #[test]
    fn venue_string_value_replaced(sample in prop::sample::select(venue_samples()), line in 0usize..400, value in odd_string()) {
        let escaped = value.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n").replace('\r', "\\r").replace('\0', "\\u0000");
        let (text, changed) = replace_field(&sample, line, 1, '=', &format!(" \"{escaped}\""));
        if let Some(error_line) = check_venue(&text) {
            // A well-formed string in a key's place: the error is that key's, on its line, or
            // (a value out of range) the line of its table's header, before it.
            prop_assert!(error_line <= changed, "error at line {} for a change on line {}", error_line, changed);
        }
    }
}

/// Arrays nested far deeper than any venue: refused (or parsed), never a stack overflow.
#[test]
fn venue_deeply_nested_arrays() {
    for depth in [100, 1_000, 10_000] {
        let text = format!(
            "[capacity]\ninstruments = {}1{}\n",
            "[".repeat(depth),
            "]".repeat(depth)
        );
        check_venue(&text);
        let text = format!("x = {}\n", "{a = ".repeat(depth) + "1" + &"}".repeat(depth));
        check_venue(&text);
    }
}

/// Capacities up to `u32::MAX` are checked against the maxima before any table is sized.
#[test]
fn venue_huge_capacity_is_refused_without_allocating_it() {
    for field in ["instruments", "accounts", "order_slots", "price_window"] {
        let text = format!("[capacity]\n{field} = 4294967295\n");
        let line = check_venue(&text);
        assert_eq!(line, Some(1), "{field}");
    }
}
