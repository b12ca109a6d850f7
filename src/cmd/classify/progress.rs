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

/// The bar's line. The bar takes the width the rest leaves, so every other
/// field keeps one width from frame to frame, or the bar would change
/// width and the line jump as the numbers grow ("96.58 KiB" to "3.77
/// MiB", "900.50 KiB/s" to "1.02 MiB/s"): bytes done padded to their
/// widest ("1023.99 KiB", 11), the rate likewise ("1023.99 KiB/s", 13),
/// the time left to 3 ("89s", "59m") and the files done to the digits of
/// the total (see [`files_done`]). The total is the same all run.
const TEMPLATE: &str = "{spinner} {msg} files  [{wide_bar}]  {binary_bytes:>11}/{binary_total_bytes}  {binary_bytes_per_sec:>13}  {eta:>3} left";

/// The files done, `done/files`, with `done` padded to the width of
/// `files` (` 7/40`), so the message keeps its width all run.
fn files_done(done: usize, files: usize) -> String {
    let width = files.to_string().len();
    format!("{done:>width$}/{files}")
}

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
        Progress::start_on(ProgressDrawTarget::stderr(), files, bytes, shared_terminal)
    }

    /// [`Progress::start`] drawing on `target`.
    fn start_on(
        target: ProgressDrawTarget,
        files: usize,
        bytes: u64,
        shared_terminal: bool,
    ) -> Progress {
        let style = ProgressStyle::with_template(TEMPLATE)
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> ");
        let bar = ProgressBar::with_draw_target(Some(bytes), target)
            .with_style(style)
            .with_message(files_done(0, files));
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
            bar.set_message(files_done(self.done, self.files));
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

#[cfg(test)]
mod tests {
    use std::io;
    use std::sync::{Arc, Mutex};

    use indicatif::TermLike;

    use super::*;

    /// A terminal 100 columns wide that keeps what is drawn on it.
    #[derive(Debug, Clone, Default)]
    struct Screen(Arc<Mutex<Vec<String>>>);

    impl TermLike for Screen {
        fn width(&self) -> u16 {
            100
        }
        fn move_cursor_up(&self, _: usize) -> io::Result<()> {
            Ok(())
        }
        fn move_cursor_down(&self, _: usize) -> io::Result<()> {
            Ok(())
        }
        fn move_cursor_right(&self, _: usize) -> io::Result<()> {
            Ok(())
        }
        fn move_cursor_left(&self, _: usize) -> io::Result<()> {
            Ok(())
        }
        fn write_line(&self, s: &str) -> io::Result<()> {
            self.write_str(s)
        }
        fn write_str(&self, s: &str) -> io::Result<()> {
            self.0.lock().unwrap().push(s.to_string());
            Ok(())
        }
        fn clear_line(&self) -> io::Result<()> {
            Ok(())
        }
        fn flush(&self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn files_done_keeps_its_width() {
        assert_eq!(files_done(0, 40), " 0/40");
        assert_eq!(files_done(40, 40), "40/40");
        assert_eq!(files_done(7, 1000), "   7/1000");
    }

    #[test]
    fn the_bar_keeps_its_width_as_the_numbers_grow() {
        let screen = Screen::default();
        let total: u64 = 4 << 20;
        let mut progress = Progress::start_on(
            ProgressDrawTarget::term_like(Box::new(screen.clone())),
            40,
            total,
            false,
        );
        let bar = progress.byte_counter().expect("a bar is shown");
        // From "0 B" to "1023.50 KiB" to "4.00 MiB", and 0 to 40 files.
        for (files, bytes) in [(0, 0), (1, 900), (9, 98_000), (20, 1_048_000), (40, total)] {
            while progress.done < files {
                progress.advance();
            }
            bar.set_position(bytes);
            bar.force_draw();
        }
        drop(progress);
        let drawn = screen.0.lock().unwrap().clone();
        let widths: Vec<usize> = drawn
            .iter()
            .filter_map(|line| {
                let (open, close) = (line.find('[')?, line.rfind(']')?);
                Some(line[open + 1..close].chars().count())
            })
            .collect();
        assert!(widths.len() >= 5, "{drawn:#?}");
        assert!(
            widths.iter().all(|&w| w == widths[0]),
            "{widths:?}: {drawn:#?}"
        );
        assert!(widths[0] > 0, "{drawn:#?}");
    }
}
