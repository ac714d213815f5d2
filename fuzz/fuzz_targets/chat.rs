//! WeChat chat text: any text, read in every header layout and every message read as a
//! template — messages or nothing, never a panic, an abort or a runaway allocation.
#![no_main]

use grid::import::chat::{layout, template};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let text = String::from_utf8_lossy(bytes);
    let pattern = layout::Pattern::new("[{date} {time}] {sender}:").ok();
    let patterns: Vec<layout::Pattern> = pattern.into_iter().collect();
    for message in layout::messages(&text, &patterns).unwrap_or_default() {
        if let Some(filled) = template::read(&message.text) {
            for (_, value, _) in &filled.fields {
                let _ = template::count(value);
                let _ = template::day(value, message.at.date());
            }
        }
    }
});
