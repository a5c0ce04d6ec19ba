use crate::error::CliError;
use gatebook_margin::{greeks, Greeks, OptionQuote};

/// The inputs the model takes: low and high bound, and the range as the help text gives it.
struct Range(f64, f64, &'static str);

/// Futures price and strike: positive, from one billionth to a trillion units.
const PRICE_RANGE: Range = Range(1e-9, 1e12, "from 1e-9 to 1e12");
/// Volatility: 0 (intrinsic value) to 10, i.e. 1000% a year.
const VOL_RANGE: Range = Range(0.0, 10.0, "from 0 to 10 (1000% a year)");
/// Rate: -100% to +100% a year.
const RATE_RANGE: Range = Range(-1.0, 1.0, "from -1 to 1 (-100% to 100% a year)");
/// Time to expiry: 0 (expiry reached, intrinsic value) to 100 years.
const YEARS_RANGE: Range = Range(0.0, 100.0, "from 0 to 100");

#[derive(clap::Args)]
#[command(allow_negative_numbers = true)]
pub struct GreeksArgs {
    /// Futures price of the underlying: from 1e-9 to 1e12.
    #[arg(long)]
    future: f64,
    /// Strike, in the unit of the futures price: from 1e-9 to 1e12.
    #[arg(long)]
    strike: f64,
    /// Annualised volatility (0.25 = 25%): from 0 to 10; 0 values the option at its
    /// discounted intrinsic value.
    #[arg(long)]
    vol: f64,
    /// Continuously compounded rate (0.05 = 5%): from -1 to 1.
    #[arg(long, default_value_t = 0.0)]
    rate: f64,
    /// Time to expiry in years: from 0 to 100; 0 (expiry reached) values the option at its
    /// discounted intrinsic value.
    #[arg(long)]
    years: f64,
    /// A put (default: a call).
    #[arg(long)]
    put: bool,
}

/// A usage error unless `value` lies in `range` (NaN never does).
fn check_range(flag: &str, value: f64, range: &Range) -> Result<(), CliError> {
    let Range(low, high, text) = *range;
    if (low..=high).contains(&value) {
        return Ok(());
    }
    let shown = if value.is_finite() && value != 0.0 && !(1e-4..1e6).contains(&value.abs()) {
        format!("{value:e}")
    } else {
        value.to_string()
    };
    Err(CliError::Usage(format!(
        "greeks: --{flag} {shown} is outside the range of the model: {text}"
    )))
}

/// Prints Black-76 price and Greeks as one JSON object: vega per 1.00 of volatility, theta
/// per year of calendar time passing.
///
/// Inputs are held to ranges within which every output is a finite number (the bounds keep
/// the discount factor, `1/(F·σ·√T)` and the other terms far from overflow); an input outside
/// them is refused, naming the flag and the range.
pub fn run(args: &GreeksArgs) -> Result<(), CliError> {
    check_range("future", args.future, &PRICE_RANGE)?;
    check_range("strike", args.strike, &PRICE_RANGE)?;
    check_range("vol", args.vol, &VOL_RANGE)?;
    check_range("rate", args.rate, &RATE_RANGE)?;
    check_range("years", args.years, &YEARS_RANGE)?;
    let quote = OptionQuote {
        future: args.future,
        strike: args.strike,
        vol: args.vol,
        rate: args.rate,
        years: args.years,
        put: args.put,
    };
    let values = greeks(&quote).map_err(|e| CliError::Usage(format!("greeks: {e}")))?;
    check_finite(&values)?;
    let json =
        serde_json::to_string(&values).map_err(|e| CliError::Usage(format!("greeks: {e}")))?;
    crate::io::say(&format!("{json}\n"))
}

/// JSON has no infinity or NaN (they would print as `null`): refuse rather than print one.
fn check_finite(values: &Greeks) -> Result<(), CliError> {
    let named = [
        ("price", values.price),
        ("delta", values.delta),
        ("gamma", values.gamma),
        ("vega", values.vega),
        ("theta", values.theta),
    ];
    match named.iter().find(|(_, value)| !value.is_finite()) {
        None => Ok(()),
        Some((name, value)) => Err(CliError::Usage(format!(
            "greeks: {name} is {value} for these inputs, not a number the model can report"
        ))),
    }
}
