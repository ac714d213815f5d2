//! Masking: any text in, and what comes out holds no run of 7 digits (a phone or id part),
//! whether it was masked as free text or as a party.
#![no_main]

use grid::mask::Masker;
use libfuzzer_sys::fuzz_target;

fn longest_digit_run(text: &str) -> usize {
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        if c.is_ascii_digit() || ('０'..='９').contains(&c) {
            run += 1;
            longest = longest.max(run);
        } else {
            run = 0;
        }
    }
    longest
}

fuzz_target!(|text: &str| {
    let masker = Masker::new(["王建国", "欧阳修", "买买提·艾力"]);
    let masked = masker.text(text);
    assert!(longest_digit_run(&masked) < 7, "{text:?} → {masked:?}");
    assert!(!masked.contains("王建国"), "{text:?} → {masked:?}");
    if let Some(party) = masker.party(text) {
        assert!(longest_digit_run(&party) < 7, "{text:?} → {party:?}");
        assert!(!party.contains("王建国"), "{text:?} → {party:?}");
    }
});
