//! `gatebook journal verify|dump`: check a venue's journal, or turn it into an order flow.

use crate::error::CliError;
use crate::io::{create_output, write_error};
use gatebook_formats::{format_order_row, ORDERS_HEADER};
use gatebook_journal::{verify, EntryKind, JournalReader};
use gatebook_wire::Message;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub struct JournalArgs {
    #[command(subcommand)]
    action: JournalAction,
}

#[derive(clap::Subcommand)]
enum JournalAction {
    /// Check every segment header and frame CRC, and that in_seq runs from 1 without a gap.
    Verify {
        /// The journal directory of `gatebook serve --journal`.
        dir: PathBuf,
    },
    /// Write the journaled messages as an orders.csv that `replay` runs on any backend.
    Dump {
        dir: PathBuf,
        /// Output file (default: standard output).
        #[arg(long)]
        output: Option<PathBuf>,
    },
}

pub fn run(args: &JournalArgs) -> Result<(), CliError> {
    match &args.action {
        JournalAction::Verify { dir } => run_verify(dir),
        JournalAction::Dump { dir, output } => run_dump(dir, output.as_deref()),
    }
}

/// A journal that cannot be read is bad input (exit 2), named by its file and offset.
pub fn journal_error(error: gatebook_journal::JournalError) -> CliError {
    CliError::Usage(format!("journal: {error}"))
}

fn run_verify(dir: &Path) -> Result<(), CliError> {
    if !dir.is_dir() {
        return Err(CliError::Usage(format!(
            "{}: no such journal directory",
            dir.display()
        )));
    }
    let report = verify(dir).map_err(journal_error)?;
    let mut text = String::new();
    for segment in &report.segments {
        text.push_str(&format!(
            "{}: in_seq {}..={}, {} messages and {} marks in {} frames, {} bytes\n",
            segment.file.display(),
            segment.first_in_seq,
            segment.last_in_seq,
            segment.entries,
            segment.marks,
            segment.frames,
            segment.bytes
        ));
    }
    if let Some(identity) = &report.identity {
        text.push_str(&format!(
            "venue digest {}, written by {}\n",
            gatebook_venue::digest::hex(&identity.venue_digest),
            identity.build
        ));
    }
    text.push_str(&format!(
        "ok: {} messages and {} marks, in_seq {}..={}, {} segments\n",
        report.entries,
        report.marks,
        report.first_in_seq,
        report.last_in_seq,
        report.segments.len()
    ));
    crate::io::say(&text)?;
    if let Some(tail) = &report.torn_tail {
        eprintln!("gatebook: warning: {tail} (cut when the venue next starts)");
    }
    Ok(())
}

fn run_dump(dir: &Path, output: Option<&Path>) -> Result<(), CliError> {
    let reader = JournalReader::open(dir, 1).map_err(journal_error)?;
    let mut out = create_output(output)?;
    let fail = write_error(output);
    writeln!(out, "{ORDERS_HEADER}").map_err(&fail)?;
    let mut marks = 0u64;
    for entry in reader {
        let entry = entry.map_err(journal_error)?;
        if entry.kind == EntryKind::Mark {
            // Marks fed the margin engine; what it decided is journaled as messages.
            marks += 1;
            continue;
        }
        let message = Message::decode(&entry.record).map_err(|e| {
            CliError::Usage(format!(
                "{}: in_seq {}: the journaled record does not decode: {e}",
                dir.display(),
                entry.record.in_seq.get()
            ))
        })?;
        writeln!(out, "{}", format_order_row(&message)).map_err(&fail)?;
    }
    out.flush().map_err(&fail)?;
    if marks > 0 {
        eprintln!(
            "gatebook: {marks} marks of the margin engine left out: the messages it sent are in the flow"
        );
    }
    Ok(())
}
