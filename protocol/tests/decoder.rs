//! The frame decoder on arbitrary bytes: it never panics, never reads past a frame, and every
//! whole frame is either parsed or refused with a reason.

use gatebook_protocol::{decode_frame, ClientFrame, ServerFrame, MAX_FRAME_LENGTH};
use proptest::prelude::*;

/// Walks a byte stream as the gateway does; returns how many frames were answered.
fn walk(bytes: &[u8]) -> usize {
    let mut rest = bytes;
    let mut answered = 0;
    loop {
        match decode_frame(rest) {
            Ok(None) => return answered,
            Err(_) => return answered + 1,
            Ok(Some((frame_type, payload, used))) => {
                assert!(used >= 3 && used <= rest.len() && used <= 2 + MAX_FRAME_LENGTH);
                assert_eq!(payload.len(), used - 3);
                // Parsed or refused: both are answers.
                let _ = ClientFrame::parse(frame_type, payload);
                let _ = ServerFrame::parse(frame_type, payload);
                answered += 1;
                rest = &rest[used..];
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        walk(&bytes);
    }

    #[test]
    fn valid_frames_split_anywhere_decode_the_same(
        records in proptest::collection::vec(proptest::array::uniform32(any::<u8>()), 1..20),
        split in any::<prop::sample::Index>(),
    ) {
        let mut stream = Vec::new();
        let mut sent = Vec::new();
        for (i, r) in records.iter().enumerate() {
            let mut bytes = [0u8; 64];
            bytes[..32].copy_from_slice(r);
            let frame = if i % 3 == 0 {
                ClientFrame::Heartbeat
            } else {
                ClientFrame::Order(gatebook_wire::OrderRecord::from_wire(&bytes))
            };
            frame.encode(&mut stream);
            sent.push(frame);
        }
        let cut = split.index(stream.len() + 1);
        // A prefix decodes to a prefix of the frames and never more.
        let mut got = Vec::new();
        let mut rest = &stream[..cut];
        while let Ok(Some((t, payload, used))) = decode_frame(rest) {
            got.push(ClientFrame::parse(t, payload).unwrap());
            rest = &rest[used..];
        }
        prop_assert_eq!(&got[..], &sent[..got.len()]);
        // The whole stream decodes to every frame.
        let mut all = Vec::new();
        let mut rest = &stream[..];
        while let Ok(Some((t, payload, used))) = decode_frame(rest) {
            all.push(ClientFrame::parse(t, payload).unwrap());
            rest = &rest[used..];
        }
        prop_assert_eq!(all, sent);
    }
}
