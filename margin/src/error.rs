//! Error types: bad input is reported, never a panic.

use thiserror::Error;

/// A Black-76 input that cannot be priced.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum PricingError {
    /// NaN or infinite input.
    #[error("{name} is not a finite number")]
    NotFinite {
        /// Which input.
        name: &'static str,
    },
    /// Futures price or strike at or below zero.
    #[error("{name} must be positive, got {value}")]
    NotPositive {
        /// Which input.
        name: &'static str,
        /// The value given.
        value: f64,
    },
    /// Negative volatility or time to expiry.
    #[error("{name} must not be negative, got {value}")]
    Negative {
        /// Which input.
        name: &'static str,
        /// The value given.
        value: f64,
    },
}

/// A calendar date that does not parse as `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("invalid date {text:?}: expected YYYY-MM-DD")]
pub struct DateError {
    /// The text given.
    pub text: String,
}

/// Errors of the margin engine: configuration and input stream.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum MarginError {
    /// The risk configuration is inconsistent; names the field.
    #[error("invalid risk configuration: {0}")]
    Config(String),
    /// An input names an account the engine was not configured with.
    #[error("unknown account {0}")]
    UnknownAccount(u32),
    /// An input names an instrument the engine was not configured with.
    #[error("unknown instrument {0}")]
    UnknownInstrument(u16),
    /// An input names an underlying the engine was not configured with.
    #[error("unknown underlying {0:?}")]
    UnknownUnderlying(String),
    /// A fill or valuation needs a mark (futures price, or volatility for an option) that has
    /// not been received yet.
    #[error("instrument {0} has no mark yet (futures price and, for options, volatility)")]
    NoMark(u16),
    /// A mark with an unusable price or volatility.
    #[error("invalid mark: {0}")]
    Mark(#[from] PricingError),
    /// A fill with zero quantity or zero price.
    #[error("invalid fill: {0}")]
    Fill(String),
    /// A date that does not parse.
    #[error(transparent)]
    Date(#[from] DateError),
}
