//! Pieces the pages share. Components render what the core decided; they hold no rules.

mod ask_admin;
mod audience_switch;
mod check_view;
mod copy_button;
mod diagnosis_view;
mod fix_card;
mod support_details;
mod tenant_findings;

pub use ask_admin::AskAdminHelper;
pub use audience_switch::AudienceSwitch;
pub use check_view::CheckView;
pub use copy_button::CopyButton;
pub use diagnosis_view::DiagnosisView;
pub use fix_card::FixCardView;
pub use tenant_findings::TenantFindings;
