//! The context stage through the public API: a whole page's text loses its
//! menus, footers and comment thread; an article's text loses nothing to
//! the stage. All text here is invented for the tests.

use bodytext::{Cleaner, Reason};

const BODY: [&str; 5] = [
    "The library on Mill Street will close for three months from June while builders replace the roof and the heating, the council said on Thursday.",
    "Readers will be able to borrow books from a temporary room in the town hall, which will open on weekday mornings and on Saturday afternoons.",
    "The council said that the old roof had been patched many times since the building opened in the sixties, and that a full repair was now cheaper than more patches.",
    "Staff will use the closure to sort the local history collection, which includes maps and letters that have not been catalogued for decades.",
    "A reading group that meets in the library every week has asked whether it can use the town hall room in the evenings, and the council has agreed.",
];

fn menu() -> Vec<&'static str> {
    vec![
        "Skip to main content",
        "Home",
        "News",
        "Sport",
        "Weather",
        "Local",
        "Business",
        "Travel",
        "Podcasts",
        "Search",
    ]
}

fn footer() -> Vec<&'static str> {
    vec![
        "About us",
        "Jobs",
        "Privacy",
        "Terms",
        "Cookies",
        "Advertise",
        "Help",
        "Sitemap",
    ]
}

fn whole_page() -> String {
    let mut lines = menu();
    lines.push("Library to close for roof repairs");
    lines.extend(BODY);
    lines.push("Leave a Reply");
    lines.push("Pat, 2 May 2022 at 7:41 pm");
    lines.push("I hope they keep the reading corner by the window, it is the nicest place in town to sit with a book on a rainy day.");
    lines.extend(footer());
    lines.join("\n")
}

fn context_removals(cleaner: &Cleaner, input: &str) -> Vec<String> {
    cleaner
        .clean(input)
        .report()
        .iter()
        .filter(|r| r.reason() == Reason::Context)
        .map(|r| r.text().to_owned())
        .collect()
}

#[test]
fn a_whole_page_keeps_its_body() {
    let cleaned = Cleaner::default().clean(&whole_page());
    for line in BODY {
        assert!(cleaned.text().contains(line), "lost {line:?}");
    }
}

#[test]
fn a_whole_page_loses_menu_footer_and_comments() {
    // Some of these lines may go to a single-line rule first; either way
    // none is left in the body.
    let cleaned = Cleaner::default().clean(&whole_page());
    let kept: Vec<&str> = cleaned.text().lines().collect();
    for gone in menu().into_iter().chain(footer()) {
        assert!(!kept.contains(&gone), "kept {gone:?}: {kept:#?}");
    }
    let removed = context_removals(&Cleaner::default(), &whole_page());
    assert!(
        removed.iter().any(|r| r.starts_with("I hope they keep")),
        "kept the comment: {removed:#?}"
    );
}

#[test]
fn context_rules_are_named() {
    let cleaned = Cleaner::default().clean(&whole_page());
    let rules: Vec<&str> = cleaned
        .report()
        .iter()
        .filter(|r| r.reason() == Reason::Context)
        .map(|r| r.rule())
        .collect();
    assert!(rules.contains(&"context/not-body"), "{rules:?}");
    assert!(rules.contains(&"context/comment-thread"), "{rules:?}");
}

#[test]
fn an_article_loses_nothing_to_context() {
    let article = format!(
        "Library to close for roof repairs\n\n{}\n\nWhat readers can do\n\n{}",
        BODY[..3].join("\n\n"),
        BODY[3..].join("\n\n")
    );
    assert!(context_removals(&Cleaner::default(), &article).is_empty());
}

#[test]
fn short_articles_with_prompts_between_sentences_keep_their_sentences() {
    let article = format!(
        "Share this article\n{}\nLeave a comment\n{}\nSubscribe to our weekly newsletter",
        BODY[0], BODY[1]
    );
    let body = bodytext::clean(&article);
    assert!(body.contains(BODY[0]) && body.contains(BODY[1]), "{body}");
}

#[test]
fn the_stage_can_be_turned_off() {
    let mut builder = Cleaner::builder();
    builder.context(false);
    let cleaner = builder.build().unwrap();
    assert!(context_removals(&cleaner, &whole_page()).is_empty());
    let mut builder = Cleaner::builder();
    builder.disable(Reason::Context);
    let cleaner = builder.build().unwrap();
    assert!(context_removals(&cleaner, &whole_page()).is_empty());
}

#[test]
fn cleaning_a_cleaned_page_again_keeps_the_body() {
    let once = bodytext::clean(&whole_page());
    let twice = bodytext::clean(&once);
    for line in BODY {
        assert!(twice.contains(line), "lost {line:?}");
    }
}

#[test]
fn text_in_a_language_without_a_list_is_left_to_the_other_stages() {
    // Invented words: no stopword list knows them, so the stage cannot see
    // the body and must not guess.
    let mut lines = menu();
    lines.push(
        "Velor tanim quessa dorvi, kalune matresso plin daveru kostani velmora, tessi durano fell.",
    );
    lines.push("Marvu delkani sorrento pialu, venessa tuli qorrin damasko leppi varunde ossani.");
    lines.extend(footer());
    assert!(context_removals(&Cleaner::default(), &lines.join("\n")).is_empty());
}
