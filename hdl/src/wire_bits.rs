//! Byte offsets of the wire records as bit offsets of a 512-bit beat, and conversions
//! between a 64-byte record and a beat.
//!
//! Byte `i` of a record is bits `8*i .. 8*i+8` of the beat (little-endian, as a PCIe DMA
//! engine delivers it), so a little-endian field at byte offset `o` sits at bit `8*o`.

use rust_hdl::prelude::*;

/// Bit offset of the field that starts at byte `byte` of a record.
pub const fn at(byte: usize) -> usize {
    byte * 8
}

/// Inbound record fields (`OrderRecord`).
pub mod order {
    use super::at;
    pub const VERSION: usize = at(0);
    pub const MSG_TYPE: usize = at(1);
    pub const SIDE: usize = at(2);
    pub const ORD_TYPE: usize = at(3);
    pub const TIF: usize = at(4);
    pub const FLAGS: usize = at(5);
    pub const INSTRUMENT: usize = at(6);
    pub const ACCOUNT: usize = at(8);
    pub const PRICE: usize = at(12);
    pub const QTY: usize = at(16);
    pub const CL_ORD_ID: usize = at(24);
    pub const IN_SEQ: usize = at(32);
    pub const AMOUNT: usize = at(40);
}

/// Outbound report fields (`ReportRecord`).
pub mod report {
    use super::at;
    pub const VERSION: usize = at(0);
    pub const RECORD_TYPE: usize = at(1);
    pub const EVENT: usize = at(2);
    pub const REASON: usize = at(3);
    pub const SIDE: usize = at(4);
    pub const PRESENT: usize = at(5);
    pub const INSTRUMENT: usize = at(6);
    pub const ACCOUNT: usize = at(8);
    pub const PRICE: usize = at(12);
    pub const QTY: usize = at(16);
    pub const LEAVES: usize = at(20);
    pub const CL_ORD_ID: usize = at(24);
    pub const IN_SEQ: usize = at(32);
    pub const CONTRA_ACCOUNT: usize = at(40);
    pub const CONTRA_CL_ORD_ID: usize = at(48);
    pub const EGRESS_CYCLE: usize = at(56);
}

/// A 64-byte record as a beat.
pub fn beat_from_bytes(bytes: &[u8; 64]) -> Bits<512> {
    let mut beat = Bits::<512>::default();
    for (word, chunk) in bytes.chunks_exact(8).enumerate() {
        let value = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        beat = beat | (bit_cast::<512, 64>(Bits::<64>::from(value)) << (64 * word as u64));
    }
    beat
}

/// A beat as the 64 bytes of its record.
pub fn bytes_from_beat(beat: Bits<512>) -> [u8; 64] {
    let mut bytes = [0u8; 64];
    for (word, chunk) in bytes.chunks_exact_mut(8).enumerate() {
        let value = beat.get_bits::<64>(64 * word).to_u64();
        chunk.copy_from_slice(&value.to_le_bytes());
    }
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_round_trip_through_a_beat() {
        let bytes: [u8; 64] = std::array::from_fn(|i| (i as u8).wrapping_mul(37) ^ 0x5a);
        let beat = beat_from_bytes(&bytes);
        assert_eq!(beat.get_bits::<8>(at(3)).to_u8(), bytes[3]);
        assert_eq!(bytes_from_beat(beat), bytes);
    }
}
