use leptos::prelude::*;

use crate::use_profile;

/// `/check`: what the product needs, and (with the sign-in check) what is granted.
#[component]
pub fn Check() -> impl IntoView {
    let profile = use_profile();
    let product = profile.product_name.clone();
    let rows = profile
        .delegated_permissions
        .iter()
        .map(|p| {
            view! {
                <tr>
                    <td>{p.resource_name().to_string()}</td>
                    <td><code>{p.name.to_string()}</code></td>
                    <td>{p.why.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="page">
            <h1>"Sign-in check"</h1>
            <p class="lead">{format!("The permissions {product} asks Microsoft for, and why.")}</p>
            <table class="permissions">
                <thead><tr><th scope="col">"API"</th><th scope="col">"Permission"</th><th scope="col">"Why"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
            <p class="notice" role="note">
                "Signing in from this page to compare these with what your organization has granted is not available in this version yet. To find out what went wrong, paste the error on the start page."
            </p>
        </section>
    }
}
