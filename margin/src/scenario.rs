//! The SPAN-like scenario grid every instrument is revalued on.
//!
//! Sixteen scenarios per underlying, in this fixed order (`scan` = the underlying's
//! `price_scan` × futures price, `vol` = its `vol_scan`):
//!
//! | # | futures price move | volatility | weight |
//! |---|--------------------|------------|--------|
//! | 0, 1   | 0          | +vol, −vol | 1 |
//! | 2, 3   | +1/3 scan  | +vol, −vol | 1 |
//! | 4, 5   | −1/3 scan  | +vol, −vol | 1 |
//! | 6, 7   | +2/3 scan  | +vol, −vol | 1 |
//! | 8, 9   | −2/3 scan  | +vol, −vol | 1 |
//! | 10, 11 | +1 scan    | +vol, −vol | 1 |
//! | 12, 13 | −1 scan    | +vol, −vol | 1 |
//! | 14     | +`extreme_multiple` scan | unchanged | `extreme_weight` |
//! | 15     | −`extreme_multiple` scan | unchanged | `extreme_weight` |
//!
//! A shifted volatility is floored at 0. Time to expiry is not advanced. With the defaults the
//! extremes are ±3 scan ranges counted at 35% of their loss.

use crate::config::MarginParams;

/// Number of scenarios in the grid.
pub const SCENARIO_COUNT: usize = 16;

/// One point of the grid.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scenario {
    /// Futures price move, in scan ranges (1.0 = one full scan range up).
    pub price_move: f64,
    /// Volatility move, in vol scans (+1, −1 or 0).
    pub vol_move: f64,
    /// Fraction of the scenario's loss that counts.
    pub weight: f64,
}

/// The grid for the given parameters, in the documented order.
pub fn scenario_grid(params: &MarginParams) -> [Scenario; SCENARIO_COUNT] {
    let moves = [0.0, 1.0 / 3.0, -1.0 / 3.0, 2.0 / 3.0, -2.0 / 3.0, 1.0, -1.0];
    let mut grid = [Scenario {
        price_move: 0.0,
        vol_move: 0.0,
        weight: 1.0,
    }; SCENARIO_COUNT];
    for (index, &price_move) in moves.iter().enumerate() {
        grid[2 * index] = Scenario {
            price_move,
            vol_move: 1.0,
            weight: 1.0,
        };
        grid[2 * index + 1] = Scenario {
            price_move,
            vol_move: -1.0,
            weight: 1.0,
        };
    }
    grid[14] = Scenario {
        price_move: params.extreme_multiple,
        vol_move: 0.0,
        weight: params.extreme_weight,
    };
    grid[15] = Scenario {
        price_move: -params.extreme_multiple,
        vol_move: 0.0,
        weight: params.extreme_weight,
    };
    grid
}
