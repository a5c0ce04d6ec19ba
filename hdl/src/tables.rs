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
//! The layouts are written twice, once to pack and once to unpack, and tested against each
//! other: [`ControlDecoder`] packs, [`InstrumentRow`] and [`AccountRow`] unpack (and give
//! a row with one field changed), [`rows`] is the software view.
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

/// An instrument row's fields, and the row with one field changed (combinational).
///
/// `REF` sets the reference price (`with_reference`), `RATES` one side's per-lot
/// reservation (`with_rate`, the side `new_rate_sell`); both take `new_value`.
#[derive(LogicBlock)]
pub struct InstrumentRow {
    /// The row as read.
    pub row: Signal<In, Bits<168>>,
    /// Bit 0: written by a `CFG_INSTRUMENT`.
    pub configured: Signal<Out, Bit>,
    /// Bits 8..40: the price of the window's first tick.
    pub price_base: Signal<Out, Bits<32>>,
    /// Bits 40..72: the reference price of the collar.
    pub reference: Signal<Out, Bits<32>>,
    /// Bits 72..104: the collar around the reference.
    pub collar: Signal<Out, Bits<32>>,
    /// Bits 104..136: the reservation per lot of a buy.
    pub rate_buy: Signal<Out, Bits<32>>,
    /// Bits 136..168: the reservation per lot of a sell.
    pub rate_sell: Signal<Out, Bits<32>>,
    /// The new reference price or rate.
    pub new_value: Signal<In, Bits<32>>,
    /// The rate that `with_rate` changes is the sell side's (else the buy side's).
    pub new_rate_sell: Signal<In, Bit>,
    /// The row with `new_value` as its reference price.
    pub with_reference: Signal<Out, Bits<168>>,
    /// The row with `new_value` as the side's rate.
    pub with_rate: Signal<Out, Bits<168>>,
    /// The row less one field, every other bit (spare ones too) as it was.
    all_but_reference: Constant<Bits<168>>,
    all_but_rate_buy: Constant<Bits<168>>,
    all_but_rate_sell: Constant<Bits<168>>,
}

impl Default for InstrumentRow {
    fn default() -> Self {
        InstrumentRow {
            row: Default::default(),
            configured: Default::default(),
            price_base: Default::default(),
            reference: Default::default(),
            collar: Default::default(),
            rate_buy: Default::default(),
            rate_sell: Default::default(),
            new_value: Default::default(),
            new_rate_sell: Default::default(),
            with_reference: Default::default(),
            with_rate: Default::default(),
            all_but_reference: Constant::new(!field_mask(40)),
            all_but_rate_buy: Constant::new(!field_mask(104)),
            all_but_rate_sell: Constant::new(!field_mask(136)),
        }
    }
}

impl Logic for InstrumentRow {
    #[hdl_gen]
    fn update(&mut self) {
        self.configured.next = self.row.val().get_bit(0);
        self.price_base.next = self.row.val().get_bits::<32>(8);
        self.reference.next = self.row.val().get_bits::<32>(40);
        self.collar.next = self.row.val().get_bits::<32>(72);
        self.rate_buy.next = self.row.val().get_bits::<32>(104);
        self.rate_sell.next = self.row.val().get_bits::<32>(136);
        self.with_reference.next = (self.row.val() & self.all_but_reference.val())
            | (bit_cast::<168, 32>(self.new_value.val()) << 40);
        self.with_rate.next = (self.row.val() & self.all_but_rate_buy.val())
            | (bit_cast::<168, 32>(self.new_value.val()) << 104);
        if self.new_rate_sell.val() {
            self.with_rate.next = (self.row.val() & self.all_but_rate_sell.val())
                | (bit_cast::<168, 32>(self.new_value.val()) << 136);
        }
    }
}

/// An account-limits row's fields, and the row enabled or disabled (combinational).
#[derive(LogicBlock)]
pub struct AccountRow {
    /// The row as read.
    pub row: Signal<In, Bits<168>>,
    /// Bit 0: written by a `CFG_ACCOUNT`.
    pub configured: Signal<Out, Bit>,
    /// Bit 1: orders are taken (`ENABLE` sets it, `KILL` clears it).
    pub enabled: Signal<Out, Bit>,
    /// Bits 2..5: the self-trade prevention code.
    pub stp: Signal<Out, Bits<3>>,
    /// Bits 8..40: the largest order, in lots.
    pub max_order_qty: Signal<Out, Bits<32>>,
    /// Bits 40..104: the largest order's notional.
    pub max_order_notional: Signal<Out, Bits<64>>,
    /// Bits 104..168: the largest position, either way.
    pub max_position: Signal<Out, Bits<64>>,
    /// The row with `enabled` set.
    pub enabled_row: Signal<Out, Bits<168>>,
    /// The row with `enabled` clear.
    pub disabled_row: Signal<Out, Bits<168>>,
    enabled_bit: Constant<Bits<168>>,
    /// The row less its `enabled` bit, every other bit (spare ones too) as it was.
    all_but_enabled: Constant<Bits<168>>,
}

impl Default for AccountRow {
    fn default() -> Self {
        AccountRow {
            row: Default::default(),
            configured: Default::default(),
            enabled: Default::default(),
            stp: Default::default(),
            max_order_qty: Default::default(),
            max_order_notional: Default::default(),
            max_position: Default::default(),
            enabled_row: Default::default(),
            disabled_row: Default::default(),
            enabled_bit: Constant::new(Bits::<168>::from(1u64) << 1),
            all_but_enabled: Constant::new(!(Bits::<168>::from(1u64) << 1)),
        }
    }
}

impl Logic for AccountRow {
    #[hdl_gen]
    fn update(&mut self) {
        self.configured.next = self.row.val().get_bit(0);
        self.enabled.next = self.row.val().get_bit(1);
        self.stp.next = self.row.val().get_bits::<3>(2);
        self.max_order_qty.next = self.row.val().get_bits::<32>(8);
        self.max_order_notional.next = self.row.val().get_bits::<64>(40);
        self.max_position.next = self.row.val().get_bits::<64>(104);
        self.disabled_row.next = self.row.val() & self.all_but_enabled.val();
        self.enabled_row.next = self.row.val() | self.enabled_bit.val();
    }
}

/// A resting order's terms as one slot row: bits 0..32 price, 32..64 leaves, 64..96 rate
/// (reservation per lot), 96..112 instrument, 112 sell, 113 post-only, 116..119 STP code,
/// 120..136 level index (combinational): unpacks `row`. [`SlotTermsWrite`] packs.
#[derive(LogicBlock, Default)]
pub struct SlotTermsRow {
    /// The row as read.
    pub row: Signal<In, Bits<SLOT_TERMS_BITS>>,
    /// The order's price in ticks.
    pub price: Signal<Out, Bits<32>>,
    /// Lots still open.
    pub leaves: Signal<Out, Bits<32>>,
    /// The reservation per lot taken when it was accepted.
    pub rate: Signal<Out, Bits<32>>,
    /// The instrument.
    pub instrument: Signal<Out, Bits<16>>,
    /// A sell order.
    pub sell: Signal<Out, Bit>,
    /// A post-only order.
    pub post_only: Signal<Out, Bit>,
    /// Its account's self-trade prevention code when it was accepted.
    pub stp: Signal<Out, Bits<3>>,
    /// Its level's index in the book's price window.
    pub level: Signal<Out, Bits<16>>,
}

/// The slot rows written (combinational, the layout of [`SlotTermsRow`]): the `new_*`
/// fields packed into `resting_row` (an order coming to rest), and `row` with `new_leaves` as
/// its leaves (`with_leaves`: a fill or a reduction in place). A block apart from the
/// unpacking, because new leaves are computed from the leaves read.
#[derive(LogicBlock)]
pub struct SlotTermsWrite {
    /// The row as read.
    pub row: Signal<In, Bits<SLOT_TERMS_BITS>>,
    /// The leaves `with_leaves` and `resting_row` write.
    pub new_leaves: Signal<In, Bits<32>>,
    /// `row` with `new_leaves` as its leaves.
    pub with_leaves: Signal<Out, Bits<SLOT_TERMS_BITS>>,
    /// Terms of an order coming to rest, packed into `resting_row`.
    pub new_price: Signal<In, Bits<32>>,
    /// See `new_price`.
    pub new_rate: Signal<In, Bits<32>>,
    /// See `new_price`.
    pub new_instrument: Signal<In, Bits<16>>,
    /// See `new_price`.
    pub new_sell: Signal<In, Bit>,
    /// See `new_price`.
    pub new_post_only: Signal<In, Bit>,
    /// See `new_price`.
    pub new_stp: Signal<In, Bits<3>>,
    /// See `new_price`.
    pub new_level: Signal<In, Bits<16>>,
    /// The new order's row, its leaves `new_leaves`.
    pub resting_row: Signal<Out, Bits<SLOT_TERMS_BITS>>,
    all_but_leaves: Constant<Bits<SLOT_TERMS_BITS>>,
}

/// The bits of a 32-bit field at `offset` in a 168-bit row.
fn field_mask(offset: u64) -> Bits<168> {
    Bits::<168>::from(u64::from(u32::MAX)) << offset
}

/// Width of a slot's terms row.
pub const SLOT_TERMS_BITS: usize = 136;

impl Logic for SlotTermsRow {
    #[hdl_gen]
    fn update(&mut self) {
        self.price.next = self.row.val().get_bits::<32>(0);
        self.leaves.next = self.row.val().get_bits::<32>(32);
        self.rate.next = self.row.val().get_bits::<32>(64);
        self.instrument.next = self.row.val().get_bits::<16>(96);
        self.sell.next = self.row.val().get_bit(112);
        self.post_only.next = self.row.val().get_bit(113);
        self.stp.next = self.row.val().get_bits::<3>(116);
        self.level.next = self.row.val().get_bits::<16>(120);
    }
}

impl Default for SlotTermsWrite {
    fn default() -> Self {
        let leaves = Bits::<SLOT_TERMS_BITS>::from(u64::from(u32::MAX)) << 32;
        SlotTermsWrite {
            row: Default::default(),
            new_leaves: Default::default(),
            with_leaves: Default::default(),
            new_price: Default::default(),
            new_rate: Default::default(),
            new_instrument: Default::default(),
            new_sell: Default::default(),
            new_post_only: Default::default(),
            new_stp: Default::default(),
            new_level: Default::default(),
            resting_row: Default::default(),
            all_but_leaves: Constant::new(!leaves),
        }
    }
}

impl Logic for SlotTermsWrite {
    #[hdl_gen]
    fn update(&mut self) {
        // Every bit but the leaves' as read.
        self.with_leaves.next = (self.row.val() & self.all_but_leaves.val())
            | (bit_cast::<SLOT_TERMS_BITS, 32>(self.new_leaves.val()) << 32);
        self.resting_row.next = bit_cast::<SLOT_TERMS_BITS, 32>(self.new_price.val())
            | (bit_cast::<SLOT_TERMS_BITS, 32>(self.new_leaves.val()) << 32)
            | (bit_cast::<SLOT_TERMS_BITS, 32>(self.new_rate.val()) << 64)
            | (bit_cast::<SLOT_TERMS_BITS, 16>(self.new_instrument.val()) << 96)
            | (bit_cast::<SLOT_TERMS_BITS, 1>(Bits::<1>::from(self.new_sell.val())) << 112)
            | (bit_cast::<SLOT_TERMS_BITS, 1>(Bits::<1>::from(self.new_post_only.val())) << 113)
            | (bit_cast::<SLOT_TERMS_BITS, 3>(self.new_stp.val()) << 116)
            | (bit_cast::<SLOT_TERMS_BITS, 16>(self.new_level.val()) << 120);
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
        /// A slot row packed from its terms unpacks to them; with new leaves, only the
        /// leaves change, spare bits (114, 115) included.
        #[test]
        fn slot_terms_pack_unpack_and_take_new_leaves(
            words in proptest::array::uniform4(proptest::prelude::any::<u32>()),
            halves in (proptest::prelude::any::<u16>(), proptest::prelude::any::<u16>()),
            flags in (proptest::prelude::any::<bool>(), proptest::prelude::any::<bool>(), 0u8..8, 0u8..4),
        ) {
            let [price, leaves, rate, new_leaves] = words;
            let (instrument, level) = halves;
            let (sell, post_only, stp, spare) = flags;
            let mut write = SlotTermsWrite::default();
            write.connect_all();
            let mut read = SlotTermsRow::default();
            read.connect_all();
            write.new_price.next = u64::from(price).into();
            write.new_leaves.next = u64::from(leaves).into();
            write.new_rate.next = u64::from(rate).into();
            write.new_instrument.next = u64::from(instrument).into();
            write.new_sell.next = sell;
            write.new_post_only.next = post_only;
            write.new_stp.next = u64::from(stp).into();
            write.new_level.next = u64::from(level).into();
            settle(&mut write);
            let spare_bits = Bits::<SLOT_TERMS_BITS>::from(u64::from(spare)) << 114;
            let row = write.resting_row.val() | spare_bits;
            let terms = |read: &mut SlotTermsRow, row| {
                read.row.next = row;
                settle(read);
                (
                    read.price.val().to_u32(),
                    read.leaves.val().to_u32(),
                    read.rate.val().to_u32(),
                    read.instrument.val().to_u16(),
                    read.sell.val(),
                    read.post_only.val(),
                    read.stp.val().to_u8(),
                    read.level.val().to_u16(),
                )
            };
            proptest::prop_assert_eq!(terms(&mut read, row), (price, leaves, rate, instrument, sell, post_only, stp, level));
            write.row.next = row;
            write.new_leaves.next = u64::from(new_leaves).into();
            settle(&mut write);
            let with_leaves = write.with_leaves.val();
            proptest::prop_assert_eq!(terms(&mut read, with_leaves), (price, new_leaves, rate, instrument, sell, post_only, stp, level));
            proptest::prop_assert_eq!(with_leaves & spare_bits, spare_bits);
        }

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

        /// The unpacking blocks read every field of a decoded row where the decoder put it,
        /// and their edited rows change that one field and no other.
        #[test]
        fn unpacked_and_edited_rows_keep_every_other_field(
            prices in proptest::array::uniform5(proptest::prelude::any::<u32>()),
            new_value in proptest::prelude::any::<u32>(),
            spare in proptest::prelude::any::<u8>(),
            enabled in proptest::prelude::any::<bool>(),
            stp in 0usize..StpMode::ALL.len(),
            limits in (proptest::prelude::any::<u32>(), proptest::prelude::any::<u64>(), proptest::prelude::any::<u64>()),
        ) {
            let [price_base, reference, collar, margin_buy, margin_sell] = prices;
            let (max_order_qty, max_order_notional, max_position) = limits;
            let stp = StpMode::ALL[stp];
            let records = VenueConfig {
                capacity: Capacity { instruments: 4, accounts: 16, order_slots: 16, price_window: 128 },
                instruments: vec![InstrumentConfig {
                    id: 1, price_base, reference, collar, margin_buy, margin_sell,
                    ..InstrumentConfig::default()
                }],
                accounts: vec![AccountConfig {
                    id: 2, enabled, max_order_qty, max_order_notional, max_position,
                    headroom: 0, stp,
                }],
            }
            .control_records();
            let mut decoder = ControlDecoder::default();
            decoder.connect_all();
            decoder.record.next = beat_from_bytes(&records[1].to_bytes());
            settle(&mut decoder);
            let instrument_row = decoder.instrument_row.val();
            decoder.record.next = beat_from_bytes(&records[2].to_bytes());
            settle(&mut decoder);
            let account_row = decoder.account_row.val();

            let mut instrument = InstrumentRow::default();
            instrument.connect_all();
            // Bits no field uses stay as they were in an edited row.
            let instrument_spare = u64::from(spare) & 0xfe;
            instrument.row.next = instrument_row | instrument_spare;
            instrument.new_value.next = u64::from(new_value).into();
            for sell in [false, true] {
                instrument.new_rate_sell.next = sell;
                settle(&mut instrument);
                proptest::prop_assert_eq!(
                    (
                        instrument.configured.val(),
                        instrument.price_base.val().to_u32(),
                        instrument.reference.val().to_u32(),
                        instrument.collar.val().to_u32(),
                        instrument.rate_buy.val().to_u32(),
                        instrument.rate_sell.val().to_u32(),
                    ),
                    (true, price_base, reference, collar, margin_buy, margin_sell)
                );
                proptest::prop_assert_eq!(
                    rows::instrument(instrument.with_reference.val()),
                    (true, price_base, new_value, collar, margin_buy, margin_sell)
                );
                proptest::prop_assert_eq!(instrument.with_reference.val() & 0xff_u64, instrument_spare | 1);
                proptest::prop_assert_eq!(instrument.with_rate.val() & 0xff_u64, instrument_spare | 1);
                let (buy, sold) = if sell { (margin_buy, new_value) } else { (new_value, margin_sell) };
                proptest::prop_assert_eq!(
                    rows::instrument(instrument.with_rate.val()),
                    (true, price_base, reference, collar, buy, sold)
                );
            }

            let mut account = AccountRow::default();
            account.connect_all();
            let account_spare = u64::from(spare) & 0xe0;
            account.row.next = account_row | account_spare;
            settle(&mut account);
            proptest::prop_assert_eq!(
                (
                    account.configured.val(),
                    account.enabled.val(),
                    account.stp.val().to_u8(),
                    account.max_order_qty.val().to_u32(),
                    account.max_order_notional.val().to_u64(),
                    account.max_position.val().to_u64(),
                ),
                (true, enabled, stp.code(), max_order_qty, max_order_notional, max_position)
            );
            let limits = (true, stp.code(), max_order_qty, max_order_notional, max_position);
            proptest::prop_assert_eq!(account.enabled_row.val() | 2u64, account_row | account_spare | 2u64);
            proptest::prop_assert_eq!(account.disabled_row.val() | 2u64, account_row | account_spare | 2u64);
            proptest::prop_assert_eq!(rows::account(account.enabled_row.val()).1, true);
            proptest::prop_assert_eq!(rows::account(account.disabled_row.val()).1, false);
            let (configured, _, stp_code, qty, notional, position) = rows::account(account.enabled_row.val());
            proptest::prop_assert_eq!((configured, stp_code, qty, notional, position), limits);
        }
    }
}
