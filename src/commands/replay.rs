use crate::backends::{open_backend, BackendKind};
use crate::error::CliError;
use crate::io::{create_output, load_venue, read_text, write_error};
use gatebook_formats::{write_report_row, OrderLines, REPORTS_HEADER};
use gatebook_wire::{Event, Reason};
use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

#[derive(clap::Args)]
pub struct ReplayArgs {
    /// Order flow (orders.csv; `-` for standard input).
    #[arg(long)]
    input: PathBuf,
    /// Report file (default: standard output).
    #[arg(long)]
    output: Option<PathBuf>,
    /// Which engine runs the flow.
    #[arg(long, value_enum, default_value = "sw")]
    backend: BackendKind,
    /// Venue configuration (default: the embedded venue).
    #[arg(long)]
    config: Option<PathBuf>,
    /// Print message, report and throughput figures to standard error.
    #[arg(long)]
    stats: bool,
    /// Also write the top `--depth` levels of `--book-instrument` after every message, in
    /// LOBSTER's orderbook layout (ask price, ask size, bid price, bid size, ...).
    #[arg(long)]
    book_out: Option<PathBuf>,
    /// Levels per side in `--book-out`.
    #[arg(long, default_value_t = 10)]
    depth: usize,
    /// Instrument of `--book-out`.
    #[arg(long, default_value_t = 0)]
    book_instrument: u16,
}

/// Counts of what a replay produced.
#[derive(Default)]
struct Tally {
    messages: u64,
    reports: u64,
    by_event: [u64; 7],
    by_reason: [u64; 22],
}

pub fn run(args: &ReplayArgs) -> Result<(), CliError> {
    let venue = load_venue(args.config.as_deref())?;
    let text = read_text(&args.input)?;
    let input_name = args.input.display().to_string();
    let mut backend = open_backend(args.backend, &venue)?;
    let mut book_engine = match &args.book_out {
        Some(_) if args.backend != BackendKind::Sw => {
            return Err(CliError::Usage("--book-out needs --backend sw".into()))
        }
        Some(_) => Some(
            engine_sw::Engine::new(&venue)
                .map_err(|e| CliError::Usage(format!("venue configuration: {e}")))?,
        ),
        None => None,
    };
    let mut out = create_output(args.output.as_deref())?;
    let fail = write_error(args.output.as_deref());
    let mut book_out = args
        .book_out
        .as_deref()
        .map(|p| create_output(Some(p)))
        .transpose()?;
    let book_fail = write_error(args.book_out.as_deref());
    writeln!(out, "{REPORTS_HEADER}").map_err(&fail)?;
    let mut tally = Tally::default();
    let mut reports = Vec::with_capacity(1024);
    let mut row = String::with_capacity(1 << 16);
    let started = Instant::now();
    let mut input_error = None;
    for item in OrderLines::new(&text, &input_name) {
        let record = match item {
            Ok((_, record)) => record,
            Err(e) => {
                input_error = Some(e);
                break;
            }
        };
        reports.clear();
        match book_engine.as_mut() {
            // With a book file the engine is driven directly so its book can be read.
            Some(engine) => engine.process(&record, &mut reports),
            None => backend.process(&record, &mut reports),
        }
        tally.messages += 1;
        for report in &reports {
            tally.reports += 1;
            tally.by_event[usize::from(report.event).min(6)] += 1;
            tally.by_reason[usize::from(report.reason).min(21)] += 1;
            write_report_row(report, &mut row);
        }
        if row.len() > 1 << 15 {
            out.write_all(row.as_bytes()).map_err(&fail)?;
            row.clear();
        }
        if let (Some(engine), Some(book)) = (book_engine.as_ref(), book_out.as_mut()) {
            let line = book_row(engine, args.book_instrument, args.depth);
            book.write_all(line.as_bytes()).map_err(&book_fail)?;
        }
    }
    let elapsed = started.elapsed();
    out.write_all(row.as_bytes()).map_err(&fail)?;
    out.flush().map_err(&fail)?;
    if let Some(book) = book_out.as_mut() {
        book.flush().map_err(&book_fail)?;
    }
    if args.stats {
        print_stats(&tally, elapsed, args.backend.name());
    }
    match input_error {
        Some(e) => Err(e.into()),
        None => Ok(()),
    }
}

/// One row of LOBSTER's orderbook file: empty levels carry LOBSTER's dummy prices and size 0.
fn book_row(engine: &engine_sw::Engine, instrument: u16, depth: usize) -> String {
    use gatebook_wire::Side;
    let asks = engine.depth(instrument, Side::Sell, depth);
    let bids = engine.depth(instrument, Side::Buy, depth);
    let mut fields = Vec::with_capacity(depth * 4);
    for level in 0..depth {
        match asks.get(level) {
            Some(&(price, qty)) => fields.extend([price.to_string(), qty.to_string()]),
            None => fields.extend(["9999999999".to_owned(), "0".to_owned()]),
        }
        match bids.get(level) {
            Some(&(price, qty)) => fields.extend([price.to_string(), qty.to_string()]),
            None => fields.extend(["-9999999999".to_owned(), "0".to_owned()]),
        }
    }
    let mut line = fields.join(",");
    line.push('\n');
    line
}

fn print_stats(tally: &Tally, elapsed: std::time::Duration, backend: &str) {
    let seconds = elapsed.as_secs_f64().max(1e-9);
    eprintln!("backend: {backend}");
    eprintln!("messages: {}", tally.messages);
    eprintln!("reports: {}", tally.reports);
    eprintln!("messages/s: {:.0}", tally.messages as f64 / seconds);
    let events: Vec<String> = Event::ALL
        .iter()
        .map(|e| format!("{}={}", e.as_str(), tally.by_event[usize::from(e.code())]))
        .collect();
    eprintln!("events: {}", events.join(" "));
    let reasons: Vec<String> = Reason::ALL
        .iter()
        .filter(|r| tally.by_reason[usize::from(r.code())] > 0)
        .map(|r| format!("{}={}", r.as_str(), tally.by_reason[usize::from(r.code())]))
        .collect();
    if !reasons.is_empty() {
        eprintln!("reasons: {}", reasons.join(" "));
    }
}
