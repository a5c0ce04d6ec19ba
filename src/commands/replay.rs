use crate::backends::{open_backend_traced, BackendKind};
use crate::error::CliError;
use crate::io::{check_distinct_files, create_output, load_venue, write_error, FlowInput};
use gatebook_formats::{
    format_order_row, write_report_row, InputError, ORDERS_HEADER, REPORTS_HEADER,
};
use gatebook_margin::{output_message, LoopError, MarginLoop};
use gatebook_wire::{present, Event, FlowItem, Message, Reason, ReportRecord};
use std::collections::{BTreeMap, VecDeque};
use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

#[derive(clap::Args)]
pub struct ReplayArgs {
    /// Order flow (orders.csv; `-` for standard input). It is read line by line, in constant
    /// memory, and reports are written as they come: at the first bad line (a byte that is not
    /// UTF-8 included, or a mark the margin engine refuses) the reports of every message before
    /// it are written, and the error names the file, the line and the field.
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
    /// Reports per event, indexed by [`Event::ordinal`].
    by_event: [u64; Event::COUNT],
    /// Reports that carry a reason, per reason, indexed by [`Reason::ordinal`].
    by_reason: [u64; Reason::COUNT],
    /// Reports whose event or reason code the spec does not assign, by code: a backend
    /// that sends one is shown doing so, not counted as something it did not send.
    unknown_events: BTreeMap<u8, u64>,
    unknown_reasons: BTreeMap<u8, u64>,
    margin_messages: u64,
    liquidations: u64,
}

impl Tally {
    /// One message is through the backend: count and write its reports (in chunks), and stop
    /// on a backend fault.
    fn message_done(
        &mut self,
        reports: &[ReportRecord],
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
    fn count(&mut self, reports: &[ReportRecord], row: &mut String) {
        for report in reports {
            self.reports += 1;
            match Event::from_code(report.event) {
                Some(event) => self.by_event[event.ordinal()] += 1,
                None => *self.unknown_events.entry(report.event).or_default() += 1,
            }
            if report.present & present::REASON != 0 {
                match Reason::from_code(report.reason) {
                    Some(reason) => self.by_reason[reason.ordinal()] += 1,
                    None => *self.unknown_reasons.entry(report.reason).or_default() += 1,
                }
            }
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
    let input_name = input.display().to_string();
    let flow = FlowInput::open(input, &input_name)?;
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
    // The first error of the input (or of the margin engine at a line) stops the replay; the
    // reports of everything before it are still written below.
    'lines: for item in flow {
        let (line, item) = match item {
            Ok(item) => item,
            Err(e) => {
                input_error = Some(e);
                break;
            }
        };
        let at_line = |e: LoopError| margin_error_at(e, &input_name, line);
        match (item, margin.as_mut()) {
            (FlowItem::Mark(mark), Some(margin)) => {
                let outputs = match margin.mark(&mark) {
                    Ok(outputs) => outputs,
                    Err(e) => {
                        input_error = Some(at_line(e));
                        break;
                    }
                };
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
                input_error = Some(CliError::Input(InputError::new(
                    &input_name,
                    line,
                    "action",
                    "MARK rows feed the margin engine: replay them with `gatebook replay --margin`",
                )));
                break;
            }
            (FlowItem::Message(Message::Headroom { .. } | Message::Rates { .. }), Some(_)) => {
                input_error = Some(CliError::Input(InputError::new(
                    &input_name,
                    line,
                    "action",
                    "with --margin, the margin engine alone sends HEADROOM and RATES",
                )));
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
                // This message's reports are counted and will be written: it was executed.
                let outputs = match margin.after(&message, from_engine, &reports) {
                    Ok(outputs) => outputs,
                    Err(e) => {
                        input_error = Some(at_line(e));
                        break 'lines;
                    }
                };
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
        eprint!(
            "{}",
            stats_text(&tally, elapsed, args.backend.name(), args.margin)
        );
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
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// A margin engine refusal while line `line` of `file` was replayed: an input error of that
/// line when it concerns the row, else the engine's own message.
fn margin_error_at(error: LoopError, file: &str, line: usize) -> CliError {
    match error {
        LoopError::Input { field, .. } => {
            CliError::Input(InputError::new(file, line, field, error.to_string()))
        }
        LoopError::Config(_) => CliError::Usage(error.to_string()),
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

/// The `--stats` figures, one per line.
fn stats_text(tally: &Tally, elapsed: std::time::Duration, backend: &str, margin: bool) -> String {
    let seconds = elapsed.as_secs_f64().max(1e-9);
    let mut text = format!(
        "backend: {backend}\nmessages: {}\nreports: {}\nmessages/s: {:.0}\n",
        tally.messages,
        tally.reports,
        tally.messages as f64 / seconds
    );
    let events: Vec<String> = Event::ALL
        .iter()
        .map(|e| format!("{}={}", e.as_str(), tally.by_event[e.ordinal()]))
        .collect();
    text += &format!("events: {}\n", events.join(" "));
    let reasons: Vec<String> = Reason::ALL
        .iter()
        .filter(|r| tally.by_reason[r.ordinal()] > 0)
        .map(|r| format!("{}={}", r.as_str(), tally.by_reason[r.ordinal()]))
        .collect();
    if !reasons.is_empty() {
        text += &format!("reasons: {}\n", reasons.join(" "));
    }
    for (what, codes) in [
        ("event", &tally.unknown_events),
        ("reason", &tally.unknown_reasons),
    ] {
        if !codes.is_empty() {
            let counts: Vec<String> = codes
                .iter()
                .map(|(code, count)| format!("0x{code:02X}={count}"))
                .collect();
            text += &format!("unknown {what} codes: {}\n", counts.join(" "));
        }
    }
    if margin {
        text += &format!(
            "margin messages: {}\nliquidations: {}\n",
            tally.margin_messages, tally.liquidations
        );
    }
    text
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
        eprint!(
            "{}",
            stats_text(&tally, started.elapsed(), args.backend.name(), false)
        );
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

#[cfg(test)]
mod tests {
    use super::*;

    fn report(event: u8, reason: Option<u8>) -> ReportRecord {
        ReportRecord {
            event,
            reason: reason.unwrap_or(0),
            present: if reason.is_some() { present::REASON } else { 0 },
            ..ReportRecord::default()
        }
    }

    #[test]
    fn the_tally_counts_by_spec_value_and_keeps_unknown_codes_apart() {
        let mut tally = Tally::default();
        let mut rows = String::new();
        tally.count(
            &[
                report(Event::Ack.code(), None),
                report(Event::Reject.code(), Some(Reason::Malformed.code())),
                report(Event::Replaced.code(), None),
                report(Event::Expired.code(), Some(Reason::Ioc.code())),
                report(0x09, Some(0x30)),
                report(0x09, None),
            ],
            &mut rows,
        );
        assert_eq!(tally.reports, 6);
        assert_eq!(tally.by_event[Event::Replaced.ordinal()], 1);
        assert_eq!(tally.by_event.iter().sum::<u64>(), 4);
        assert_eq!(tally.by_reason[Reason::Malformed.ordinal()], 1);
        assert_eq!(tally.by_reason.iter().sum::<u64>(), 2);
        let text = stats_text(&tally, std::time::Duration::from_secs(1), "sw", false);
        assert!(
            text.contains("events: ACK=1 REJECT=1 FILL=0 CANCELED=0 EXPIRED=1 REPLACED=1\n"),
            "{text}"
        );
        assert!(text.contains("reasons: IOC=1 MALFORMED=1\n"), "{text}");
        assert!(text.contains("unknown event codes: 0x09=2\n"), "{text}");
        assert!(text.contains("unknown reason codes: 0x30=1\n"), "{text}");
        assert_eq!(rows.lines().count(), 6);
    }
}
