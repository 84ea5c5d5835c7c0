//! English word forms: the Snowball English ("Porter2") stemmer, written for the folded ASCII
//! words of the index, plus one rule of ours (`stem_key`).
//!
//! Written here rather than taken from `rust-stemmers`, which runs a general Snowball runtime
//! (char cursors, `Cow` strings, closure tables). Measured on the app's release wasm (brotli
//! q11): this stemmer adds 5.5 KB raw / 2.3 KB brotli, `rust-stemmers` 9.3 KB / 2.9 KB. A test
//! checks it against `rust-stemmers` (a dev-dependency only) word for word.

/// The key under which the index groups the forms of an English word: the Snowball stem, then
/// the agent endings Snowball keeps on shorter stems (`-er`, `-or`, and the `-e` left of
/// `-ee`) dropped when at least `MIN_AGENT_ROOT` letters remain, so "smugglers" (Snowball:
/// "smuggler") meets "smuggling" ("smuggl") and "trainer", "trainee" meet "training".
/// None for words that are not plain a–z of three letters or more (digits, other scripts).
pub fn stem_key(word: &str) -> Option<String> {
    if word.len() < 3 || !word.bytes().all(|byte| byte.is_ascii_lowercase()) {
        return None;
    }
    let mut key = snowball_english(word);
    for ending in ["er", "or", "e"] {
        if key.len() >= MIN_AGENT_ROOT + ending.len() && key.ends_with(ending) {
            key.truncate(key.len() - ending.len());
            break;
        }
    }
    Some(key)
}

/// Shorter roots keep their ending: "water", "order", "center" stay apart from "wat", "ord",
/// "cent".
const MIN_AGENT_ROOT: usize = 5;

/// The Snowball English stemmer (snowballstem.org, "english" algorithm) of a lowercase a–z
/// word; the step names below are the algorithm's.
pub fn snowball_english(word: &str) -> String {
    if let Some(exception) = exception1(word) {
        return exception.to_string();
    }
    if word.len() < 3 {
        return word.to_string();
    }
    let mut w = Word::new(word);
    w.step_1a();
    if !matches!(
        w.text(),
        b"inning"
            | b"outing"
            | b"canning"
            | b"herring"
            | b"earring"
            | b"proceed"
            | b"exceed"
            | b"succeed"
    ) {
        w.step_1b();
        w.step_1c();
        w.step_2();
        w.step_3();
        w.step_4();
        w.step_5();
    }
    w.into_string()
}

fn exception1(word: &str) -> Option<&str> {
    Some(match word {
        "skis" => "ski",
        "skies" => "sky",
        "dying" => "die",
        "lying" => "lie",
        "tying" => "tie",
        "idly" => "idl",
        "gently" => "gentl",
        "ugly" => "ugli",
        "early" => "earli",
        "only" => "onli",
        "singly" => "singl",
        "sky" | "news" | "howe" | "atlas" | "cosmos" | "bias" | "andes" => word,
        _ => return None,
    })
}

fn is_vowel(byte: u8) -> bool {
    matches!(byte, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

fn is_double(pair: &[u8]) -> bool {
    pair.len() == 2
        && pair[0] == pair[1]
        && matches!(
            pair[0],
            b'b' | b'd' | b'f' | b'g' | b'm' | b'n' | b'p' | b'r' | b't'
        )
}

fn is_li_ending(byte: u8) -> bool {
    matches!(
        byte,
        b'c' | b'd' | b'e' | b'g' | b'h' | b'k' | b'm' | b'n' | b'r' | b't'
    )
}

/// The word being stemmed ('Y' marks a consonant y) and its regions R1 and R2.
struct Word {
    bytes: Vec<u8>,
    r1: usize,
    r2: usize,
}

impl Word {
    fn new(word: &str) -> Word {
        let mut bytes = word.as_bytes().to_vec();
        // Prelude: an initial y, and a y after a vowel, are consonants.
        for at in 0..bytes.len() {
            if bytes[at] == b'y' && (at == 0 || is_vowel(bytes[at - 1])) {
                bytes[at] = b'Y';
            }
        }
        let r1 = ["gener", "commun", "arsen"]
            .iter()
            .find(|prefix| bytes.starts_with(prefix.as_bytes()))
            .map_or_else(|| region_after(&bytes, 0), |prefix| prefix.len());
        let r2 = region_after(&bytes, r1);
        Word { bytes, r1, r2 }
    }

    fn text(&self) -> &[u8] {
        &self.bytes
    }

    fn into_string(self) -> String {
        self.bytes
            .into_iter()
            .map(|byte| if byte == b'Y' { 'y' } else { byte as char })
            .collect()
    }

    /// The longest of `suffixes` the word ends with.
    fn longest<'s>(&self, suffixes: &[&'s str]) -> Option<&'s str> {
        suffixes
            .iter()
            .filter(|suffix| self.bytes.ends_with(suffix.as_bytes()))
            .max_by_key(|suffix| suffix.len())
            .copied()
    }

    /// Where `suffix` (which the word ends with) starts.
    fn start_of(&self, suffix: &str) -> usize {
        self.bytes.len() - suffix.len()
    }

    fn replace(&mut self, suffix: &str, with: &str) {
        let start = self.start_of(suffix);
        self.bytes.truncate(start);
        self.bytes.extend_from_slice(with.as_bytes());
    }

    /// Whether the word up to `end` ends with a short syllable.
    fn short_syllable_at(&self, end: usize) -> bool {
        let b = &self.bytes[..end];
        match b.len() {
            0 | 1 => false,
            2 => is_vowel(b[0]) && !is_vowel(b[1]),
            n => {
                !is_vowel(b[n - 3])
                    && is_vowel(b[n - 2])
                    && !is_vowel(b[n - 1])
                    && !matches!(b[n - 1], b'w' | b'x' | b'Y')
            }
        }
    }

    fn step_1a(&mut self) {
        let Some(suffix) = self.longest(&["sses", "ied", "ies", "s", "ss", "us"]) else {
            return;
        };
        match suffix {
            "sses" => self.replace(suffix, "ss"),
            "ied" | "ies" => {
                let with = if self.start_of(suffix) > 1 { "i" } else { "ie" };
                self.replace(suffix, with);
            }
            "s" => {
                let before = self.start_of(suffix);
                if before >= 2 && self.bytes[..before - 1].iter().any(|&b| is_vowel(b)) {
                    self.replace(suffix, "");
                }
            }
            _ => {}
        }
    }

    fn step_1b(&mut self) {
        let Some(suffix) = self.longest(&["eed", "eedly", "ed", "edly", "ing", "ingly"]) else {
            return;
        };
        let start = self.start_of(suffix);
        if suffix.starts_with("eed") {
            if start >= self.r1 {
                self.replace(suffix, "ee");
            }
            return;
        }
        if !self.bytes[..start].iter().any(|&b| is_vowel(b)) {
            return;
        }
        self.replace(suffix, "");
        let n = self.bytes.len();
        if self.bytes.ends_with(b"at") || self.bytes.ends_with(b"bl") || self.bytes.ends_with(b"iz")
        {
            self.bytes.push(b'e');
        } else if n >= 2 && is_double(&self.bytes[n - 2..]) {
            self.bytes.pop();
        } else if n == self.r1 && self.short_syllable_at(n) {
            self.bytes.push(b'e');
        }
    }

    fn step_1c(&mut self) {
        let n = self.bytes.len();
        if n > 2 && matches!(self.bytes[n - 1], b'y' | b'Y') && !is_vowel(self.bytes[n - 2]) {
            self.bytes[n - 1] = b'i';
        }
    }

    fn step_2(&mut self) {
        const SUFFIXES: [(&str, &str); 24] = [
            ("tional", "tion"),
            ("enci", "ence"),
            ("anci", "ance"),
            ("abli", "able"),
            ("entli", "ent"),
            ("izer", "ize"),
            ("ization", "ize"),
            ("ational", "ate"),
            ("ation", "ate"),
            ("ator", "ate"),
            ("alism", "al"),
            ("aliti", "al"),
            ("alli", "al"),
            ("fulness", "ful"),
            ("ousli", "ous"),
            ("ousness", "ous"),
            ("iveness", "ive"),
            ("iviti", "ive"),
            ("biliti", "ble"),
            ("bli", "ble"),
            ("ogi", "og"),
            ("fulli", "ful"),
            ("lessli", "less"),
            ("li", ""),
        ];
        self.replace_in_r1(&SUFFIXES, |word, suffix, start| match suffix {
            "ogi" => start > 0 && word[start - 1] == b'l',
            "li" => start > 0 && is_li_ending(word[start - 1]),
            _ => true,
        });
    }

    fn step_3(&mut self) {
        const SUFFIXES: [(&str, &str); 9] = [
            ("tional", "tion"),
            ("ational", "ate"),
            ("alize", "al"),
            ("icate", "ic"),
            ("iciti", "ic"),
            ("ical", "ic"),
            ("ful", ""),
            ("ness", ""),
            ("ative", ""),
        ];
        let r2 = self.r2;
        self.replace_in_r1(&SUFFIXES, |_, suffix, start| {
            suffix != "ative" || start >= r2
        });
    }

    /// Replaces the longest of `suffixes` the word ends with, when it lies in R1 and `allowed`.
    fn replace_in_r1(
        &mut self,
        suffixes: &[(&str, &str)],
        allowed: impl Fn(&[u8], &str, usize) -> bool,
    ) {
        let Some(&(suffix, with)) = suffixes
            .iter()
            .filter(|(suffix, _)| self.bytes.ends_with(suffix.as_bytes()))
            .max_by_key(|(suffix, _)| suffix.len())
        else {
            return;
        };
        let start = self.start_of(suffix);
        if start >= self.r1 && allowed(&self.bytes, suffix, start) {
            self.replace(suffix, with);
        }
    }

    fn step_4(&mut self) {
        let Some(suffix) = self.longest(&[
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism",
            "ate", "iti", "ous", "ive", "ize", "ion",
        ]) else {
            return;
        };
        let start = self.start_of(suffix);
        if start < self.r2 {
            return;
        }
        if suffix == "ion" && !(start > 0 && matches!(self.bytes[start - 1], b's' | b't')) {
            return;
        }
        self.replace(suffix, "");
    }

    fn step_5(&mut self) {
        let n = self.bytes.len();
        let Some(last) = n.checked_sub(1) else {
            return;
        };
        let remove = match self.bytes[last] {
            b'e' => last >= self.r2 || (last >= self.r1 && !self.short_syllable_at(last)),
            b'l' => last >= self.r2 && n >= 2 && self.bytes[n - 2] == b'l',
            _ => false,
        };
        if remove {
            self.bytes.pop();
        }
    }
}

/// The end of the region after the first non-vowel that follows a vowel, searching from `from`.
fn region_after(bytes: &[u8], from: usize) -> usize {
    let mut at = from;
    while at < bytes.len() && !is_vowel(bytes[at]) {
        at += 1;
    }
    while at < bytes.len() && is_vowel(bytes[at]) {
        at += 1;
    }
    if at < bytes.len() {
        at + 1
    } else {
        bytes.len()
    }
}

#[cfg(test)]
mod tests;
