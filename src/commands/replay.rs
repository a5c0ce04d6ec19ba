use crate::backends::{open_backend_traced, BackendKind};
use crate::error::CliError;
use crate::io::{check_distinct_files, create_output, load_venue, read_bytes, write_error};
use gatebook_formats::{
    format_order_row, write_report_row, FlowLines, InputError, ORDERS_HEADER, REPORTS_HEADER,
};
use gatebook_margin::{output_message, MarginLoop};
use gatebook_wire::{Event, FlowItem, Message, Reason};
use std::collections::VecDeque;
use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

#[derive(clap::Args)]
pub struct ReplayArgs {
    /// Order flow (orders.csv; `-` for standard input). It is read line by line: at the first
    /// bad line (a byte that is not UTF-8 included) the reports of every message before it are
    /// written, and the error names the file, the line and the field.
    #[arg(long, required_unless_present = "journal", conflicts_with = "journal")]
    input: Option<PathBuf>,
    /// Replay a venue's journal (`gatebook serve --journal DIR`) instead of a flow file: the
    /// reports are those the venue sent, in `in_seq` order. Give the venue's `--config`.
    #[arg(long)]
    journal: Option<PathBuf>,
    /// Report file (default: standard output). No two of --output, --record, --book-out,
    /// --margin-events and --trace may name the same file, nor may any of them be --input or
    /// --config (compared as files: symbolic and hard links count); /dev/null may be shared.
    #[arg(long)]
    output: Option<PathBuf>,
    /// Which engine runs the flow.
    #[arg(long, value_enum, default_value = "sw")]
    backend: BackendKind,
    /// With --backend vfio: the card's PCI address (e.g. 0000:03:00.0), bound to vfio-pci.
    #[arg(long)]
    device: Option<String>,
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
    /// Levels per side in `--book-out`: from 1 to the venue's price window (a side has no
    /// more levels than that). Default: 10, or the price window when it is smaller.
    #[arg(long)]
    depth: Option<usize>,
    /// Instrument of `--book-out`.
    #[arg(long, default_value_t = 0)]
    book_instrument: u16,
    /// Run the margin engine in the loop: `MARK` rows move it, and its `RATES`, `HEADROOM`,
    /// `KILL`, `ENABLE` and liquidation orders join the stream. Account headroom in the venue
    /// is read as opening cash.
    #[arg(long)]
    margin: bool,
    /// With --margin: the date options are valued at (time to expiry), YYYY-MM-DD.
    #[arg(long, default_value = "2026-11-24")]
    valuation_date: String,
    /// Write the message stream the backend received (one orders.csv row per `in_seq`): a
    /// plain flow that replays to the same reports on any backend, without --margin.
    #[arg(long)]
    record: Option<PathBuf>,
    /// With --margin: write the margin engine's events (liquidations, insurance fund,
    /// deleveraging) as JSON lines, each with the `in_seq` it followed.
    #[arg(long)]
    margin_events: Option<PathBuf>,
    /// With --backend sim: write the card's waveform (VCD) here; needs a build with
    /// `--features trace` (`make trace`).
    #[arg(long)]
    trace: Option<PathBuf>,
}

/// Counts of what a replay produced.
#[derive(Default)]
struct Tally {
    messages: u64,
    reports: u64,
    by_event: [u64; 7],
    by_reason: [u64; 22],
    margin_messages: u64,
    liquidations: u64,
}

impl Tally {
    /// One message is through the backend: count and write its reports (in chunks), and stop
    /// on a backend fault.
    fn message_done(
        &mut self,
        reports: &[gatebook_wire::ReportRecord],
        row: &mut String,
        out: &mut impl Write,
        fail: &impl Fn(std::io::Error) -> CliError,
        backend: &dyn gatebook_wire::Backend,
    ) -> Result<(), CliError> {
        self.messages += 1;
        self.count(reports, row);
        if row.len() > 1 << 15 {
            out.write_all(row.as_bytes()).map_err(fail)?;
            row.clear();
        }
        match backend.fault() {
            Some(fault) => Err(CliError::Unavailable(format!(
                "backend `{}` stopped: {fault}",
                backend.name()
            ))),
            None => Ok(()),
        }
    }

    /// Counts reports and appends their rows.
    fn count(&mut self, reports: &[gatebook_wire::ReportRecord], row: &mut String) {
        for report in reports {
            self.reports += 1;
            self.by_event[usize::from(report.event).min(6)] += 1;
            self.by_reason[usize::from(report.reason).min(21)] += 1;
            write_report_row(report, row);
        }
    }
}

pub fn run(args: &ReplayArgs) -> Result<(), CliError> {
    // Before anything is read or created: an output must not clobber another or an input.
    check_distinct_files(
        &[
            ("--input", args.input.as_deref()),
            ("--config", args.config.as_deref()),
        ],
        &[
            ("--output", args.output.as_deref()),
            ("--record", args.record.as_deref()),
            ("--book-out", args.book_out.as_deref()),
            ("--margin-events", args.margin_events.as_deref()),
            ("--trace", args.trace.as_deref()),
        ],
    )?;
    let venue = load_venue(args.config.as_deref())?;
    let depth = book_depth(args.depth, venue.capacity.price_window)?;
    let input = match (&args.input, &args.journal) {
        (_, Some(journal)) => return run_journal(args, journal, &venue),
        (Some(input), None) => input,
        (None, None) => return Err(CliError::Usage("give --input or --journal".into())),
    };
    let bytes = read_bytes(input)?;
    let input_name = input.display().to_string();
    if args.margin_events.is_some() && !args.margin {
        return Err(CliError::Usage("--margin-events needs --margin".into()));
    }
    let mut backend = open_backend_traced(
        args.backend,
        &venue,
        args.trace.as_deref(),
        args.device.as_deref(),
    )?;
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
    let mut margin = match args.margin {
        true => Some(MarginLoop::new(&venue, &args.valuation_date)?),
        false => None,
    };
    let mut out = create_output(args.output.as_deref())?;
    let fail = write_error(args.output.as_deref());
    let mut book_out = args
        .book_out
        .as_deref()
        .map(|p| create_output(Some(p)))
        .transpose()?;
    let book_fail = write_error(args.book_out.as_deref());
    let mut record_out = args
        .record
        .as_deref()
        .map(|p| create_output(Some(p)))
        .transpose()?;
    let record_fail = write_error(args.record.as_deref());
    let mut events_out = args
        .margin_events
        .as_deref()
        .map(|p| create_output(Some(p)))
        .transpose()?;
    let events_fail = write_error(args.margin_events.as_deref());
    writeln!(out, "{REPORTS_HEADER}").map_err(&fail)?;
    if let Some(record) = record_out.as_mut() {
        writeln!(record, "{ORDERS_HEADER}").map_err(&record_fail)?;
    }

    let mut tally = Tally::default();
    let mut reports = Vec::with_capacity(1024);
    let mut row = String::with_capacity(1 << 16);
    // Messages waiting for the backend, each marked true when the margin engine sent it.
    let mut queue: VecDeque<(Message, bool)> = VecDeque::new();
    let mut in_seq = 0u64;
    let mut input_error = None;
    let started = Instant::now();
    if let Some(margin) = margin.as_mut() {
        let outputs = margin.start();
        enqueue(&outputs, &mut queue, &mut tally, events_out.as_mut(), 0).map_err(&events_fail)?;
    }
    for item in FlowLines::from_bytes(&bytes, &input_name) {
        let (line, item) = match item {
            Ok(item) => item,
            Err(e) => {
                input_error = Some(e);
                break;
            }
        };
        match (item, margin.as_mut()) {
            (FlowItem::Mark(mark), Some(margin)) => {
                let outputs = margin.mark(&mark)?;
                enqueue(
                    &outputs,
                    &mut queue,
                    &mut tally,
                    events_out.as_mut(),
                    in_seq,
                )
                .map_err(&events_fail)?;
            }
            (FlowItem::Mark(_), None) => {
                input_error = Some(InputError::new(
                    &input_name,
                    line,
                    "action",
                    "MARK rows feed the margin engine: replay them with `gatebook replay --margin`",
                ));
                break;
            }
            (FlowItem::Message(Message::Headroom { .. } | Message::Rates { .. }), Some(_)) => {
                input_error = Some(InputError::new(
                    &input_name,
                    line,
                    "action",
                    "with --margin, the margin engine alone sends HEADROOM and RATES",
                ));
                break;
            }
            (FlowItem::Message(message), _) => queue.push_back((message, false)),
        }
        while let Some((message, from_engine)) = queue.pop_front() {
            in_seq += 1;
            let record = message.encode(in_seq);
            if let Some(record_file) = record_out.as_mut() {
                writeln!(record_file, "{}", format_order_row(&message)).map_err(&record_fail)?;
            }
            if let Some(margin) = margin.as_mut() {
                margin.before(&message);
            }
            reports.clear();
            match book_engine.as_mut() {
                // With a book file the engine is driven directly so its book can be read.
                Some(engine) => engine.process(&record, &mut reports),
                None => {
                    backend.process(&record, &mut reports);
                    // The margin engine reacts to whole messages: wait for all of this one.
                    if margin.is_some() {
                        backend.flush(&mut reports);
                    }
                }
            }
            tally.message_done(&reports, &mut row, &mut out, &fail, backend.as_ref())?;
            if let (Some(engine), Some(book)) = (book_engine.as_ref(), book_out.as_mut()) {
                let line = book_row(engine, args.book_instrument, depth);
                book.write_all(line.as_bytes()).map_err(&book_fail)?;
            }
            if let Some(margin) = margin.as_mut() {
                let outputs = margin.after(&message, from_engine, &reports)?;
                enqueue(
                    &outputs,
                    &mut queue,
                    &mut tally,
                    events_out.as_mut(),
                    in_seq,
                )
                .map_err(&events_fail)?;
            }
        }
    }
    reports.clear();
    backend.flush(&mut reports);
    tally.count(&reports, &mut row);
    let elapsed = started.elapsed();
    if let Some(fault) = backend.fault() {
        return Err(CliError::Unavailable(format!(
            "backend `{}` stopped: {fault}",
            backend.name()
        )));
    }
    out.write_all(row.as_bytes()).map_err(&fail)?;
    out.flush().map_err(&fail)?;
    for (file, fail) in [
        (book_out.as_mut(), &book_fail),
        (record_out.as_mut(), &record_fail),
        (events_out.as_mut(), &events_fail),
    ] {
        if let Some(file) = file {
            file.flush().map_err(fail)?;
        }
    }
    if args.stats {
        print_stats(&tally, elapsed, args.backend.name(), args.margin);
        if let Some(text) = backend.stats() {
            eprint!("{text}");
        }
        if let Some(cycles) = backend.cycles() {
            eprintln!(
                "simulated cycles/s: {:.0}",
                cycles as f64 / elapsed.as_secs_f64().max(1e-9)
            );
        }
    }
    match input_error {
        Some(e) => Err(e.into()),
        None => Ok(()),
    }
}

/// Queues the messages among the margin engine's outputs and logs its events.
fn enqueue(
    outputs: &[gatebook_margin::Output],
    queue: &mut VecDeque<(Message, bool)>,
    tally: &mut Tally,
    mut events: Option<&mut Box<dyn Write>>,
    in_seq: u64,
) -> std::io::Result<()> {
    for output in outputs {
        match output_message(output) {
            Some(message) => {
                tally.margin_messages += 1;
                queue.push_back((message, true));
            }
            None => {
                if matches!(output, gatebook_margin::Output::LiquidationStarted { .. }) {
                    tally.liquidations += 1;
                }
                if let Some(events) = events.as_mut() {
                    let event = serde_json::to_string(output).map_err(std::io::Error::other)?;
                    writeln!(events, "{{\"in_seq\":{in_seq},\"event\":{event}}}")?;
                }
            }
        }
    }
    Ok(())
}

/// The levels per side of `--book-out`: `--depth` within 1..=the price window, by default 10
/// (or the window, when it is smaller).
fn book_depth(depth: Option<usize>, price_window: u32) -> Result<usize, CliError> {
    let window = usize::try_from(price_window).unwrap_or(usize::MAX);
    match depth {
        None => Ok(window.min(10)),
        Some(depth) if (1..=window).contains(&depth) => Ok(depth),
        Some(depth) => Err(CliError::Usage(format!(
            "--depth {depth} is outside 1..={window}: the levels per side of --book-out run from \
             1 to the venue's price window ({window})"
        ))),
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

fn print_stats(tally: &Tally, elapsed: std::time::Duration, backend: &str, margin: bool) {
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
    if margin {
        eprintln!("margin messages: {}", tally.margin_messages);
        eprintln!("liquidations: {}", tally.liquidations);
    }
}

/// `replay --journal`: the journaled records, with their own `in_seq`, through one backend.
fn run_journal(
    args: &ReplayArgs,
    journal: &std::path::Path,
    venue: &gatebook_wire::VenueConfig,
) -> Result<(), CliError> {
    use crate::commands::journal::journal_error;
    if args.margin || args.record.is_some() || args.book_out.is_some() || args.trace.is_some() {
        return Err(CliError::Usage(
            "--journal replays the journal as it is: --margin, --record, --book-out and --trace \
             do not apply"
                .into(),
        ));
    }
    let reader = gatebook_journal::JournalReader::open(journal, 1).map_err(journal_error)?;
    if let Some(identity) = reader.identity() {
        if identity.venue_digest != gatebook_venue::venue_digest(venue) {
            return Err(CliError::Usage(format!(
                "{}: the journal was written for another venue configuration (digest {}); \
                 give the venue's --config",
                journal.display(),
                gatebook_venue::digest::hex(&identity.venue_digest)
            )));
        }
    }
    // On engine-sw the state is digested at the end, as `serve` digests its own.
    let mut software = match args.backend {
        BackendKind::Sw => Some(
            engine_sw::Engine::new(venue)
                .map_err(|e| CliError::Usage(format!("venue configuration: {e}")))?,
        ),
        _ => None,
    };
    let mut card = match software {
        Some(_) => None,
        None => Some(open_backend_traced(
            args.backend,
            venue,
            None,
            args.device.as_deref(),
        )?),
    };
    let backend: &mut dyn gatebook_wire::Backend = match software.as_mut() {
        Some(engine) => engine,
        None => card
            .as_mut()
            .ok_or_else(|| CliError::Unavailable("no backend".into()))?
            .as_mut(),
    };
    let mut out = create_output(args.output.as_deref())?;
    let fail = write_error(args.output.as_deref());
    writeln!(out, "{REPORTS_HEADER}").map_err(&fail)?;
    let mut tally = Tally::default();
    let mut reports = Vec::with_capacity(1024);
    let mut row = String::with_capacity(1 << 16);
    let started = Instant::now();
    for entry in reader {
        let entry = entry.map_err(journal_error)?;
        if entry.kind == gatebook_journal::EntryKind::Mark {
            // A mark fed the margin engine; the messages it sent are journaled.
            continue;
        }
        reports.clear();
        backend.process(&entry.record, &mut reports);
        tally.message_done(&reports, &mut row, &mut out, &fail, backend)?;
    }
    reports.clear();
    backend.flush(&mut reports);
    tally.count(&reports, &mut row);
    out.write_all(row.as_bytes()).map_err(&fail)?;
    out.flush().map_err(&fail)?;
    if args.stats {
        print_stats(&tally, started.elapsed(), args.backend.name(), false);
        if let Some(text) = backend.stats() {
            eprint!("{text}");
        }
        if let Some(engine) = software.as_ref() {
            let digest = gatebook_venue::digest::state_digest(engine, venue);
            eprintln!("state digest: {}", gatebook_venue::digest::hex(&digest));
        }
    }
    Ok(())
}
