//! How spell checking looks in the compose window: the text with its
//! misspelled words marked, the menu on a word (suggestions, "Add to
//! dictionary", "Ignore") floating where it was right-clicked, and the
//! line of languages under the text.

use iced::widget::{
    button, column, container, mouse_area, row, rule, space, stack, text, text_editor,
};
use iced::{Center, Element, Fill, Length, Padding};

use posta_i18n::{dictionary_packages, spell_language_name, t};

use super::highlight::{self, SpellHighlighter};
use super::spelling::{Message as Spell, EDITOR_PADDING};
use super::{ids, Compose, Message};
use crate::theme;

/// The menu's width, to keep it inside the editor.
const MENU_WIDTH: f32 = 220.0;

impl Compose {
    /// The text editor, marked, with the spelling menu over it.
    pub(super) fn body_view(&self) -> Element<'_, Message> {
        let editor = text_editor(&self.body)
            .id(ids::BODY)
            .placeholder(t!("compose-body-placeholder"))
            .on_action(Message::Body)
            .key_binding(|press| {
                super::shortcut(&press.key, press.modifiers)
                    .filter(|m| *m == Message::Send)
                    .map(text_editor::Binding::Custom)
                    .or_else(|| text_editor::Binding::from_key_press(press))
            })
            .padding(EDITOR_PADDING)
            .height(Fill)
            .highlight_with::<SpellHighlighter>(self.spelling.marks(), highlight::format);
        let editor = mouse_area(editor)
            .on_right_press(Message::Spell(Spell::MenuAtPointer))
            .on_move(|point| Message::Spell(Spell::Pointer(point)));
        let Some(menu) = self.spelling.menu() else {
            return editor.into();
        };
        let mut items = column![text(t!("compose-spell-word", word = menu.word.as_str()))
            .size(theme::SMALL_SIZE)
            .style(text::secondary)]
        .spacing(2)
        .width(Length::Fixed(MENU_WIDTH));
        if menu.suggestions.is_empty() {
            items = items.push(text(t!("compose-spell-no-suggestions")).style(text::secondary));
        }
        for suggestion in &menu.suggestions {
            items = items.push(menu_item(
                suggestion.clone(),
                Spell::Replace(suggestion.clone()),
                true,
            ));
        }
        items = items
            .push(rule::horizontal(1))
            .push(menu_item(t!("compose-spell-add"), Spell::Add, false))
            .push(menu_item(t!("compose-spell-ignore"), Spell::Ignore, false));
        let card = container(items).padding(6).style(container::bordered_box);
        // Where it was right-clicked; from the keyboard, bottom left.
        let layer: Element<'_, Message> = match menu.at {
            Some(at) => container(card)
                .padding(Padding {
                    top: at.y + 4.0,
                    left: at.x.max(0.0),
                    ..Padding::ZERO
                })
                .into(),
            None => container(card)
                .padding(EDITOR_PADDING)
                .align_bottom(Fill)
                .into(),
        };
        stack![editor, layer].into()
    }

    /// The languages checked (each a switch), or why nothing is checked.
    pub(super) fn spelling_bar(&self) -> Option<Element<'_, Message>> {
        if self.spelling.no_dictionary {
            return Some(
                text(t!("compose-spell-off", packages = dictionary_packages()))
                    .size(theme::SMALL_SIZE)
                    .style(text::danger)
                    .into(),
            );
        }
        let languages = self.spelling.languages();
        if languages.is_empty() {
            return None;
        }
        let mut bar = row![text(t!("compose-spell-label"))
            .size(theme::SMALL_SIZE)
            .style(text::secondary)]
        .spacing(6)
        .align_y(Center);
        for (language, on) in languages {
            let style = if on {
                button::primary
            } else {
                button::secondary
            };
            bar = bar.push(
                button(text(spell_language_name(language)).size(theme::SMALL_SIZE))
                    .padding([2, 8])
                    .style(style)
                    .on_press(Message::Spell(Spell::Toggle(language))),
            );
        }
        Some(row![bar, space::horizontal()].into())
    }
}

/// One line of the menu.
fn menu_item<'a>(words: String, message: Spell, strong: bool) -> Element<'a, Message> {
    let label = text(words).size(theme::SMALL_SIZE);
    let label = if strong {
        label.font(theme::FONT_BOLD)
    } else {
        label
    };
    button(label)
        .style(button::text)
        .padding([3, 6])
        .width(Fill)
        .on_press(Message::Spell(message))
        .into()
}
