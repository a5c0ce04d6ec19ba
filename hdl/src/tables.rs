//! The venue tables' row layouts and the control records that fill them.
//!
//! The tables live in block RAM inside the matcher ([`crate::matcher::Matcher`]), one row per
//! id, read in parallel when a message arrives (1 cycle):
//!
//! | table | address | row bits |
//! |---|---|---|
//! | instruments | instrument id (low bits, after `< capacity.instruments`) | 0 configured, 8..40 price_base, 40..72 reference, 72..104 collar, 104..136 margin_buy, 136..168 margin_sell |
//! | account limits | account id (low bits, after `< capacity.accounts`) | 0 configured, 1 enabled, 2..5 STP code, 8..40 max_order_qty, 40..104 max_order_notional, 104..168 max_position |
//! | headroom | account | i64 |
//! | account orders | account | 0..17 oldest, 17..34 newest live order (links, bit 16 = none) |
//! | exposure | account * 2^instrument_bits + instrument | 0..64 position (i64), 64..128 open buy, 128..192 open sell |
//!
//! [`ControlDecoder`] turns a `CFG_*` record (layouts in `wire/src/venue.rs`) into rows:
//! `CFG_CAPACITY` sets the capacity registers (the host refuses a venue larger than the
//! build before sending it, as `Capacity::fits_in` says), `CFG_INSTRUMENT` writes an
//! instrument row, `CFG_ACCOUNT` an account-limits row and its headroom, `CFG_COMMIT`
//! changes nothing. `REF`, `RATES`, `HEADROOM`, `ENABLE` and `KILL` update single fields
//! of these rows in the matcher.

use rust_hdl::prelude::*;

/// Combinational decode of a control record into table rows.
#[derive(LogicBlock, Default)]
pub struct ControlDecoder {
    /// The control record, the whole 512-bit beat as ingress passes it on.
    pub record: Signal<In, Bits<512>>,
    /// `CFG_CAPACITY` bytes 4..8: the number of instruments.
    pub cap_instruments: Signal<Out, Bits<32>>,
    /// `CFG_CAPACITY` bytes 8..12: the number of accounts.
    pub cap_accounts: Signal<Out, Bits<32>>,
    /// `CFG_CAPACITY` bytes 12..16: the number of order slots.
    pub cap_order_slots: Signal<Out, Bits<32>>,
    /// `CFG_CAPACITY` bytes 16..20: the price window, in ticks.
    pub cap_price_window: Signal<Out, Bits<32>>,
    /// `CFG_INSTRUMENT` bytes 6..8: the instrument id.
    pub instrument_id: Signal<Out, Bits<16>>,
    /// `CFG_INSTRUMENT`: the instrument row, marked configured (layout in the module docs).
    pub instrument_row: Signal<Out, Bits<168>>,
    /// `CFG_ACCOUNT` bytes 8..12: the account id.
    pub account_id: Signal<Out, Bits<32>>,
    /// `CFG_ACCOUNT`: the account-limits row, marked configured (layout in the module docs).
    pub account_row: Signal<Out, Bits<168>>,
    /// `CFG_ACCOUNT` bytes 32..40: the account's headroom, an i64.
    pub headroom: Signal<Out, Bits<64>>,
}

impl Logic for ControlDecoder {
    #[hdl_gen]
    fn update(&mut self) {
        self.cap_instruments.next = self.record.val().get_bits::<32>(32);
        self.cap_accounts.next = self.record.val().get_bits::<32>(64);
        self.cap_order_slots.next = self.record.val().get_bits::<32>(96);
        self.cap_price_window.next = self.record.val().get_bits::<32>(128);
        self.instrument_id.next = self.record.val().get_bits::<16>(48);
        // Bytes 8..28 (base, reference, collar, buy rate, sell rate) land at row bit 8.
        self.instrument_row.next =
            (bit_cast::<168, 160>(self.record.val().get_bits::<160>(64)) << 8) | 1;
        self.account_id.next = self.record.val().get_bits::<32>(64);
        // Byte 2 enabled, byte 3 STP; bytes 12..32 (max qty, notional, position) at bit 8.
        self.account_row.next = (bit_cast::<168, 160>(self.record.val().get_bits::<160>(96)) << 8)
            | (bit_cast::<168, 3>(self.record.val().get_bits::<3>(24)) << 2)
            | (bit_cast::<168, 1>(self.record.val().get_bits::<1>(16)) << 1)
            | 1;
        self.headroom.next = self.record.val().get_bits::<64>(256);
    }
}

/// Software view of the rows, for tests and for reading the card's state back.
pub mod rows {
    use rust_hdl::prelude::*;

    /// An instrument row's fields: (configured, price_base, reference, collar, buy, sell).
    pub fn instrument(row: Bits<168>) -> (bool, u32, u32, u32, u32, u32) {
        (
            row.get_bit(0),
            row.get_bits::<32>(8).to_u32(),
            row.get_bits::<32>(40).to_u32(),
            row.get_bits::<32>(72).to_u32(),
            row.get_bits::<32>(104).to_u32(),
            row.get_bits::<32>(136).to_u32(),
        )
    }

    /// An account-limits row: (configured, enabled, stp, max qty, max notional, max position).
    pub fn account(row: Bits<168>) -> (bool, bool, u8, u32, u64, u64) {
        (
            row.get_bit(0),
            row.get_bit(1),
            row.get_bits::<3>(2).to_u8(),
            row.get_bits::<32>(8).to_u32(),
            row.get_bits::<64>(40).to_u64(),
            row.get_bits::<64>(104).to_u64(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testbench::settle;
    use crate::wire_bits::beat_from_bytes;
    use gatebook_wire::{AccountConfig, Capacity, InstrumentConfig, StpMode, VenueConfig};

    #[test]
    fn control_records_become_rows() {
        let venue = VenueConfig {
            capacity: Capacity {
                instruments: 4,
                accounts: 16,
                order_slots: 16,
                price_window: 100,
            },
            instruments: vec![InstrumentConfig {
                id: 3,
                price_base: 1000,
                reference: 1050,
                collar: 20,
                margin_buy: 0xdead_beef,
                margin_sell: 7,
                ..InstrumentConfig::default()
            }],
            accounts: vec![AccountConfig {
                id: 9,
                enabled: false,
                max_order_qty: 50,
                max_order_notional: 1 << 40,
                max_position: u64::MAX,
                headroom: -5,
                stp: StpMode::Both,
            }],
        };
        let records = venue.control_records();
        let mut uut = ControlDecoder::default();
        uut.connect_all();
        uut.record.next = beat_from_bytes(&records[0].to_bytes());
        settle(&mut uut);
        assert_eq!(uut.cap_instruments.val().to_u32(), 4);
        assert_eq!(uut.cap_accounts.val().to_u32(), 16);
        assert_eq!(uut.cap_order_slots.val().to_u32(), 16);
        assert_eq!(uut.cap_price_window.val().to_u32(), 100);
        uut.record.next = beat_from_bytes(&records[1].to_bytes());
        settle(&mut uut);
        assert_eq!(uut.instrument_id.val().to_u16(), 3);
        assert_eq!(
            rows::instrument(uut.instrument_row.val()),
            (true, 1000, 1050, 20, 0xdead_beef, 7)
        );
        uut.record.next = beat_from_bytes(&records[2].to_bytes());
        settle(&mut uut);
        assert_eq!(uut.account_id.val().to_u32(), 9);
        assert_eq!(
            rows::account(uut.account_row.val()),
            (true, false, StpMode::Both.code(), 50, 1 << 40, u64::MAX)
        );
        assert_eq!(uut.headroom.val().to_u64() as i64, -5);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]
        /// Any instrument and account configuration, packed by the decoder and read back by
        /// the row layouts, is the configuration: every field at its place, none overlapping.
        #[test]
        fn every_row_field_round_trips(
            id in 0u16..4,
            prices in proptest::array::uniform5(proptest::prelude::any::<u32>()),
            account in proptest::prelude::any::<u32>(),
            enabled in proptest::prelude::any::<bool>(),
            stp in 0usize..StpMode::ALL.len(),
            limits in (proptest::prelude::any::<u32>(), proptest::prelude::any::<u64>(), proptest::prelude::any::<u64>()),
            headroom in proptest::prelude::any::<i64>(),
        ) {
            let [price_base, reference, collar, margin_buy, margin_sell] = prices;
            let (max_order_qty, max_order_notional, max_position) = limits;
            let instrument = InstrumentConfig {
                id,
                price_base,
                reference,
                collar,
                margin_buy,
                margin_sell,
                ..InstrumentConfig::default()
            };
            let stp = StpMode::ALL[stp];
            let limits = AccountConfig {
                id: account,
                enabled,
                max_order_qty,
                max_order_notional,
                max_position,
                headroom,
                stp,
            };
            let records = VenueConfig {
                capacity: Capacity { instruments: 4, accounts: 16, order_slots: 16, price_window: 128 },
                instruments: vec![instrument],
                accounts: vec![limits],
            }
            .control_records();
            let mut uut = ControlDecoder::default();
            uut.connect_all();
            uut.record.next = beat_from_bytes(&records[1].to_bytes());
            settle(&mut uut);
            proptest::prop_assert_eq!(uut.instrument_id.val().to_u16(), id);
            proptest::prop_assert_eq!(
                rows::instrument(uut.instrument_row.val()),
                (true, price_base, reference, collar, margin_buy, margin_sell)
            );
            uut.record.next = beat_from_bytes(&records[2].to_bytes());
            settle(&mut uut);
            proptest::prop_assert_eq!(uut.account_id.val().to_u32(), account);
            proptest::prop_assert_eq!(
                rows::account(uut.account_row.val()),
                (true, enabled, stp.code(), max_order_qty, max_order_notional, max_position)
            );
            proptest::prop_assert_eq!(uut.headroom.val().to_u64() as i64, headroom);
        }
    }
}
