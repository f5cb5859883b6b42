//! Spell checking in the compose window: which languages are on
//! (detected from the text, the ones last chosen for the recipient, or
//! chosen here), the background check that finds the misspelled words
//! after each edit (never on the UI thread; the checker caches each
//! word's verdict, so a 5,000-word text costs one pass over its words),
//! and the menu a right-click or Ctrl+. opens on a marked word:
//! suggestions, "Add to dictionary", "Ignore".

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::Arc;

use iced::widget::text_editor::{self, Content, Cursor, Position};
use iced::{Point, Task};

use posta_core::spell::{self, Language, RecipientLanguages, Speller};
use posta_core::store::PostaHome;

use super::highlight::Marks;

/// The checker, shared with the background task (compared by identity).
#[derive(Debug, Clone)]
pub struct Handle(pub Arc<Speller>);

impl PartialEq for Handle {
    fn eq(&self, other: &Handle) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// What a background check found.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    /// The check's number.
    generation: u64,
    /// The checker it used (new when the languages changed).
    speller: Option<Handle>,
    /// The languages with a dictionary here.
    installed: Vec<Language>,
    /// The misspelled words.
    misspelled: Arc<HashSet<String>>,
}

/// What can happen to spell checking in the window.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// A background check finished.
    Checked(Checked),
    /// The pointer moved over the text (where, inside the editor).
    Pointer(Point),
    /// Right-click on the text: the menu for the word under the pointer.
    MenuAtPointer,
    /// Ctrl+.: the menu for the word at the cursor.
    MenuAtCursor,
    /// A suggestion was chosen.
    Replace(String),
    /// "Add to dictionary".
    Add,
    /// "Ignore".
    Ignore,
    /// The menu was closed without a choice.
    CloseMenu,
    /// A language was switched on or off.
    Toggle(Language),
}

/// The menu on a misspelled word.
#[derive(Debug, Clone, PartialEq)]
pub struct Menu {
    /// The word.
    pub word: String,
    /// Its line and byte columns.
    line: usize,
    columns: std::ops::Range<usize>,
    /// Corrections, likeliest first.
    pub suggestions: Vec<String>,
    /// Where it opens, inside the editor (`None`: at the bottom, for the
    /// keyboard).
    pub at: Option<Point>,
}

/// Spell checking's state in one compose window.
#[derive(Debug)]
pub struct Spelling {
    home: PostaHome,
    dirs: Vec<PathBuf>,
    speller: Option<Handle>,
    installed: Option<Vec<Language>>,
    /// Languages chosen here or for the recipient; `None`: detected.
    chosen: Option<Vec<Language>>,
    /// The language of the interface, when the text tells nothing.
    fallback: Language,
    marks: Marks,
    generation: u64,
    in_flight: bool,
    /// The text changed while a check was running.
    dirty: bool,
    pointer: Point,
    menu: Option<Menu>,
    /// "No dictionary" is shown in this window (once per Posta home).
    pub no_dictionary: bool,
}

/// Inside the editor, the text starts this far from its edge (its padding).
pub const EDITOR_PADDING: f32 = 8.0;

impl Spelling {
    /// Spell checking for a window in `home`, for the recipients `to`.
    pub fn new(home: &PostaHome, to: &str) -> Spelling {
        let remembered = RecipientLanguages::load(home)
            .ok()
            .and_then(|kept| kept.for_recipients(addresses(to).iter().map(String::as_str)));
        let fallback = posta_i18n::current_language()
            .code()
            .parse()
            .unwrap_or(Language::English);
        Spelling {
            home: home.clone(),
            dirs: spell::dictionary_dirs(Some(home)),
            speller: None,
            installed: None,
            chosen: remembered,
            fallback,
            marks: Marks::default(),
            generation: 0,
            in_flight: false,
            dirty: false,
            pointer: Point::ORIGIN,
            menu: None,
            no_dictionary: false,
        }
    }

    /// Looks for dictionaries in `dirs` only (tests, portable installs).
    pub fn search_in(&mut self, dirs: Vec<PathBuf>) {
        self.dirs = dirs;
    }

    /// What the highlighter marks.
    pub fn marks(&self) -> Marks {
        self.marks.clone()
    }

    /// The open menu.
    pub fn menu(&self) -> Option<&Menu> {
        self.menu.as_ref()
    }

    /// The languages with a dictionary, once known, and whether each is on.
    pub fn languages(&self) -> Vec<(Language, bool)> {
        let on = self.active();
        self.installed
            .iter()
            .flatten()
            .map(|&l| (l, on.contains(&l)))
            .collect()
    }

    /// The languages checked now.
    pub fn active(&self) -> Vec<Language> {
        self.speller
            .as_ref()
            .map(|s| s.0.languages())
            .unwrap_or_default()
    }

    /// The text changed (or the window opened): check it again off the UI
    /// thread; while a check runs, the next one waits for it.
    pub fn edited(&mut self, body: &Content) -> Task<Message> {
        self.menu = None;
        if self.in_flight {
            self.dirty = true;
            return Task::none();
        }
        self.in_flight = true;
        self.dirty = false;
        self.generation += 1;
        let job = Job {
            text: body.text(),
            generation: self.generation,
            speller: self.speller.clone(),
            installed: self.installed.clone(),
            dirs: self.dirs.clone(),
            home: self.home.clone(),
            chosen: self.chosen.clone(),
            fallback: self.fallback,
        };
        Task::perform(
            async move { tokio::task::spawn_blocking(move || job.run()).await.ok() },
            |checked| match checked {
                Some(checked) => Message::Checked(checked),
                None => Message::CloseMenu,
            },
        )
    }

    /// Applies a message; `to` is the To field (for remembering the
    /// languages chosen).
    pub fn update(&mut self, message: Message, body: &mut Content, to: &str) -> Task<Message> {
        match message {
            Message::Checked(checked) => return self.checked(checked, body),
            Message::Pointer(point) => self.pointer = point,
            Message::MenuAtPointer => {
                let inside = self.pointer - iced::Vector::new(EDITOR_PADDING, EDITOR_PADDING);
                body.perform(text_editor::Action::Click(inside));
                self.open_menu(body, Some(self.pointer));
            }
            Message::MenuAtCursor => self.open_menu(body, None),
            Message::Replace(word) => {
                if let Some(menu) = self.menu.take() {
                    replace(body, &menu, &word);
                    return self.edited(body);
                }
            }
            Message::Add => {
                if let (Some(menu), Some(speller)) = (self.menu.take(), &self.speller) {
                    // Kept for this session even when the list cannot be
                    // written.
                    let _ = speller.0.add_to_dictionary(&menu.word);
                    self.unmark(&menu.word);
                }
            }
            Message::Ignore => {
                if let (Some(menu), Some(speller)) = (self.menu.take(), &self.speller) {
                    speller.0.ignore(&menu.word);
                    self.unmark(&menu.word);
                }
            }
            Message::CloseMenu => self.menu = None,
            Message::Toggle(language) => {
                let mut languages = self.active();
                if let Some(at) = languages.iter().position(|&l| l == language) {
                    languages.remove(at);
                } else {
                    languages.push(language);
                }
                self.remember(to, &languages);
                self.chosen = Some(languages);
                return self.edited(body);
            }
        }
        Task::none()
    }

    fn checked(&mut self, checked: Checked, body: &Content) -> Task<Message> {
        self.in_flight = false;
        if self.installed.is_none() && checked.installed.is_empty() {
            self.no_dictionary = say_no_dictionary_once(&self.home);
        }
        self.installed = Some(checked.installed);
        self.speller = checked.speller;
        self.marks = Marks {
            words: checked.misspelled,
            generation: checked.generation,
        };
        if self.dirty {
            return self.edited(body);
        }
        Task::none()
    }

    fn unmark(&mut self, word: &str) {
        let mut words = (*self.marks.words).clone();
        words.remove(word);
        self.generation += 1;
        self.marks = Marks {
            words: Arc::new(words),
            generation: self.generation,
        };
    }

    /// Opens the menu when the cursor is on a marked word.
    fn open_menu(&mut self, body: &Content, at: Option<Point>) {
        self.menu = None;
        let (Some(speller), Cursor { position, .. }) = (&self.speller, body.cursor()) else {
            return;
        };
        let Some(line) = body.line(position.line) else {
            return;
        };
        let mut words = Vec::new();
        spell::line_words(&line.text, 0, &mut words);
        let Some(word) = words
            .into_iter()
            .find(|w| w.range.start <= position.column && position.column <= w.range.end)
        else {
            return;
        };
        if !self.marks.words.contains(word.text) {
            return;
        }
        self.menu = Some(Menu {
            word: word.text.to_owned(),
            line: position.line,
            columns: word.range.clone(),
            suggestions: speller.0.suggest(word.text),
            at,
        });
    }

    /// Keeps the languages chosen for everyone in To.
    fn remember(&self, to: &str, languages: &[Language]) {
        let list = addresses(to);
        if list.is_empty() {
            return;
        }
        if let Ok(mut kept) = RecipientLanguages::load(&self.home) {
            kept.remember(list.iter().map(String::as_str), languages);
            // Not remembering is no reason to stop the user.
            let _ = kept.save(&self.home);
        }
    }
}

/// The addresses in a To field (what is not yet an address is left out).
fn addresses(to: &str) -> Vec<String> {
    posta_core::compose::parse_addresses(to)
        .map(|list| list.into_iter().map(|a| a.email).collect())
        .unwrap_or_default()
}

/// Replaces the menu's word with `word` (one edit: undo brings it back).
fn replace(body: &mut Content, menu: &Menu, word: &str) {
    body.move_to(Cursor {
        position: Position {
            line: menu.line,
            column: menu.columns.start,
        },
        selection: Some(Position {
            line: menu.line,
            column: menu.columns.end,
        }),
    });
    body.perform(text_editor::Action::Edit(text_editor::Edit::Paste(
        Arc::new(word.to_owned()),
    )));
}

/// Whether to say "no dictionary" in this window: the first time only.
fn say_no_dictionary_once(home: &PostaHome) -> bool {
    let marker = home.root.join("spell").join("no-dictionary-said");
    if marker.exists() {
        return false;
    }
    if let Some(dir) = marker.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let _ = std::fs::write(&marker, b"");
    true
}

/// One background check.
struct Job {
    text: String,
    generation: u64,
    speller: Option<Handle>,
    installed: Option<Vec<Language>>,
    dirs: Vec<PathBuf>,
    home: PostaHome,
    chosen: Option<Vec<Language>>,
    fallback: Language,
}

impl Job {
    fn run(self) -> Checked {
        let installed = self.installed.unwrap_or_else(|| {
            spell::available(&self.dirs)
                .into_iter()
                .map(|d| d.language)
                .collect()
        });
        let wanted = self.chosen.unwrap_or_else(|| {
            let detected: Vec<Language> = spell::detect(&self.text)
                .into_iter()
                .filter(|l| installed.contains(l))
                .collect();
            if detected.is_empty() {
                // Nothing tells yet: the interface's language, else the
                // first dictionary there is.
                let first = installed.first().copied();
                Some(self.fallback)
                    .filter(|l| installed.contains(l))
                    .or(first)
                    .into_iter()
                    .collect()
            } else {
                detected
            }
        });
        let speller = match self.speller {
            Some(handle) if handle.0.languages() == wanted => handle,
            _ => Handle(Arc::new(
                Speller::new(&wanted, &self.dirs, Some(&self.home)).0,
            )),
        };
        let words: HashSet<&str> = spell::words(&self.text)
            .into_iter()
            .map(|w| w.text)
            .collect();
        let misspelled = speller.0.misspelled(words);
        Checked {
            generation: self.generation,
            speller: Some(speller),
            installed,
            misspelled: Arc::new(misspelled),
        }
    }
}

impl super::Compose {
    /// Starts spell checking as the window opens (the first check loads
    /// the dictionaries, off the UI thread).
    pub fn start_spelling(&mut self) -> Task<super::Message> {
        self.spelling.edited(&self.body).map(super::Message::Spell)
    }

    /// Looks for dictionaries in `dirs` only instead of the user's folder
    /// and the system's (tests, portable installs).
    pub fn with_dictionary_dirs(mut self, dirs: Vec<PathBuf>) -> super::Compose {
        self.spelling.search_in(dirs);
        self
    }

    /// Spell checking's state (for tests and screenshots).
    pub fn spelling(&self) -> &Spelling {
        &self.spelling
    }

    pub(super) fn spell(&mut self, message: Message) -> Task<super::Message> {
        self.spelling
            .update(message, &mut self.body, &self.to)
            .map(super::Message::Spell)
    }

    /// The text was edited: the check follows.
    pub(super) fn body_edited(&mut self, action: text_editor::Action) -> Task<super::Message> {
        let edit = action.is_edit();
        // A click elsewhere in the text closes the menu; scrolling keeps it.
        if !matches!(action, text_editor::Action::Scroll { .. }) {
            self.spelling.menu = None;
        }
        self.body.perform(action);
        if edit {
            self.spell_recheck()
        } else {
            Task::none()
        }
    }

    fn spell_recheck(&mut self) -> Task<super::Message> {
        self.spelling.edited(&self.body).map(super::Message::Spell)
    }
}
