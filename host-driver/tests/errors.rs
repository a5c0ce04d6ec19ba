//! Bring-up refusals, sticky errors and reset on the loopback card.

mod common;

use common::*;
use gatebook_wire::regmap::{self, fields};
use gatebook_wire::Capacity;
use host_driver::platform::LINE_BYTES;
use host_driver::{
    Card, CardConfig, DriverError, LoopbackConfig, LoopbackPlatform, Pace, Platform, PlatformError,
};

fn open_with(
    config: LoopbackConfig,
    card: CardConfig,
) -> Result<Card<LoopbackPlatform>, DriverError> {
    Card::open(LoopbackPlatform::echo(config).unwrap(), card)
}

#[test]
fn startup_refuses_a_wrong_build_id_naming_both() {
    let error = open_with(
        LoopbackConfig {
            build_id: 0xdead_beef,
            ..LoopbackConfig::default()
        },
        CardConfig::default(),
    )
    .err()
    .expect("refused");
    let text = error.to_string();
    assert!(matches!(error, DriverError::BuildId { .. }), "{text}");
    assert!(text.contains("0xdeadbeef"), "{text}");
    assert!(
        text.contains(&format!("{:#010x}", host_driver::EXPECTED_BUILD_ID)),
        "{text}"
    );
}

#[test]
fn startup_refuses_a_wrong_regmap_major_and_takes_a_newer_minor() {
    let major = regmap::REGMAP_VERSION_VALUE >> 16;
    assert_eq!(major, 2, "the host speaks the register map of wire");
    // A bitstream of the previous major (ERRORS bit 1 was DMA_WRITE_FAULT there).
    let error = open_with(
        LoopbackConfig {
            regmap_version: 0x0001_0000,
            ..LoopbackConfig::default()
        },
        CardConfig::default(),
    )
    .err()
    .expect("refused");
    let text = error.to_string();
    assert!(matches!(error, DriverError::RegmapMajor { .. }), "{text}");
    assert!(
        text.contains("major is 1") && text.contains("major 2"),
        "{text}"
    );
    open_with(
        LoopbackConfig {
            regmap_version: regmap::REGMAP_VERSION_VALUE + 7,
            ..LoopbackConfig::default()
        },
        CardConfig::default(),
    )
    .expect("a newer minor is compatible");
}

#[test]
fn startup_refuses_other_capabilities_rings_too_large_and_venues_too_large() {
    let error = open_with(
        LoopbackConfig::default(),
        CardConfig {
            expected_capabilities: Some(0x0a0c_0805),
            ..CardConfig::default()
        },
    )
    .err()
    .expect("refused");
    let text = error.to_string();
    assert!(
        text.contains("0x0a0c0805") && text.contains("32 instruments"),
        "{text}"
    );

    let error = open_with(
        LoopbackConfig {
            max_ring_log2: 4,
            ..LoopbackConfig::default()
        },
        rings(5, 2),
    )
    .err()
    .expect("refused");
    assert!(error.to_string().contains("up to 2^4"), "{error}");

    let card = open_with(
        LoopbackConfig {
            capacity: Capacity {
                instruments: 2,
                ..Capacity::default()
            },
            ..LoopbackConfig::default()
        },
        CardConfig::default(),
    )
    .unwrap();
    let error = card
        .check_venue(&flowgen::small_venue())
        .expect_err("refused");
    assert!(
        error.to_string().contains("3 instruments")
            && error.to_string().contains("at most 2 instruments"),
        "{error}"
    );
}

#[test]
fn a_dma_write_to_an_unmapped_address_is_a_platform_error_naming_it_and_writes_nothing() {
    let mut card = echo_card(2, 2, Pace::TO_IDLE);
    let layout = *card.layout();
    let outside = {
        let dma = card.platform().dma();
        dma.bus_addr() + dma.len() as u64
    };
    // Put a pattern everywhere outside the status line and the submission ring.
    let pattern = [0xa5u8; LINE_BYTES];
    let region_lines = card.platform().dma().len() / LINE_BYTES;
    let untouched = |offset: usize| {
        offset >= layout.sq_offset + (LINE_BYTES << layout.sq_log2)
            || (64..layout.sq_offset).contains(&offset)
    };
    for line in 0..region_lines {
        if untouched(line * LINE_BYTES) {
            card.platform()
                .dma()
                .write_line(line * LINE_BYTES, &pattern);
        }
    }
    // Point the completion ring just past the end of the region.
    let p = card.platform_mut();
    p.write32(regmap::CONTROL, 0);
    p.write32(regmap::CQ_BASE_LO, outside as u32);
    p.write32(regmap::CQ_BASE_HI, (outside >> 32) as u32);
    p.write32(regmap::CONTROL, fields::CONTROL::ENABLE.mask());
    card.submit(&numbered(1, 3)).unwrap();
    let mut reports = Vec::new();
    let error = card
        .drain(&mut reports)
        .expect_err("the platform reports the refused write");
    let text = error.to_string();
    assert!(
        matches!(
            error,
            DriverError::Platform(PlatformError::DmaWriteRefused { bus_addr, .. })
                if bus_addr == outside
        ),
        "{text}"
    );
    assert!(
        text.starts_with("loopback: the card wrote to bus address")
            && text.contains(&format!("{outside:#x}")),
        "{text}"
    );
    assert!(reports.is_empty());
    for line in 0..region_lines {
        if untouched(line * LINE_BYTES) {
            assert_eq!(
                card.platform().dma().read_line(line * LINE_BYTES),
                pattern,
                "line {line}"
            );
        }
    }
    // The card cannot know (a PCIe write gets no answer): no error, not halted, and it
    // counts the three completions as written.
    let status_errors = card.platform().dma().load_u32(
        regmap::status_line::ERRORS,
        std::sync::atomic::Ordering::Acquire,
    );
    assert_eq!(status_errors, 0);
    let p = card.platform_mut();
    assert_eq!(p.read32(regmap::ERRORS), 0);
    assert_eq!(fields::STATUS::HALTED.get(p.read32(regmap::STATUS)), 0);
    assert_eq!(p.read32(regmap::CQ_TAIL), 3);
    // Reported once; until a reset, the driver refuses to go on; after it, all is well.
    assert!(card.platform_mut().take_dma_fault().is_ok());
    let error = card.submit(&numbered(4, 1)).expect_err("stopped");
    assert!(
        error.to_string().contains(&format!("{outside:#x}")),
        "{error}"
    );
    card.reset().unwrap();
    let records = numbered(1, 5);
    card.submit(&records).unwrap();
    let mut reports = Vec::new();
    card.drain(&mut reports).unwrap();
    assert_echoes(&records, &reports);
}

#[test]
fn a_dma_read_from_an_unmapped_address_is_a_read_fault() {
    let mut card = echo_card(2, 2, Pace::TO_IDLE);
    let p = card.platform_mut();
    p.write32(regmap::CONTROL, 0);
    p.write32(regmap::SQ_BASE_HI, 0xffff_0000);
    p.write32(regmap::CONTROL, fields::CONTROL::ENABLE.mask());
    card.submit(&numbered(1, 2)).unwrap();
    let error = card.drain(&mut Vec::new()).expect_err("halted");
    let text = error.to_string();
    assert!(matches!(error, DriverError::Halted { .. }), "{text}");
    assert!(text.contains("DMA_READ_FAULT: A DMA read"), "{text}");
    assert!(
        text.contains("DMA_READ_STATUS: 2, bad completion status: Unsupported Request"),
        "{text}"
    );
    // Bad status: what a root complex answers for an address outside the host's mapping.
    let errors = card.platform_mut().read32(regmap::ERRORS);
    assert_eq!(errors, fields::ERRORS::DMA_READ_FAULT.mask() | (2 << 8));
    assert_eq!(fields::ERRORS::DMA_READ_STATUS.get(errors), 2);
    assert!(
        card.platform_mut().take_dma_fault().is_ok(),
        "no write refused"
    );
}

#[test]
fn doorbells_out_of_range_are_sticky_errors() {
    let mut card = echo_card(2, 2, Pace::TO_IDLE);
    card.platform_mut().write32(regmap::SQ_TAIL, 5);
    let error = card
        .check_errors()
        .expect_err("SQ_TAIL 5 on a 4-entry ring");
    assert!(
        error
            .to_string()
            .contains("SQ_DOORBELL_RANGE: SQ_TAIL moved more than the ring size"),
        "{error}"
    );
    // Sticky: still there, doorbells ignored, until a reset.
    card.platform_mut().write32(regmap::SQ_TAIL, 1);
    assert_ne!(card.platform_mut().read32(regmap::ERRORS), 0);
    card.reset().unwrap();

    card.platform_mut().write32(regmap::CQ_HEAD, 1);
    let error = card.check_errors().expect_err("CQ_HEAD past CQ_TAIL");
    assert!(error.to_string().contains("CQ_DOORBELL_RANGE"), "{error}");
    card.reset().unwrap();

    let records = numbered(1, 4);
    card.submit(&records).unwrap();
    let mut reports = Vec::new();
    card.drain(&mut reports).unwrap();
    assert_echoes(&records, &reports);
}

#[test]
fn a_bad_ring_configuration_leaves_the_card_disabled() {
    let mut card = echo_card(2, 2, Pace::TO_IDLE);
    let p = card.platform_mut();
    p.write32(regmap::CONTROL, 0);
    p.write32(regmap::SQ_SIZE_LOG2, 30);
    p.write32(regmap::CONTROL, fields::CONTROL::ENABLE.mask());
    assert_eq!(fields::STATUS::ENABLED.get(p.read32(regmap::STATUS)), 0);
    let error = card.check_errors().expect_err("RING_CONFIG");
    assert!(
        error.to_string().contains("RING_CONFIG: ENABLE was set"),
        "{error}"
    );
}

#[test]
fn a_reset_in_the_middle_of_a_stream_then_a_fresh_run_gives_identical_reports() {
    let venue = flowgen::small_venue();
    let records = flow(&venue, flowgen::Profile::Stress, 4, 3000);
    let expected = engine_sw_reports(&venue, &records);

    let mut card = engine_card(3, 2, Pace::SLOW);
    card.configure(&venue).unwrap();
    card.submit(&records[..1234]).unwrap();
    let mut partial = Vec::new();
    card.poll(&mut partial).unwrap();
    card.reset().unwrap();
    // Nothing of the old stream survives: no reports, counters at zero.
    let mut after_reset = Vec::new();
    card.drain(&mut after_reset).unwrap();
    assert!(after_reset.is_empty());
    assert_eq!(card.counters().messages_in, 0);

    card.configure(&venue).unwrap();
    card.submit(&records).unwrap();
    let mut reports = Vec::new();
    card.drain(&mut reports).unwrap();
    assert_eq!(unstamped(&reports), unstamped(&expected));
}
