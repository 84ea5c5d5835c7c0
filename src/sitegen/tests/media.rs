//! End-to-end tests of the photo pipeline of `sitegen build`: the copies' widths, heights,
//! formats, content-hashed names and files, and each class of bad photo reported naming the
//! content file, the field, the line and the photo file.

mod support;

use sha2::{Digest, Sha256};
use std::fs;
use std::path::Path;
use support::{gradient, Content};

const FIXTURE_PHOTO: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/media/gradient.png"
);

/// Photos go at the end of the front matter: in `articles/newer.md` after its `[[links]]`
/// table, from line 10; in `projects/proj-a.md` from line 6.
fn add_photos(content: &Content, file: &str, tables: &str) {
    let anchor = match file {
        "articles/newer.md" => "url = \"https://example.org/report.pdf\"\n",
        _ => "editor_notes = [\"summary to be checked\"]\n",
    };
    content.edit(file, anchor, &format!("{anchor}{tables}"));
}

fn photo_table(file: &str) -> String {
    format!(
        "[[images]]\nfile = \"{file}\"\nalt = \"A colour gradient\"\ncredit = \"IOM Azerbaijan\"\ncaption = \"The test photo\"\n"
    )
}

fn put_fixture_photo(content: &Content, name: &str) {
    fs::create_dir_all(content.content().join("media")).unwrap();
    fs::copy(FIXTURE_PHOTO, content.content().join("media").join(name)).unwrap();
}

fn bundle(content: &Content) -> serde_json::Value {
    serde_json::from_slice(&fs::read(content.out()).unwrap()).unwrap()
}

fn hex_sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn the_fixture_photo_is_the_generated_gradient() {
    if std::env::var_os("SITEGEN_WRITE_FIXTURES").is_some() {
        gradient(1200, 800).save(FIXTURE_PHOTO).unwrap();
    }
    let committed = image::open(FIXTURE_PHOTO).unwrap().to_rgb8();
    assert!(
        committed == gradient(1200, 800),
        "regenerate with SITEGEN_WRITE_FIXTURES=1"
    );
}

#[test]
fn a_photo_is_written_in_each_width_and_format_under_its_content_hash() {
    let content = Content::new();
    put_fixture_photo(&content, "Gradient Photo.png");
    add_photos(
        &content,
        "articles/newer.md",
        &photo_table("Gradient Photo.png"),
    );
    let (ok, _, stderr) = content.build();
    assert!(ok, "{stderr}");

    let bundle = bundle(&content);
    let image = &bundle["articles"][0]["images"][0];
    assert_eq!(image["alt"], "A colour gradient");
    assert_eq!(image["credit"], "IOM Azerbaijan");
    assert_eq!(image["caption"], "The test photo");
    let variants = image["variants"].as_array().unwrap();
    let shapes: Vec<(u64, u64, &str)> = variants
        .iter()
        .map(|v| {
            (
                v["width"].as_u64().unwrap(),
                v["height"].as_u64().unwrap(),
                v["format"].as_str().unwrap(),
            )
        })
        .collect();
    // 1200 px wide: 480 and 960, then its own width (never enlarged to 1600).
    assert_eq!(
        shapes,
        [
            (480, 320, "webp"),
            (480, 320, "png"),
            (960, 640, "webp"),
            (960, 640, "png"),
            (1200, 800, "webp"),
            (1200, 800, "png"),
        ]
    );
    let dist = content.out().parent().unwrap().to_path_buf();
    for variant in variants {
        let url = variant["url"].as_str().unwrap();
        let name = url.strip_prefix("media/").unwrap();
        let (stem, extension) = name.rsplit_once('.').unwrap();
        let (prefix, hash) = stem.rsplit_once('-').unwrap();
        assert_eq!(
            prefix,
            format!("gradient-photo-{}", variant["width"]),
            "{url}"
        );
        assert_eq!(
            extension,
            if variant["format"] == "webp" {
                "webp"
            } else {
                "png"
            }
        );
        let bytes = fs::read(dist.join(url)).unwrap();
        assert_eq!(
            hash,
            &hex_sha256(&bytes)[..10],
            "{url} is named by its content"
        );
        let copy = image::load_from_memory(&bytes).unwrap();
        assert_eq!(
            (u64::from(copy.width()), u64::from(copy.height())),
            (
                variant["width"].as_u64().unwrap(),
                variant["height"].as_u64().unwrap()
            ),
            "{url}"
        );
    }
    let written: Vec<String> = fs::read_dir(&dist)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let mut written = written;
    written.sort();
    assert_eq!(
        written,
        ["content.json", "media"],
        "no staging folder is left behind"
    );
    assert_eq!(fs::read_dir(dist.join("media")).unwrap().count(), 6);
}

#[test]
fn a_jpeg_gets_jpeg_and_webp_copies_and_a_photo_used_twice_is_made_once() {
    let content = Content::new();
    fs::create_dir_all(content.content().join("media")).unwrap();
    gradient(600, 400)
        .save(content.content().join("media/small.jpg"))
        .unwrap();
    add_photos(&content, "articles/newer.md", &photo_table("small.jpg"));
    add_photos(&content, "projects/proj-a.md", &photo_table("small.jpg"));
    let (ok, _, stderr) = content.build();
    assert!(ok, "{stderr}");
    let bundle = bundle(&content);
    let article = &bundle["articles"][0]["images"][0]["variants"];
    let project = &bundle["projects"][0]["images"][0]["variants"];
    assert_eq!(article, project);
    let shapes: Vec<(u64, &str)> = article
        .as_array()
        .unwrap()
        .iter()
        .map(|v| (v["width"].as_u64().unwrap(), v["format"].as_str().unwrap()))
        .collect();
    assert_eq!(
        shapes,
        [(480, "webp"), (480, "jpeg"), (600, "webp"), (600, "jpeg")]
    );
    let media = content.out().parent().unwrap().join("media");
    assert_eq!(fs::read_dir(&media).unwrap().count(), 4);
    let first = article[1]["url"].as_str().unwrap();
    assert!(first.ends_with(".jpg"), "{first}");
    let decoded =
        image::load_from_memory(&fs::read(media.parent().unwrap().join(first)).unwrap()).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (480, 320));
}

#[test]
fn checking_writes_no_photo() {
    let content = Content::new();
    put_fixture_photo(&content, "gradient.png");
    add_photos(&content, "articles/newer.md", &photo_table("gradient.png"));
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_sitegen"))
        .args(["build", "--check", "--content"])
        .arg(content.content())
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    assert!(!content.dir.join("dist").exists());
}

#[test]
fn each_unusable_photo_is_reported_naming_the_file_field_and_line() {
    let content = Content::new();
    let media = content.content().join("media");
    fs::create_dir_all(&media).unwrap();
    put_fixture_photo(&content, "fine.png");
    // Over the size limit (10 MiB), and too many pixels a side, and not a photo at all.
    fs::write(media.join("huge.jpg"), vec![0u8; 10 * 1024 * 1024 + 1]).unwrap();
    gradient(8001, 2).save(media.join("wide.png")).unwrap();
    fs::write(media.join("notes.png"), "not a picture").unwrap();
    let tables = [
        photo_table("missing.jpg"),
        photo_table("huge.jpg"),
        photo_table("wide.png"),
        photo_table("notes.png"),
        photo_table("../site.toml"),
        photo_table("fine.png").replace("credit = \"IOM Azerbaijan\"", "credit = \" \""),
    ]
    .concat();
    add_photos(&content, "articles/newer.md", &tables);
    add_photos(
        &content,
        "projects/proj-a.md",
        "[[images]]\nfile = \"fine.png\"\ncredit = \"IOM\"\n",
    );
    let problems = content.problems();
    let expected = [
        "content/articles/newer.md:11: field \"images[0].file\": content/media/missing.jpg does not exist: put the photo in content/media/",
        "content/articles/newer.md:16: field \"images[1].file\": content/media/huge.jpg is 10.0 MiB; the limit is 10 MiB",
        "content/articles/newer.md:21: field \"images[2].file\": content/media/wide.png is 8001 × 2 pixels; the limit is 8000 a side",
        "content/articles/newer.md:26: field \"images[3].file\": content/media/notes.png is not a JPEG, PNG or WebP file",
        "content/articles/newer.md:31: field \"images[4].file\": \"../site.toml\" is not a file name in content/media/",
        "content/articles/newer.md:38: field \"images[5].credit\": is empty",
        "content/projects/proj-a.md:6: field \"images[0]\": missing field `alt`",
    ];
    assert_eq!(problems.len(), expected.len(), "{problems:#?}");
    for (problem, start) in problems.iter().zip(expected) {
        assert!(
            problem.starts_with(start),
            "{problem}\n  should start with {start}"
        );
    }
    // The failed build wrote no photo and left no staging folder.
    assert!(
        !content.dir.join("dist").exists()
            || fs::read_dir(content.dir.join("dist")).unwrap().count() == 0
    );
    assert!(Path::new(FIXTURE_PHOTO).exists());
}
