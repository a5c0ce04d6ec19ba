//! `reports.csv`: one row per report record.

use gatebook_wire::le::{U16, U32, U64};
use gatebook_wire::{present, Event, Reason, ReportRecord, Side};
use std::fmt::Write as _;

/// The header line of every report file.
pub const REPORTS_HEADER: &str =
    "in_seq,event,account,instrument,cl_ord_id,side,price,qty,leaves,contra_account,contra_cl_ord_id,reason";

/// Appends the CSV row of a report, with its newline. Columns the record does not mark present
/// stay empty, which is how a `REJECT` echoes a `CANCEL` without side, price or quantity.
pub fn write_report_row(report: &ReportRecord, out: &mut String) {
    let has = |bit: u8| report.present & bit != 0;
    let event = Event::from_code(report.event).map_or("?", Event::as_str);
    let _ = write!(
        out,
        "{},{event},{},{},{},",
        report.in_seq.get(),
        report.account.get(),
        report.instrument.get(),
        report.cl_ord_id.get()
    );
    if has(present::SIDE) {
        out.push_str(Side::from_code(report.side).map_or("?", Side::as_str));
    }
    out.push(',');
    for (bit, value) in [
        (present::PRICE, report.price.get()),
        (present::QTY, report.qty.get()),
        (present::LEAVES, report.leaves.get()),
    ] {
        if has(bit) {
            let _ = write!(out, "{value}");
        }
        out.push(',');
    }
    if has(present::CONTRA) {
        let _ = write!(
            out,
            "{},{}",
            report.contra_account.get(),
            report.contra_cl_ord_id.get()
        );
    } else {
        out.push(',');
    }
    out.push(',');
    if has(present::REASON) {
        out.push_str(Reason::from_code(report.reason).map_or("?", Reason::as_str));
    }
    out.push('\n');
}

/// Parses a row written by [`write_report_row`] (without its newline); `None` if it is not one.
pub fn parse_report_row(row: &str) -> Option<ReportRecord> {
    let fields: Vec<&str> = row.split(',').collect();
    if fields.len() != 12 {
        return None;
    }
    let mut r = ReportRecord {
        in_seq: U64::new(fields[0].parse().ok()?),
        event: Event::parse(fields[1])?.code(),
        account: U32::new(fields[2].parse().ok()?),
        instrument: U16::new(fields[3].parse().ok()?),
        cl_ord_id: U64::new(fields[4].parse().ok()?),
        ..ReportRecord::default()
    };
    if !fields[5].is_empty() {
        r.side = Side::parse(fields[5])?.code();
        r.present |= present::SIDE;
    }
    for (field, bit, slot) in [
        (fields[6], present::PRICE, &mut r.price),
        (fields[7], present::QTY, &mut r.qty),
        (fields[8], present::LEAVES, &mut r.leaves),
    ] {
        if !field.is_empty() {
            *slot = U32::new(field.parse().ok()?);
            r.present |= bit;
        }
    }
    if !fields[9].is_empty() {
        r.contra_account = U32::new(fields[9].parse().ok()?);
        r.contra_cl_ord_id = U64::new(fields[10].parse().ok()?);
        r.present |= present::CONTRA;
    }
    if !fields[11].is_empty() {
        r.reason = Reason::parse(fields[11])?.code();
        r.present |= present::REASON;
    }
    Some(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_round_trip() {
        for row in [
            "3,FILL,7,0,11,B,1500,4,6,8,21,",
            "4,REJECT,7,0,12,,,,,,,UNKNOWN_ORDER",
            "5,ACK,7,1,13,S,1400,10,10,,,",
            "6,EXPIRED,7,1,13,S,1400,10,0,,,IOC",
        ] {
            let record = parse_report_row(row).unwrap();
            let mut out = String::new();
            write_report_row(&record, &mut out);
            assert_eq!(out, format!("{row}\n"));
        }
        assert!(parse_report_row("1,ACK").is_none());
    }
}
