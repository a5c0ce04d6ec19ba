use crate::error::CliError;
use gatebook_formats::{default_venue, venue_to_toml};

#[derive(clap::Args)]
pub struct ConfigArgs {
    /// Print the embedded default venue (16 instruments, accounts 0..255).
    #[arg(long)]
    default: bool,
}

pub fn run(args: &ConfigArgs) -> Result<(), CliError> {
    if !args.default {
        return Err(CliError::Usage(
            "say which configuration: `gatebook config --default`".into(),
        ));
    }
    crate::io::say(&venue_to_toml(&default_venue()))
}
