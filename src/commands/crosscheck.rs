use crate::backends::{open_backend, BackendKind};
use crate::error::CliError;
use crate::io::{check_distinct_files, io_error, load_venue, say, FlowInput};
use gatebook_formats::{format_order_row, write_report_row, InputError, ORDERS_HEADER};
use gatebook_wire::{Backend, FlowItem, OrderRecord, ReportRecord, VenueConfig};
use std::collections::VecDeque;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub struct CrosscheckArgs {
    /// Order flow (orders.csv; `-` for standard input).
    #[arg(long)]
    input: PathBuf,
    /// Venue configuration (default: the embedded venue).
    #[arg(long)]
    config: Option<PathBuf>,
    /// The two backends to compare, comma-separated.
    #[arg(long, default_value = "sw,sim")]
    backends: String,
    /// With `vfio` among the backends: the card's PCI address (e.g. 0000:03:00.0).
    #[arg(long)]
    device: Option<String>,
    /// Where to write, on a difference, the shortest input prefix that shows it.
    #[arg(long, default_value = "crosscheck-prefix.csv")]
    prefix_out: PathBuf,
}

fn parse_backends(text: &str) -> Result<(BackendKind, BackendKind), CliError> {
    let names: Vec<&str> = text.split(',').collect();
    let kinds: Option<Vec<BackendKind>> = names.iter().map(|n| BackendKind::parse(n)).collect();
    match kinds.as_deref() {
        Some([a, b]) => Ok((*a, *b)),
        _ => Err(CliError::Usage(format!(
            "--backends takes two of sw, sim, card-sim, vfio, loopback separated by a comma, got `{text}`"
        ))),
    }
}

/// A report row (`reports.csv` without the newline) with the `in_seq` it answers.
type Row = (u64, String);

/// The report rows one backend has produced and the other has not yet matched. Both streams
/// are compared as they come, so memory holds only the lag between the two backends, never
/// the whole run.
struct Pending {
    backend: Box<dyn Backend>,
    name: &'static str,
    rows: VecDeque<Row>,
    scratch: Vec<ReportRecord>,
    fault_said: bool,
}

impl Pending {
    fn open(
        kind: BackendKind,
        venue: &VenueConfig,
        device: Option<&str>,
    ) -> Result<Pending, CliError> {
        let device = device.filter(|_| kind == BackendKind::Vfio);
        Ok(Pending {
            backend: open_backend(kind, venue, device)?,
            name: kind.name(),
            rows: VecDeque::new(),
            scratch: Vec::new(),
            fault_said: false,
        })
    }

    /// Takes the reports the backend appended to `scratch` as rows.
    fn take_rows(&mut self) {
        for report in self.scratch.drain(..) {
            let mut row = String::new();
            write_report_row(&report, &mut row);
            row.pop();
            self.rows.push_back((report.in_seq.get(), row));
        }
        if let (Some(fault), false) = (self.backend.fault(), self.fault_said) {
            // The rows so far are compared; a stopped backend shows as missing rows after them.
            eprintln!("gatebook: backend `{}` stopped: {fault}", self.name);
            self.fault_said = true;
        }
    }

    fn process(&mut self, record: &OrderRecord) {
        self.backend.process(record, &mut self.scratch);
        self.take_rows();
    }

    fn flush(&mut self) {
        self.backend.flush(&mut self.scratch);
        self.take_rows();
    }
}

/// A pair of rows that differ (`None`: that backend has no row there).
type Difference = (Option<Row>, Option<Row>);

/// Drops the rows both backends agree on, counting them in `agreed`; returns the first pair
/// that differs, if any. Once `ended` (both flushed), a row one side has and the other lacks
/// is a difference too.
fn settle(
    a: &mut VecDeque<Row>,
    b: &mut VecDeque<Row>,
    agreed: &mut u64,
    ended: bool,
) -> Option<Difference> {
    loop {
        match (a.front(), b.front()) {
            (Some(left), Some(right)) if left.1 == right.1 => {
                a.pop_front();
                b.pop_front();
                *agreed += 1;
            }
            (Some(_), Some(_)) => return Some((a.pop_front(), b.pop_front())),
            (None, None) => return None,
            _ if ended => return Some((a.pop_front(), b.pop_front())),
            _ => return None,
        }
    }
}

pub fn run(args: &CrosscheckArgs) -> Result<(), CliError> {
    let (first, second) = parse_backends(&args.backends)?;
    if args.device.is_some() && first != BackendKind::Vfio && second != BackendKind::Vfio {
        return Err(CliError::Usage(
            "--device needs vfio among --backends".into(),
        ));
    }
    check_distinct_files(
        &[
            ("--input", Some(args.input.as_path())),
            ("--config", args.config.as_deref()),
        ],
        &[("--prefix-out", Some(args.prefix_out.as_path()))],
    )?;
    let venue = load_venue(args.config.as_deref())?;
    let name = args.input.display().to_string();
    let mut a = Pending::open(first, &venue, args.device.as_deref())?;
    let mut b = Pending::open(second, &venue, args.device.as_deref())?;
    // Standard input cannot be read twice: its messages are kept on disk, beside the prefix
    // file, in case a difference needs them.
    let mut spool = match args.input.as_os_str() == "-" {
        true => Some(Spool::create(&args.prefix_out)?),
        false => None,
    };
    let mut in_seq = 0u64;
    let mut agreed = 0u64;
    let mut difference = None;
    for item in FlowInput::open(&args.input, &name)? {
        let (line, item) = item?;
        let FlowItem::Message(message) = item else {
            return Err(CliError::Input(InputError::new(
                &name,
                line,
                "action",
                "MARK rows feed the margin engine, which `crosscheck` does not run: replay them \
                 with `gatebook replay --margin`",
            )));
        };
        in_seq += 1;
        if let Some(spool) = spool.as_mut() {
            spool.write(&format_order_row(&message))?;
        }
        let record = message.encode(in_seq);
        a.process(&record);
        b.process(&record);
        difference = settle(&mut a.rows, &mut b.rows, &mut agreed, false);
        if difference.is_some() {
            break;
        }
    }
    if difference.is_none() {
        a.flush();
        b.flush();
        difference = settle(&mut a.rows, &mut b.rows, &mut agreed, true);
    }
    if let Some((left, right)) = difference {
        let at = left.as_ref().or(right.as_ref()).map_or(0, |row| row.0);
        let show = |row: &Option<Row>| row.as_ref().map_or("<no row>".to_owned(), |r| r.1.clone());
        match spool.take() {
            Some(spool) => spool.keep_prefix(at)?,
            None => write_prefix(&args.input, &name, &args.prefix_out, at)?,
        }
        say(&format!(
            "first difference at report row {} (in_seq {at}):\n  {}: {}\n  {}: {}\n\
             input prefix up to in_seq {at} written to {}\n",
            agreed + 1,
            first.name(),
            show(&left),
            second.name(),
            show(&right),
            args.prefix_out.display()
        ))?;
        return Err(CliError::Difference(format!(
            "{} and {} differ from in_seq {at}",
            first.name(),
            second.name()
        )));
    }
    if let Some(spool) = spool {
        spool.discard();
    }
    say(&format!(
        "identical: {in_seq} messages, {agreed} reports from {} and {}\n",
        first.name(),
        second.name()
    ))?;
    Ok(())
}

/// The messages of standard input, one orders.csv row each, kept on disk while they stream.
struct Spool {
    path: PathBuf,
    prefix_out: PathBuf,
    out: std::io::BufWriter<std::fs::File>,
}

impl Spool {
    fn create(prefix_out: &Path) -> Result<Spool, CliError> {
        let mut path = prefix_out.as_os_str().to_owned();
        path.push(".input");
        let path = PathBuf::from(path);
        let file = std::fs::File::create(&path).map_err(io_error(&path))?;
        let mut out = std::io::BufWriter::new(file);
        writeln!(out, "{ORDERS_HEADER}").map_err(io_error(&path))?;
        Ok(Spool {
            path,
            prefix_out: prefix_out.to_owned(),
            out,
        })
    }

    fn write(&mut self, row: &str) -> Result<(), CliError> {
        writeln!(self.out, "{row}").map_err(io_error(&self.path))
    }

    /// Writes the prefix file from the kept messages, then removes them.
    fn keep_prefix(mut self, in_seq: u64) -> Result<(), CliError> {
        self.out.flush().map_err(io_error(&self.path))?;
        let shown = self.path.display().to_string();
        let written = write_prefix(&self.path, &shown, &self.prefix_out, in_seq);
        self.discard();
        written
    }

    fn discard(self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Writes the header and the rows of messages `1..=in_seq`, read again from `input`: reports
/// of a message depend only on the messages before it, so this is the shortest prefix that
/// shows the difference. Rows are written in their canonical form, comments left out.
fn write_prefix(input: &Path, name: &str, prefix_out: &Path, in_seq: u64) -> Result<(), CliError> {
    let file = std::fs::File::create(prefix_out).map_err(io_error(prefix_out))?;
    let mut out = std::io::BufWriter::new(file);
    let fail = io_error(prefix_out);
    writeln!(out, "{ORDERS_HEADER}").map_err(&fail)?;
    let mut written = 0;
    for item in FlowInput::open(input, name)? {
        if written == in_seq {
            break;
        }
        if let (_, FlowItem::Message(message)) = item? {
            writeln!(out, "{}", format_order_row(&message)).map_err(&fail)?;
            written += 1;
        }
    }
    out.flush().map_err(&fail)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(list: &[(u64, &str)]) -> VecDeque<Row> {
        list.iter().map(|(s, r)| (*s, r.to_string())).collect()
    }

    #[test]
    fn agreeing_rows_are_dropped_and_the_first_difference_is_returned() {
        let mut agreed = 0;
        let (mut a, mut b) = (rows(&[(1, "1,ACK"), (2, "2,ACK")]), rows(&[(1, "1,ACK")]));
        assert_eq!(settle(&mut a, &mut b, &mut agreed, false), None);
        assert_eq!(
            (agreed, a.len(), b.len()),
            (1, 1, 0),
            "the lagging side may catch up"
        );
        b.push_back((2, "2,REJECT".into()));
        let (left, right) = settle(&mut a, &mut b, &mut agreed, false).unwrap();
        assert_eq!(
            (left.unwrap().1, right.unwrap().1),
            ("2,ACK".into(), "2,REJECT".into())
        );
    }

    #[test]
    fn at_the_end_a_missing_row_is_a_difference() {
        let mut agreed = 0;
        let (mut a, mut b) = (rows(&[(1, "1,ACK"), (2, "2,ACK")]), rows(&[(1, "1,ACK")]));
        let (left, right) = settle(&mut a, &mut b, &mut agreed, true).unwrap();
        assert_eq!((left.map(|r| r.0), right), (Some(2), None));
        assert_eq!(agreed, 1);
    }

    #[test]
    fn the_prefix_keeps_the_messages_up_to_the_one_asked() {
        let dir = std::env::temp_dir().join(format!("gatebook-prefix-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let input = dir.join("in.csv");
        std::fs::write(
            &input,
            format!("# flow\n{ORDERS_HEADER}\nREF,,0,,,,,1500,,\r\n\nKILL,1,,,,,,,,\nENABLE,1,,,,,,,,\n"),
        )
        .unwrap();
        let out = dir.join("prefix.csv");
        write_prefix(&input, "in.csv", &out, 2).unwrap();
        let written = std::fs::read_to_string(&out).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        let mut lines = written.lines();
        assert_eq!(lines.next(), Some(ORDERS_HEADER));
        assert_eq!(lines.count(), 2, "{written}");
    }

    #[test]
    fn standard_input_is_spooled_to_disk_and_only_the_prefix_is_kept() {
        let dir = std::env::temp_dir().join(format!("gatebook-spool-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let out = dir.join("prefix.csv");
        let mut spool = Spool::create(&out).unwrap();
        let kept = spool.path.clone();
        for row in ["REF,,0,,,,,1500,,", "KILL,1,,,,,,,,", "ENABLE,1,,,,,,,,"] {
            spool.write(row).unwrap();
        }
        spool.keep_prefix(2).unwrap();
        let written = std::fs::read_to_string(&out).unwrap();
        assert!(!kept.exists(), "the spooled input is removed");
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(
            written,
            format!("{ORDERS_HEADER}\nREF,,0,,,,,1500,,\nKILL,1,,,,,,,,\n")
        );
    }
}
