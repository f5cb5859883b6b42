//! Detection with visible progress: each step of
//! [`autoconfig::detect`](posta_core::autoconfig::detect) in a list with
//! its state, a progress bar, and a button that stops the search and lets
//! the user enter the settings by hand.

use futures::SinkExt;
use iced::task;
use iced::widget::{column, progress_bar, row, text};
use iced::{Center, Fill, Task};

use super::layout::{self, Page};
use super::{Action, Message, Step, Wizard};
use posta_core::autoconfig::{self, AutoconfigError, Detection, Progress, StepOutcome};
use posta_i18n::t;

/// Where one step stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepState {
    /// Not started yet.
    Waiting,
    /// Running now.
    Running,
    /// It found the settings.
    Found,
    /// It found nothing.
    Nothing,
    /// Not needed.
    Skipped,
}

/// The detection page's state.
#[derive(Debug, Default)]
pub struct State {
    pub(super) steps: Vec<(autoconfig::Step, StepState)>,
    handle: Option<task::Handle>,
    result: Option<Result<Detection, AutoconfigError>>,
    /// The user stopped the search.
    pub(super) stopped: bool,
}

impl State {
    /// What detection found, if it ended with a result.
    pub fn result(&self) -> Option<&Detection> {
        self.result.as_ref().and_then(|r| r.as_ref().ok())
    }

    /// True when the user stopped the search.
    pub fn stopped(&self) -> bool {
        self.stopped
    }

    fn done_count(&self) -> usize {
        self.steps
            .iter()
            .filter(|(_, s)| !matches!(s, StepState::Waiting | StepState::Running))
            .count()
    }
}

impl Wizard {
    /// False when the administrator allows only the organisation's
    /// domains (`/etc/posta/defaults.toml`) and the address is elsewhere.
    pub(super) fn account_allowed(&self) -> bool {
        self.details
            .address()
            .is_none_or(|a| self.options.detect.etc.allows_account_at(&a.domain))
    }

    /// Starts detection for the address on the details page.
    pub(super) fn start_detection(&mut self) -> Action {
        if !self.details.complete() || !self.account_allowed() {
            return Action::None;
        }
        if self.keeps_form() {
            // Back to fix the password: what was typed by hand stays.
            return self.go(Step::Review);
        }
        self.cancel_detection();
        self.detect = State {
            steps: autoconfig::Step::ALL
                .iter()
                .map(|s| (*s, StepState::Waiting))
                .collect(),
            ..State::default()
        };
        self.step = Step::Detect;
        let email = self.details.email.trim().to_owned();
        let options = self.options.detect.clone();
        let stream = iced::stream::channel(
            32,
            async move |mut output: futures::channel::mpsc::Sender<Message>| {
                let mut progress = output.clone();
                let result = autoconfig::detect(&email, &options, move |p| {
                    // At most a dozen events into a channel of 32: never full.
                    let _ = progress.try_send(Message::DetectProgress(p));
                })
                .await;
                let _ = output.send(Message::DetectFinished(Box::new(result))).await;
            },
        );
        let (task, handle) = Task::stream(stream).abortable();
        self.detect.handle = Some(handle);
        Action::Run(task)
    }

    /// True when the review page was edited by hand for the address on the
    /// details page: a new search would throw that away.
    fn keeps_form(&self) -> bool {
        self.form.edited && self.form.filled_for == self.details.email.trim()
    }

    pub(super) fn detection_progress(&mut self, progress: Progress) -> Action {
        let (step, state) = match progress {
            Progress::Started(step) => (step, StepState::Running),
            Progress::Finished(step, StepOutcome::Found) => (step, StepState::Found),
            Progress::Finished(step, StepOutcome::Nothing(_)) => (step, StepState::Nothing),
            Progress::Finished(step, StepOutcome::Skipped) => (step, StepState::Skipped),
        };
        if let Some(entry) = self.detect.steps.iter_mut().find(|(s, _)| *s == step) {
            entry.1 = state;
        }
        Action::None
    }

    pub(super) fn detection_finished(
        &mut self,
        result: Result<Detection, AutoconfigError>,
    ) -> Action {
        self.detect.handle = None;
        self.detect.result = Some(result);
        let email = self.details.email.trim().to_owned();
        self.form
            .fill(self.protocol.protocol, self.detect.result(), &email);
        if let Some(protocol) = self.form.protocol_switched() {
            self.protocol.protocol = protocol;
        }
        if self.step == Step::Detect {
            self.step = Step::Review;
        }
        Action::None
    }

    /// The user stops detection: the review page opens for manual entry.
    pub(super) fn stop_detection(&mut self) -> Action {
        self.cancel_detection();
        self.detect.stopped = true;
        if !self.keeps_form() {
            let email = self.details.email.trim().to_owned();
            self.form.fill(self.protocol.protocol, None, &email);
        }
        self.go(Step::Review)
    }

    /// Stops a running detection, if any (dropping its future).
    pub(super) fn cancel_detection(&mut self) {
        if let Some(handle) = self.detect.handle.take() {
            handle.abort();
        }
    }
}

fn step_label(step: autoconfig::Step) -> String {
    match step {
        autoconfig::Step::ProviderList => t!("wizard-detect-step-list"),
        autoconfig::Step::Autoconfig => t!("wizard-detect-step-autoconfig"),
        autoconfig::Step::WellKnown => t!("wizard-detect-step-well-known"),
        autoconfig::Step::Mx => t!("wizard-detect-step-mx"),
        autoconfig::Step::Srv => t!("wizard-detect-step-srv"),
        autoconfig::Step::Probe => t!("wizard-detect-step-probe"),
    }
}

/// The detection page.
pub(super) fn view(wizard: &Wizard) -> Page<'_> {
    let state = &wizard.detect;
    let total = state.steps.len().max(1) as f32;
    let mut list = column![].spacing(12);
    for (step, status) in &state.steps {
        let (mark, word) = match status {
            StepState::Waiting => ("○", t!("wizard-detect-waiting")),
            StepState::Running => ("◐", t!("wizard-detect-running")),
            StepState::Found => ("✓", t!("wizard-detect-found")),
            StepState::Nothing => ("–", t!("wizard-detect-nothing")),
            StepState::Skipped => ("·", t!("wizard-detect-skipped")),
        };
        let style = match status {
            StepState::Found => text::success,
            StepState::Running => text::primary,
            _ => text::secondary,
        };
        list = list.push(
            row![
                text(mark).size(18).width(24).style(style),
                text(step_label(*step)).size(layout::BODY_SIZE).width(Fill),
                text(word).size(layout::BODY_SIZE).style(style),
            ]
            .spacing(10)
            .align_y(Center),
        );
    }
    let domain = wizard
        .details
        .address()
        .map(|a| a.domain)
        .unwrap_or_default();
    let body = column![
        progress_bar(0.0..=total, state.done_count() as f32).girth(10),
        list,
        layout::hint(t!("wizard-detect-privacy")),
    ]
    .spacing(20);
    Page {
        counter: None,
        title: t!("wizard-detect-title"),
        lead: Some(t!("wizard-detect-lead", domain = domain)),
        fixed: None,
        body: body.into(),
        secondary: vec![layout::back()],
        primary: vec![layout::secondary(
            t!("wizard-detect-stop"),
            Some(Message::StopDetection),
        )],
        submit: None,
        note: None,
    }
}
