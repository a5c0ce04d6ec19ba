//! The state digest: one SHA-256 over everything a member could observe of engine-sw's
//! state (the books level by level in priority order, positions, open quantities, headroom,
//! reservations and the kill switches), so a recovered venue can be compared with a full
//! replay of its journal. It reads the engine through its public views only, so it does not
//! depend on how the engine lays its state out.

use engine_sw::Engine;
use gatebook_wire::{Side, VenueConfig};
use sha2::{Digest, Sha256};

/// The digest of `engine`'s state for the instruments and accounts of `venue`.
pub fn state_digest(engine: &Engine, venue: &VenueConfig) -> [u8; 32] {
    let mut hash = Sha256::new();
    let mut instruments: Vec<u16> = venue.instruments.iter().map(|i| i.id).collect();
    instruments.sort_unstable();
    let mut accounts: Vec<u32> = venue.accounts.iter().map(|a| a.id).collect();
    accounts.sort_unstable();
    for &instrument in &instruments {
        for side in [Side::Buy, Side::Sell] {
            hash.update([0xB0, side.code()]);
            hash.update(instrument.to_le_bytes());
            for (price, total) in engine.depth(instrument, side, usize::MAX) {
                hash.update(price.to_le_bytes());
                hash.update(total.to_le_bytes());
                for order in engine.level_orders(instrument, side, price) {
                    hash.update(order.account.to_le_bytes());
                    hash.update(order.cl_ord_id.to_le_bytes());
                    hash.update(order.leaves.to_le_bytes());
                }
            }
        }
    }
    for &account in &accounts {
        hash.update([0xAC]);
        hash.update(account.to_le_bytes());
        hash.update(engine.headroom(account).unwrap_or(0).to_le_bytes());
        hash.update(engine.reserved(account).unwrap_or(0).to_le_bytes());
        hash.update([u8::from(engine.is_enabled(account).unwrap_or(false))]);
        for &instrument in &instruments {
            hash.update(
                engine
                    .position(account, instrument)
                    .unwrap_or(0)
                    .to_le_bytes(),
            );
            for side in [Side::Buy, Side::Sell] {
                hash.update(
                    engine
                        .open_qty(account, instrument, side)
                        .unwrap_or(0)
                        .to_le_bytes(),
                );
            }
        }
    }
    hash.finalize().into()
}

/// A digest as the hex the logs and `--stats` print.
pub fn hex(digest: &[u8; 32]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}
