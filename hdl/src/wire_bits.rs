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

/// Bit offsets of the inbound record's fields (`OrderRecord`): each is the field's lowest bit
/// in the beat.
pub mod order {
    use super::at;
    /// Byte 0: layout version (8 bits).
    pub const VERSION: usize = at(0);
    /// Byte 1: message type code (8 bits).
    pub const MSG_TYPE: usize = at(1);
    /// Byte 2: side code, 1 = buy, 2 = sell (8 bits).
    pub const SIDE: usize = at(2);
    /// Byte 3: order type code, 1 = LIMIT, 2 = MARKET (8 bits).
    pub const ORD_TYPE: usize = at(3);
    /// Byte 4: time-in-force code, 1 = GTC, 2 = IOC, 3 = FOK (8 bits).
    pub const TIF: usize = at(4);
    /// Byte 5: bit 0 POST_ONLY, bits 4..=6 STP mode (8 bits).
    pub const FLAGS: usize = at(5);
    /// Bytes 6..8: instrument id (16 bits).
    pub const INSTRUMENT: usize = at(6);
    /// Bytes 8..12: account id (32 bits).
    pub const ACCOUNT: usize = at(8);
    /// Bytes 12..16: price in ticks, or the `REF` price / `RATES` rate (32 bits).
    pub const PRICE: usize = at(12);
    /// Bytes 16..20: quantity in lots; the new leaves of a `REPLACE` (32 bits).
    pub const QTY: usize = at(16);
    /// Bytes 24..32: client order id (64 bits).
    pub const CL_ORD_ID: usize = at(24);
    /// Bytes 32..40: position of the message in the input stream (64 bits).
    pub const IN_SEQ: usize = at(32);
    /// Bytes 40..48: signed `HEADROOM` delta (64 bits).
    pub const AMOUNT: usize = at(40);
}

/// Bit offsets of the outbound report's fields (`ReportRecord`): each is the field's lowest
/// bit in the beat.
pub mod report {
    use super::at;
    /// Byte 0: layout version (8 bits).
    pub const VERSION: usize = at(0);
    /// Byte 1: record type, always the report type 0x80 (8 bits).
    pub const RECORD_TYPE: usize = at(1);
    /// Byte 2: event code, ACK .. REPLACED (8 bits).
    pub const EVENT: usize = at(2);
    /// Byte 3: reason code, 0 when none (8 bits).
    pub const REASON: usize = at(3);
    /// Byte 4: side code, 0 when the column is empty (8 bits).
    pub const SIDE: usize = at(4);
    /// Byte 5: which optional columns carry a value (8 bits).
    pub const PRESENT: usize = at(5);
    /// Bytes 6..8: instrument id (16 bits).
    pub const INSTRUMENT: usize = at(6);
    /// Bytes 8..12: account id (32 bits).
    pub const ACCOUNT: usize = at(8);
    /// Bytes 12..16: price in ticks; a FILL's is the maker's price (32 bits).
    pub const PRICE: usize = at(12);
    /// Bytes 16..20: quantity in lots; a FILL's is the matched quantity (32 bits).
    pub const QTY: usize = at(16);
    /// Bytes 20..24: the order's remaining quantity after the event (32 bits).
    pub const LEAVES: usize = at(20);
    /// Bytes 24..32: client order id of the order reported on (64 bits).
    pub const CL_ORD_ID: usize = at(24);
    /// Bytes 32..40: `in_seq` of the message that caused the report (64 bits).
    pub const IN_SEQ: usize = at(32);
    /// Bytes 40..44: the other side's account of a FILL (32 bits).
    pub const CONTRA_ACCOUNT: usize = at(40);
    /// Bytes 48..56: the other side's client order id of a FILL (64 bits).
    pub const CONTRA_CL_ORD_ID: usize = at(48);
    /// Bytes 56..64: cycle counter when the report entered egress (64 bits).
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
