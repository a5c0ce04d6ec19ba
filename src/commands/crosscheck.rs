use crate::backends::{open_backend, BackendKind};
use crate::error::CliError;
use crate::io::{load_venue, read_text, say};
use gatebook_formats::{write_report_row, OrderLines, ORDERS_HEADER};
use gatebook_wire::{OrderRecord, VenueConfig};
use std::path::PathBuf;

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

/// Runs one backend over the whole flow: one report row per entry, with its `in_seq`.
fn run_backend(
    kind: BackendKind,
    venue: &VenueConfig,
    records: &[OrderRecord],
    device: Option<&str>,
) -> Result<Vec<(u64, String)>, CliError> {
    let device = device.filter(|_| kind == BackendKind::Vfio);
    let mut backend = open_backend(kind, venue, device)?;
    let mut rows = Vec::new();
    for report in &backend.run_all(records) {
        let mut row = String::new();
        write_report_row(report, &mut row);
        row.pop();
        rows.push((report.in_seq.get(), row));
    }
    if let Some(fault) = backend.fault() {
        // The rows so far are compared; a stopped backend shows as missing rows after them.
        eprintln!("gatebook: backend `{}` stopped: {fault}", kind.name());
    }
    Ok(rows)
}

pub fn run(args: &CrosscheckArgs) -> Result<(), CliError> {
    let (first, second) = parse_backends(&args.backends)?;
    if args.device.is_some() && first != BackendKind::Vfio && second != BackendKind::Vfio {
        return Err(CliError::Usage(
            "--device needs vfio among --backends".into(),
        ));
    }
    let venue = load_venue(args.config.as_deref())?;
    let text = read_text(&args.input)?;
    let name = args.input.display().to_string();
    let numbered = OrderLines::new(&text, &name).collect::<Result<Vec<_>, _>>()?;
    let records: Vec<OrderRecord> = numbered.iter().map(|(_, record)| *record).collect();
    let a = run_backend(first, &venue, &records, args.device.as_deref())?;
    let b = run_backend(second, &venue, &records, args.device.as_deref())?;
    if let Some(i) = first_difference(&a, &b) {
        let (left, right) = (a.get(i), b.get(i));
        let in_seq = left.or(right).map_or(0, |r| r.0);
        let show = |row: Option<&(u64, String)>| row.map_or("<no row>".to_owned(), |r| r.1.clone());
        write_prefix(&args.prefix_out, &text, &numbered, in_seq)?;
        say(&format!(
            "first difference at report row {} (in_seq {in_seq}):\n  {}: {}\n  {}: {}\n\
             input prefix up to in_seq {in_seq} written to {}\n",
            i + 1,
            first.name(),
            show(left),
            second.name(),
            show(right),
            args.prefix_out.display()
        ))?;
        return Err(CliError::Difference(format!(
            "{} and {} differ from in_seq {in_seq}",
            first.name(),
            second.name()
        )));
    }
    let rows = a.len();
    say(&format!(
        "identical: {} messages, {} reports from {} and {}\n",
        records.len(),
        rows,
        first.name(),
        second.name()
    ))?;
    Ok(())
}

/// Writes the header and the data lines of messages `1..=in_seq`: reports of a message depend
/// only on the messages before it, so this is the shortest prefix that shows the difference.
fn write_prefix(
    path: &std::path::Path,
    text: &str,
    numbered: &[(usize, OrderRecord)],
    in_seq: u64,
) -> Result<(), CliError> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::from(ORDERS_HEADER);
    out.push('\n');
    for (line, record) in numbered {
        if record.in_seq.get() > in_seq {
            break;
        }
        let row = lines[line - 1];
        out.push_str(row.strip_suffix('\r').unwrap_or(row));
        out.push('\n');
    }
    std::fs::write(path, out).map_err(|error| CliError::Io {
        path: path.display().to_string(),
        error,
    })
}

/// Index of the first report row where the two runs differ (a missing row counts).
fn first_difference(a: &[(u64, String)], b: &[(u64, String)]) -> Option<usize> {
    (0..a.len().max(b.len())).find(|&i| a.get(i).map(|r| &r.1) != b.get(i).map(|r| &r.1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(list: &[(u64, &str)]) -> Vec<(u64, String)> {
        list.iter().map(|(s, r)| (*s, r.to_string())).collect()
    }

    #[test]
    fn finds_the_first_differing_or_missing_row() {
        let a = rows(&[(1, "1,ACK"), (2, "2,ACK"), (2, "2,FILL")]);
        assert_eq!(first_difference(&a, &a), None);
        let b = rows(&[(1, "1,ACK"), (2, "2,REJECT")]);
        assert_eq!(first_difference(&a, &b), Some(1));
        let c = rows(&[(1, "1,ACK"), (2, "2,ACK")]);
        assert_eq!(first_difference(&a, &c), Some(2));
    }

    #[test]
    fn the_prefix_keeps_the_data_lines_up_to_the_message() {
        let text = format!(
            "# flow\n{ORDERS_HEADER}\nREF,,0,,,,,1500,,\r\n\nKILL,1,,,,,,,,\nENABLE,1,,,,,,,,\n"
        );
        let numbered: Vec<_> = OrderLines::new(&text, "f").map(|r| r.unwrap()).collect();
        let dir = std::env::temp_dir().join(format!("gatebook-prefix-{}", std::process::id()));
        write_prefix(&dir, &text, &numbered, 2).unwrap();
        let written = std::fs::read_to_string(&dir).unwrap();
        std::fs::remove_file(&dir).unwrap();
        assert_eq!(
            written,
            format!("{ORDERS_HEADER}\nREF,,0,,,,,1500,,\nKILL,1,,,,,,,,\n")
        );
    }
}
