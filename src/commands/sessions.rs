//! `gatebook sessions --split N`: a sessions file whose trading sessions share the venue's
//! accounts, for `serve --sessions` and `load --sessions N`.

use crate::error::CliError;
use crate::io::{load_venue, say};
use gatebook_venue::Sessions;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct SessionsArgs {
    /// Number of trading sessions: account `a` goes to session `S<a mod N + 1>`.
    #[arg(long)]
    split: u32,
    /// Venue configuration (default: the embedded venue).
    #[arg(long)]
    config: Option<PathBuf>,
    /// Each session's throttle: at most this many messages per `--throttle-window-ms`
    /// (default: the venue's default throttle).
    #[arg(long)]
    throttle_messages: Option<u32>,
    /// The throttle's window in milliseconds.
    #[arg(long, default_value_t = 1000)]
    throttle_window_ms: u32,
}

pub fn run(args: &SessionsArgs) -> Result<(), CliError> {
    if args.split == 0 || args.split > 4096 {
        return Err(CliError::Usage("--split must be 1 to 4096".into()));
    }
    let venue = load_venue(args.config.as_deref())?;
    if args.throttle_messages == Some(0) || args.throttle_window_ms == 0 {
        return Err(CliError::Usage(
            "--throttle-messages and --throttle-window-ms must be at least 1".into(),
        ));
    }
    let throttle = args
        .throttle_messages
        .map(|messages| (messages, args.throttle_window_ms));
    say(&Sessions::split_toml(&venue, args.split, throttle))
}
