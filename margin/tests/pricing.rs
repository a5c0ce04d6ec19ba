//! Black-76 against put-call parity and finite differences of its own price.

use gatebook_margin::{greeks, Greeks, OptionQuote};
use proptest::prelude::*;

fn price(future: f64, strike: f64, vol: f64, rate: f64, years: f64, put: bool) -> f64 {
    greeks(&OptionQuote {
        future,
        strike,
        vol,
        rate,
        years,
        put,
    })
    .unwrap()
    .price
}

fn all_greeks(future: f64, strike: f64, vol: f64, rate: f64, years: f64, put: bool) -> Greeks {
    greeks(&OptionQuote {
        future,
        strike,
        vol,
        rate,
        years,
        put,
    })
    .unwrap()
}

fn grid() -> Vec<(f64, f64, f64, f64, f64)> {
    let mut points = Vec::new();
    for &future in &[50.0, 95.0, 100.0, 105.0, 180.0] {
        for &vol in &[0.05, 0.2, 0.6, 1.5] {
            for &rate in &[-0.01, 0.0, 0.05] {
                for &years in &[0.02, 0.25, 1.0, 3.0] {
                    points.push((future, 100.0, vol, rate, years));
                }
            }
        }
    }
    points
}

#[test]
fn put_call_parity_over_a_grid() {
    for (future, strike, vol, rate, years) in grid() {
        let call = price(future, strike, vol, rate, years, false);
        let put = price(future, strike, vol, rate, years, true);
        let forward_value = (-rate * years).exp() * (future - strike);
        assert!(
            (call - put - forward_value).abs() < 1e-10 * future.max(strike),
            "F={future} σ={vol} r={rate} T={years}: C−P={} D(F−K)={forward_value}",
            call - put
        );
    }
}

fn close(analytic: f64, numeric: f64, scale: f64, what: &str, point: (f64, f64, f64, f64, f64)) {
    let tolerance = 1e-5 * scale.max(analytic.abs()) + 1e-8;
    assert!(
        (analytic - numeric).abs() <= tolerance,
        "{what} at {point:?}: analytic {analytic}, finite difference {numeric}"
    );
}

#[test]
fn greeks_match_central_finite_differences() {
    for point in grid() {
        let (f, k, v, r, t) = point;
        for put in [false, true] {
            let g = all_greeks(f, k, v, r, t, put);
            let p = |f: f64, v: f64, t: f64| price(f, k, v, r, t, put);

            let h = 1e-4 * f;
            let delta = (p(f + h, v, t) - p(f - h, v, t)) / (2.0 * h);
            close(g.delta, delta, 1.0, "delta", point);

            let h = 3e-5 * f;
            let gamma = (p(f + h, v, t) - 2.0 * p(f, v, t) + p(f - h, v, t)) / (h * h);
            close(g.gamma, gamma, 1.0 / f * 1e-1, "gamma", point);

            let h = 1e-5;
            let vega = (p(f, v + h, t) - p(f, v - h, t)) / (2.0 * h);
            close(g.vega, vega, f, "vega", point);

            // Theta is value change per year of time passing: minus the derivative in T.
            let h = 1e-6;
            let theta = -(p(f, v, t + h) - p(f, v, t - h)) / (2.0 * h);
            close(g.theta, theta, f, "theta", point);
        }
    }
}

#[test]
fn long_options_lose_value_over_time_at_zero_rate() {
    let g = all_greeks(100.0, 100.0, 0.3, 0.0, 0.5, false);
    assert!(g.theta < 0.0);
    assert!(g.vega > 0.0 && g.gamma > 0.0);
}

#[test]
fn cli_greeks_json_is_one_object() {
    let g = all_greeks(20.0, 20.0, 0.25, 0.09, 4.0 / 12.0, true);
    let text = serde_json::to_string(&g).unwrap();
    assert!(text.starts_with("{\"price\":"), "{text}");
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value.as_object().unwrap().len(), 5);
    assert!((value["price"].as_f64().unwrap() - 1.1166).abs() < 1e-3);
}

proptest! {
    #[test]
    fn parity_and_bounds_hold(
        future in 1.0f64..10_000.0,
        moneyness in 0.2f64..5.0,
        vol in 0.0f64..3.0,
        rate in -0.05f64..0.2,
        years in 0.0f64..10.0,
    ) {
        let strike = future * moneyness;
        let call = all_greeks(future, strike, vol, rate, years, false);
        let put = all_greeks(future, strike, vol, rate, years, true);
        let discount = (-rate * years).exp();
        let scale = future.max(strike);
        prop_assert!((call.price - put.price - discount * (future - strike)).abs() < 1e-9 * scale);
        prop_assert!((call.delta - put.delta - discount).abs() < 1e-9);
        prop_assert!(call.price >= 0.0 && put.price >= 0.0);
        prop_assert!(call.price <= discount * future * (1.0 + 1e-12));
        prop_assert!(put.price <= discount * strike * (1.0 + 1e-12));
        prop_assert!(call.delta >= 0.0 && call.delta <= discount);
        prop_assert!(put.delta <= 0.0 && put.delta >= -discount);
        prop_assert!(call.gamma >= 0.0 && call.vega >= 0.0);
        prop_assert!((call.gamma - put.gamma).abs() <= 1e-12 * call.gamma.max(1.0));
        for value in [call.price, call.delta, call.gamma, call.vega, call.theta, put.theta] {
            prop_assert!(value.is_finite());
        }
    }
}
