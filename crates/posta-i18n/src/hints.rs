//! Sentences about a provider's own rules (switch IMAP on, use an app
//! password) and about broken files under `/etc/posta`.

use crate::t;
use posta_core::autoconfig::hint::ProviderHint;
use posta_core::etc::EtcProblem;

/// What the user must do at the provider first: Posta's own translated
/// words for a bundled provider, else the entry's `<enable>` instruction in
/// the user's language, with the page to visit. `None` when there is
/// nothing to say.
pub fn describe_provider_hint(hint: &ProviderHint) -> Option<String> {
    let localizer = super::current();
    if let Some(id) = hint.message_id.as_deref().filter(|id| localizer.has(id)) {
        return Some(localizer.tr(id));
    }
    let enable = hint.enable.as_ref()?;
    let instruction = enable.instruction(localizer.language().code());
    match (instruction, enable.visit_url.as_deref()) {
        (Some(text), Some(url)) => Some(t!("provider-hint-visit", hint = text, url = url)),
        (Some(text), None) => Some(text.to_owned()),
        (None, Some(url)) => Some(t!(
            "provider-hint-enable-at",
            provider = hint.provider.as_str(),
            url = url
        )),
        (None, None) => Some(t!(
            "provider-hint-enable",
            provider = hint.provider.as_str()
        )),
    }
}

/// The words for a refused login at this provider: that its IMAP access is
/// off by default (where it is), then the hint. `None` when the provider has
/// nothing special to say.
pub fn describe_refused_login(hint: &ProviderHint) -> Option<String> {
    let advice = describe_provider_hint(hint);
    if !hint.access_off_by_default() {
        return advice;
    }
    let off = t!("provider-access-off", provider = hint.provider.as_str());
    Some(match advice {
        Some(advice) => format!("{off} {advice}"),
        None => off,
    })
}

/// A broken file under `/etc/posta`, for the administrator.
pub fn describe_etc_problem(problem: &EtcProblem) -> String {
    let file = problem.file.display().to_string();
    match problem.line {
        Some(line) => t!(
            "provider-etc-broken-line",
            file = file,
            line = line,
            details = problem.details.as_str()
        ),
        None => t!(
            "provider-etc-broken",
            file = file,
            details = problem.details.as_str()
        ),
    }
}
