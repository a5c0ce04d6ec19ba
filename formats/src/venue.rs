//! `venue.toml`: the venue configuration, and the embedded default venue.

use crate::error::InputError;
use gatebook_wire::{
    AccountConfig, Capacity, InstrumentConfig, InstrumentKind, StpMode, VenueConfig,
};
use serde::Deserialize;
use std::fmt::Write as _;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VenueFile {
    capacity: Option<Spanned<CapacityFile>>,
    #[serde(default)]
    instrument: Vec<Spanned<InstrumentFile>>,
    #[serde(default)]
    account: Vec<Spanned<AccountFile>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CapacityFile {
    instruments: Option<u32>,
    accounts: Option<u32>,
    order_slots: Option<u32>,
    price_window: Option<u32>,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "lowercase")]
enum KindFile {
    Future,
    Option,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "lowercase")]
enum StpFile {
    Resting,
    Incoming,
    Both,
    None,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InstrumentFile {
    id: u16,
    symbol: Option<String>,
    kind: Option<KindFile>,
    underlying: Option<String>,
    strike: Option<u64>,
    expiry: Option<Spanned<String>>,
    put: Option<bool>,
    price_base: u32,
    reference: Option<u32>,
    collar: Option<u32>,
    margin_buy: Option<u32>,
    margin_sell: Option<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AccountFile {
    id: u32,
    enabled: Option<bool>,
    max_order_qty: Option<u32>,
    max_order_notional: Option<u64>,
    max_position: Option<u64>,
    headroom: Option<i64>,
    stp: Option<StpFile>,
}

/// Line numbers of byte offsets, from one pass over the text: every table of a venue file
/// is looked up here, so a venue of 65,536 accounts costs a binary search per table rather
/// than a scan from the top of the file.
struct LineIndex {
    /// Byte offset of every `\n`, in order.
    newlines: Vec<usize>,
}

impl LineIndex {
    fn new(text: &str) -> LineIndex {
        LineIndex {
            newlines: text
                .bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i)
                .collect(),
        }
    }

    /// The 1-based line holding byte `offset` (the last line past the end).
    fn line(&self, offset: usize) -> usize {
        self.newlines.partition_point(|&newline| newline < offset) + 1
    }
}

/// Parses and validates a venue file. Omitted instrument fields default to: reference at the
/// window centre, a collar as wide as the window, zero margin rates; omitted account fields to
/// enabled, no order limits, zero headroom and `stp = "resting"` (see docs/behaviour.md).
pub fn parse_venue(text: &str, file: &str) -> Result<VenueConfig, InputError> {
    let lines = LineIndex::new(text);
    let parsed: VenueFile = toml::from_str(text).map_err(|e| toml_error(text, &lines, file, &e))?;
    let mut venue = VenueConfig::default();
    let mut capacity_line = 0;
    if let Some(cap) = &parsed.capacity {
        capacity_line = lines.line(cap.span().start);
        let c = cap.get_ref();
        let d = Capacity::default();
        venue.capacity = Capacity {
            instruments: c.instruments.unwrap_or(d.instruments),
            accounts: c.accounts.unwrap_or(d.accounts),
            order_slots: c.order_slots.unwrap_or(d.order_slots),
            price_window: c.price_window.unwrap_or(d.price_window),
        };
    }
    let window = venue.capacity.price_window;
    let mut instrument_lines = Vec::new();
    for (i, spanned) in parsed.instrument.iter().enumerate() {
        let inst = spanned.get_ref();
        instrument_lines.push(lines.line(spanned.span().start));
        if let Some(expiry) = &inst.expiry {
            if !is_iso_date(expiry.get_ref()) {
                return Err(InputError::new(
                    file,
                    lines.line(expiry.span().start),
                    format!("instrument[{i}].expiry"),
                    format!("`{}` is not a YYYY-MM-DD date", expiry.get_ref()),
                ));
            }
        }
        let centre = inst.price_base.saturating_add(window / 2);
        venue.instruments.push(InstrumentConfig {
            id: inst.id,
            symbol: inst.symbol.clone().unwrap_or_default(),
            kind: match inst.kind {
                Some(KindFile::Option) => InstrumentKind::Option,
                _ => InstrumentKind::Future,
            },
            underlying: inst.underlying.clone().unwrap_or_default(),
            strike: inst.strike,
            expiry: inst.expiry.as_ref().map(|e| e.get_ref().clone()),
            put: inst.put.unwrap_or(false),
            price_base: inst.price_base,
            reference: inst.reference.unwrap_or(centre),
            collar: inst.collar.unwrap_or(window),
            margin_buy: inst.margin_buy.unwrap_or(0),
            margin_sell: inst.margin_sell.unwrap_or(0),
        });
    }
    let mut account_lines = Vec::new();
    for spanned in &parsed.account {
        let acct = spanned.get_ref();
        account_lines.push(lines.line(spanned.span().start));
        venue.accounts.push(AccountConfig {
            id: acct.id,
            enabled: acct.enabled.unwrap_or(true),
            max_order_qty: acct.max_order_qty.unwrap_or(u32::MAX),
            max_order_notional: acct.max_order_notional.unwrap_or(u64::MAX),
            max_position: acct.max_position.unwrap_or(u64::MAX),
            headroom: acct.headroom.unwrap_or(0),
            stp: match acct.stp.unwrap_or(StpFile::Resting) {
                StpFile::Resting => StpMode::Resting,
                StpFile::Incoming => StpMode::Incoming,
                StpFile::Both => StpMode::Both,
                StpFile::None => StpMode::None,
            },
        });
    }
    venue.validate().map_err(|e| {
        let index = |prefix: &str| -> Option<usize> {
            e.field
                .strip_prefix(prefix)?
                .split(']')
                .next()?
                .parse()
                .ok()
        };
        let line = if let Some(i) = index("instrument[") {
            instrument_lines.get(i).copied().unwrap_or(0)
        } else if let Some(i) = index("account[") {
            account_lines.get(i).copied().unwrap_or(0)
        } else {
            capacity_line
        };
        InputError::new(file, line, e.field, e.message)
    })?;
    Ok(venue)
}

fn toml_error(text: &str, lines: &LineIndex, file: &str, error: &toml::de::Error) -> InputError {
    let line = error.span().map_or(0, |span| lines.line(span.start));
    let message = error.message().trim().to_owned();
    // Prefer the key named by serde (`missing field `id``), else the key on the line.
    let field = message
        .split('`')
        .nth(1)
        .filter(|_| message.contains("field"))
        .map(str::to_owned)
        .or_else(|| {
            let source = text.lines().nth(line.checked_sub(1)?)?;
            let (key, _) = source.split_once('=')?;
            Some(key.trim().to_owned())
        })
        .unwrap_or_else(|| "toml".to_owned());
    InputError::new(file, line, field, message)
}

fn is_iso_date(text: &str) -> bool {
    let b = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return false;
    }
    let month: u32 = text[5..7].parse().unwrap_or(0);
    let day: u32 = text[8..10].parse().unwrap_or(0);
    (1..=12).contains(&month) && (1..=31).contains(&day)
}

/// The embedded default venue: 16 instruments (4 futures, 12 options on them) and accounts
/// 0..=255 with permissive limits. Every instrument has the spec's example price rules (window
/// from 1000, reference 1500, collar 200, rates 150 / 400); option strikes are in ticks of
/// the underlying future.
pub fn default_venue() -> VenueConfig {
    let capacity = Capacity::default();
    let rules = InstrumentConfig {
        price_base: 1000,
        reference: 1500,
        collar: 200,
        margin_buy: 150,
        margin_sell: 400,
        ..InstrumentConfig::default()
    };
    let mut instruments = Vec::new();
    let futures = [
        ("BTC", "27DEC26", "2026-12-27"),
        ("ETH", "27DEC26", "2026-12-27"),
        ("BTC", "26MAR27", "2027-03-26"),
        ("ETH", "26MAR27", "2027-03-26"),
    ];
    for (underlying, code, expiry) in futures {
        instruments.push(InstrumentConfig {
            id: instruments.len() as u16,
            symbol: format!("{underlying}-{code}"),
            kind: InstrumentKind::Future,
            underlying: underlying.to_owned(),
            expiry: Some(expiry.to_owned()),
            ..rules.clone()
        });
    }
    for underlying in ["BTC", "ETH"] {
        for strike in [1400u64, 1500, 1600] {
            for put in [false, true] {
                instruments.push(InstrumentConfig {
                    id: instruments.len() as u16,
                    symbol: format!(
                        "{underlying}-27DEC26-{strike}-{}",
                        if put { "P" } else { "C" }
                    ),
                    kind: InstrumentKind::Option,
                    underlying: underlying.to_owned(),
                    strike: Some(strike),
                    expiry: Some("2026-12-27".to_owned()),
                    put,
                    ..rules.clone()
                });
            }
        }
    }
    let accounts = (0..capacity.accounts)
        .map(|id| AccountConfig {
            id,
            enabled: true,
            max_order_qty: 100_000,
            max_order_notional: 1_000_000_000,
            max_position: 100_000_000,
            headroom: 1_000_000_000_000_000,
            stp: StpMode::Resting,
        })
        .collect();
    VenueConfig {
        capacity,
        instruments,
        accounts,
    }
}

/// `text` as a TOML string, quoted and escaped as TOML requires (any character may appear).
fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}

/// Writes a venue in the `venue.toml` format; [`parse_venue`] reads it back unchanged.
pub fn venue_to_toml(venue: &VenueConfig) -> String {
    let mut out = String::new();
    let c = &venue.capacity;
    let _ = writeln!(
        out,
        "[capacity]\ninstruments = {}\naccounts = {}\norder_slots = {}\nprice_window = {}",
        c.instruments, c.accounts, c.order_slots, c.price_window
    );
    for inst in &venue.instruments {
        let _ = writeln!(out, "\n[[instrument]]\nid = {}", inst.id);
        let _ = writeln!(out, "symbol = {}", toml_string(&inst.symbol));
        let kind = match inst.kind {
            InstrumentKind::Future => "future",
            InstrumentKind::Option => "option",
        };
        let _ = writeln!(out, "kind = \"{kind}\"");
        if !inst.underlying.is_empty() {
            let _ = writeln!(out, "underlying = {}", toml_string(&inst.underlying));
        }
        if let Some(strike) = inst.strike {
            let _ = writeln!(out, "strike = {strike}");
        }
        if let Some(expiry) = &inst.expiry {
            let _ = writeln!(out, "expiry = {}", toml_string(expiry));
        }
        if inst.kind == InstrumentKind::Option {
            let _ = writeln!(out, "put = {}", inst.put);
        }
        let _ = writeln!(
            out,
            "price_base = {}\nreference = {}\ncollar = {}\nmargin_buy = {}\nmargin_sell = {}",
            inst.price_base, inst.reference, inst.collar, inst.margin_buy, inst.margin_sell
        );
    }
    for acct in &venue.accounts {
        let _ = writeln!(
            out,
            "\n[[account]]\nid = {}\nenabled = {}",
            acct.id, acct.enabled
        );
        // TOML integers are i64: a limit past that is "no limit" and is left out.
        let limits = [
            (
                "max_order_qty",
                u64::from(acct.max_order_qty),
                u64::from(u32::MAX),
            ),
            ("max_order_notional", acct.max_order_notional, u64::MAX),
            ("max_position", acct.max_position, u64::MAX),
        ];
        for (key, value, unlimited) in limits {
            if value != unlimited && value <= i64::MAX as u64 {
                let _ = writeln!(out, "{key} = {value}");
            }
        }
        let _ = writeln!(out, "headroom = {}\nstp = \"{}\"", acct.headroom, acct.stp);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_venue_round_trips_through_toml() {
        let venue = default_venue();
        venue.validate().unwrap();
        assert_eq!(venue.instruments.len(), 16);
        assert_eq!(venue.accounts.len(), 256);
        let text = venue_to_toml(&venue);
        assert_eq!(parse_venue(&text, "default.toml").unwrap(), venue);
    }

    /// Names with quotes, backslashes, control characters and non-ASCII text are written as
    /// valid TOML strings and read back unchanged.
    #[test]
    fn any_symbol_round_trips_through_toml() {
        let mut venue = default_venue();
        venue.instruments[0].symbol = "A\"B\\C\u{1}\u{7f}\té€".to_owned();
        venue.instruments[1].underlying = "\n\u{0}x".to_owned();
        let text = venue_to_toml(&venue);
        assert_eq!(parse_venue(&text, "odd.toml").unwrap(), venue, "{text}");
    }

    #[test]
    fn spec_example_parses() {
        let text = include_str!("../tests/data/spec-venue.toml");
        let venue = parse_venue(text, "venue.toml").unwrap();
        assert_eq!(venue.instruments[0].collar, 200);
        assert_eq!(venue.accounts[0].max_position, 5000);
        assert_eq!(venue.accounts[0].stp, StpMode::Resting);
    }

    #[test]
    fn line_index_agrees_with_counting_newlines() {
        let text = "a\n\nbc\r\nd\n\n\ne";
        let lines = LineIndex::new(text);
        for offset in 0..=text.len() + 2 {
            let counted = text[..offset.min(text.len())]
                .bytes()
                .filter(|&b| b == b'\n')
                .count()
                + 1;
            assert_eq!(lines.line(offset), counted, "offset {offset}");
        }
        assert_eq!(LineIndex::new("").line(0), 1);
        assert_eq!(LineIndex::new("\n").line(1), 2);
    }

    #[test]
    fn many_accounts_keep_their_lines() {
        let mut venue = default_venue();
        venue.capacity.accounts = 4096;
        venue.accounts = (0..4096)
            .map(|id| AccountConfig {
                id,
                max_order_qty: id + 1,
                ..venue.accounts[0]
            })
            .collect();
        let text = venue_to_toml(&venue);
        assert_eq!(parse_venue(&text, "v.toml").unwrap(), venue);
        // The last account made a duplicate: its `[[account]]` line is named.
        let at = text.rfind("[[account]]\nid = 4095\n").unwrap();
        let line = text[..at].lines().count() + 1;
        let doubled = text.replace("[[account]]\nid = 4095\n", "[[account]]\nid = 7\n");
        let e = parse_venue(&doubled, "v.toml").unwrap_err();
        assert_eq!((e.line, e.field.as_str()), (line, "account[4095].id"));
        // An instrument's field error is named on its line too, after all the accounts.
        let late = format!("{text}\n[[instrument]]\nid = 3\nprice_base = 1\nexpiry = \"x\"\n");
        let e = parse_venue(&late, "v.toml").unwrap_err();
        assert_eq!(
            (e.line, e.field.as_str()),
            (late.lines().count(), "instrument[16].expiry")
        );
    }

    #[test]
    fn errors_name_line_and_field() {
        let e = parse_venue("[capacity]\norder_slots = -3\n", "v.toml").unwrap_err();
        assert_eq!((e.line, e.field.as_str()), (2, "order_slots"));
        let e = parse_venue("[[account]]\nid = 1\nmax_qty = 5\n", "v.toml").unwrap_err();
        assert_eq!(e.field, "max_qty");
        assert_eq!(e.line, 3);
        let e = parse_venue("[[instrument]]\nprice_base = 5\n", "v.toml").unwrap_err();
        assert_eq!(e.field, "id");
        let e = parse_venue("[[account]]\nid = 1\nstp = \"never\"\n", "v.toml").unwrap_err();
        assert_eq!((e.line, e.field.as_str()), (3, "stp"));
        let text = "[[account]]\nid = 1\n\n[[account]]\nid = 1\n";
        let e = parse_venue(text, "v.toml").unwrap_err();
        assert_eq!((e.line, e.field.as_str()), (4, "account[1].id"));
        let e = parse_venue("[[instrument]]\nid = 99\nprice_base = 1\n", "v.toml").unwrap_err();
        assert_eq!((e.line, e.field.as_str()), (1, "instrument[0].id"));
        let e = parse_venue(
            "[[instrument]]\nid = 1\nprice_base = 1\nexpiry = \"2026-13-01\"\n",
            "v.toml",
        )
        .unwrap_err();
        assert_eq!((e.line, e.field.as_str()), (4, "instrument[0].expiry"));
        let e = parse_venue("[capacity\n", "v.toml").unwrap_err();
        assert_eq!(e.line, 1);
    }
}
