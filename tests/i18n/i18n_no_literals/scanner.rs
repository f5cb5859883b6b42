//! The scanner itself: it must flag what the rule forbids and nothing else.

use super::*;

fn flagged(source: &str) -> Vec<String> {
    scan(source)
        .into_iter()
        .map(|finding| finding.literal)
        .collect()
}

#[test]
fn flags_a_bad_sample() {
    let bad = r##"
        use iced::widget::{button, column, text, text_input, tooltip};
        const GREETING: &str = "Hello";
        static FAREWELL: &'static str = "Goodbye";
        fn view(state: &State) -> Element<'_, Message> {
            let name = text_input("Your name", &state.name);
            let save = button(text("Save")).on_press(Message::Save);
            let tip = tooltip(save, "Saves the draft", tooltip::Position::Top);
            let version = text(format!("Version {}", state.version));
            let label: Element<_> = "Loose".into();
            let count = t!("mailbox-unread-count", count = "five");
            let raw = text(r#"Raw words"#);
            let chosen = text(if state.ok { "Yes" } else { "No" });
            let title = Column::new().push("Pushed");
            let search = text_input("", "").placeholder("Search mail");
            let turbofish = iced::widget::text::<Theme>("Turbofish");
            let built = Text::new("Constructed");
            column!["In a column", name, tip].into()
        }
        impl std::fmt::Display for Choice {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "Displayed")
            }
        }
    "##;
    assert_eq!(
        flagged(bad),
        [
            "Hello",
            "Goodbye",
            "Your name",
            "Save",
            "Saves the draft",
            "Version {}",
            "Loose",
            "five",
            "Raw words",
            "Yes",
            "No",
            "Pushed",
            "Search mail",
            "Turbofish",
            "Constructed",
            "In a column",
            "Displayed",
        ]
    );
}

#[test]
fn passes_a_good_sample() {
    let good = r##"
        //! Docs may say text("anything").
        use iced::Font;
        /// A doc comment with button("Save").
        const FONT: Font = Font::with_name("DejaVu Sans");
        const ARROW: &str = "→";
        #[doc = "attribute text"]
        fn view(state: &State) -> Element<'_, Message> {
            let heading = text(t!("home-welcome"));
            let version = text(t!("app-version", version = env!("CARGO_PKG_VERSION")));
            let icon = button(text("✉")).on_press(Message::Compose);
            let numbers = text(format!("{} / {}", state.done, state.total));
            let named = text(format!("{count}", count = state.count));
            let escaped = text("{{}}");
            let lifetime: &'static str = "";
            let c = 'x';
            let key = keyboard::Key::Character("n".into()); // i18n-allow: a key code, not text
            let id = widget::Id::new("message-list");
            debug_assert!(state.ok, "state must be ok before drawing");
            /* text("commented out") */
            column![heading, version, icon, numbers].into()
        }
        #[cfg(test)]
        mod tests {
            #[test]
            fn t() { assert_eq!(text("Inside tests"), 1); }
        }
    "##;
    assert_eq!(flagged(good), Vec::<String>::new());
}

#[test]
fn placeholders_are_not_letters() {
    assert!(!has_letters("{} / {}"));
    assert!(!has_letters("{count}"));
    assert!(!has_letters("→ • 42 %"));
    assert!(has_letters("{} B"));
    assert!(has_letters("Ąę"));
    assert!(has_letters("Входящи"));
}

#[test]
fn an_allow_comment_needs_a_reason() {
    assert_eq!(flagged("text(\"Posta\") // i18n-allow:\n"), ["Posta"]);
    assert!(flagged("text(\"Posta\") // i18n-allow: brand name\n").is_empty());
}

#[test]
fn reports_the_line() {
    let findings = scan("fn a() {\n\n    text(\"Third\")\n}\n");
    assert_eq!(findings[0].line, 3);
}
