//! `orders.csv`: the order flow, one message per data line.

use crate::error::InputError;
use gatebook_wire::{
    FlowItem, Mark, Message, MsgType, NewOrder, OrdType, OrderRecord, Side, StpMode, Tif,
};
use std::fmt::Write as _;

/// The required header line.
pub const ORDERS_HEADER: &str = "action,account,instrument,cl_ord_id,side,type,tif,price,qty,flags";

const COLUMNS: [&str; 10] = [
    "action",
    "account",
    "instrument",
    "cl_ord_id",
    "side",
    "type",
    "tif",
    "price",
    "qty",
    "flags",
];
const ACCOUNT: usize = 1;
const INSTRUMENT: usize = 2;
const CL_ORD_ID: usize = 3;
const SIDE: usize = 4;
const TYPE: usize = 5;
const TIF: usize = 6;
const PRICE: usize = 7;
const QTY: usize = 8;
const FLAGS: usize = 9;

/// The columns each action uses; every other column must be empty.
fn used_columns(action: MsgType) -> &'static [usize] {
    match action {
        MsgType::New => &[
            ACCOUNT, INSTRUMENT, CL_ORD_ID, SIDE, TYPE, TIF, PRICE, QTY, FLAGS,
        ],
        MsgType::Cancel => &[ACCOUNT, INSTRUMENT, CL_ORD_ID],
        MsgType::Replace => &[ACCOUNT, INSTRUMENT, CL_ORD_ID, PRICE, QTY],
        MsgType::Ref => &[INSTRUMENT, PRICE],
        MsgType::Kill | MsgType::Enable => &[ACCOUNT],
        MsgType::Headroom => &[ACCOUNT, PRICE],
        MsgType::Rates => &[INSTRUMENT, SIDE, PRICE],
        _ => &[],
    }
}

/// Streams the data lines of an order-flow file as [`FlowItem`]s: messages and, for the
/// host's margin loop, `MARK` rows (`MARK,,instrument,,,,,price,vol_bp,`).
///
/// Yields an error for the first bad line and nothing after it, so a caller that stops at the
/// first error never processes a message past it. The file is decoded line by line: a byte
/// that is not UTF-8 is an error of its line, naming the field it falls in, after every line
/// before it has been yielded.
pub struct FlowLines<'a> {
    parser: FlowParser<'a>,
    lines: std::iter::Enumerate<ByteLines<'a>>,
}

/// The lines of a file's bytes, split at `\n`.
type ByteLines<'a> = std::slice::Split<'a, u8, fn(&u8) -> bool>;

fn is_newline(byte: &u8) -> bool {
    *byte == b'\n'
}

impl<'a> FlowLines<'a> {
    /// `file` is the name used in error messages.
    pub fn new(text: &'a str, file: &'a str) -> Self {
        FlowLines::from_bytes(text.as_bytes(), file)
    }

    /// The file's bytes, not yet known to be UTF-8; `file` is the name used in error messages.
    pub fn from_bytes(bytes: &'a [u8], file: &'a str) -> Self {
        FlowLines {
            parser: FlowParser::new(file),
            lines: bytes.split(is_newline as fn(&u8) -> bool).enumerate(),
        }
    }
}

impl Iterator for FlowLines<'_> {
    /// The item, with the 1-based line it came from.
    type Item = Result<(usize, FlowItem), InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.parser.failed {
            return None;
        }
        for (index, raw) in self.lines.by_ref() {
            if let Some(item) = self.parser.line(index + 1, raw) {
                return Some(item);
            }
        }
        self.parser.finish().map(Err)
    }
}

/// An order-flow file parsed one line at a time, for a reader that owns the bytes (a file or
/// a pipe read line by line): the same rules as [`FlowLines`], which is built on it.
pub struct FlowParser<'a> {
    file: &'a str,
    header_seen: bool,
    failed: bool,
    finished: bool,
    marks_allowed: bool,
}

impl<'a> FlowParser<'a> {
    /// `file` is the name used in error messages. `MARK` rows are read.
    pub fn new(file: &'a str) -> Self {
        FlowParser {
            file,
            header_seen: false,
            failed: false,
            finished: false,
            marks_allowed: true,
        }
    }

    /// Parses line `line_no` (1-based), given without its `\n`. `None` for a line that holds
    /// no item (blank, comment, header) and for every line after an error, so a caller that
    /// stops at the first error never sees an item past it.
    pub fn line(
        &mut self,
        line_no: usize,
        raw: &[u8],
    ) -> Option<Result<(usize, FlowItem), InputError>> {
        if self.failed {
            return None;
        }
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        let line = match std::str::from_utf8(raw) {
            Ok(line) => line,
            Err(e) => {
                let (field, message) = self.not_utf8(raw, e.valid_up_to());
                return Some(Err(self.error(line_no, field, message)));
            }
        };
        let line = if line_no == 1 {
            line.strip_prefix('\u{feff}').unwrap_or(line)
        } else {
            line
        };
        if line.trim().is_empty() || line.starts_with('#') {
            return None;
        }
        if !self.header_seen {
            if line != ORDERS_HEADER {
                let message = format!("expected the header `{ORDERS_HEADER}`, found `{line}`");
                return Some(Err(self.error(line_no, "header", message)));
            }
            self.header_seen = true;
            return None;
        }
        Some(match parse_line(line, self.marks_allowed) {
            Ok(item) => Ok((line_no, item)),
            Err((field, message)) => Err(self.error(line_no, field, message)),
        })
    }

    /// The end of the file: an error, once, when no header was ever seen (an empty file).
    pub fn finish(&mut self) -> Option<InputError> {
        if self.failed || self.finished {
            return None;
        }
        self.finished = true;
        if self.header_seen {
            return None;
        }
        let message = format!("the file is empty; the first line must be `{ORDERS_HEADER}`");
        Some(self.error(0, "header", message))
    }

    fn error(&mut self, line: usize, field: &str, message: String) -> InputError {
        self.failed = true;
        InputError::new(self.file, line, field, message)
    }

    /// The field and message for a line whose byte `at` is the first that is not UTF-8.
    fn not_utf8(&self, raw: &[u8], at: usize) -> (&'static str, String) {
        let field = if raw.starts_with(b"#") {
            "comment"
        } else if !self.header_seen {
            "header"
        } else {
            let commas = raw[..at].iter().filter(|&&b| b == b',').count();
            COLUMNS.get(commas).copied().unwrap_or("columns")
        };
        let message = format!(
            "byte 0x{:02X} at column {} is not UTF-8 text",
            raw[at],
            at + 1
        );
        (field, message)
    }
}

/// Streams the records of an order-flow file for a backend, numbering them
/// `in_seq` = 1, 2, ...; a `MARK` row is an input error here (only the margin loop reads it).
pub struct OrderLines<'a> {
    flow: FlowLines<'a>,
    in_seq: u64,
}

impl<'a> OrderLines<'a> {
    /// `file` is the name used in error messages.
    pub fn new(text: &'a str, file: &'a str) -> Self {
        OrderLines::from_bytes(text.as_bytes(), file)
    }

    /// The file's bytes, not yet known to be UTF-8 (see [`FlowLines::from_bytes`]).
    pub fn from_bytes(bytes: &'a [u8], file: &'a str) -> Self {
        let mut flow = FlowLines::from_bytes(bytes, file);
        flow.parser.marks_allowed = false;
        OrderLines { flow, in_seq: 0 }
    }
}

impl Iterator for OrderLines<'_> {
    /// The record, with the 1-based line it came from.
    type Item = Result<(usize, OrderRecord), InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        Some(self.flow.next()?.map(|(line, item)| match item {
            FlowItem::Message(message) => {
                self.in_seq += 1;
                (line, message.encode(self.in_seq))
            }
            FlowItem::Mark(_) => unreachable!("marks are refused when not allowed"),
        }))
    }
}

type FieldError = (&'static str, String);

fn parse_line(line: &str, marks_allowed: bool) -> Result<FlowItem, FieldError> {
    let mut fields = [""; 10];
    let mut count = 0;
    for field in line.split(',') {
        if count < fields.len() {
            fields[count] = field;
        }
        count += 1;
    }
    if count != fields.len() {
        return Err((
            "columns",
            format!(
                "expected {} comma-separated fields, found {count}",
                fields.len()
            ),
        ));
    }
    if fields[0] == "MARK" {
        if !marks_allowed {
            return Err((
                "action",
                "MARK rows feed the margin engine: replay them with `gatebook replay --margin`"
                    .into(),
            ));
        }
        return parse_mark(&fields);
    }
    let action = MsgType::parse(fields[0])
        .filter(|t| !t.is_control())
        .ok_or_else(|| {
            (
                "action",
                format!(
                    "unknown action `{}` (NEW, CANCEL, REPLACE, REF, KILL, ENABLE, HEADROOM, RATES)",
                    fields[0]
                ),
            )
        })?;
    let used = used_columns(action);
    for (column, value) in fields.iter().enumerate().skip(1) {
        if !value.is_empty() && !used.contains(&column) {
            return Err((
                COLUMNS[column],
                format!("must be empty for {action}, found `{value}`"),
            ));
        }
    }
    let f = Fields(&fields);
    let message = match action {
        MsgType::New => {
            let ord_type = f.enumerated(TYPE, OrdType::parse, "LIMIT or MARKET")?;
            let tif = match fields[TIF] {
                "" if ord_type == OrdType::Limit => Tif::Gtc,
                "" => Tif::Ioc,
                _ => f.enumerated(TIF, Tif::parse, "GTC, IOC or FOK")?,
            };
            let price = match ord_type {
                OrdType::Limit => f.unsigned::<u32>(PRICE)?,
                OrdType::Market if fields[PRICE].is_empty() => 0,
                OrdType::Market => {
                    return Err(("price", "must be empty for a MARKET order".into()))
                }
            };
            let (post_only, stp) = parse_flags(fields[FLAGS])?;
            Message::New(NewOrder {
                account: f.unsigned(ACCOUNT)?,
                instrument: f.unsigned(INSTRUMENT)?,
                cl_ord_id: f.unsigned(CL_ORD_ID)?,
                side: f.enumerated(SIDE, Side::parse, "B or S")?,
                ord_type,
                tif,
                price,
                qty: f.unsigned(QTY)?,
                post_only,
                stp,
            })
        }
        MsgType::Cancel => Message::Cancel {
            account: f.unsigned(ACCOUNT)?,
            instrument: f.unsigned(INSTRUMENT)?,
            cl_ord_id: f.unsigned(CL_ORD_ID)?,
        },
        MsgType::Replace => Message::Replace {
            account: f.unsigned(ACCOUNT)?,
            instrument: f.unsigned(INSTRUMENT)?,
            cl_ord_id: f.unsigned(CL_ORD_ID)?,
            price: f.unsigned(PRICE)?,
            qty: f.unsigned(QTY)?,
        },
        MsgType::Ref => Message::Ref {
            instrument: f.unsigned(INSTRUMENT)?,
            price: f.unsigned(PRICE)?,
        },
        MsgType::Kill => Message::Kill {
            account: f.unsigned(ACCOUNT)?,
        },
        MsgType::Enable => Message::Enable {
            account: f.unsigned(ACCOUNT)?,
        },
        MsgType::Headroom => Message::Headroom {
            account: f.unsigned(ACCOUNT)?,
            delta: f.signed(PRICE)?,
        },
        MsgType::Rates => Message::Rates {
            instrument: f.unsigned(INSTRUMENT)?,
            side: f.enumerated(SIDE, Side::parse, "B or S")?,
            rate: f.unsigned(PRICE)?,
        },
        _ => unreachable!("control types are refused above"),
    };
    Ok(FlowItem::Message(message))
}

/// `MARK,,instrument,,,,,price,vol_bp,`: the volatility, in basis points, is optional.
fn parse_mark(fields: &[&str; 10]) -> Result<FlowItem, FieldError> {
    for column in [ACCOUNT, CL_ORD_ID, SIDE, TYPE, TIF, FLAGS] {
        if !fields[column].is_empty() {
            return Err((
                COLUMNS[column],
                format!("must be empty for MARK, found `{}`", fields[column]),
            ));
        }
    }
    let f = Fields(fields);
    Ok(FlowItem::Mark(Mark {
        instrument: f.unsigned(INSTRUMENT)?,
        price: f.unsigned(PRICE)?,
        vol_bp: if fields[QTY].is_empty() {
            None
        } else {
            Some(f.unsigned(QTY)?)
        },
    }))
}

/// Writes one flow item as an `orders.csv` data line (no newline).
pub fn format_flow_row(item: &FlowItem) -> String {
    match item {
        FlowItem::Message(message) => format_order_row(message),
        FlowItem::Mark(mark) => format!(
            "MARK,,{},,,,,{},{},",
            mark.instrument,
            mark.price,
            mark.vol_bp.map_or(String::new(), |v| v.to_string())
        ),
    }
}

struct Fields<'a>(&'a [&'a str; 10]);

impl Fields<'_> {
    fn unsigned<T: std::str::FromStr>(&self, column: usize) -> Result<T, FieldError> {
        let text = self.0[column];
        let name = COLUMNS[column];
        if text.is_empty() {
            return Err((name, "is required".into()));
        }
        if !text.bytes().all(|b| b.is_ascii_digit()) {
            return Err((name, format!("`{text}` is not an unsigned base-10 integer")));
        }
        text.parse().map_err(|_| {
            (
                name,
                format!(
                    "`{text}` is out of range for a {}",
                    std::any::type_name::<T>()
                ),
            )
        })
    }

    fn signed(&self, column: usize) -> Result<i64, FieldError> {
        let text = self.0[column];
        let name = COLUMNS[column];
        let digits = text.strip_prefix('-').unwrap_or(text);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err((name, format!("`{text}` is not a signed base-10 integer")));
        }
        text.parse()
            .map_err(|_| (name, format!("`{text}` is out of range for an i64")))
    }

    fn enumerated<T>(
        &self,
        column: usize,
        parse: fn(&str) -> Option<T>,
        expected: &str,
    ) -> Result<T, FieldError> {
        let text = self.0[column];
        parse(text).ok_or_else(|| (COLUMNS[column], format!("`{text}` is not {expected}")))
    }
}

fn parse_flags(text: &str) -> Result<(bool, Option<StpMode>), FieldError> {
    let mut post_only = false;
    let mut stp = None;
    if text.is_empty() {
        return Ok((post_only, stp));
    }
    for word in text.split('|') {
        if word == "POST_ONLY" {
            if post_only {
                return Err(("flags", "POST_ONLY is given twice".into()));
            }
            post_only = true;
        } else if let Some(mode) = StpMode::from_flag_word(word) {
            if stp.is_some() {
                return Err(("flags", "at most one STP_* flag may be given".into()));
            }
            stp = Some(mode);
        } else {
            return Err((
                "flags",
                format!("unknown flag `{word}` (POST_ONLY, STP_RESTING, STP_INCOMING, STP_BOTH, STP_NONE)"),
            ));
        }
    }
    Ok((post_only, stp))
}

/// Writes one message as an `orders.csv` data line (no newline).
pub fn format_order_row(message: &Message) -> String {
    let mut row = String::with_capacity(48);
    let action = message.msg_type();
    let _ = match *message {
        Message::New(o) => {
            let price = match o.ord_type {
                OrdType::Limit => o.price.to_string(),
                OrdType::Market => String::new(),
            };
            let mut flags = Vec::new();
            if o.post_only {
                flags.push("POST_ONLY");
            }
            if let Some(mode) = o.stp {
                flags.push(mode.flag_word());
            }
            write!(
                row,
                "{action},{},{},{},{},{},{},{price},{},{}",
                o.account,
                o.instrument,
                o.cl_ord_id,
                o.side,
                o.ord_type,
                o.tif,
                o.qty,
                flags.join("|")
            )
        }
        Message::Cancel {
            account,
            instrument,
            cl_ord_id,
        } => write!(row, "{action},{account},{instrument},{cl_ord_id},,,,,,"),
        Message::Replace {
            account,
            instrument,
            cl_ord_id,
            price,
            qty,
        } => write!(
            row,
            "{action},{account},{instrument},{cl_ord_id},,,,{price},{qty},"
        ),
        Message::Ref { instrument, price } => write!(row, "{action},,{instrument},,,,,{price},,"),
        Message::Kill { account } | Message::Enable { account } => {
            write!(row, "{action},{account},,,,,,,,")
        }
        Message::Headroom { account, delta } => write!(row, "{action},{account},,,,,,{delta},,"),
        Message::Rates {
            instrument,
            side,
            rate,
        } => write!(row, "{action},,{instrument},,{side},,,{rate},,"),
    };
    row
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Vec<Message>, InputError> {
        OrderLines::new(text, "orders.csv")
            .map(|r| r.map(|(_, rec)| Message::decode(&rec).unwrap()))
            .collect()
    }

    fn error_of(text: &str) -> InputError {
        parse(text).unwrap_err()
    }

    const HEAD: &str = "action,account,instrument,cl_ord_id,side,type,tif,price,qty,flags\n";

    #[test]
    fn parses_every_action_and_numbers_data_lines() {
        let text = format!(
            "# comment\n{HEAD}\nNEW,7,0,1,B,LIMIT,,1500,10,\n# skipped\nNEW,7,0,2,S,MARKET,FOK,,5,POST_ONLY|STP_BOTH\r\n\
             CANCEL,7,0,1,,,,,,\nREPLACE,7,0,2,,,,1490,3,\nREF,,3,,,,,1600,,\nKILL,9,,,,,,,,\n\
             ENABLE,9,,,,,,,,\nHEADROOM,9,,,,,,-250,,\nRATES,,3,,S,,,400,,\n"
        );
        let records: Vec<_> = OrderLines::new(&text, "f").map(|r| r.unwrap()).collect();
        assert_eq!(records.len(), 9);
        assert_eq!(records[0].0, 4);
        assert_eq!(records[0].1.in_seq.get(), 1);
        assert_eq!(records[1].0, 6);
        assert_eq!(records[8].1.in_seq.get(), 9);
        let msgs = parse(&text).unwrap();
        match msgs[0] {
            Message::New(o) => {
                assert_eq!(
                    (o.tif, o.price, o.qty, o.post_only, o.stp),
                    (Tif::Gtc, 1500, 10, false, None)
                )
            }
            _ => panic!(),
        }
        match msgs[1] {
            Message::New(o) => {
                assert_eq!(o.ord_type, OrdType::Market);
                assert_eq!(
                    (o.tif, o.post_only, o.stp),
                    (Tif::Fok, true, Some(StpMode::Both))
                );
            }
            _ => panic!(),
        }
        assert_eq!(
            msgs[7],
            Message::Headroom {
                account: 9,
                delta: -250
            }
        );
        assert_eq!(
            msgs[8],
            Message::Rates {
                instrument: 3,
                side: Side::Sell,
                rate: 400
            }
        );
    }

    #[test]
    fn market_defaults_to_ioc() {
        let msgs = parse(&format!("{HEAD}NEW,1,0,1,S,MARKET,,,5,\n")).unwrap();
        assert!(matches!(msgs[0], Message::New(o) if o.tif == Tif::Ioc));
    }

    #[test]
    fn errors_name_line_and_field() {
        let e = error_of(&format!("{HEAD}NEW,7,0,1,B,LIMIT,,1500,10\n"));
        assert_eq!((e.line, e.field.as_str()), (2, "columns"));
        let e = error_of(&format!("{HEAD}\nBUY,7,0,1,B,LIMIT,,1500,10,\n"));
        assert_eq!((e.line, e.field.as_str()), (3, "action"));
        let e = error_of(&format!("{HEAD}NEW,7,0,1,B,LIMIT,,15x0,10,\n"));
        assert_eq!(e.field, "price");
        let e = error_of(&format!("{HEAD}NEW,7,70000,1,B,LIMIT,,1500,10,\n"));
        assert_eq!(e.field, "instrument");
        let e = error_of(&format!("{HEAD}NEW,7,0,1,X,LIMIT,,1500,10,\n"));
        assert_eq!(e.field, "side");
        let e = error_of(&format!("{HEAD}NEW,7,0,1,B,LIMIT,,,10,\n"));
        assert_eq!(e.field, "price");
        let e = error_of(&format!("{HEAD}NEW,7,0,1,B,MARKET,,100,10,\n"));
        assert_eq!(e.field, "price");
        let e = error_of(&format!("{HEAD}NEW,7,0,1,B,LIMIT,,1,1,STP_NONE|STP_BOTH\n"));
        assert_eq!(e.field, "flags");
        let e = error_of(&format!("{HEAD}CANCEL,7,0,1,B,,,,,\n"));
        assert_eq!(e.field, "side");
        let e = error_of(&format!("{HEAD}HEADROOM,7,,,,,,--5,,\n"));
        assert_eq!(e.field, "price");
        let e = error_of("NEW,7,0,1,B,LIMIT,,1500,10,\n");
        assert_eq!((e.line, e.field.as_str()), (1, "header"));
        let e = error_of("");
        assert_eq!(e.field, "header");
        assert!(e.to_string().starts_with("orders.csv:0: field `header`"));
    }

    #[test]
    fn nothing_is_yielded_after_an_error() {
        let text = format!("{HEAD}NEW,7,0,1,B,LIMIT,,1500,10,\nBAD\nNEW,7,0,2,B,LIMIT,,1500,10,\n");
        let items: Vec<_> = OrderLines::new(&text, "f").collect();
        assert_eq!(items.len(), 2);
        assert!(items[0].is_ok() && items[1].is_err());
    }

    #[test]
    fn marks_are_read_only_where_allowed() {
        let text = format!("{HEAD}MARK,,3,,,,,1500,6500,\nMARK,,4,,,,,99,,\nKILL,1,,,,,,,,\n");
        let items: Vec<_> = FlowLines::new(&text, "f").map(|r| r.unwrap().1).collect();
        assert_eq!(
            items[0],
            FlowItem::Mark(Mark {
                instrument: 3,
                price: 1500,
                vol_bp: Some(6500)
            })
        );
        assert_eq!(
            items[1],
            FlowItem::Mark(Mark {
                instrument: 4,
                price: 99,
                vol_bp: None
            })
        );
        let rows: Vec<String> = items.iter().map(format_flow_row).collect();
        assert_eq!(rows, text.lines().skip(1).collect::<Vec<_>>());
        let e = error_of(&text);
        assert_eq!((e.line, e.field.as_str()), (2, "action"));
        assert!(e.message.contains("--margin"));
        let e = FlowLines::new(&format!("{HEAD}MARK,1,3,,,,,1500,,\n"), "f")
            .next()
            .unwrap()
            .unwrap_err();
        assert_eq!(e.field, "account");
    }

    #[test]
    fn a_byte_that_is_not_utf8_names_its_line_and_field_after_the_lines_before() {
        let mut bytes = format!("{HEAD}NEW,7,0,1,B,LIMIT,,1500,10,\n").into_bytes();
        bytes.extend_from_slice(b"NEW,7,0,2,B,LIMIT,,15\xff0,10,\nNEW,7,0,3,B,LIMIT,,1500,10,\n");
        let items: Vec<_> = OrderLines::from_bytes(&bytes, "orders.csv").collect();
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].as_ref().unwrap().0, 2);
        let e = items[1].as_ref().unwrap_err();
        assert_eq!((e.line, e.field.as_str()), (3, "price"));
        assert!(e.message.contains("0xFF at column 22"), "{e}");
        let e = FlowLines::from_bytes(b"action,acc\xc3ount\n", "f")
            .next()
            .unwrap()
            .unwrap_err();
        assert_eq!((e.line, e.field.as_str()), (1, "header"));
        let mut comment = HEAD.as_bytes().to_vec();
        comment.extend_from_slice(b"# caf\xe9\n");
        let e = FlowLines::from_bytes(&comment, "f")
            .next()
            .unwrap()
            .unwrap_err();
        assert_eq!((e.line, e.field.as_str()), (2, "comment"));
        let mut tail = HEAD.as_bytes().to_vec();
        tail.extend_from_slice(b"KILL,1,,,,,,,,,\xe9\n");
        let e = FlowLines::from_bytes(&tail, "f")
            .next()
            .unwrap()
            .unwrap_err();
        assert_eq!((e.line, e.field.as_str()), (2, "columns"));
        // Valid UTF-8, a byte-order mark and CRLF endings read as before.
        let text = format!("\u{feff}{HEAD}NEW,7,0,1,B,LIMIT,,1500,10,\r\n# d\u{e9}j\u{e0}\r\n");
        assert_eq!(FlowLines::from_bytes(text.as_bytes(), "f").count(), 1);
    }

    #[test]
    fn the_line_parser_reads_as_the_file_reader_does() {
        let mut bytes =
            format!("\u{feff}# c\r\n{HEAD}MARK,,3,,,,,1500,,\nKILL,1,,,,,,,,\n").into_bytes();
        bytes.extend_from_slice(b"KILL,\xff,,,,,,,,\nKILL,2,,,,,,,,\n");
        let whole: Vec<_> = FlowLines::from_bytes(&bytes, "f").collect();
        let mut parser = FlowParser::new("f");
        let mut by_line: Vec<_> = bytes
            .split(|&b| b == b'\n')
            .enumerate()
            .filter_map(|(index, raw)| parser.line(index + 1, raw))
            .collect();
        by_line.extend(parser.finish().map(Err));
        assert_eq!(by_line, whole);
        assert_eq!(whole.len(), 3);
        assert_eq!(whole[2].as_ref().unwrap_err().line, 5);
        let mut empty = FlowParser::new("f");
        assert_eq!(empty.line(1, b"# only a comment"), None);
        assert_eq!(empty.finish().map(|e| e.line), Some(0));
        assert_eq!(empty.finish(), None);
    }

    #[test]
    fn rows_round_trip() {
        let text = format!(
            "{HEAD}NEW,7,0,1,B,LIMIT,GTC,1500,10,\nNEW,7,0,2,S,MARKET,FOK,,5,POST_ONLY|STP_BOTH\n\
             CANCEL,7,0,1,,,,,,\nREPLACE,7,0,2,,,,1490,3,\nREF,,3,,,,,1600,,\nKILL,9,,,,,,,,\n\
             ENABLE,9,,,,,,,,\nHEADROOM,9,,,,,,-250,,\nRATES,,3,,S,,,400,,\n"
        );
        let rows: Vec<String> = parse(&text).unwrap().iter().map(format_order_row).collect();
        let expected: Vec<&str> = text.lines().skip(1).collect();
        assert_eq!(rows, expected);
    }
}
