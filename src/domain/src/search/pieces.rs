//! The search index in pieces, so a visitor's first search downloads what its words need and
//! not the whole archive (what Pagefind does): one dictionary file (every term, the spellings,
//! every article's length) and the postings cut into pieces of consecutive terms. A query is
//! expanded on the dictionary alone, then ranked once the pieces holding its terms are there;
//! the results are the whole index's, exactly (tested).
//!
//! The files are binary (numbers as LEB128 varints, terms front-coded): the build writes them
//! (`search_files`) and the browser reads them (`SearchPieces`), both with `codec`.

mod codec;

use super::highlight::Highlighter;
use super::index::{Dictionary, PostingTable, SearchHit, SearchIndex, TermGroups};
use codec::{Reader, Writer};

/// A piece is cut after the term that takes it past this many bytes: small enough that a
/// query's pieces cost little more than its postings, big enough that a query needs few.
const PIECE_BYTES: usize = 8 * 1024;

const DICTIONARY_MAGIC: &[u8] = b"iom-search-dictionary 1\n";
const PIECE_MAGIC: &[u8] = b"iom-search-piece 1\n";

/// The files of a search index: the dictionary and the postings' pieces, in order.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchFiles {
    pub dictionary: Vec<u8>,
    pub pieces: Vec<Vec<u8>>,
}

/// Cuts `index` into its files.
pub fn search_files(index: &SearchIndex) -> SearchFiles {
    let (dictionary, postings) = index.parts();
    let mut pieces = Vec::new();
    let mut piece_starts = Vec::new();
    let mut body = Writer::default();
    let mut first = 0u32;
    for term in 0..dictionary.terms.len() as u32 {
        let list = postings.list(term);
        body.number(list.docs.len() as u32);
        let mut previous = 0;
        for &doc in list.docs {
            body.number(doc - previous);
            previous = doc;
        }
        for frequencies in [list.title_tf, list.body_tf, list.tag_tf] {
            frequencies.iter().for_each(|&tf| body.number(tf.into()));
        }
        let last = term + 1 == dictionary.terms.len() as u32;
        if body.len() >= PIECE_BYTES || last {
            piece_starts.push(first);
            let mut piece = Writer::with_magic(PIECE_MAGIC);
            piece.number(first);
            piece.number(term + 1 - first);
            piece.append(&body);
            pieces.push(piece.into_bytes());
            body = Writer::default();
            first = term + 1;
        }
    }
    SearchFiles {
        dictionary: write_dictionary(dictionary, &piece_starts),
        pieces,
    }
}

fn write_dictionary(dictionary: &Dictionary, piece_starts: &[u32]) -> Vec<u8> {
    let mut out = Writer::with_magic(DICTIONARY_MAGIC);
    out.number(dictionary.article_count() as u32);
    dictionary
        .title_len
        .iter()
        .for_each(|&length| out.number(length.into()));
    dictionary
        .body_len
        .iter()
        .for_each(|&length| out.number(length));
    out.number(dictionary.terms.len() as u32);
    let mut previous: &str = "";
    for term in &dictionary.terms {
        let shared = shared_prefix(previous, term);
        out.number(shared as u32);
        out.text(&term[shared..]);
        previous = term;
    }
    out.number(piece_starts.len() as u32);
    piece_starts.iter().for_each(|&start| out.number(start));
    let groups: Vec<(&str, &[u32])> = dictionary.spellings.groups().collect();
    out.number(groups.len() as u32);
    for (key, members) in groups {
        out.text(key);
        out.number(members.len() as u32);
        members.iter().for_each(|&member| out.number(member));
    }
    out.into_bytes()
}

/// Bytes `a` and `b` start with, cut at a char boundary.
fn shared_prefix(a: &str, b: &str) -> usize {
    a.char_indices()
        .zip(b.chars())
        .take_while(|((_, x), y)| x == y)
        .last()
        .map_or(0, |((at, x), _)| at + x.len_utf8())
}

/// The browser's search: the dictionary, and the pieces loaded so far.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchPieces {
    dictionary: Dictionary,
    /// First term of each piece.
    piece_starts: Vec<u32>,
    pieces: Vec<Option<PostingTable>>,
}

impl SearchPieces {
    /// Reads the dictionary file; no piece is loaded yet.
    pub fn read(bytes: &[u8]) -> Result<SearchPieces, String> {
        let mut input = Reader::new(bytes, "the search dictionary", DICTIONARY_MAGIC)?;
        let articles = input.count()?;
        let title_len = (0..articles)
            .map(|_| input.number().map(|n| n.min(u16::MAX.into()) as u16))
            .collect::<Result<_, _>>()?;
        let body_len = (0..articles)
            .map(|_| input.number())
            .collect::<Result<_, _>>()?;
        let term_count = input.count()?;
        let mut terms: Vec<Box<str>> = Vec::with_capacity(term_count);
        for _ in 0..term_count {
            let shared = input.count()?;
            let previous = terms.last().map_or("", |term| term);
            let Some(start) = previous.get(..shared) else {
                return Err(input.error("a term shares more than the term before it"));
            };
            let term = format!("{start}{}", input.text()?);
            if *previous >= *term && !terms.is_empty() {
                return Err(input.error("the terms are not in order"));
            }
            terms.push(term.into_boxed_str());
        }
        let piece_count = input.count()?;
        let piece_starts: Vec<u32> = (0..piece_count)
            .map(|_| input.number())
            .collect::<Result<_, _>>()?;
        let in_order = piece_starts.windows(2).all(|pair| pair[0] < pair[1]);
        if piece_starts.first().is_some_and(|&first| first != 0) || !in_order {
            return Err(input.error("the pieces' first terms are not in order from 0"));
        }
        if piece_starts.is_empty() && term_count > 0 {
            return Err(input.error("there are terms but no pieces"));
        }
        let mut spelling_pairs = Vec::new();
        for _ in 0..input.count()? {
            let key = input.text()?.to_string();
            for _ in 0..input.count()? {
                let member = input.number()?;
                if member as usize >= term_count {
                    return Err(input.error("a spelling names a term that does not exist"));
                }
                spelling_pairs.push((key.clone(), member));
            }
        }
        input.end()?;
        Ok(SearchPieces {
            dictionary: Dictionary::new(
                terms,
                title_len,
                body_len,
                TermGroups::new(spelling_pairs.into_iter()),
            ),
            pieces: vec![None; piece_starts.len()],
            piece_starts,
        })
    }

    pub fn article_count(&self) -> usize {
        self.dictionary.article_count()
    }

    pub fn piece_count(&self) -> usize {
        self.piece_starts.len()
    }

    /// The pieces `query` needs that are not loaded yet, in order.
    pub fn missing_pieces(&self, query: &str) -> Vec<usize> {
        let mut missing: Vec<usize> = self
            .dictionary
            .expand(query)
            .iter()
            .flat_map(|word| word.variants.iter())
            .map(|variant| self.piece_of(variant.term))
            .filter(|&piece| self.pieces[piece].is_none())
            .collect();
        crate::sort::sort_dedup(&mut missing);
        missing
    }

    /// Reads piece `piece`'s file (checking it is the piece the dictionary expects).
    pub fn add_piece(&mut self, piece: usize, bytes: &[u8]) -> Result<(), String> {
        let Some(&first) = self.piece_starts.get(piece) else {
            return Err(format!("there is no search piece {piece}"));
        };
        let what = format!("search piece {piece}");
        let mut input = Reader::new(bytes, &what, PIECE_MAGIC)?;
        let end = self
            .piece_starts
            .get(piece + 1)
            .copied()
            .unwrap_or(self.dictionary.terms.len() as u32);
        if input.number()? != first || input.number()? != end - first {
            return Err(input.error("it holds other terms than the dictionary says"));
        }
        let articles = self.article_count() as u32;
        let mut table = PostingTable::new(first);
        for _ in first..end {
            let count = input.count()?;
            let mut docs = Vec::with_capacity(count);
            let mut doc = 0u32;
            for _ in 0..count {
                doc = doc.saturating_add(input.number()?);
                if doc >= articles {
                    return Err(input.error("a posting names an article that does not exist"));
                }
                docs.push(doc);
            }
            let mut frequencies = [vec![], vec![], vec![]];
            for field in &mut frequencies {
                *field = (0..count)
                    .map(|_| input.number().map(|n| n.min(u16::MAX.into()) as u16))
                    .collect::<Result<_, _>>()?;
            }
            let [title, body, tag] = frequencies;
            table.push_term(
                (0..count)
                    .map(|posting| (docs[posting], [title[posting], body[posting], tag[posting]])),
            );
        }
        input.end()?;
        self.pieces[piece] = Some(table);
        Ok(())
    }

    /// The hits and highlighter `SearchIndex::search_with_highlighter` gives, or `None` while a
    /// piece the query needs is missing (`missing_pieces`).
    pub fn search_with_highlighter(&self, query: &str) -> Option<(Vec<SearchHit>, Highlighter)> {
        let expanded = self.dictionary.expand(query);
        let all_there = expanded
            .iter()
            .flat_map(|word| word.variants.iter())
            .all(|variant| self.pieces[self.piece_of(variant.term)].is_some());
        if !all_there {
            return None;
        }
        let postings = |term: u32| {
            let piece = self.pieces[self.piece_of(term)].as_ref();
            piece.expect("checked above").list(term)
        };
        Some((
            self.dictionary.rank(&expanded, &postings),
            self.dictionary.highlighter_for(&expanded, &postings),
        ))
    }

    fn piece_of(&self, term: u32) -> usize {
        self.piece_starts.partition_point(|&start| start <= term) - 1
    }
}

#[cfg(test)]
mod tests;
