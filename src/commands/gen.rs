use crate::error::CliError;
use crate::io::{create_output, load_venue, write_error};
use flowgen::{FlowGenerator, Profile};
use gatebook_formats::{format_flow_row, ORDERS_HEADER};
use std::io::Write;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct GenArgs {
    /// Seed of the flow: the same seed gives the same file.
    #[arg(long)]
    seed: u64,
    /// Number of data lines. The flow is written as it is generated, one line at a time, so
    /// any count streams in constant memory (stop early with `| head`).
    #[arg(long)]
    messages: usize,
    /// mixed (makers and takers), makers (add/replace/cancel), takers (IOC/FOK/market
    /// against a quoted book), stress (book filled to capacity, multi-level sweeps) or
    /// options (option quotes and short sellers with moving MARK rows, for `replay --margin`)
    /// or quotes (resting GTC quotes only, none crossing) or deep (a deep, wide book: tens of
    /// thousands of resting orders over tens of thousands of ticks, ids never reused; for
    /// `examples/deep-venue.toml`).
    #[arg(long, default_value = "mixed")]
    profile: String,
    /// Venue the flow is for (default: the embedded venue).
    #[arg(long)]
    config: Option<PathBuf>,
}

/// A profile by name, or a usage error listing the names.
pub fn parse_profile(name: &str) -> Result<Profile, CliError> {
    Profile::parse(name).ok_or_else(|| {
        let names: Vec<&str> = Profile::ALL.iter().map(|p| p.name()).collect();
        CliError::Usage(format!(
            "unknown profile `{name}`; choose one of {}",
            names.join(", ")
        ))
    })
}

pub fn run(args: &GenArgs) -> Result<(), CliError> {
    let profile = parse_profile(&args.profile)?;
    let venue = load_venue(args.config.as_deref())?;
    let mut generator = FlowGenerator::new(&venue, profile, args.seed)
        .map_err(|e| CliError::Usage(format!("cannot generate for this venue: {e}")))?;
    generator.plan(args.messages);
    let mut out = create_output(None)?;
    let fail = write_error(None);
    writeln!(out, "{ORDERS_HEADER}").map_err(&fail)?;
    // One line at a time: the flow is never held in memory, so any length streams.
    for _ in 0..args.messages {
        writeln!(out, "{}", format_flow_row(&generator.next_item())).map_err(&fail)?;
    }
    out.flush().map_err(&fail)
}
