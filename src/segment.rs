//! Paragraph segmentation, exactly as the annotation guidelines define it:
//! blocks of lines separated by lines that are empty or hold only whitespace
//! (any Unicode whitespace, U+00A0 included); single line breaks stay inside a
//! block; each block is trimmed; paragraphs are numbered from 0.

/// One paragraph of a decoded document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph<'a> {
    /// Position in the document, from 0.
    pub index: usize,
    /// First line of the paragraph, 1-based.
    pub start_line: usize,
    /// Last line of the paragraph, 1-based.
    pub end_line: usize,
    /// Byte offset of the trimmed text in the decoded document.
    pub byte_start: usize,
    /// Byte offset one past the end of the trimmed text.
    pub byte_end: usize,
    /// The trimmed text, borrowed from the document.
    pub text: &'a str,
}

use std::io::{self, BufRead};

/// Iterates over the paragraphs of `text` (whose line ends are `\n`).
pub fn paragraphs(text: &str) -> Paragraphs<'_> {
    Paragraphs {
        text,
        pos: 0,
        line: 1,
        index: 0,
    }
}

/// Splits a whole document into paragraphs.
pub fn segment(text: &str) -> Vec<Paragraph<'_>> {
    paragraphs(text).collect()
}

/// Streaming paragraph iterator; see [`paragraphs`].
#[derive(Debug, Clone)]
pub struct Paragraphs<'a> {
    text: &'a str,
    /// Byte offset of the start of the next unread line.
    pos: usize,
    /// 1-based number of the next unread line.
    line: usize,
    index: usize,
}

fn is_blank(line: &str) -> bool {
    line.chars().all(char::is_whitespace)
}

impl<'a> Paragraphs<'a> {
    /// Returns the next line as (start, end-without-newline), advancing.
    fn next_line(&mut self) -> Option<(usize, usize)> {
        if self.pos >= self.text.len() {
            return None;
        }
        let rest = &self.text.as_bytes()[self.pos..];
        let start = self.pos;
        let end = match memchr::memchr(b'\n', rest) {
            Some(i) => {
                self.pos += i + 1;
                start + i
            }
            None => {
                self.pos = self.text.len();
                self.text.len()
            }
        };
        self.line += 1;
        Some((start, end))
    }
}

impl<'a> Iterator for Paragraphs<'a> {
    type Item = Paragraph<'a>;

    fn next(&mut self) -> Option<Paragraph<'a>> {
        // Skip blank lines up to the first line with content.
        let (block_start, mut block_end, start_line) = loop {
            let line_no = self.line;
            let (s, e) = self.next_line()?;
            if !is_blank(&self.text[s..e]) {
                break (s, e, line_no);
            }
        };
        let mut end_line = start_line;
        // Extend the block until a blank line or the end of the text.
        loop {
            let line_no = self.line;
            match self.next_line() {
                Some((s, e)) if !is_blank(&self.text[s..e]) => {
                    block_end = e;
                    end_line = line_no;
                }
                _ => break,
            }
        }
        let block = &self.text[block_start..block_end];
        let lead = block.len() - block.trim_start().len();
        let trimmed = block.trim();
        let byte_start = block_start + lead;
        let para = Paragraph {
            index: self.index,
            start_line,
            end_line,
            byte_start,
            byte_end: byte_start + trimmed.len(),
            text: trimmed,
        };
        self.index += 1;
        Some(para)
    }
}

/// A paragraph that owns its text, as read by [`ParagraphStream`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnedParagraph {
    pub index: usize,
    pub start_line: usize,
    pub end_line: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    pub text: String,
}

impl OwnedParagraph {
    /// The paragraph borrowing its text, as [`segment`] gives it.
    pub fn as_paragraph(&self) -> Paragraph<'_> {
        Paragraph {
            index: self.index,
            start_line: self.start_line,
            end_line: self.end_line,
            byte_start: self.byte_start,
            byte_end: self.byte_end,
            text: &self.text,
        }
    }
}

/// The paragraphs of decoded text (UTF-8, `\n` line ends) read from a
/// stream, one at a time: the same paragraphs, lines and byte offsets as
/// [`segment`] gives for the whole text, holding only the current paragraph
/// and line in memory. Text that is not UTF-8 is an `InvalidData` error.
#[derive(Debug)]
pub struct ParagraphStream<B> {
    reader: B,
    /// Byte offset of the start of the next unread line.
    pos: usize,
    /// 1-based number of the next unread line.
    line_no: usize,
    index: usize,
    line: String,
}

/// Reads paragraphs from a reader of decoded text; see [`ParagraphStream`].
pub fn paragraph_stream<B: BufRead>(reader: B) -> ParagraphStream<B> {
    ParagraphStream {
        reader,
        pos: 0,
        line_no: 1,
        index: 0,
        line: String::new(),
    }
}

impl<B: BufRead> ParagraphStream<B> {
    /// Reads the next line into `self.line` (without its `\n`); returns its
    /// start offset and number, or `None` at the end.
    fn next_line(&mut self) -> io::Result<Option<(usize, usize)>> {
        self.line.clear();
        let n = self.reader.read_line(&mut self.line)?;
        if n == 0 {
            return Ok(None);
        }
        if self.line.ends_with('\n') {
            self.line.pop();
        }
        let start = self.pos;
        let no = self.line_no;
        self.pos += n;
        self.line_no += 1;
        Ok(Some((start, no)))
    }

    fn next_paragraph(&mut self) -> io::Result<Option<OwnedParagraph>> {
        let (block_start, start_line) = loop {
            match self.next_line()? {
                None => return Ok(None),
                Some(found) if !is_blank(&self.line) => break found,
                Some(_) => {}
            }
        };
        let mut block = std::mem::take(&mut self.line);
        let mut end_line = start_line;
        while let Some((_, no)) = self.next_line()? {
            if is_blank(&self.line) {
                break;
            }
            block.push('\n');
            block.push_str(&self.line);
            end_line = no;
        }
        let lead = block.len() - block.trim_start().len();
        let len = block.trim().len();
        block.truncate(lead + len);
        block.drain(..lead);
        let para = OwnedParagraph {
            index: self.index,
            start_line,
            end_line,
            byte_start: block_start + lead,
            byte_end: block_start + lead + len,
            text: block,
        };
        self.index += 1;
        Ok(Some(para))
    }
}

impl<B: BufRead> Iterator for ParagraphStream<B> {
    type Item = io::Result<OwnedParagraph>;

    fn next(&mut self) -> Option<io::Result<OwnedParagraph>> {
        self.next_paragraph().transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        segment(s).into_iter().map(|p| p.text).collect()
    }

    #[test]
    fn blank_lines_split_single_breaks_do_not() {
        assert_eq!(
            texts("one\ntwo\n\nthree\n\n\n\nfour"),
            vec!["one\ntwo", "three", "four"]
        );
    }

    #[test]
    fn whitespace_only_lines_are_blank_including_nbsp() {
        let s = "alpha\n \t \n beta \n\u{a0}\u{a0}\ngamma\n\u{2003}\ndelta";
        assert_eq!(texts(s), vec!["alpha", "beta", "gamma", "delta"]);
    }

    #[test]
    fn leading_and_trailing_whitespace_trimmed_including_nbsp() {
        let s = "\u{a0} indented first line\n  second \u{a0}\n";
        let p = &segment(s)[0];
        assert_eq!(p.text, "indented first line\n  second");
        assert_eq!(&s[p.byte_start..p.byte_end], p.text);
    }

    #[test]
    fn lines_and_offsets_are_reported() {
        let s = "\n\nTitle here\n\nBody line one\nbody line two\n\n";
        let ps = segment(s);
        assert_eq!(ps.len(), 2);
        assert_eq!((ps[0].index, ps[0].start_line, ps[0].end_line), (0, 3, 3));
        assert_eq!((ps[1].index, ps[1].start_line, ps[1].end_line), (1, 5, 6));
        for p in &ps {
            assert_eq!(&s[p.byte_start..p.byte_end], p.text);
        }
    }

    #[test]
    fn crlf_text_after_decoding_segments_the_same() {
        let decoded = crate::read::normalise_line_ends("a\r\nb\r\n\r\nc\r\n");
        assert_eq!(texts(&decoded), vec!["a\nb", "c"]);
    }

    #[test]
    fn empty_and_whitespace_only_documents_have_no_paragraphs() {
        assert!(segment("").is_empty());
        assert!(segment(" \n\u{a0}\n\t\n").is_empty());
    }

    #[test]
    fn no_final_newline() {
        let ps = segment("a\n\nb");
        assert_eq!(ps[1].text, "b");
        assert_eq!(ps[1].start_line, 3);
    }

    #[test]
    fn the_stream_gives_what_segment_gives() {
        for s in [
            "",
            "\n\n",
            "one\ntwo\n\nthree\n\n\n\nfour",
            "\u{a0} indented first line\n  second \u{a0}\n",
            "\n\nTitle here\n\nBody line one\nbody line two\n\n",
            "a\n \t \nb\u{2003}\n\u{2003}\nc",
        ] {
            let streamed: Vec<OwnedParagraph> = paragraph_stream(s.as_bytes())
                .collect::<io::Result<_>>()
                .unwrap();
            let streamed: Vec<Paragraph<'_>> =
                streamed.iter().map(OwnedParagraph::as_paragraph).collect();
            assert_eq!(streamed, segment(s), "{s:?}");
        }
    }

    #[test]
    fn the_stream_refuses_text_that_is_not_utf8() {
        let mut stream = paragraph_stream(&b"ok\n\n\xff\n"[..]);
        assert!(stream.next().unwrap().is_ok());
        let err = stream.next().unwrap().unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidData);
    }
}
