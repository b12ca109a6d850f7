//! The behaviour fixtures in tests/fixtures/behaviour.tsv: one paragraph per
//! rule or lexicon frame, with the label it must get from the embedded
//! lexicons. A lexicon edit that breaks one of these changes behaviour a
//! user relies on.

use bigsoc::lexicon::embedded;
use bigsoc::score::Scorer;

#[test]
fn every_behaviour_fixture_gets_its_label() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/behaviour.tsv");
    let text = std::fs::read_to_string(path).unwrap();
    let scorer = Scorer::new(embedded().clone());
    let mut failures = Vec::new();
    let mut n = 0;
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.splitn(3, '\t').collect();
        let [label, place, para] = fields[..] else {
            panic!("line {}: expected LABEL<TAB>named|alone<TAB>TEXT", i + 1)
        };
        // "\n" in a fixture is a line break inside the paragraph.
        let para = &para.replace("\\n", "\n");
        let doc = match place {
            "named" => format!("The Big Society\n\n{para}\n"),
            "alone" => format!("{para}\n"),
            other => panic!("line {}: unknown place {other:?}", i + 1),
        };
        let scored = scorer.score_document(&doc);
        let got = &scored.paragraphs.last().unwrap().score;
        n += 1;
        if got.stance.as_str() != label {
            let ev: Vec<String> = got
                .evidence
                .iter()
                .map(|e| format!("{} {:+.2}", e.term, e.weight))
                .collect();
            failures.push(format!(
                "line {}: expected {label}, got {} (score {:+.2}; {})\n    {para}",
                i + 1,
                got.stance,
                got.score,
                ev.join(", ")
            ));
        }
    }
    assert!(n >= 25, "only {n} fixtures");
    assert!(
        failures.is_empty(),
        "{} of {n} fixtures failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
