//! The one cross-check harness of gatebook: every backend (engine-sw, the card in RustHDL's
//! simulator, the Verilated pipeline, the Verilated card behind the host driver, the loopback
//! card) is checked the same way, against the same data.
//!
//! - [`scenario`]: the spec scenario files, the one place the expected report rows of the
//!   contract are written; every backend runs every file.
//! - [`flow`] makes a generated order flow into numbered records, and [`Comparison`] runs it
//!   on a backend and on the reference and names the first report where they part.
//!
//! The harness knows no backend: a test builds the ones it checks (engine-sw as the reference
//! included) and hands them over as [`gatebook_wire::Backend`]s, so this crate sits below all
//! of them and any crate's tests can use it.

#![forbid(unsafe_code)]

pub mod scenario;

use flowgen::Profile;
use gatebook_formats::write_report_row;
use gatebook_wire::{Backend, Message, OrderRecord, ReportRecord, VenueConfig};
use std::fmt::Write as _;

/// `messages` numbered as a stream: `in_seq` 1, 2, ...
pub fn numbered(messages: &[Message]) -> Vec<OrderRecord> {
    messages
        .iter()
        .zip(1..)
        .map(|(message, in_seq)| message.encode(in_seq))
        .collect()
}

/// The generated flow `profile` of `venue` (`flowgen`), numbered from 1.
///
/// # Panics
/// When the venue cannot carry the profile: a test asks for flows its venue fits.
pub fn flow(venue: &VenueConfig, profile: Profile, seed: u64, messages: usize) -> Vec<OrderRecord> {
    let generated = flowgen::generate(venue, profile, seed, messages)
        .unwrap_or_else(|e| panic!("the {profile:?} flow of this venue: {e}"));
    numbered(&generated)
}

/// The venue's control records, then `flow`: one stream, as a card receives it from power-on.
pub fn with_configuration(venue: &VenueConfig, flow: &[OrderRecord]) -> Vec<OrderRecord> {
    let mut records = venue.control_records();
    records.extend_from_slice(flow);
    records
}

/// `reports` without the cycle stamp only a card sets, for comparison with engine-sw.
pub fn unstamped(reports: &[ReportRecord]) -> Vec<ReportRecord> {
    reports
        .iter()
        .map(|report| report.without_stamp())
        .collect()
}

/// The CSV rows of `reports` (`reports.csv` without its header), without their newlines.
pub fn rows_of(reports: &[ReportRecord]) -> Vec<String> {
    let mut text = String::new();
    reports
        .iter()
        .map(|report| {
            text.clear();
            write_report_row(report, &mut text);
            text.trim_end().to_owned()
        })
        .collect()
}

/// Every record through `backend`, then a flush; a backend that stopped is an error naming
/// its fault.
pub fn run_to_end(
    backend: &mut dyn Backend,
    records: &[OrderRecord],
) -> Result<Vec<ReportRecord>, String> {
    let reports = backend.run_all(records);
    match backend.fault() {
        Some(fault) => Err(format!("backend `{}` stopped: {fault}", backend.name())),
        None => Ok(reports),
    }
}

/// How many reports around the first difference a failure shows.
const CONTEXT_REPORTS: usize = 3;

/// `Ok` when `got` (from the backend called `name`) is `expected` report for report, the
/// cycle stamp aside; otherwise a message with the first difference, its `in_seq`, and the
/// reports around it as CSV rows and, where the rows agree, the fields beyond them.
pub fn compare_reports(
    name: &str,
    got: &[ReportRecord],
    expected: &[ReportRecord],
) -> Result<(), String> {
    let got = unstamped(got);
    let expected = unstamped(expected);
    let Some(first) = (0..got.len().max(expected.len())).find(|&i| got.get(i) != expected.get(i))
    else {
        return Ok(());
    };
    let in_seq = expected
        .get(first)
        .or(got.get(first))
        .map_or(0, |report| report.in_seq.get());
    let mut message = format!(
        "{name} and the reference part at report {} (in_seq {in_seq}); {} reports from the \
         reference, {} from {name}; `>` marks the reports that differ",
        first + 1,
        expected.len(),
        got.len()
    );
    let from = first.saturating_sub(CONTEXT_REPORTS);
    let to = first + CONTEXT_REPORTS + 1;
    for (title, reports, other) in [("reference", &expected, &got), (name, &got, &expected)] {
        let _ = write!(message, "\n  {title}:");
        let shown = &reports[from.min(reports.len())..to.min(reports.len())];
        if shown.is_empty() {
            message.push_str(" (no reports here)");
        }
        for (offset, (report, row)) in shown.iter().zip(rows_of(shown)).enumerate() {
            let mark = if other.get(from + offset) == Some(report) {
                ' '
            } else {
                '>'
            };
            let _ = write!(message, "\n  {mark} {}: {row}", from + offset + 1);
        }
    }
    if let (Some(a), Some(b)) = (expected.get(first), got.get(first)) {
        if rows_of(&[*a]) == rows_of(&[*b]) {
            let _ = write!(
                message,
                "\n  the rows agree; the records differ beyond them:\n  reference: {a:?}\n  {name}: {b:?}"
            );
        }
    }
    Err(message)
}

/// As [`compare_reports`], failing the test.
#[track_caller]
pub fn assert_same_reports(name: &str, got: &[ReportRecord], expected: &[ReportRecord]) {
    if let Err(message) = compare_reports(name, got, expected) {
        panic!("{message}");
    }
}

/// One flow checked on several backends against a reference: every backend gets the same
/// records, and every difference found is reported together.
pub struct Comparison {
    expected: Vec<ReportRecord>,
    failures: Vec<String>,
}

impl Comparison {
    /// Runs `records` on `reference` (engine-sw, by the workspace's convention).
    ///
    /// # Panics
    /// When the reference itself stops.
    pub fn new(reference: &mut dyn Backend, records: &[OrderRecord]) -> Comparison {
        let expected = run_to_end(reference, records).unwrap_or_else(|e| panic!("{e}"));
        Comparison {
            expected,
            failures: Vec::new(),
        }
    }

    /// The reference's reports.
    pub fn expected(&self) -> &[ReportRecord] {
        &self.expected
    }

    /// Runs `records` (the same as the reference's) on `backend` and notes any difference.
    /// Returns the backend's reports.
    pub fn check(
        &mut self,
        backend: &mut dyn Backend,
        records: &[OrderRecord],
    ) -> Vec<ReportRecord> {
        let name = backend.name();
        match run_to_end(backend, records) {
            Ok(reports) => {
                if let Err(e) = compare_reports(name, &reports, &self.expected) {
                    self.failures.push(e);
                }
                reports
            }
            Err(e) => {
                self.failures.push(e);
                Vec::new()
            }
        }
    }

    /// Fails the test with every difference noted, if there is one.
    #[track_caller]
    pub fn finish(self) {
        assert!(
            self.failures.is_empty(),
            "{} backend(s) differ from the reference:\n\n{}",
            self.failures.len(),
            self.failures.join("\n\n")
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gatebook_wire::le::U64;

    fn ack(in_seq: u64, cl_ord_id: u64) -> ReportRecord {
        ReportRecord {
            in_seq: U64::new(in_seq),
            cl_ord_id: U64::new(cl_ord_id),
            ..ReportRecord::default()
        }
    }

    #[test]
    fn equal_streams_compare_equal_whatever_their_stamps() {
        let a = vec![ack(1, 10), ack(2, 20)];
        let mut b = a.clone();
        b[1].egress_cycle = U64::new(99);
        assert_eq!(compare_reports("card", &b, &a), Ok(()));
    }

    #[test]
    fn the_first_difference_is_named_with_its_in_seq() {
        let expected = vec![ack(1, 10), ack(2, 20), ack(3, 30)];
        let got = vec![ack(1, 10), ack(2, 21), ack(3, 30)];
        let message = compare_reports("card", &got, &expected).unwrap_err();
        assert!(message.contains("part at report 2 (in_seq 2)"), "{message}");
        assert!(message.contains("> 2:"), "{message}");
    }

    #[test]
    fn a_missing_report_is_a_difference() {
        let expected = vec![ack(1, 10), ack(2, 20)];
        let message = compare_reports("card", &expected[..1], &expected).unwrap_err();
        assert!(
            message.contains("2 reports from the reference, 1 from card"),
            "{message}"
        );
    }

    #[test]
    fn every_scenario_file_reads() {
        let files = scenario::all().unwrap();
        assert!(!files.is_empty());
        for path in files {
            scenario::load(&path).unwrap_or_else(|e| panic!("{e}"));
        }
    }
}
