//! Black-76: European options on a futures price, discounted at a flat rate.
//!
//! With forward `F`, strike `K`, volatility `σ`, rate `r` and time to expiry `T` (years):
//!
//! ```text
//! d1 = (ln(F/K) + σ²T/2) / (σ√T),   d2 = d1 − σ√T,   D = e^{−rT}
//! call = D·(F·N(d1) − K·N(d2))        put = D·(K·N(−d2) − F·N(−d1))
//! delta = ∂V/∂F = D·N(d1) (call), D·(N(d1) − 1) (put)
//! gamma = ∂²V/∂F² = D·n(d1) / (F·σ·√T)
//! vega  = ∂V/∂σ   = D·F·n(d1)·√T          (per 1.00 of σ, not per vol point)
//! theta = −∂V/∂T  = r·V − D·F·n(d1)·σ / (2√T)
//! ```
//!
//! Theta is the change of value per year of calendar time passing (time to expiry shrinking),
//! so it is usually negative for a long option; for deep in-the-money options the `r·V` term can
//! make it positive.
//!
//! Edge cases never produce NaN: when `σ√T` is below [`MIN_TOTAL_VOL`] (expiry reached, or zero
//! volatility) the option is worth its discounted intrinsic value, gamma and vega are 0, delta is
//! the discounted indicator of being in the money (half of it exactly at the money) and theta is
//! `r·V`. Far in or out of the money the normal CDF saturates cleanly at 0 or 1.

use serde::Serialize;

use crate::error::PricingError;

/// Below this total volatility `σ√T` an option is valued at intrinsic: the closed form would
/// divide by a number too small to carry meaning.
pub const MIN_TOTAL_VOL: f64 = 1e-10;

/// Call or put.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum OptionKind {
    /// Right to buy the future at the strike.
    Call,
    /// Right to sell the future at the strike.
    Put,
}

impl OptionKind {
    /// `Put` when `put` is true, else `Call`.
    pub fn from_put_flag(put: bool) -> Self {
        if put {
            OptionKind::Put
        } else {
            OptionKind::Call
        }
    }
}

/// Price and first-order sensitivities of one option, per unit of the underlying.
///
/// Serialises to one JSON object with keys `price`, `delta`, `gamma`, `vega`, `theta`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Greeks {
    /// Discounted option value.
    pub price: f64,
    /// ∂price/∂F.
    pub delta: f64,
    /// ∂²price/∂F².
    pub gamma: f64,
    /// ∂price/∂σ, per 1.00 of volatility.
    pub vega: f64,
    /// Change of price per year of calendar time passing (−∂price/∂T).
    pub theta: f64,
}

/// Inputs of one Black-76 valuation, as the `gatebook greeks` command takes them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OptionQuote {
    /// Futures price of the underlying.
    pub future: f64,
    /// Strike, in the same unit as `future`.
    pub strike: f64,
    /// Annualised volatility (0.25 = 25%).
    pub vol: f64,
    /// Continuously compounded discount rate (0.09 = 9%).
    pub rate: f64,
    /// Time to expiry in years.
    pub years: f64,
    /// Put when true, call when false.
    pub put: bool,
}

/// Standard normal cumulative distribution, through libm's complementary error function
/// (accurate in both tails, unlike `1 − erf`).
#[inline]
pub fn norm_cdf(x: f64) -> f64 {
    0.5 * libm::erfc(-x * std::f64::consts::FRAC_1_SQRT_2)
}

/// Standard normal density.
#[inline]
pub fn norm_pdf(x: f64) -> f64 {
    const INV_SQRT_2PI: f64 = 0.398_942_280_401_432_7;
    INV_SQRT_2PI * (-0.5 * x * x).exp()
}

fn check_finite(name: &'static str, value: f64) -> Result<(), PricingError> {
    if value.is_finite() {
        Ok(())
    } else {
        Err(PricingError::NotFinite { name })
    }
}

/// Checks a quote: all inputs finite, future and strike positive, vol and years not negative.
pub fn validate(quote: &OptionQuote) -> Result<(), PricingError> {
    check_finite("future", quote.future)?;
    check_finite("strike", quote.strike)?;
    check_finite("vol", quote.vol)?;
    check_finite("rate", quote.rate)?;
    check_finite("years", quote.years)?;
    if quote.future <= 0.0 {
        return Err(PricingError::NotPositive {
            name: "future",
            value: quote.future,
        });
    }
    if quote.strike <= 0.0 {
        return Err(PricingError::NotPositive {
            name: "strike",
            value: quote.strike,
        });
    }
    if quote.vol < 0.0 {
        return Err(PricingError::Negative {
            name: "vol",
            value: quote.vol,
        });
    }
    if quote.years < 0.0 {
        return Err(PricingError::Negative {
            name: "years",
            value: quote.years,
        });
    }
    Ok(())
}

/// Price and Greeks of one option; the entry point for `gatebook greeks`.
pub fn greeks(quote: &OptionQuote) -> Result<Greeks, PricingError> {
    validate(quote)?;
    let discount = (-quote.rate * quote.years).exp();
    Ok(greeks_unchecked(
        quote.future,
        quote.strike,
        quote.vol,
        quote.rate,
        quote.years,
        discount,
        OptionKind::from_put_flag(quote.put),
    ))
}

/// Price only; the inputs must already be valid (positive `future` and `strike`, `vol` and
/// `years` not negative, all finite). Used on the margin scenario grid.
#[inline]
pub(crate) fn price_unchecked(
    future: f64,
    strike: f64,
    vol: f64,
    years: f64,
    discount: f64,
    kind: OptionKind,
) -> f64 {
    let total_vol = vol * years.sqrt();
    if total_vol < MIN_TOTAL_VOL {
        return discount * intrinsic(future, strike, kind);
    }
    let d1 = d1_of(future, strike, total_vol, 1.0 / total_vol);
    let d2 = d1 - total_vol;
    match kind {
        OptionKind::Call => discount * (future * norm_cdf(d1) - strike * norm_cdf(d2)),
        OptionKind::Put => discount * (strike * norm_cdf(-d2) - future * norm_cdf(-d1)),
    }
}

/// d1 = (ln(F/K) + σ²T/2) / (σ√T), given σ√T and its reciprocal.
#[inline]
fn d1_of(future: f64, strike: f64, total_vol: f64, inv_total_vol: f64) -> f64 {
    ((future / strike).ln() + 0.5 * total_vol * total_vol) * inv_total_vol
}

fn intrinsic(future: f64, strike: f64, kind: OptionKind) -> f64 {
    match kind {
        OptionKind::Call => (future - strike).max(0.0),
        OptionKind::Put => (strike - future).max(0.0),
    }
}

/// Price and Greeks; inputs as for [`price_unchecked`], `discount` = e^{−rT}.
pub(crate) fn greeks_unchecked(
    future: f64,
    strike: f64,
    vol: f64,
    rate: f64,
    years: f64,
    discount: f64,
    kind: OptionKind,
) -> Greeks {
    let sqrt_t = years.sqrt();
    let total_vol = vol * sqrt_t;
    if total_vol < MIN_TOTAL_VOL {
        let price = discount * intrinsic(future, strike, kind);
        let itm = match kind {
            OptionKind::Call => future - strike,
            OptionKind::Put => strike - future,
        };
        let step = if itm > 0.0 {
            1.0
        } else if itm == 0.0 {
            0.5
        } else {
            0.0
        };
        let delta = match kind {
            OptionKind::Call => discount * step,
            OptionKind::Put => -discount * step,
        };
        return Greeks {
            price,
            delta,
            gamma: 0.0,
            vega: 0.0,
            theta: rate * price,
        };
    }
    let inv_total_vol = 1.0 / total_vol;
    let d1 = d1_of(future, strike, total_vol, inv_total_vol);
    let d2 = d1 - total_vol;
    let pdf_d1 = norm_pdf(d1);
    // Each tail probability is computed once: erfc dominates the cost.
    let (price, delta) = match kind {
        OptionKind::Call => {
            let n_d1 = norm_cdf(d1);
            (
                discount * (future * n_d1 - strike * norm_cdf(d2)),
                discount * n_d1,
            )
        }
        OptionKind::Put => {
            let n_minus_d1 = norm_cdf(-d1);
            (
                discount * (strike * norm_cdf(-d2) - future * n_minus_d1),
                -discount * n_minus_d1,
            )
        }
    };
    // One reciprocal serves d1, gamma and theta (σ/√T = σ²/(σ√T)): divisions are slow.
    let discounted_density = discount * pdf_d1;
    let gamma = discounted_density * inv_total_vol / future;
    let vega = discounted_density * future * sqrt_t;
    let theta = rate * price - 0.5 * discounted_density * future * vol * vol * inv_total_vol;
    Greeks {
        price,
        delta,
        gamma,
        vega,
        theta,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote(future: f64, strike: f64, vol: f64, rate: f64, years: f64, put: bool) -> OptionQuote {
        OptionQuote {
            future,
            strike,
            vol,
            rate,
            years,
            put,
        }
    }

    /// J. C. Hull, "Options, Futures, and Other Derivatives" (Black's model for futures
    /// options, worked example): a European put on a futures contract with F = 20, K = 20,
    /// r = 9%, σ = 25%, T = 4 months is worth 1.12.
    #[test]
    fn hull_black76_put_example() {
        let g = greeks(&quote(20.0, 20.0, 0.25, 0.09, 4.0 / 12.0, true)).unwrap();
        assert!((g.price - 1.12).abs() < 0.005, "put = {}", g.price);
        // At the money the call equals the put (parity with F = K).
        let c = greeks(&quote(20.0, 20.0, 0.25, 0.09, 4.0 / 12.0, false)).unwrap();
        assert!((c.price - g.price).abs() < 1e-12);
    }

    /// Haug, "The Complete Guide to Option Pricing Formulas" (2nd ed.), Black-76 example:
    /// F = 19, K = 19, T = 0.75, r = 10%, σ = 28%: call = put = 1.7011.
    #[test]
    fn haug_black76_example() {
        let c = greeks(&quote(19.0, 19.0, 0.28, 0.10, 0.75, false)).unwrap();
        assert!((c.price - 1.7011).abs() < 5e-4, "call = {}", c.price);
    }

    #[test]
    fn norm_cdf_reference_values() {
        assert_eq!(norm_cdf(0.0), 0.5);
        assert!((norm_cdf(1.96) - 0.975_002_104_851_780).abs() < 1e-14);
        assert!((norm_cdf(-1.0) - 0.158_655_253_931_457).abs() < 1e-14);
        // Deep tail: erfc keeps relative accuracy where 1 − erf would give 0.
        let tail = norm_cdf(-10.0);
        assert!((tail - 7.619_853_024_160_527e-24).abs() / tail < 1e-12);
    }

    #[test]
    fn expiry_and_zero_vol_give_intrinsic() {
        let at_expiry = greeks(&quote(110.0, 100.0, 0.3, 0.05, 0.0, false)).unwrap();
        assert_eq!(at_expiry.price, 10.0);
        assert_eq!(at_expiry.delta, 1.0);
        assert_eq!(at_expiry.gamma, 0.0);
        let zero_vol = greeks(&quote(90.0, 100.0, 0.0, 0.05, 1.0, true)).unwrap();
        let d = (-0.05f64).exp();
        assert!((zero_vol.price - 10.0 * d).abs() < 1e-12);
        assert!((zero_vol.delta + d).abs() < 1e-12);
        let atm = greeks(&quote(100.0, 100.0, 0.0, 0.0, 1.0, false)).unwrap();
        assert_eq!(atm.price, 0.0);
        assert_eq!(atm.delta, 0.5);
    }

    #[test]
    fn extreme_moneyness_is_finite() {
        for &(f, k) in &[(1e-6, 1e6), (1e6, 1e-6), (1.0, 1.0)] {
            for &vol in &[0.0, 1e-12, 0.01, 5.0] {
                for &t in &[0.0, 1e-9, 1.0, 30.0] {
                    for put in [false, true] {
                        let g = greeks(&quote(f, k, vol, 0.05, t, put)).unwrap();
                        for v in [g.price, g.delta, g.gamma, g.vega, g.theta] {
                            assert!(v.is_finite(), "{f} {k} {vol} {t} {put}: {g:?}");
                        }
                        assert!(g.price >= 0.0);
                    }
                }
            }
        }
    }

    #[test]
    fn bad_inputs_are_errors() {
        assert!(greeks(&quote(0.0, 1.0, 0.2, 0.0, 1.0, false)).is_err());
        assert!(greeks(&quote(1.0, -1.0, 0.2, 0.0, 1.0, false)).is_err());
        assert!(greeks(&quote(1.0, 1.0, -0.2, 0.0, 1.0, false)).is_err());
        assert!(greeks(&quote(1.0, 1.0, 0.2, 0.0, -1.0, false)).is_err());
        assert!(greeks(&quote(f64::NAN, 1.0, 0.2, 0.0, 1.0, false)).is_err());
        assert!(greeks(&quote(1.0, 1.0, 0.2, f64::INFINITY, 1.0, false)).is_err());
    }

    #[test]
    fn serialises_to_one_object_with_five_keys() {
        let g = greeks(&quote(20.0, 20.0, 0.25, 0.09, 4.0 / 12.0, true)).unwrap();
        let json = serde_json::to_value(g).unwrap();
        let object = json.as_object().unwrap();
        let keys: Vec<&str> = object.keys().map(String::as_str).collect();
        assert_eq!(keys.len(), 5);
        for key in ["price", "delta", "gamma", "vega", "theta"] {
            assert!(object[key].is_f64(), "{key}");
        }
    }
}
