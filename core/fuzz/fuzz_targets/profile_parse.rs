//! profile.json parsing never panics, and every error names a field.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    if let Err(e) = consent_core::Profile::from_json(data) {
        assert!(!e.field.is_empty());
    }
});
