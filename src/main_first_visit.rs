//! The first-visit build: the start page and the diagnosis, without the error reference,
//! sign-in, admin and support code, so that people arriving with an error download less.

fn main() {
    consent_doctor::start_first_visit();
}
