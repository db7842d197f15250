//! The JSON reader is total, and what it writes back reads as the same tree.
#![no_main]

use consent_core::json;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    let _ = json::parse_prefix(data);
    if let Ok(value) = json::parse(data) {
        let written = value.to_string();
        assert_eq!(json::parse(&written).as_ref(), Ok(&value), "{written}");
        let _ = (value.as_whole_number(), value.as_u64());
    }
});
