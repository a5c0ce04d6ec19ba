use crate::error::CliError;
use gatebook_margin::{greeks, OptionQuote};

#[derive(clap::Args)]
#[command(allow_negative_numbers = true)]
pub struct GreeksArgs {
    /// Futures price of the underlying.
    #[arg(long)]
    future: f64,
    /// Strike, in the unit of the futures price.
    #[arg(long)]
    strike: f64,
    /// Annualised volatility (0.25 = 25%).
    #[arg(long)]
    vol: f64,
    /// Continuously compounded rate (0.05 = 5%).
    #[arg(long, default_value_t = 0.0)]
    rate: f64,
    /// Time to expiry in years.
    #[arg(long)]
    years: f64,
    /// A put (default: a call).
    #[arg(long)]
    put: bool,
}

/// Prints Black-76 price and Greeks as one JSON object: vega per 1.00 of volatility, theta
/// per year of calendar time passing.
pub fn run(args: &GreeksArgs) -> Result<(), CliError> {
    let quote = OptionQuote {
        future: args.future,
        strike: args.strike,
        vol: args.vol,
        rate: args.rate,
        years: args.years,
        put: args.put,
    };
    let values = greeks(&quote).map_err(|e| CliError::Usage(format!("greeks: {e}")))?;
    let json =
        serde_json::to_string(&values).map_err(|e| CliError::Usage(format!("greeks: {e}")))?;
    crate::io::say(&format!("{json}\n"))
}
