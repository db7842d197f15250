//! Every JSON body the app reads from a server through serde (the token endpoint, OpenID
//! discovery, Graph's `/me`) is read without a panic, whatever the server sent.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    let _ = consent_core::signin::parse_token_response(400, data, "https://graph.microsoft.com");
    let _ = consent_core::admin::parse_discovery(
        200,
        data,
        "contoso.example",
        "https://login.microsoftonline.com",
    );
    let _ = consent_core::check::graph_me::display_name(data);
});
