use crate::backends::{open_backend, BackendKind};
use crate::error::CliError;
use crate::io::{load_venue, read_text};
use gatebook_formats::{write_report_row, OrderLines};
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
}

fn parse_backends(text: &str) -> Result<(BackendKind, BackendKind), CliError> {
    let names: Vec<&str> = text.split(',').collect();
    let kinds: Option<Vec<BackendKind>> = names.iter().map(|n| BackendKind::parse(n)).collect();
    match kinds.as_deref() {
        Some([a, b]) => Ok((*a, *b)),
        _ => Err(CliError::Usage(format!(
            "--backends takes two of sw, sim, card-sim, vfio separated by a comma, got `{text}`"
        ))),
    }
}

/// Runs one backend over the whole flow: one report row per entry, with its `in_seq`.
fn run_backend(
    kind: BackendKind,
    venue: &VenueConfig,
    records: &[OrderRecord],
) -> Result<Vec<(u64, String)>, CliError> {
    let mut backend = open_backend(kind, venue)?;
    let mut rows = Vec::new();
    let mut reports = Vec::new();
    for record in records {
        reports.clear();
        backend.process(record, &mut reports);
        for report in &reports {
            let mut row = String::new();
            write_report_row(report, &mut row);
            row.pop();
            rows.push((report.in_seq.get(), row));
        }
    }
    Ok(rows)
}

pub fn run(args: &CrosscheckArgs) -> Result<(), CliError> {
    let (first, second) = parse_backends(&args.backends)?;
    let venue = load_venue(args.config.as_deref())?;
    let text = read_text(&args.input)?;
    let name = args.input.display().to_string();
    let records = OrderLines::new(&text, &name)
        .map(|item| item.map(|(_, record)| record))
        .collect::<Result<Vec<_>, _>>()?;
    let a = run_backend(first, &venue, &records)?;
    let b = run_backend(second, &venue, &records)?;
    let rows = a.len().max(b.len());
    for i in 0..rows {
        let (left, right) = (a.get(i), b.get(i));
        if left.map(|r| &r.1) != right.map(|r| &r.1) {
            let in_seq = left.or(right).map_or(0, |r| r.0);
            let show =
                |row: Option<&(u64, String)>| row.map_or("<no row>".to_owned(), |r| r.1.clone());
            println!(
                "first difference at report row {} (in_seq {in_seq}):",
                i + 1
            );
            println!("  {}: {}", first.name(), show(left));
            println!("  {}: {}", second.name(), show(right));
            return Err(CliError::Difference(format!(
                "{} and {} differ from in_seq {in_seq}",
                first.name(),
                second.name()
            )));
        }
    }
    println!(
        "identical: {} messages, {} reports from {} and {}",
        records.len(),
        rows,
        first.name(),
        second.name()
    );
    Ok(())
}
