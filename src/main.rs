//! Entry point: install the panic hook, load the deployment profile, mount the app.

fn main() {
    console_error_panic_hook::set_once();
    consent_doctor::browser::record_csp_violations();
    consent_doctor::browser::mark("app-started");
    wasm_bindgen_futures::spawn_local(async {
        let profile = consent_doctor::browser::load_profile().await;
        consent_doctor::browser::mark("profile-loaded");
        consent_doctor::mount(profile);
    });
}
