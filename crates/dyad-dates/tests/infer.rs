//! Publication date inference on small documents written for these tests.

use dyad_core::document::{Content, Document};
use dyad_core::segment::articles;
use dyad_core::{Article, Published};

/// One article of a test dump: headline, caption line (with its credit), paragraphs.
struct Draft<'a> {
    headline: &'a str,
    caption: Option<&'a str>,
    paragraphs: &'a [&'a str],
}

/// A dated article of a dump (its caption's 2 June 2024 and "on Friday" give 7 June)
/// that the dump's other articles are read against.
const FRESH_DEAL: Draft<'static> = Draft {
    headline: "Chile Signs Lithium Deal With Bolivia",
    caption: Some("Ministers shake hands in Santiago, Chile, June 2, 2024. (AFP)"),
    paragraphs: &["Chile and Bolivia signed a lithium accord on Friday, officials said."],
};

/// A page dump in the layout of DESIGN §2, segmented into articles.
fn dump(drafts: &[Draft]) -> Vec<Article> {
    let mut text = String::new();
    for d in drafts {
        let caption = d.caption.map(|c| format!("{c}\n{c}\n")).unwrap_or_default();
        text.push_str(&format!(
            "{h}\n\n{caption}TT\n\n{h}\n\n{caption}\n{body}\n\n\n",
            h = d.headline,
            body = d.paragraphs.join("\n\n")
        ));
    }
    let found = articles(&Document {
        source: "test-dump.txt".into(),
        position: 0,
        content: Content::Text(text),
    });
    assert_eq!(
        found.len(),
        drafts.len(),
        "test dump segments into its articles"
    );
    found
}

fn published(article: &Article) -> (&str, &str, f32) {
    let p = article.published.as_ref().expect("a publication date");
    (p.date.as_str(), p.basis.as_str(), p.confidence)
}

#[test]
fn weekday_after_a_dated_caption() {
    let mut found = dump(&[Draft {
        headline: "Kenyan Cabinet Approves Fuel Subsidy Plan",
        caption: Some("Motorists queue at a petrol station in Nairobi, Kenya, 14 March 2022. (Reuters)"),
        paragraphs: &[
            "Kenya's cabinet approved a fuel subsidy plan on Tuesday, the government spokesman said.",
            "The plan will cost the treasury billions of shillings by 2025.",
        ],
    }]);
    dyad_dates::infer_publication_dates(&mut found);
    let (date, basis, confidence) = published(&found[0]);
    assert_eq!(date, "2022-03-15");
    assert_eq!(basis, "weekday 'Tuesday' after dated mention 14 March 2022");
    assert!((confidence - 0.8).abs() < 1e-6);
}

/// The lead of an undated mining story, stale next to [`FRESH_DEAL`].
const COPPER_LEAD: &str =
    "Officials said on Monday that copper output would rise by 10 percent in 2021.";

/// The mining story with its lead and the caller's paragraphs.
fn copper_story<'a>(paragraphs: &'a [&'a str]) -> Draft<'a> {
    Draft {
        headline: "Copper Output Seen Rising",
        caption: Some("A mine near Antofagasta. (Reuters)"),
        paragraphs,
    }
}

#[test]
fn stale_article_in_a_fresh_dump_gets_a_year_estimate() {
    let mut found = dump(&[
        FRESH_DEAL,
        copper_story(&[
            COPPER_LEAD,
            "Output fell last year after protests in 2019 closed two mines.",
        ]),
    ]);
    dyad_dates::infer_publication_dates(&mut found);
    let (fresh, _, _) = published(&found[0]);
    assert_eq!(fresh, "2024-06-07");
    let (stale, basis, confidence) = published(&found[1]);
    assert!(stale.starts_with("2021-"), "stale article dated {stale}");
    assert!(basis.starts_with("year-level estimate 2021"), "{basis}");
    assert!((confidence - 0.3).abs() < 1e-6);
}

#[test]
fn stale_article_estimate_keeps_to_the_terms_of_those_in_office() {
    let mut found = dump(&[
        FRESH_DEAL,
        copper_story(&[
            COPPER_LEAD,
            "President Michelle Bachelet visited the mine after protests in 2015 closed it.",
        ]),
    ]);
    dyad_dates::infer_publication_dates(&mut found);
    let (stale, basis, confidence) = published(&found[1]);
    assert!(stale.starts_with("2018-"), "stale article dated {stale}");
    assert!(
        basis.contains("President Michelle Bachelet (2014-2018) was in office"),
        "{basis}"
    );
    assert!(basis.contains("rules out the estimate 2021"), "{basis}");
    assert!((confidence - 0.25).abs() < 1e-6);
}

#[test]
fn article_without_dates_takes_the_dump_date_or_stays_unknown() {
    let mut alone = dump(&[Draft {
        headline: "Farmers Block Roads",
        caption: None,
        paragraphs: &["Farmers blocked roads near the capital, police said."],
    }]);
    dyad_dates::infer_publication_dates(&mut alone);
    assert_eq!(alone[0].published, None);

    let mut together = dump(&[
        Draft {
            headline: "Port Strike Enters Third Day",
            caption: Some("Dock workers rally in Lagos, Nigeria, 3 October 2023. (EPA)"),
            paragraphs: &["Dock workers kept the port closed on Wednesday, union leaders said."],
        },
        Draft {
            headline: "Farmers Block Roads",
            caption: None,
            paragraphs: &["Farmers blocked roads near the capital, police said."],
        },
    ]);
    dyad_dates::infer_publication_dates(&mut together);
    assert_eq!(published(&together[0]).0, "2023-10-04");
    let (date, basis, confidence) = published(&together[1]);
    assert_eq!(date, "2023-10-04");
    assert!(basis.starts_with("no dated mention"), "{basis}");
    assert!((confidence - 0.4).abs() < 1e-6);
}

#[test]
fn archive_captions_say_nothing() {
    let mut alone = dump(&[Draft {
        headline: "Court Hears Pipeline Appeal",
        caption: Some(
            "A pipeline section near Odessa, Texas, on August 3, 2021. Example Photo Agency (archive)",
        ),
        paragraphs: &["A federal court heard the appeal on Thursday, lawyers said."],
    }]);
    assert!(alone[0].captions.iter().all(|c| c.archive));
    dyad_dates::infer_publication_dates(&mut alone);
    assert_eq!(alone[0].published, None);

    let mut with_fresh = dump(&[
        Draft {
            headline: "Court Hears Pipeline Appeal",
            caption: Some(
                "A pipeline section near Odessa, Texas, on August 3, 2021. Example Photo Agency (archive)",
            ),
            paragraphs: &["A federal court heard the appeal on Thursday, lawyers said."],
        },
        Draft {
            headline: "Senate Passes Water Bill",
            caption: Some("Senators leave the chamber in Austin, Texas, May 5, 2019. (AP)"),
            paragraphs: &["The state senate passed a water bill on Monday."],
        },
    ]);
    dyad_dates::infer_publication_dates(&mut with_fresh);
    // The archive photo of 2021 does not lift the dump's bound above 5 May 2019.
    assert_eq!(published(&with_fresh[1]).0, "2019-05-06");
    let (date, basis, _) = published(&with_fresh[0]);
    assert_eq!(date, "2019-05-09");
    assert!(
        basis.contains("the document's latest dated mention 5 May 2019"),
        "{basis}"
    );
}

#[test]
fn stated_dates_are_kept_and_speak_for_the_others() {
    let stated = Published {
        date: "2018-04-12".into(),
        basis: "input".into(),
        confidence: 1.0,
    };
    let mut found = vec![
        Article {
            headline: "Ministers Meet".into(),
            paragraphs: vec!["The ministers met on Friday after talks in March 2016.".into()],
            published: Some(stated.clone()),
            ..Article::default()
        },
        Article {
            headline: "Talks Continue".into(),
            paragraphs: vec!["Talks continued, diplomats said.".into()],
            ..Article::default()
        },
    ];
    dyad_dates::infer_publication_dates(&mut found);
    assert_eq!(found[0].published, Some(stated));
    assert_eq!(published(&found[1]).0, "2018-04-12");
}

#[test]
fn future_dates_are_not_lower_bounds() {
    let mut found = vec![Article {
        headline: "Summit Planned".into(),
        captions: vec![dyad_core::Caption {
            text: "Leaders arrive in Lima, Peru, 10 November 2016.".into(),
            credit: Some("AP".into()),
            archive: false,
        }],
        paragraphs: vec![
            "Leaders said on Friday they will meet again on March 3, 2017 in Quito.".into(),
        ],
        ..Article::default()
    }];
    dyad_dates::infer_publication_dates(&mut found);
    assert_eq!(published(&found[0]).0, "2016-11-11");
}

fn plain(headline: &str, paragraphs: &[&str]) -> Vec<Article> {
    vec![Article {
        headline: headline.into(),
        paragraphs: paragraphs.iter().map(|p| (*p).to_string()).collect(),
        ..Article::default()
    }]
}

#[test]
fn a_dateline_gives_the_day() {
    let mut found = plain(
        "ACME PROFIT RISES",
        &["NEW YORK, March 3 - Acme Corp said today its profit rose in January 1987."],
    );
    dyad_dates::infer_publication_dates(&mut found);
    let (date, basis, confidence) = published(&found[0]);
    assert_eq!(date, "1987-03-03");
    assert!(basis.starts_with("dateline 'March 3'"), "{basis}");
    assert!((confidence - 0.4).abs() < 1e-6);

    let mut dated = plain(
        "Acme Profit Rises",
        &["NEW YORK, March 3 - Acme Corp said on Friday its profit rose on February 27, 1987."],
    );
    dyad_dates::infer_publication_dates(&mut dated);
    let (date, _, confidence) = published(&dated[0]);
    assert_eq!(date, "1987-03-03");
    assert!((confidence - 0.7).abs() < 1e-6);
}

#[test]
fn without_full_dates_the_latest_year_mentioned_is_a_low_confidence_guess() {
    let mut found = plain(
        "Sheriff Names Gunman",
        &["The sheriff said on Tuesday that the Oct. 1 shooting was the deadliest in 2017 so far."],
    );
    dyad_dates::infer_publication_dates(&mut found);
    let (date, basis, confidence) = published(&found[0]);
    assert_eq!(date, "2017-10-03");
    assert!(basis.contains("latest year mentioned"), "{basis}");
    assert!((confidence - 0.2).abs() < 1e-6);
}

#[test]
fn the_reported_weekday_beats_the_event_weekday() {
    let mut found = vec![Article {
        headline: "Convoy Attacked".into(),
        captions: vec![dyad_core::Caption {
            text: "Soldiers patrol near Gao, Mali, 4 March 2021.".into(),
            credit: Some("AFP".into()),
            archive: false,
        }],
        paragraphs: vec![
            "Friday's ambush on an army convoy killed four soldiers, the army said on Saturday."
                .into(),
        ],
        ..Article::default()
    }];
    dyad_dates::infer_publication_dates(&mut found);
    // 4 March 2021 is a Thursday; the report came on Saturday the 6th.
    assert_eq!(published(&found[0]).0, "2021-03-06");
}
