//! Any text as a bundle: `parse_bundle` returns a value or an error, never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(text) = std::str::from_utf8(bytes) {
        if let Err(error) = site_domain::bundle::parse_bundle(text) {
            let _ = error.to_string();
        }
    }
});
