use super::*;
use crate::model::{Article, Bundle, Term};
use crate::test_support::{minimal_site, plain_article};

/// Words the queries look for, among many made-up ones so the postings fill several pieces.
const REAL_WORDS: &[&str] = &[
    "migration",
    "migrants",
    "migrant",
    "trafficking",
    "traffickers",
    "training",
    "trainers",
    "readmission",
    "border",
    "management",
    "labour",
    "azerbaijan",
    "Naxçıvan",
    "Baku",
    "Bakı",
    "EU",
    "2019",
    "Gəncə",
    "gəzinti",
    "Şəki",
];

/// `count` articles of pseudo-random words (a fixed sequence), some in Nakhchivan or Baku.
fn varied_bundle(count: usize) -> Bundle {
    let mut state = 12345u32;
    let mut next = move |below: u32| {
        state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        (state >> 8) % below
    };
    let word = |next: &mut dyn FnMut(u32) -> u32| -> String {
        if next(4) == 0 {
            return REAL_WORDS[next(REAL_WORDS.len() as u32) as usize].to_string();
        }
        let letters = "abcdefghijklmnoprstuvyzəğışçö";
        let length = 2 + next(9);
        (0..length)
            .map(|_| letters.chars().nth(next(29) as usize).unwrap())
            .collect()
    };
    let articles: Vec<Article> = (0..count)
        .map(|at| {
            let title: Vec<String> = (0..6).map(|_| word(&mut next)).collect();
            let body: Vec<String> = (0..60).map(|_| word(&mut next)).collect();
            let places = match at % 3 {
                0 => vec!["nakhchivan".to_string()],
                1 => vec!["baku".to_string()],
                _ => vec![],
            };
            Article {
                places,
                ..plain_article(&format!("a{at}"), &title.join(" "), &body.join(" "))
            }
        })
        .collect();
    let place = |slug: &str, name: &str, aliases: &[&str]| Term {
        slug: slug.into(),
        name: name.into(),
        aliases: aliases.iter().map(|alias| alias.to_string()).collect(),
    };
    Bundle {
        format_version: crate::BUNDLE_FORMAT_VERSION,
        site: minimal_site(),
        articles,
        projects: vec![],
        donors: vec![],
        topics: vec![],
        places: vec![
            place("nakhchivan", "Nakhchivan", &["Naxçıvan", "Нахчыван"]),
            place("baku", "Baku", &["Bakı", "Баку"]),
        ],
        vacancies: vec![],
    }
}

/// Enough articles for several pieces.
fn test_bundle() -> Bundle {
    varied_bundle(300)
}

/// Every query of the search tests' kinds: exact words, other forms, prefixes, typos, typos
/// while typing, spellings of a name, several words, and words no article has.
const QUERIES: &[&str] = &[
    "migration",
    "migrants",
    "trafficking",
    "trafick",
    "traffick",
    "readmsi",
    "mig",
    "m",
    "training of trainers",
    "Naxçıvan",
    "Nakhchivan",
    "Нахчыван",
    "Баку",
    "baku",
    "border management",
    "EU",
    "2019",
    "xyzzy",
    "",
    "labour migration azerbaijan",
];

fn pieces_for(files: &SearchFiles, query: &str) -> SearchPieces {
    let mut pieces = SearchPieces::read(&files.dictionary).unwrap();
    for piece in pieces.missing_pieces(query) {
        pieces.add_piece(piece, &files.pieces[piece]).unwrap();
    }
    pieces
}

#[test]
fn pieces_give_the_whole_index_results_and_highlights() {
    let bundle = test_bundle();
    let index = SearchIndex::for_bundle(&bundle);
    let files = search_files(&index);
    assert!(files.pieces.len() > 3, "{} pieces", files.pieces.len());
    for query in QUERIES {
        let pieces = pieces_for(&files, query);
        let (hits, highlighter) = pieces
            .search_with_highlighter(query)
            .unwrap_or_else(|| panic!("{query:?}: a piece is missing after loading them"));
        let (whole_hits, whole_highlighter) = index.search_with_highlighter(query);
        assert_eq!(hits, whole_hits, "{query:?}");
        assert_eq!(highlighter, whole_highlighter, "{query:?}");
    }
}

#[test]
fn a_query_loads_only_some_pieces() {
    let files = search_files(&SearchIndex::for_bundle(&test_bundle()));
    let pieces = SearchPieces::read(&files.dictionary).unwrap();
    let needed = pieces.missing_pieces("migration");
    assert!(!needed.is_empty());
    assert!(needed.len() < pieces.piece_count(), "{needed:?}");
}

#[test]
fn without_its_pieces_a_query_waits() {
    let files = search_files(&SearchIndex::for_bundle(&test_bundle()));
    let mut pieces = SearchPieces::read(&files.dictionary).unwrap();
    assert_eq!(pieces.search_with_highlighter("migration"), None);
    let needed = pieces.missing_pieces("migration");
    for &piece in &needed[1..] {
        pieces.add_piece(piece, &files.pieces[piece]).unwrap();
    }
    assert_eq!(pieces.search_with_highlighter("migration"), None);
    assert_eq!(pieces.missing_pieces("migration"), needed[..1]);
    // A query no term matches needs nothing and finds nothing.
    assert_eq!(pieces.missing_pieces("xyzzyq"), Vec::<usize>::new());
    assert_eq!(pieces.search_with_highlighter("xyzzyq").unwrap().0, vec![]);
}

#[test]
fn an_empty_index_has_empty_files() {
    let files = search_files(&SearchIndex::build(&[]));
    assert!(files.pieces.is_empty());
    let pieces = SearchPieces::read(&files.dictionary).unwrap();
    assert_eq!(pieces.article_count(), 0);
    assert_eq!(
        pieces.search_with_highlighter("anything").unwrap().0,
        vec![]
    );
}

#[test]
fn terms_with_several_byte_letters_are_front_coded_at_a_char_boundary() {
    assert_eq!(shared_prefix("gəncə", "gəzinti"), "gə".len());
    assert_eq!(shared_prefix("ə", "ş"), 0);
    assert_eq!(shared_prefix("", "abc"), 0);
    assert_eq!(shared_prefix("abc", "abd"), 2);
}

#[test]
fn damaged_files_are_refused_with_what_and_where() {
    let files = search_files(&SearchIndex::for_bundle(&test_bundle()));
    let error = SearchPieces::read(b"{\"json\": true}").unwrap_err();
    assert!(
        error.contains("the search dictionary is not a search file"),
        "{error}"
    );
    let cut = &files.dictionary[..files.dictionary.len() / 2];
    let error = SearchPieces::read(cut).unwrap_err();
    assert!(
        error.starts_with("the search dictionary is damaged at byte "),
        "{error}"
    );
    let mut longer = files.dictionary.clone();
    longer.push(0);
    let error = SearchPieces::read(&longer).unwrap_err();
    assert!(
        error.contains("more follows where it should end"),
        "{error}"
    );

    let mut pieces = SearchPieces::read(&files.dictionary).unwrap();
    let error = pieces.add_piece(0, &files.pieces[1]).unwrap_err();
    assert!(error.contains("search piece 0 is damaged"), "{error}");
    assert!(
        error.contains("other terms than the dictionary says"),
        "{error}"
    );
    let error = pieces
        .add_piece(files.pieces.len(), &files.pieces[0])
        .unwrap_err();
    assert!(error.contains("there is no search piece"), "{error}");
    let piece = &files.pieces[0];
    let error = pieces.add_piece(0, &piece[..piece.len() - 1]).unwrap_err();
    assert!(error.contains("ends early"), "{error}");
    // Nothing half-read is kept.
    assert!(pieces.pieces.iter().all(Option::is_none));
}

#[test]
fn every_truncation_of_a_piece_is_an_error_not_a_panic() {
    let files = search_files(&SearchIndex::for_bundle(&test_bundle()));
    let piece = &files.pieces[0];
    let mut pieces = SearchPieces::read(&files.dictionary).unwrap();
    for length in 0..piece.len() {
        assert!(pieces.add_piece(0, &piece[..length]).is_err(), "{length}");
    }
    pieces.add_piece(0, piece).unwrap();
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Any bytes: an error or a dictionary, never a panic.
        #[test]
        fn any_bytes_read_without_panicking(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let mut file = DICTIONARY_MAGIC.to_vec();
            file.extend(bytes);
            let _ = SearchPieces::read(&file);
        }

        /// Numbers survive the varint encoding.
        #[test]
        fn numbers_round_trip(values in proptest::collection::vec(any::<u32>(), 0..50)) {
            let mut out = Writer::with_magic(b"m");
            values.iter().for_each(|&v| out.number(v));
            let bytes = out.into_bytes();
            let mut input = Reader::new(&bytes, "test", b"m").unwrap();
            for &v in &values {
                prop_assert_eq!(input.number().unwrap(), v);
            }
            prop_assert!(input.end().is_ok());
        }
    }
}
