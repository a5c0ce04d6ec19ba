use crate::error::CliError;
use crate::io::check_distinct_files;
use gatebook_formats::{format_order_row, ORDERS_HEADER};
use gatebook_import::{
    itch::{self, ItchOptions},
    lobster::{self, LobsterOptions},
    mbo::{self, DbnOptions},
    FlowSink, ImportSummary, StreamError, SymbolSelection,
};
use gatebook_wire::Message;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// LOBSTER message file (its orderbook file beside it is used when present).
    Lobster,
    /// NASDAQ TotalView-ITCH 5.0, raw or gzip.
    Itch,
    /// Databento DBN market-by-order, raw or zstd.
    Dbn,
}

#[derive(clap::Args)]
pub struct ImportArgs {
    /// The data's format.
    #[arg(value_enum)]
    format: Format,
    /// The exchange data file.
    #[arg(long)]
    input: PathBuf,
    /// Symbol to import (LOBSTER: its name; ITCH, DBN: the one instrument). Default: the
    /// LOBSTER file's symbol, or the 8 most active symbols as instruments 0..7.
    #[arg(long)]
    symbol: Option<String>,
    /// LOBSTER only: the orderbook file (default: the `_orderbook_` file beside the input).
    #[arg(long)]
    orderbook: Option<PathBuf>,
    /// Where to write the order flow.
    #[arg(long)]
    output: PathBuf,
    /// Where to write the matching venue configuration.
    #[arg(long)]
    venue: PathBuf,
}

fn open_input(path: &Path) -> Result<File, CliError> {
    File::open(path).map_err(|error| CliError::Io {
        path: path.display().to_string(),
        error,
    })
}

/// `orders.csv` written row by row as the importer makes them. The file is created with the
/// first row (or at the end, for a flow of none): the importers check their whole input
/// before they make a row, so a malformed input leaves no file behind.
struct OrdersFile<'a> {
    path: &'a Path,
    writer: Option<BufWriter<File>>,
}

impl<'a> OrdersFile<'a> {
    fn new(path: &'a Path) -> Self {
        OrdersFile { path, writer: None }
    }

    fn write_failed(&self, error: std::io::Error) -> CliError {
        CliError::Io {
            path: self.path.display().to_string(),
            error,
        }
    }

    fn writer(&mut self) -> Result<&mut BufWriter<File>, CliError> {
        let writer = match self.writer.take() {
            Some(writer) => writer,
            None => {
                let file = File::create(self.path).map_err(|e| self.write_failed(e))?;
                let mut writer = BufWriter::with_capacity(1 << 16, file);
                writeln!(writer, "{ORDERS_HEADER}").map_err(|e| self.write_failed(e))?;
                writer
            }
        };
        Ok(self.writer.insert(writer))
    }

    fn finish(mut self) -> Result<(), CliError> {
        let flushed = self.writer()?.flush();
        flushed.map_err(|e| self.write_failed(e))
    }
}

impl FlowSink for OrdersFile<'_> {
    type Error = CliError;

    fn message(&mut self, message: &Message) -> Result<(), CliError> {
        let written = writeln!(self.writer()?, "{}", format_order_row(message));
        written.map_err(|e| self.write_failed(e))
    }
}

/// Turns real exchange data into an order flow and a venue; a summary goes to stderr. The
/// input is read in chunks and the flow written as it is made, so a file of any length
/// imports in the memory of its book.
pub fn run(args: &ImportArgs) -> Result<(), CliError> {
    let name = args.input.display().to_string();
    let orderbook_path = match (args.format, &args.orderbook) {
        (Format::Lobster, Some(path)) => Some(path.clone()),
        (Format::Lobster, None) => lobster::orderbook_path_for(&name)
            .map(PathBuf::from)
            .filter(|p| p.exists()),
        _ => None,
    };
    check_distinct_files(
        &[
            ("--input", Some(args.input.as_path())),
            ("--orderbook", orderbook_path.as_deref()),
        ],
        &[
            ("--output", Some(args.output.as_path())),
            ("--venue", Some(args.venue.as_path())),
        ],
    )?;
    let input = open_input(&args.input)?;
    let selection = match &args.symbol {
        Some(symbol) => SymbolSelection::Named(vec![symbol.clone()]),
        None => SymbolSelection::default(),
    };
    let started = Instant::now();
    let failed = |e: StreamError<CliError>| match e {
        StreamError::Input(e) => CliError::Usage(e.to_string()),
        StreamError::Output(e) => e,
    };
    let mut orders = OrdersFile::new(&args.output);
    let flow: ImportSummary = match args.format {
        Format::Lobster => {
            let orderbook = orderbook_path.as_deref().map(open_input).transpose()?;
            let options = LobsterOptions {
                symbol: args
                    .symbol
                    .clone()
                    .unwrap_or_else(|| lobster::symbol_from_file_name(&name)),
                messages_name: name.clone(),
                orderbook_name: orderbook_path
                    .map(|p| p.display().to_string())
                    .unwrap_or_default(),
                sync_to_orderbook: orderbook.is_some(),
            };
            lobster::import_from(input, orderbook, &options, &mut orders)
                .map_err(failed)?
                .flow
        }
        Format::Itch => {
            let options = ItchOptions {
                name: name.clone(),
                symbols: selection,
            };
            itch::import_from(input, &options, &mut orders)
                .map_err(failed)?
                .flow
        }
        Format::Dbn => {
            let options = DbnOptions {
                name: name.clone(),
                symbols: selection,
            };
            mbo::import_from(input, &options, &mut orders)
                .map_err(failed)?
                .flow
        }
    };
    orders.finish()?;
    let elapsed = started.elapsed();
    std::fs::write(
        &args.venue,
        gatebook_import::venue::venue_toml(&flow.venue, &name),
    )
    .map_err(|error| CliError::Io {
        path: args.venue.display().to_string(),
        error,
    })?;
    let stats = &flow.stats;
    eprintln!(
        "read: {} messages in {:.3} s",
        stats.messages_read,
        elapsed.as_secs_f64()
    );
    eprintln!(
        "written: {} messages ({})",
        stats.messages_written,
        join(&stats.written_by_action)
    );
    eprintln!("instruments: {}", flow.instruments.len());
    if !stats.skipped.is_empty() {
        eprintln!("skipped: {}", join(&stats.skipped));
    }
    if !stats.adjustments.is_empty() {
        eprintln!("adjustments: {}", join(&stats.adjustments));
    }
    eprintln!("exchange executions to reproduce: {}", flow.expected_fills);
    Ok(())
}

fn join(counts: &std::collections::BTreeMap<String, u64>) -> String {
    counts
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(" ")
}
