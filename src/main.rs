//! The full app: every page. Loaded for the sign-in, admin and support pages (see
//! `routes::Bundle`).

fn main() {
    consent_doctor::start_full();
}
