//! The display-only JWT decoder is total.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    let _ = consent_core::jwt::decode(data);
});
