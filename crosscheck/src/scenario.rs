//! The spec scenario files (`crosscheck/scenarios/`, whose README.md describes the format):
//! listing the directory, reading a file, and comparing a backend's report rows with the
//! file's. engine-sw's tests run them to inspect the state they leave; the workspace's
//! `tests/scenarios.rs` runs every file on every backend.

use gatebook_formats::{parse_venue, OrderLines, ORDERS_HEADER};
use gatebook_wire::{OrderRecord, VenueConfig};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The directory of the scenario files, the one place the expected rows are written.
pub const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios");
/// How the directory is named in messages (relative to the workspace).
pub const SHOWN_DIR: &str = "crosscheck/scenarios";
/// The venue of the scenarios without a `[venue]` section: accounts 1-3 are ordinary (3 has
/// STP off), 4 is configured disabled, 5 has little headroom, 6 has tight limits.
/// Instruments 0 and 1 share the window 1000..1099, reference 1050, collar 20.
pub const VENUE_TOML: &str = include_str!("../scenarios/venue.toml");
/// The extension of a scenario file.
pub const EXTENSION: &str = "scenario";
/// The venue of a scenario without a `[venue]` section, in the same directory.
pub const DEFAULT_VENUE: &str = "venue.toml";
/// The other files the directory may hold.
const NOT_SCENARIOS: [&str; 2] = [DEFAULT_VENUE, "README.md"];
/// Columns of a report row.
const REPORT_COLUMNS: usize = 12;

/// One scenario file, read and checked.
pub struct Scenario {
    /// The file as named in messages: `crosscheck/scenarios/<name>.scenario`.
    pub shown: String,
    /// The venue of its `[venue]` section, or of the directory's `venue.toml`.
    pub venue: VenueConfig,
    /// The order records, `in_seq` 1, 2, ..., with the line of the file each came from.
    pub orders: Vec<(usize, OrderRecord)>,
    /// The expected report rows, without their newlines.
    pub reports: Vec<String>,
    /// The line of the `[reports]` marker.
    pub reports_line: usize,
}

impl Scenario {
    /// The order records alone.
    pub fn records(&self) -> Vec<OrderRecord> {
        self.orders.iter().map(|(_, record)| *record).collect()
    }
}

/// The scenario files of `dir`, sorted by name. Any file that is neither a scenario nor one
/// of the directory's other files is an error, so a misnamed scenario is not skipped quietly.
pub fn list(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        if path.extension().is_some_and(|e| e == EXTENSION) && path.is_file() {
            files.push(path);
        } else if !NOT_SCENARIOS.contains(&name.as_str()) {
            return Err(format!(
                "{SHOWN_DIR}/{name}: not a scenario (their names end in .{EXTENSION}); \
                 the directory holds only scenarios, {DEFAULT_VENUE} and README.md"
            ));
        }
    }
    files.sort();
    Ok(files)
}

/// Every scenario file of [`DIR`], sorted by name.
pub fn all() -> Result<Vec<PathBuf>, String> {
    list(Path::new(DIR))
}

/// Reads the scenario `name` (without its extension) of [`DIR`].
pub fn named(name: &str) -> Result<Scenario, String> {
    load_named(Path::new(DIR), name)
}

/// Reads the scenario `name` (without its extension) of `dir`.
pub fn load_named(dir: &Path, name: &str) -> Result<Scenario, String> {
    load(&dir.join(format!("{name}.{EXTENSION}")))
}

/// Reads and checks a scenario file; a scenario without a `[venue]` section runs on the
/// directory's `venue.toml`.
pub fn load(path: &Path) -> Result<Scenario, String> {
    let file_name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let shown = format!("{SHOWN_DIR}/{file_name}");
    let text = std::fs::read_to_string(path).map_err(|e| format!("{shown}: {e}"))?;
    let mut parsed = parse(&text, &shown)?;
    let venue = match parsed.venue.take() {
        Some(venue) => parse_venue(&venue, &shown).map_err(|e| e.to_string())?,
        None => {
            let default = path.with_file_name(DEFAULT_VENUE);
            let shown_default = format!("{SHOWN_DIR}/{DEFAULT_VENUE}");
            let text = std::fs::read_to_string(&default)
                .map_err(|e| format!("{shown_default} (the venue of {shown}): {e}"))?;
            parse_venue(&text, &shown_default).map_err(|e| e.to_string())?
        }
    };
    let orders = OrderLines::new(&parsed.orders, &shown)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| e.to_string())?;
    if orders.is_empty() {
        return Err(format!(
            "{shown}:{}: the [orders] section has no orders",
            parsed.orders_line
        ));
    }
    Ok(Scenario {
        shown,
        venue,
        orders,
        reports: parsed.reports,
        reports_line: parsed.reports_line,
    })
}

/// The sections of a file, split. `venue` and `orders` keep the file's line numbers (other
/// lines are left blank) so that errors in them name the line of the file.
struct Sections {
    venue: Option<String>,
    orders: String,
    orders_line: usize,
    reports: Vec<String>,
    reports_line: usize,
}

#[derive(Clone, Copy, PartialEq)]
enum Section {
    Preamble,
    Venue,
    Orders,
    Reports,
}

fn parse(text: &str, shown: &str) -> Result<Sections, String> {
    let order = "the sections are [venue] (optional), [orders], [reports], in this order";
    let mut section = Section::Preamble;
    let (mut venue, mut venue_line) = (String::new(), 0);
    let (mut orders, mut orders_line) = (String::new(), 0);
    let (mut reports, mut reports_line) = (Vec::new(), 0);
    for (index, raw) in text.lines().enumerate() {
        let line_no = index + 1;
        let line = raw.trim();
        let skipped = line.is_empty() || line.starts_with('#');
        let marker = match line {
            "[venue]" => Some(Section::Venue),
            "[orders]" => Some(Section::Orders),
            "[reports]" => Some(Section::Reports),
            _ => None,
        };
        match marker {
            Some(next) => {
                let allowed = match next {
                    Section::Venue => section == Section::Preamble,
                    Section::Orders => matches!(section, Section::Preamble | Section::Venue),
                    _ => section == Section::Orders,
                };
                if !allowed {
                    return Err(format!("{shown}:{line_no}: `{line}` out of place: {order}"));
                }
                section = next;
                match next {
                    Section::Venue => venue_line = line_no,
                    Section::Orders => {
                        orders.push_str(ORDERS_HEADER);
                        orders_line = line_no;
                    }
                    _ => reports_line = line_no,
                }
            }
            None => match section {
                Section::Preamble if !skipped => {
                    return Err(format!(
                        "{shown}:{line_no}: only comments come before the first section ({order})"
                    ));
                }
                Section::Venue => venue.push_str(raw),
                Section::Orders => orders.push_str(raw),
                Section::Reports if !skipped => {
                    let columns = line.split(',').count();
                    if columns != REPORT_COLUMNS {
                        return Err(format!(
                            "{shown}:{line_no}: a report row has {REPORT_COLUMNS} \
                             comma-separated fields, this one {columns}: `{line}`"
                        ));
                    }
                    reports.push(line.to_owned());
                }
                _ => {}
            },
        }
        // Every line of the file is one line of the venue and of the orders text.
        venue.push('\n');
        orders.push('\n');
    }
    if orders_line == 0 {
        return Err(format!("{shown}: no [orders] section ({order})"));
    }
    if reports_line == 0 {
        return Err(format!(
            "{shown}: no [reports] section (an empty one says the orders give no rows)"
        ));
    }
    Ok(Sections {
        venue: (venue_line > 0).then_some(venue),
        orders,
        orders_line,
        reports,
        reports_line,
    })
}

/// `Ok` when `backend`'s rows are exactly the file's; otherwise a message naming the file
/// and the backend, with both row lists.
pub fn compare(scenario: &Scenario, backend: &str, got: &[String]) -> Result<(), String> {
    let expected = &scenario.reports;
    let Some(first) = (0..expected.len().max(got.len())).find(|&i| expected.get(i) != got.get(i))
    else {
        return Ok(());
    };
    let mut message = format!(
        "{}: {backend} gives other rows than the file's [reports] at line {}: first \
         difference at row {}; {} rows expected, {} given; `>` marks the rows that differ",
        scenario.shown,
        scenario.reports_line,
        first + 1,
        expected.len(),
        got.len()
    );
    for (title, rows, other) in [
        ("the file's [reports]", expected.as_slice(), got),
        (backend, got, expected.as_slice()),
    ] {
        let _ = write!(message, "\n  {title}:");
        if rows.is_empty() {
            message.push_str(" (no rows)");
        }
        for (i, row) in rows.iter().enumerate() {
            let mark = if other.get(i) == Some(row) { ' ' } else { '>' };
            let _ = write!(message, "\n  {mark} {row}");
        }
    }
    Err(message)
}
