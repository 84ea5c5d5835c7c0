//! The content's files as the app loads them (see `site_domain::shards`): the core
//! `content.json`, and in `content/<release>/` the archive, the news list and its start, one
//! file per article and the search's dictionary and pieces.

use sha2::{Digest, Sha256};
use site_domain::news_query::FacetColumns;
use site_domain::search::{search_files, SearchIndex};
use site_domain::shards::{article_shard, news_list, Core, NewsStart, CORE_FILE};
use site_domain::Bundle;
use std::fs;
use std::path::Path;

/// Where every release's folder is; emptied first, so a folder finished twice keeps no
/// files of an earlier release.
const CONTENT_FOLDER: &str = "content";

/// Writes the core, the archive, the news list and its start, every article's file and the
/// search's files; returns the core.
pub fn write_shards(dist: &Path, bundle: &Bundle) -> Result<Core, String> {
    let archive = to_json(bundle)?;
    let core = Core::of(bundle, &release_of(&archive));
    let folder = dist.join(CONTENT_FOLDER);
    if folder.exists() {
        fs::remove_dir_all(&folder)
            .map_err(|e| format!("cannot empty {}: {e}", folder.display()))?;
    }
    write(dist, &core.archive_file(), &archive)?;
    let list = news_list(bundle);
    write(dist, &core.list_file(), &to_json(&list)?)?;
    let start = NewsStart::of(&list, &FacetColumns::build(&list.articles));
    write(dist, &core.news_start_file(), &to_json(&start)?)?;
    let search = search_files(&SearchIndex::for_bundle(bundle));
    write(dist, &core.search_dictionary_file(), &search.dictionary)?;
    for (piece, bytes) in search.pieces.iter().enumerate() {
        write(dist, &core.search_piece_file(piece), bytes)?;
    }
    for article in &bundle.articles {
        if let Some(shard) = article_shard(bundle, &article.slug) {
            write(dist, &core.article_file(&article.slug), &to_json(&shard)?)?;
        }
    }
    write(dist, CORE_FILE, &to_json(&core)?)?;
    Ok(core)
}

/// 16 hex digits of the archive's SHA-256: any change of the content is a new release.
fn release_of(archive: &str) -> String {
    Sha256::digest(archive.as_bytes())
        .iter()
        .take(8)
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

fn to_json(value: &impl serde::Serialize) -> Result<String, String> {
    serde_json::to_string(value).map_err(|e| format!("cannot write the content as JSON: {e}"))
}

fn write(dist: &Path, file: &str, content: impl AsRef<[u8]>) -> Result<(), String> {
    super::write_bytes(dist, file, content.as_ref())
}

#[cfg(test)]
mod tests {
    use super::*;
    use site_domain::bundle::{parse_article_shard, parse_bundle, parse_core, parse_news_start};
    use site_domain::search::SearchPieces;

    /// The bundle the build makes of the test content.
    fn bundle() -> Bundle {
        let file = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/valid.expected.json"
        );
        parse_bundle(&fs::read_to_string(file).unwrap()).unwrap()
    }

    fn scratch(name: &str) -> std::path::PathBuf {
        let dir =
            std::env::temp_dir().join(format!("sitegen-shards-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn writes_the_core_the_archive_and_one_file_per_article() {
        let dist = scratch("write");
        let bundle = bundle();
        let core = write_shards(&dist, &bundle).unwrap();
        let read = |file: &str| fs::read_to_string(dist.join(file)).unwrap();
        assert_eq!(parse_core(&read(CORE_FILE)).unwrap(), core);
        assert_eq!(parse_bundle(&read(&core.archive_file())).unwrap(), bundle);
        let list = parse_bundle(&read(&core.list_file())).unwrap();
        let start = parse_news_start(&read(&core.news_start_file())).unwrap();
        assert_eq!(
            start,
            NewsStart::of(&list, &FacetColumns::build(&list.articles))
        );
        for article in &bundle.articles {
            let shard = parse_article_shard(&read(&core.article_file(&article.slug))).unwrap();
            assert_eq!(&shard.article, article);
        }
        fs::remove_dir_all(dist).unwrap();
    }

    #[test]
    fn writes_the_search_files_that_answer_as_the_whole_index() {
        let dist = scratch("search");
        let bundle = bundle();
        let core = write_shards(&dist, &bundle).unwrap();
        let read = |file: &str| fs::read(dist.join(file)).unwrap();
        let mut pieces = SearchPieces::read(&read(&core.search_dictionary_file())).unwrap();
        assert!(pieces.piece_count() > 0);
        for piece in 0..pieces.piece_count() {
            pieces
                .add_piece(piece, &read(&core.search_piece_file(piece)))
                .unwrap();
        }
        let index = SearchIndex::for_bundle(&bundle);
        for article in &bundle.articles {
            let hits = pieces.search_with_highlighter(&article.title).unwrap();
            assert_eq!(hits, index.search_with_highlighter(&article.title));
            assert!(!hits.0.is_empty(), "{}", article.title);
        }
        fs::remove_dir_all(dist).unwrap();
    }

    #[test]
    fn a_new_release_replaces_the_old_ones_files() {
        let dist = scratch("replace");
        let mut bundle = bundle();
        let first = write_shards(&dist, &bundle).unwrap();
        let again = write_shards(&dist, &bundle).unwrap();
        assert_eq!(again.release, first.release, "same content, same release");
        bundle.articles[0].title.push_str(" (corrected)");
        let second = write_shards(&dist, &bundle).unwrap();
        assert_ne!(second.release, first.release);
        let releases: Vec<_> = fs::read_dir(dist.join(CONTENT_FOLDER))
            .unwrap()
            .map(|entry| entry.unwrap().file_name())
            .collect();
        assert_eq!(releases, [std::ffi::OsString::from(&second.release)]);
        fs::remove_dir_all(dist).unwrap();
    }
}
