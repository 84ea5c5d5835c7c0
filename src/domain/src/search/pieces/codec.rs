//! The search files' binary encoding: a magic line naming the file kind and version, then
//! unsigned numbers as LEB128 varints and texts as a length and UTF-8 bytes.

/// Builds a file.
#[derive(Default)]
pub struct Writer {
    bytes: Vec<u8>,
}

impl Writer {
    pub fn with_magic(magic: &[u8]) -> Writer {
        Writer {
            bytes: magic.to_vec(),
        }
    }

    pub fn number(&mut self, mut value: u32) {
        loop {
            let low = (value & 0x7f) as u8;
            value >>= 7;
            if value == 0 {
                self.bytes.push(low);
                return;
            }
            self.bytes.push(low | 0x80);
        }
    }

    pub fn text(&mut self, text: &str) {
        self.number(text.len() as u32);
        self.bytes.extend_from_slice(text.as_bytes());
    }

    pub fn append(&mut self, other: &Writer) {
        self.bytes.extend_from_slice(&other.bytes);
    }

    pub fn len(&self) -> usize {
        self.bytes.len()
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }
}

/// Reads a file, naming it and the byte where something is wrong in every error.
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    what: &'a str,
}

impl<'a> Reader<'a> {
    /// A reader past the magic line, or an error when the file does not start with it.
    pub fn new(bytes: &'a [u8], what: &'a str, magic: &[u8]) -> Result<Reader<'a>, String> {
        if !bytes.starts_with(magic) {
            let line = String::from_utf8_lossy(magic);
            return Err(format!(
                "{what} is not a search file of this version (it should start with \"{}\")",
                line.trim_end()
            ));
        }
        Ok(Reader {
            bytes,
            at: magic.len(),
            what,
        })
    }

    pub fn number(&mut self) -> Result<u32, String> {
        let mut value = 0u32;
        for shift in (0..35).step_by(7) {
            let Some(&byte) = self.bytes.get(self.at) else {
                return Err(self.error("it ends early"));
            };
            self.at += 1;
            let bits = u32::from(byte & 0x7f);
            if shift == 28 && bits > 0x0f {
                return Err(self.error("a number is too large"));
            }
            value |= bits << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(self.error("a number is too long"))
    }

    /// A number counting things that follow: at most the bytes left, so a damaged file
    /// cannot make the reader reserve memory it does not need.
    pub fn count(&mut self) -> Result<usize, String> {
        let count = self.number()? as usize;
        if count > self.bytes.len() - self.at {
            return Err(self.error("a count is larger than the file"));
        }
        Ok(count)
    }

    pub fn text(&mut self) -> Result<&'a str, String> {
        let length = self.count()?;
        let bytes = &self.bytes[self.at..self.at + length];
        let text = std::str::from_utf8(bytes).map_err(|_| self.error("a text is not UTF-8"))?;
        self.at += length;
        Ok(text)
    }

    /// Checks that nothing follows.
    pub fn end(&self) -> Result<(), String> {
        if self.at == self.bytes.len() {
            Ok(())
        } else {
            Err(self.error("more follows where it should end"))
        }
    }

    pub fn error(&self, problem: &str) -> String {
        format!("{} is damaged at byte {}: {problem}", self.what, self.at)
    }
}
