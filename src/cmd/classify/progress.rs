//! The progress bar of `classify` on standard error: files done, bytes
//! done, the rate and time left, shown only when standard error is a terminal and there are
//! more than [`MIN_FILES`] inputs, so pipes and CI logs get nothing.
//!
//! The bar counts bytes, so the rate and the time left follow the data
//! rather than the number of files; the files done are its message. The
//! workers count the bytes as they score them (a large file paragraph by
//! paragraph), so the bar moves while one large file is read.
//! Anything else written to the terminal while it is shown goes through
//! [`Progress::suspend`], which hides the bar for the write.

use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A run of this many inputs or fewer finishes too soon for a bar to help.
pub const MIN_FILES: usize = 8;

/// How often the bar redraws on its own, so the rate and time left move on
/// while one large file is being read.
const TICK: Duration = Duration::from_millis(200);

const TEMPLATE: &str = "{spinner} {msg} files  [{wide_bar}]  {binary_bytes}/{binary_total_bytes}  {binary_bytes_per_sec}  {eta} left";

/// A progress bar, or nothing.
pub struct Progress {
    bar: Option<ProgressBar>,
    /// Whether results go to the same terminal, so writing them needs the
    /// bar out of the way.
    shared_terminal: bool,
    files: usize,
    done: usize,
}

impl Progress {
    /// No bar.
    pub fn hidden() -> Progress {
        Progress {
            bar: None,
            shared_terminal: false,
            files: 0,
            done: 0,
        }
    }

    /// A bar on standard error for `files` inputs of `bytes` bytes in all.
    /// `shared_terminal` says whether results are written to the same
    /// terminal.
    pub fn start(files: usize, bytes: u64, shared_terminal: bool) -> Progress {
        let style = ProgressStyle::with_template(TEMPLATE)
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> ");
        let bar = ProgressBar::with_draw_target(Some(bytes), ProgressDrawTarget::stderr())
            .with_style(style)
            .with_message(format!("0/{files}"));
        bar.enable_steady_tick(TICK);
        Progress {
            bar: Some(bar),
            shared_terminal,
            files,
            done: 0,
        }
    }

    /// Counts one input as done (its output written).
    pub fn advance(&mut self) {
        self.done += 1;
        if let Some(bar) = &self.bar {
            bar.set_message(format!("{}/{}", self.done, self.files));
        }
    }

    /// The bar's byte count, which workers advance as they read: a handle
    /// safe to share between threads, or `None` when no bar is shown.
    pub fn byte_counter(&self) -> Option<ProgressBar> {
        self.bar.clone()
    }

    /// Runs `f`, which writes to standard error, with the bar hidden.
    pub fn suspend<R>(&self, f: impl FnOnce() -> R) -> R {
        match &self.bar {
            Some(bar) => bar.suspend(f),
            None => f(),
        }
    }

    /// Runs `f`, which writes results, with the bar hidden when they go to
    /// the same terminal.
    pub fn around_output<R>(&self, f: impl FnOnce() -> R) -> R {
        match &self.bar {
            Some(bar) if self.shared_terminal => bar.suspend(f),
            _ => f(),
        }
    }

    /// Whether results must be flushed before the bar is drawn again.
    pub fn shares_terminal(&self) -> bool {
        self.bar.is_some() && self.shared_terminal
    }
}

impl Drop for Progress {
    /// Clears the bar, however the run ends.
    fn drop(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}
