//! Static risk configuration: underlyings with their scan ranges, instruments, accounts and
//! the venue-wide margin parameters.

use crate::date::Date;
use crate::error::MarginError;

/// Venue-wide margin and liquidation parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct MarginParams {
    /// Continuously compounded rate used to discount option values (Black-76).
    pub rate: f64,
    /// The two extreme scenarios move the price by this many scan ranges (3.0 = ±3×).
    pub extreme_multiple: f64,
    /// Fraction of an extreme scenario's loss that counts (0.35 = 35%).
    pub extreme_weight: f64,
    /// Margin units charged per net short option lot, on top of the scan risk and on top of
    /// an option's sell rate: a far out-of-the-money short option still carries tail risk that
    /// the scenario grid does not see.
    pub short_option_minimum: f64,
    /// Maintenance margin as a fraction of initial margin (0.75 = 75%).
    pub maintenance_fraction: f64,
    /// Largest fraction of a position that one liquidation order may close (at least 1 lot).
    pub liquidation_slice_fraction: f64,
    /// Price allowance of liquidation orders around the mark value: a buy is limited at
    /// mark × (1 + slippage), a sell at mark × (1 − slippage).
    pub liquidation_slippage: f64,
    /// Opening balance of the insurance fund, in margin units.
    pub insurance_fund: f64,
}

impl Default for MarginParams {
    fn default() -> Self {
        MarginParams {
            rate: 0.0,
            extreme_multiple: 3.0,
            extreme_weight: 0.35,
            short_option_minimum: 0.0,
            maintenance_fraction: 0.75,
            liquidation_slice_fraction: 0.25,
            liquidation_slippage: 0.05,
            insurance_fund: 0.0,
        }
    }
}

/// One underlying (a futures price on which futures and options are written).
#[derive(Debug, Clone, PartialEq)]
pub struct UnderlyingSpec {
    /// Name used by marks and instruments, e.g. `BTC`.
    pub name: String,
    /// Price scan range as a fraction of the futures price (0.1 = ±10%).
    pub price_scan: f64,
    /// Volatility shift of the up/down scenarios, in volatility (0.05 = 5 vol points).
    pub vol_scan: f64,
}

/// What an instrument is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Contract {
    /// The underlying's future itself: linear, value = futures price.
    Future,
    /// A European option on the underlying's future.
    Option {
        /// Strike, in ticks of the underlying.
        strike: f64,
        /// Expiry date; its volatility is the mark for (underlying, expiry).
        expiry: Date,
        /// Put when true.
        put: bool,
    },
}

/// One instrument as the venue configures it.
#[derive(Debug, Clone, PartialEq)]
pub struct InstrumentSpec {
    /// Venue instrument id.
    pub id: u16,
    /// Name of its underlying (must be configured).
    pub underlying: String,
    /// Future or option.
    pub contract: Contract,
}

impl InstrumentSpec {
    /// Builds an instrument from the fields of a venue configuration `[[instrument]]` table:
    /// `kind` is `"future"` or `"option"`; an option needs `strike`, `expiry` (`YYYY-MM-DD`)
    /// and `put`.
    pub fn from_venue(
        id: u16,
        kind: &str,
        underlying: &str,
        strike: Option<u32>,
        expiry: Option<&str>,
        put: Option<bool>,
    ) -> Result<InstrumentSpec, MarginError> {
        let contract = match kind {
            "future" => Contract::Future,
            "option" => {
                let missing =
                    |field: &str| config_error(format!("instrument {id}: option without {field}"));
                let strike = strike.ok_or_else(|| missing("strike"))?;
                let expiry = Date::parse(expiry.ok_or_else(|| missing("expiry"))?)?;
                Contract::Option {
                    strike: f64::from(strike),
                    expiry,
                    put: put.ok_or_else(|| missing("put"))?,
                }
            }
            other => {
                return Err(config_error(format!(
                    "instrument {id}: kind {other:?} (expected \"future\" or \"option\")"
                )))
            }
        };
        Ok(InstrumentSpec {
            id,
            underlying: underlying.to_string(),
            contract,
        })
    }
}

/// One account at the start of the stream.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountSpec {
    /// Venue account id.
    pub id: u32,
    /// Opening cash, in margin units.
    pub cash: f64,
    /// The headroom the card starts with for this account (venue configuration `headroom`);
    /// the engine's first `HEADROOM` delta trues it up.
    pub card_headroom: i64,
}

/// Everything the engine needs to start.
#[derive(Debug, Clone, PartialEq)]
pub struct RiskConfig {
    /// Valuation date for times to expiry, until the first `Tick`.
    pub valuation_date: Date,
    /// Margin and liquidation parameters.
    pub params: MarginParams,
    /// Underlyings.
    pub underlyings: Vec<UnderlyingSpec>,
    /// Instruments.
    pub instruments: Vec<InstrumentSpec>,
    /// Accounts.
    pub accounts: Vec<AccountSpec>,
}

fn config_error(text: String) -> MarginError {
    MarginError::Config(text)
}

fn require(condition: bool, text: impl FnOnce() -> String) -> Result<(), MarginError> {
    if condition {
        Ok(())
    } else {
        Err(config_error(text()))
    }
}

impl RiskConfig {
    /// Checks ranges and references; every error names the offending field.
    pub fn validate(&self) -> Result<(), MarginError> {
        let p = &self.params;
        require(p.rate.is_finite(), || format!("params.rate = {}", p.rate))?;
        require(
            p.extreme_multiple.is_finite() && p.extreme_multiple >= 1.0,
            || {
                format!(
                    "params.extreme_multiple = {} (must be >= 1)",
                    p.extreme_multiple
                )
            },
        )?;
        require((0.0..=1.0).contains(&p.extreme_weight), || {
            format!(
                "params.extreme_weight = {} (must be in 0..=1)",
                p.extreme_weight
            )
        })?;
        require(
            p.short_option_minimum.is_finite() && p.short_option_minimum >= 0.0,
            || format!("params.short_option_minimum = {}", p.short_option_minimum),
        )?;
        require(
            p.maintenance_fraction > 0.0 && p.maintenance_fraction <= 1.0,
            || {
                format!(
                    "params.maintenance_fraction = {} (must be in (0, 1])",
                    p.maintenance_fraction
                )
            },
        )?;
        require(
            p.liquidation_slice_fraction > 0.0 && p.liquidation_slice_fraction <= 1.0,
            || {
                format!(
                    "params.liquidation_slice_fraction = {} (must be in (0, 1])",
                    p.liquidation_slice_fraction
                )
            },
        )?;
        require((0.0..1.0).contains(&p.liquidation_slippage), || {
            format!(
                "params.liquidation_slippage = {} (must be in [0, 1))",
                p.liquidation_slippage
            )
        })?;
        require(
            p.insurance_fund.is_finite() && p.insurance_fund >= 0.0,
            || format!("params.insurance_fund = {}", p.insurance_fund),
        )?;
        for (index, u) in self.underlyings.iter().enumerate() {
            require(!u.name.is_empty(), || {
                format!("underlyings[{index}].name is empty")
            })?;
            require(
                self.underlyings[..index].iter().all(|o| o.name != u.name),
                || format!("underlyings[{index}].name {:?} is a duplicate", u.name),
            )?;
            // The extreme scenario must keep the futures price positive.
            require(
                u.price_scan > 0.0 && u.price_scan * p.extreme_multiple < 1.0,
                || {
                    format!(
                        "underlyings[{index}].price_scan = {} (must be > 0 and < 1/extreme_multiple)",
                        u.price_scan
                    )
                },
            )?;
            require(u.vol_scan.is_finite() && u.vol_scan >= 0.0, || {
                format!("underlyings[{index}].vol_scan = {}", u.vol_scan)
            })?;
        }
        for (index, i) in self.instruments.iter().enumerate() {
            require(
                self.instruments[..index].iter().all(|o| o.id != i.id),
                || format!("instruments[{index}].id {} is a duplicate", i.id),
            )?;
            require(
                self.underlyings.iter().any(|u| u.name == i.underlying),
                || {
                    format!(
                        "instruments[{index}].underlying {:?} is not configured",
                        i.underlying
                    )
                },
            )?;
            require(!i.underlying.is_empty(), || {
                format!("instruments[{index}].underlying is empty")
            })?;
            if let Contract::Option { strike, .. } = i.contract {
                require(strike.is_finite() && strike > 0.0, || {
                    format!("instruments[{index}].strike = {strike}")
                })?;
            }
        }
        for (index, a) in self.accounts.iter().enumerate() {
            require(self.accounts[..index].iter().all(|o| o.id != a.id), || {
                format!("accounts[{index}].id {} is a duplicate", a.id)
            })?;
            require(a.cash.is_finite(), || {
                format!("accounts[{index}].cash = {}", a.cash)
            })?;
        }
        Ok(())
    }
}
