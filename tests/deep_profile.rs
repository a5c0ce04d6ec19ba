//! The deep profile (`gatebook gen --profile deep`, `examples/deep-venue.toml`) on the wide
//! card's Verilated pipeline against engine-sw, report for report: some 20,000 resting
//! orders spread over tens of thousands of ticks, cancels, modifies and small sweeps.

use crosscheck::{flow, Comparison};
use engine_sw::Engine;
use flowgen::Profile;
use sim::SimBackend;

#[test]
fn the_deep_profile_matches_engine_sw_on_the_wide_card() {
    let text = include_str!("../examples/deep-venue.toml");
    let venue = gatebook_formats::parse_venue(text, "examples/deep-venue.toml").unwrap();
    let records = flow(&venue, Profile::Deep, 1, 200_000);
    let mut comparison = Comparison::new(&mut Engine::new(&venue).unwrap(), &records);
    let mut card = SimBackend::new(&venue).expect("the Verilated card is built");
    assert_eq!(card.card().build(), sim::CardBuild::Wide);
    comparison.check(&mut card, &records);
    comparison.finish();
}
