//! What the check could not see (failed reads, missing keys, keys not in Graph's shape), and
//! "all clear" when nothing blocks.

use super::Tenant;
use crate::fixes::FixId;
use crate::tenant::finding::{Finding, FindingId, Severity};
use crate::tenant::reads::{self, READS};

pub(super) fn could_not_read(t: &Tenant, out: &mut Vec<Finding>) {
    let snap = t.snap;
    for (key, body) in &snap.errors {
        let read = reads::spec(key);
        let detail = body.error.as_ref();
        let code = detail.and_then(|d| d.code.as_deref()).unwrap_or("an error");
        let message = detail
            .and_then(|d| d.message.as_deref())
            .map(|m| format!(" (\"{}\")", m.chars().take(300).collect::<String>()))
            .unwrap_or_default();
        let (what, needs) = match read {
            Some(r) => (r.what, format!("Reading it needs the delegated permission {} and a role such as {}; Global Reader can read everything this check reads.", r.permission, r.role)),
            None => ("a read", "Global Reader can read everything this check reads.".to_string()),
        };
        let throttled = code.eq_ignore_ascii_case("TooManyRequests");
        out.push(
            Finding::new(FindingId::ReadDenied, Severity::Unknown, format!("Could not read {what}"))
                .evidence(format!("Graph answered {code}{message} for {key}. {}", if throttled { "Graph was throttling requests; run the check again in a minute.".to_string() } else { needs }))
                .fix("Run the check again as an admin with that role (or with the script, signed in as one); the rest of this report holds.", &[FixId::RunCheck]),
        );
    }
    let not_read: Vec<&str> = READS
        .iter()
        .filter(|r| r.required && !snap.was_read(r.key) && snap.error_for(r.key).is_none())
        .filter(|r| t.sp.is_some() || !r.needs_app)
        .map(|r| r.what)
        .collect();
    if !not_read.is_empty() {
        out.push(
            Finding::new(
                FindingId::NotRead,
                Severity::Unknown,
                "Some of the configuration was not in the snapshot",
            )
            .evidence(format!(
                "Not read: {}. Findings that depend on them are missing from this report.",
                not_read.join("; ")
            ))
            .fix(
                "Run the whole script above (or the live check) and paste its output unchanged.",
                &[FixId::RunCheck],
            ),
        );
    }
    for (key, problem) in &snap.unreadable {
        out.push(
            Finding::new(FindingId::SnapshotUnreadable, Severity::Unknown, format!("\"{key}\" in the snapshot is not what Graph returns"))
                .evidence(format!("{key}: {}", problem.chars().take(300).collect::<String>()))
                .fix("Paste the script's output unchanged; the rest of the snapshot was still evaluated.", &[FixId::RunCheck]),
        );
    }
}

/// When nothing blocks: what was checked, and where else the error can come from.
pub(super) fn all_clear(t: &Tenant, out: &mut Vec<Finding>) {
    if out.iter().any(|f| f.severity == Severity::Blocking) {
        return;
    }
    let partial = out.iter().any(|f| f.severity == Severity::Unknown);
    let mut seen = Vec::new();
    if t.sp.is_some_and(|sp| sp.account_enabled != Some(false)) {
        seen.push("the enterprise application exists and is enabled".to_string());
    }
    if !t.needed.is_empty() && t.needed.iter().all(|n| n.granted == Some(true)) {
        seen.push(format!(
            "a grant for the organization covers all {} delegated permissions",
            t.needed.len()
        ));
    }
    if t.snap.conditional_access_policies.was_read() {
        seen.push("no enforced Conditional Access policy blocks it".into());
    }
    let checked = if seen.is_empty() {
        String::new()
    } else {
        format!("Checked: {}. ", seen.join("; "))
    };
    out.push(
        Finding::new(FindingId::AllClear, Severity::Ok, if partial { "Nothing that could be read blocks the app" } else { "Nothing in this tenant blocks the app" })
            .evidence(format!("{checked}If people still see an error, it comes from their side (another account or tenant signed in, an old session: sign out and in again) or from the app's request (an app that always sends prompt=consent asks every user again, even after consent for the organization)."))
            .fix("Have the person who is blocked open the diagnosis with their exact error, or run the sign-in check.", &[FixId::RunCheck, FixId::PasteMore]),
    );
}
