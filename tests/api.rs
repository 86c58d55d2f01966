//! The public API: the free function, the builder, errors and the report.

use bodytext::{clean, Cleaner, Error, Reason};

#[path = "common/stories.rs"]
mod stories;
use stories::STORIES;

const ARTICLE: &str = "Storm hits the coast\r\n\r\nStorm hits the coast | Harbour Times\r\n\r\n\
The storm reached the coast on Monday night.   \r\n\r\n\r\n\
It brought down trees across the county.\r\n\r\nhbt-en-12\r\n\r\nLeave a Reply\r\n";

#[test]
fn clean_equals_the_default_cleaner() {
    for input in [
        ARTICLE,
        "",
        "\n\n",
        "One line only",
        include_str!("data/000_8cb086cdd1b0a5e1.txt"),
    ] {
        assert_eq!(
            clean(input),
            Cleaner::default().clean(input).text(),
            "{input:?}"
        );
    }
}

#[test]
fn cleaner_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Cleaner>();
    assert_send_sync::<bodytext::Cleaned>();
    assert_send_sync::<bodytext::Report>();
    assert_send_sync::<Error>();
}

#[test]
fn a_cleaner_can_be_shared_across_threads() {
    let cleaner = std::sync::Arc::new(Cleaner::default());
    let handles: Vec<_> = (0..2)
        .map(|_| {
            let c = std::sync::Arc::clone(&cleaner);
            std::thread::spawn(move || c.clean(ARTICLE).into_text())
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().expect("no panic"), clean(ARTICLE));
    }
}

#[test]
fn output_normalises_line_endings_and_blank_runs() {
    assert_eq!(
        clean(ARTICLE),
        "The storm reached the coast on Monday night.\n\nIt brought down trees across the county."
    );
}

#[test]
fn report_gives_line_range_text_reason_and_rule() {
    let cleaned = Cleaner::default().clean(ARTICLE);
    assert_eq!(cleaned.title(), Some("Storm hits the coast"));
    let got: Vec<(usize, Reason, &str)> = cleaned
        .report()
        .iter()
        .map(|r| (r.line(), r.reason(), r.text()))
        .collect();
    assert_eq!(
        got,
        [
            (1, Reason::Title, "Storm hits the coast"),
            (
                3,
                Reason::HeadlineCopy,
                "Storm hits the coast | Harbour Times"
            ),
            (10, Reason::SiteTag, "hbt-en-12"),
            (12, Reason::Comment, "Leave a Reply"),
        ]
    );
    for r in cleaned.report() {
        assert_eq!(&ARTICLE[r.range()], r.text(), "line {}", r.line());
        assert!(
            r.rule().starts_with(r.reason().name()),
            "rule {} names its family",
            r.rule()
        );
    }
}

#[test]
fn settings_turn_stages_off() {
    let keep_all = Cleaner::builder()
        .title(false)
        .headline_copies(false)
        .dedup(false)
        .disable(Reason::SiteTag)
        .disable(Reason::Comment)
        .build()
        .expect("valid settings");
    let cleaned = keep_all.clean(ARTICLE);
    assert!(cleaned.report().is_empty(), "{:?}", cleaned.report());
    assert_eq!(cleaned.title(), None);
    let enabled_again = Cleaner::builder()
        .disable(Reason::Comment)
        .enable(Reason::Comment)
        .build()
        .expect("valid settings");
    assert_eq!(enabled_again.clean(ARTICLE).text(), clean(ARTICLE));
}

#[test]
fn verdicts_follow_each_cleaners_settings_line_after_line() {
    // Short lines' verdicts are remembered per thread; cleaners with
    // different families turned off must still each get their own answer.
    let input = "Der Ausschuss tagt am Montag erneut und berät den Haushalt.\n\nJetzt teilen";
    let no_share = Cleaner::builder()
        .title(false)
        .disable(Reason::Share)
        .build()
        .expect("valid settings");
    let default = Cleaner::builder().title(false).build().expect("valid");
    for _ in 0..3 {
        assert_eq!(
            default.clean(input).report().removals()[0].reason(),
            Reason::Share
        );
        assert!(no_share.clean(input).report().is_empty());
    }
}

#[test]
fn duplicate_blocks_go_and_the_first_stays() {
    let input = "Kurz\n\nDer Ausschuss tagt am Montag erneut.\n\nEin zweiter Absatz folgt hier.\n\nder ausschuss tagt am montag erneut";
    let cleaned = Cleaner::default().clean(input);
    assert_eq!(
        cleaned.text(),
        "Der Ausschuss tagt am Montag erneut.\n\nEin zweiter Absatz folgt hier."
    );
    assert_eq!(
        cleaned.report().removals()[1].reason(),
        Reason::DuplicateBlock
    );
    let short = Cleaner::builder()
        .min_duplicate_chars(5000)
        .build()
        .expect("valid");
    assert!(short.clean(input).text().ends_with("montag erneut"));
}

#[test]
fn user_patterns_remove_lines_with_their_reason() {
    let cleaner = Cleaner::builder()
        .pattern(Reason::Advertisement, r"(?i)^sponsored by ")
        .build()
        .expect("valid pattern");
    let cleaned =
        cleaner.clean("Title of the piece\n\nBody text stays here.\n\nSponsored by Acme Corp");
    assert_eq!(cleaned.text(), "Body text stays here.");
    let last = &cleaned.report().removals()[1];
    assert_eq!(
        (last.reason(), last.rule()),
        (Reason::Advertisement, "advertisement/user.0")
    );
}

macro_rules! config_error {
    ($name:ident, $builder:expr, $pat:pat, $msg:expr) => {
        #[test]
        fn $name() {
            let err = $builder.build().expect_err("must be rejected");
            assert!(matches!(err, $pat), "{err:?}");
            assert!(
                err.to_string().contains($msg),
                "message {:?} names {:?}",
                err.to_string(),
                $msg
            );
        }
    };
}

config_error!(
    error_invalid_regex,
    Cleaner::builder().pattern(Reason::Share, "Teilen (auf"),
    Error::InvalidPattern {
        reason: Reason::Share,
        ..
    },
    "Teilen (auf"
);
config_error!(
    error_empty_pattern,
    Cleaner::builder().pattern(Reason::Credit, "  "),
    Error::EmptyPattern {
        reason: Reason::Credit
    },
    "credit"
);
config_error!(
    error_pattern_matches_empty,
    Cleaner::builder().pattern(Reason::Navigation, "^(Home)?$"),
    Error::PatternMatchesEmpty {
        reason: Reason::Navigation,
        ..
    },
    "^(Home)?$"
);
config_error!(
    error_threshold_zero,
    Cleaner::builder().min_duplicate_chars(0),
    Error::ThresholdOutOfRange {
        name: "min_duplicate_chars",
        value: 0,
        ..
    },
    "min_duplicate_chars = 0"
);
config_error!(
    error_threshold_too_large,
    Cleaner::builder().min_duplicate_chars(1_000_000),
    Error::ThresholdOutOfRange {
        value: 1_000_000,
        ..
    },
    "1000000"
);

#[test]
fn reasons_have_stable_names() {
    let names: Vec<&str> = Reason::ALL.iter().map(|r| r.name()).collect();
    let mut unique = names.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), names.len());
    assert_eq!(Reason::SiteTag.to_string(), "site-tag");
}

#[test]
fn templates_apply_to_their_group_only() {
    use bodytext::TemplateLearner;
    let mut learner = TemplateLearner::new();
    let topics = [
        "Haushalt", "Schulen", "Verkehr", "Wetter", "Sport", "Kultur", "Polizei", "Bahn", "Hafen",
        "Markt",
    ];
    for (i, topic) in topics.iter().enumerate() {
        // Distinct bodies: the learner counts distinct stories, not copies.
        let body = STORIES[i];
        let article = format!(
            "Meldung {i} aus der Stadt\n\nAbonnieren Sie den Stadtbrief zum Thema {topic}\n\n{body}\n\nstb-de-{i}"
        );
        learner.observe("stadtblatt", &article);
    }
    let cleaner = Cleaner::builder()
        .templates(learner.templates())
        .build()
        .expect("valid settings");
    let article = "Neue Meldung\n\nAbonnieren Sie den Stadtbrief zum Thema Hochwasser\n\n\
                   Der Pegel stieg am Abend weiter, teilte die Feuerwehr mit, und die Deiche halten.";
    let cleaned = cleaner.clean_in_group("stadtblatt", article);
    assert_eq!(
        cleaned.text(),
        "Der Pegel stieg am Abend weiter, teilte die Feuerwehr mit, und die Deiche halten."
    );
    assert!(cleaned
        .report()
        .iter()
        .any(|r| r.reason() == Reason::Template));
    let elsewhere = cleaner.clean_in_group("other-site", article);
    assert!(
        elsewhere.text().contains("Abonnieren Sie den Stadtbrief"),
        "{}",
        elsewhere.text()
    );
}
