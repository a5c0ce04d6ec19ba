//! Property tests of the wire decoder: any 64 bytes read as a record without a panic, every
//! record with valid codes decodes, and every refusal names the byte (field) at fault and its
//! value.

use gatebook_wire::{
    encode_flags, Malformed, Message, OrderRecord, ReportRecord, StpMode, RECORD_BYTES,
    WIRE_VERSION,
};
use proptest::prelude::*;

const CASES: u32 = 1024;

fn any_record_bytes() -> impl Strategy<Value = [u8; RECORD_BYTES]> {
    proptest::collection::vec(any::<u8>(), RECORD_BYTES).prop_map(|v| v.try_into().unwrap())
}

fn any_stp() -> impl Strategy<Value = Option<StpMode>> {
    prop_oneof![
        Just(None),
        Just(Some(StpMode::Resting)),
        Just(Some(StpMode::Incoming)),
        Just(Some(StpMode::Both)),
        Just(Some(StpMode::None)),
    ]
}

/// The bytes of a record whose every code is valid for an order-flow message (other bytes,
/// reserved ones included, arbitrary).
fn valid_record_bytes() -> impl Strategy<Value = [u8; RECORD_BYTES]> {
    (
        any_record_bytes(),
        1u8..=8,
        1u8..=2,
        1u8..=2,
        1u8..=3,
        any::<bool>(),
        any_stp(),
    )
        .prop_map(|(mut b, msg_type, side, ord_type, tif, post_only, stp)| {
            b[0] = WIRE_VERSION;
            b[1] = msg_type;
            b[2] = side;
            b[3] = ord_type;
            b[4] = tif;
            b[5] = encode_flags(post_only, stp);
            b
        })
}

/// The field a refusal names, and the offending byte it should quote.
fn named_field(error: &Malformed, record: &OrderRecord) -> (&'static str, u8) {
    match error {
        Malformed::Version(v) => ("wire version", *v),
        Malformed::MsgType(v) => ("message type", *v),
        Malformed::Side(v) => ("side", *v),
        Malformed::OrdType(v) => ("order type", *v),
        Malformed::Tif(v) => ("time-in-force", *v),
        Malformed::Flags(v) => ("flags", *v),
        #[allow(unreachable_patterns)]
        _ => ("", record.version),
    }
}

fn check_refusal(error: &Malformed, record: &OrderRecord) {
    let text = error.to_string();
    let (field, value) = named_field(error, record);
    assert!(!field.is_empty(), "unknown refusal {error:?}");
    assert!(text.contains(field), "`{text}` does not name {field}");
    // The value is shown in decimal or as hex (`0x4a`).
    assert!(
        text.contains(&value.to_string()) || text.contains(&format!("{value:#04x}")),
        "`{text}` does not quote the byte {value}"
    );
    // The value it quotes is the record's own byte of that field.
    let byte = match error {
        Malformed::Version(_) => record.version,
        Malformed::MsgType(_) => record.msg_type,
        Malformed::Side(_) => record.side,
        Malformed::OrdType(_) => record.ord_type,
        Malformed::Tif(_) => record.tif,
        _ => record.flags,
    };
    assert_eq!(
        byte, value,
        "{error:?} quotes another byte than the record's"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    /// Every bit pattern is a record, and it goes back to the same bytes.
    #[test]
    fn from_wire_takes_any_64_bytes(bytes in any_record_bytes()) {
        let record = OrderRecord::from_wire(&bytes);
        prop_assert_eq!(record.to_bytes(), bytes);
        let report = ReportRecord::from_wire(&bytes);
        prop_assert_eq!(report.to_bytes(), bytes);
    }

    /// Any 64 bytes decode or are refused naming the field and its value; a decoded message
    /// encodes to a record that decodes to the same message.
    #[test]
    fn decode_never_panics_on_any_64_bytes(bytes in any_record_bytes()) {
        let record = OrderRecord::from_wire(&bytes);
        match Message::decode(&record) {
            Ok(message) => {
                let again = message.encode(record.in_seq.get());
                prop_assert_eq!(Message::decode(&again), Ok(message));
                prop_assert_eq!(again.in_seq, record.in_seq);
            }
            Err(error) => check_refusal(&error, &record),
        }
    }

    /// Records with valid codes always decode (whatever the numbers and reserved bytes), and
    /// round-trip through `encode`.
    #[test]
    fn valid_codes_always_decode(bytes in valid_record_bytes()) {
        let record = OrderRecord::from_wire(&bytes);
        let message = Message::decode(&record);
        prop_assert!(message.is_ok(), "{:?} refused: {:?}", record, message);
        let message = message.unwrap();
        prop_assert_eq!(message.msg_type().code(), record.msg_type);
        prop_assert_eq!(Message::decode(&message.encode(7)), Ok(message));
    }

    /// One byte of a valid record changed: decoded or refused cleanly, and a refusal names
    /// the byte that was changed (only the header bytes 0..6 carry codes).
    #[test]
    fn one_byte_changed_in_a_valid_record(
        bytes in valid_record_bytes(),
        at in 0..RECORD_BYTES,
        value in any::<u8>(),
    ) {
        let mut bytes = bytes;
        bytes[at] = value;
        let record = OrderRecord::from_wire(&bytes);
        match Message::decode(&record) {
            Ok(message) => {
                prop_assert_eq!(Message::decode(&message.encode(1)), Ok(message));
            }
            Err(error) => {
                check_refusal(&error, &record);
                prop_assert!(at < 6, "byte {} changed, yet refused: {}", at, error);
                let field_byte = match error {
                    Malformed::Version(_) => 0,
                    Malformed::MsgType(_) => 1,
                    Malformed::Side(_) => 2,
                    Malformed::OrdType(_) => 3,
                    Malformed::Tif(_) => 4,
                    _ => 5,
                };
                prop_assert_eq!(field_byte, at, "{} names another byte", error);
            }
        }
    }
}
