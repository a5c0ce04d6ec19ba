use crate::error::CliError;
use gatebook_import::{
    itch::{self, ItchOptions},
    lobster::{self, LobsterOptions},
    mbo::{self, DbnOptions},
    ImportedFlow, SymbolSelection,
};
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

fn read_bytes(path: &Path) -> Result<Vec<u8>, CliError> {
    std::fs::read(path).map_err(|error| CliError::Io {
        path: path.display().to_string(),
        error,
    })
}

fn write_text(path: &Path, text: &str) -> Result<(), CliError> {
    std::fs::write(path, text).map_err(|error| CliError::Io {
        path: path.display().to_string(),
        error,
    })
}

/// Turns real exchange data into an order flow and a venue; a summary goes to stderr.
pub fn run(args: &ImportArgs) -> Result<(), CliError> {
    let name = args.input.display().to_string();
    let bytes = read_bytes(&args.input)?;
    let selection = match &args.symbol {
        Some(symbol) => SymbolSelection::Named(vec![symbol.clone()]),
        None => SymbolSelection::default(),
    };
    let started = Instant::now();
    let import_error = |e: gatebook_import::ImportError| CliError::Usage(e.to_string());
    let flow: ImportedFlow = match args.format {
        Format::Lobster => {
            let orderbook_path = match &args.orderbook {
                Some(path) => Some(path.clone()),
                None => lobster::orderbook_path_for(&name)
                    .map(PathBuf::from)
                    .filter(|p| p.exists()),
            };
            let orderbook = orderbook_path.as_deref().map(read_bytes).transpose()?;
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
            lobster::import(&bytes, orderbook.as_deref(), &options)
                .map_err(import_error)?
                .flow
        }
        Format::Itch => {
            itch::import(
                &bytes,
                &ItchOptions {
                    name: name.clone(),
                    symbols: selection,
                },
            )
            .map_err(import_error)?
            .flow
        }
        Format::Dbn => {
            mbo::import(
                &bytes,
                &DbnOptions {
                    name: name.clone(),
                    symbols: selection,
                },
            )
            .map_err(import_error)?
            .flow
        }
    };
    let elapsed = started.elapsed();
    write_text(&args.output, &flow.orders_csv)?;
    write_text(&args.venue, &flow.venue_toml)?;
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
    eprintln!(
        "exchange executions to reproduce: {}",
        flow.expected_fills.len()
    );
    Ok(())
}

fn join(counts: &std::collections::BTreeMap<String, u64>) -> String {
    counts
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(" ")
}
