//! The forms of an English verb, for lexicon words written with a trailing
//! `~` ("fill~ the gap" is "fill/fills/filled/filling the gap", "fall~
//! short" takes in "fell short" and "fallen short").
//!
//! Regular verbs follow the spelling rules below; the irregular ones a
//! stance lexicon needs are listed. A verb the rules misspell can be given
//! its forms by hand instead (one entry per form).

/// Irregular verbs: base, past, past participle.
const IRREGULAR: &[(&str, &str, &str)] = &[
    ("be", "was", "been"),
    ("bear", "bore", "borne"),
    ("beat", "beat", "beaten"),
    ("begin", "began", "begun"),
    ("bend", "bent", "bent"),
    ("bite", "bit", "bitten"),
    ("bleed", "bled", "bled"),
    ("blow", "blew", "blown"),
    ("break", "broke", "broken"),
    ("bring", "brought", "brought"),
    ("build", "built", "built"),
    ("burst", "burst", "burst"),
    ("buy", "bought", "bought"),
    ("cast", "cast", "cast"),
    ("catch", "caught", "caught"),
    ("choose", "chose", "chosen"),
    ("come", "came", "come"),
    ("cost", "cost", "cost"),
    ("creep", "crept", "crept"),
    ("cut", "cut", "cut"),
    ("deal", "dealt", "dealt"),
    ("dig", "dug", "dug"),
    ("do", "did", "done"),
    ("draw", "drew", "drawn"),
    ("drink", "drank", "drunk"),
    ("drive", "drove", "driven"),
    ("eat", "ate", "eaten"),
    ("fall", "fell", "fallen"),
    ("feed", "fed", "fed"),
    ("feel", "felt", "felt"),
    ("fight", "fought", "fought"),
    ("find", "found", "found"),
    ("fly", "flew", "flown"),
    ("forget", "forgot", "forgotten"),
    ("freeze", "froze", "frozen"),
    ("get", "got", "got"),
    ("give", "gave", "given"),
    ("go", "went", "gone"),
    ("grind", "ground", "ground"),
    ("grow", "grew", "grown"),
    ("hang", "hung", "hung"),
    ("have", "had", "had"),
    ("hear", "heard", "heard"),
    ("hide", "hid", "hidden"),
    ("hit", "hit", "hit"),
    ("hold", "held", "held"),
    ("hurt", "hurt", "hurt"),
    ("keep", "kept", "kept"),
    ("know", "knew", "known"),
    ("lay", "laid", "laid"),
    ("lead", "led", "led"),
    ("leave", "left", "left"),
    ("lend", "lent", "lent"),
    ("let", "let", "let"),
    ("lie", "lay", "lain"),
    ("light", "lit", "lit"),
    ("lose", "lost", "lost"),
    ("make", "made", "made"),
    ("mean", "meant", "meant"),
    ("meet", "met", "met"),
    ("pay", "paid", "paid"),
    ("put", "put", "put"),
    ("quit", "quit", "quit"),
    ("read", "read", "read"),
    ("ride", "rode", "ridden"),
    ("ring", "rang", "rung"),
    ("rise", "rose", "risen"),
    ("run", "ran", "run"),
    ("say", "said", "said"),
    ("see", "saw", "seen"),
    ("seek", "sought", "sought"),
    ("sell", "sold", "sold"),
    ("send", "sent", "sent"),
    ("set", "set", "set"),
    ("shake", "shook", "shaken"),
    ("shed", "shed", "shed"),
    ("shoot", "shot", "shot"),
    ("show", "showed", "shown"),
    ("shrink", "shrank", "shrunk"),
    ("shut", "shut", "shut"),
    ("sink", "sank", "sunk"),
    ("sit", "sat", "sat"),
    ("slide", "slid", "slid"),
    ("speak", "spoke", "spoken"),
    ("spend", "spent", "spent"),
    ("spin", "spun", "spun"),
    ("split", "split", "split"),
    ("spread", "spread", "spread"),
    ("spring", "sprang", "sprung"),
    ("stand", "stood", "stood"),
    ("steal", "stole", "stolen"),
    ("stick", "stuck", "stuck"),
    ("strike", "struck", "struck"),
    ("swear", "swore", "sworn"),
    ("sweep", "swept", "swept"),
    ("swing", "swung", "swung"),
    ("take", "took", "taken"),
    ("teach", "taught", "taught"),
    ("tear", "tore", "torn"),
    ("tell", "told", "told"),
    ("think", "thought", "thought"),
    ("throw", "threw", "thrown"),
    ("understand", "understood", "understood"),
    ("wake", "woke", "woken"),
    ("wear", "wore", "worn"),
    ("win", "won", "won"),
    ("write", "wrote", "written"),
];

/// Regular verbs of two or more syllables that double their last
/// consonant anyway (stress on the last syllable).
const DOUBLING: &[&str] = &[
    "commit", "compel", "control", "equip", "expel", "omit", "patrol", "permit", "propel", "rebut",
    "refer", "regret", "submit", "transfer",
];

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Whether a regular verb doubles its final consonant before -ed and
/// -ing: one vowel group ending consonant-vowel-consonant ("plug",
/// "step", "strip"), not w, x or y ("show", "fix", "play").
fn doubles(base: &str) -> bool {
    if DOUBLING.contains(&base) {
        return true;
    }
    let b = base.as_bytes();
    let n = b.len();
    if n < 3 || !b.is_ascii() {
        return false;
    }
    let (c1, v, c2) = (b[n - 3], b[n - 2], b[n - 1]);
    let groups = b
        .iter()
        .enumerate()
        .filter(|&(i, &c)| is_vowel(c) && (i == 0 || !is_vowel(b[i - 1])))
        .count();
    groups == 1
        && !is_vowel(c1)
        && is_vowel(v)
        && !is_vowel(c2)
        && !matches!(c2, b'w' | b'x' | b'y')
}

/// Every form of the verb `base` (folded, lower case): the base itself,
/// the third person -s, the past, the past participle and the -ing form,
/// each once.
pub fn verb_forms(base: &str) -> Vec<String> {
    let b = base.as_bytes();
    let ends = |s: &str| base.ends_with(s);
    let consonant_y = ends("y") && b.len() >= 2 && !is_vowel(b[b.len() - 2]);
    let third = if consonant_y {
        format!("{}ies", &base[..base.len() - 1])
    } else if ["s", "sh", "ch", "x", "z", "o"].iter().any(|s| ends(s)) {
        format!("{base}es")
    } else {
        format!("{base}s")
    };
    let double = doubles(base);
    let last = base.chars().last().map(String::from).unwrap_or_default();
    let ing = if ends("ie") {
        format!("{}ying", &base[..base.len() - 2])
    } else if ends("e") && !ends("ee") && !ends("ye") && !ends("oe") && base.len() > 2 {
        format!("{}ing", &base[..base.len() - 1])
    } else if double {
        format!("{base}{last}ing")
    } else {
        format!("{base}ing")
    };
    let mut forms = vec![base.to_string(), third, ing];
    if let Some(&(_, past, participle)) = IRREGULAR.iter().find(|v| v.0 == base) {
        forms.push(past.to_string());
        forms.push(participle.to_string());
        if base == "be" {
            forms.extend(["is", "are", "were", "being"].map(String::from));
        }
    } else {
        forms.push(if ends("e") {
            format!("{base}d")
        } else if consonant_y {
            format!("{}ied", &base[..base.len() - 1])
        } else if double {
            format!("{base}{last}ed")
        } else {
            format!("{base}ed")
        });
    }
    let mut seen = Vec::with_capacity(forms.len());
    for f in forms {
        if !seen.contains(&f) {
            seen.push(f);
        }
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(b: &str) -> Vec<String> {
        let mut f = verb_forms(b);
        f.sort();
        f
    }

    #[test]
    fn regular_verbs_follow_the_spelling_rules() {
        assert_eq!(forms("fill"), ["fill", "filled", "filling", "fills"]);
        assert_eq!(forms("plug"), ["plug", "plugged", "plugging", "plugs"]);
        assert_eq!(forms("paper"), ["paper", "papered", "papering", "papers"]);
        assert_eq!(forms("water"), ["water", "watered", "watering", "waters"]);
        assert_eq!(forms("dress"), ["dress", "dressed", "dresses", "dressing"]);
        assert_eq!(forms("bury"), ["buried", "buries", "bury", "burying"]);
        assert_eq!(forms("play"), ["play", "played", "playing", "plays"]);
        assert_eq!(forms("shore"), ["shore", "shored", "shores", "shoring"]);
        assert_eq!(forms("gloss"), ["gloss", "glossed", "glosses", "glossing"]);
        assert_eq!(forms("fix"), ["fix", "fixed", "fixes", "fixing"]);
        assert_eq!(
            forms("commit"),
            ["commit", "commits", "committed", "committing"]
        );
        assert_eq!(forms("free"), ["free", "freed", "freeing", "frees"]);
        assert_eq!(forms("tie"), ["tie", "tied", "ties", "tying"]);
    }

    #[test]
    fn irregular_verbs_take_their_listed_forms() {
        assert_eq!(
            forms("fall"),
            ["fall", "fallen", "falling", "falls", "fell"]
        );
        assert_eq!(forms("run"), ["ran", "run", "running", "runs"]);
        assert_eq!(forms("hit"), ["hit", "hits", "hitting"]);
        assert_eq!(forms("take"), ["take", "taken", "takes", "taking", "took"]);
        assert_eq!(forms("lie"), ["lain", "lay", "lie", "lies", "lying"]);
    }

    #[test]
    fn the_irregular_table_is_sorted_and_single() {
        for w in IRREGULAR.windows(2) {
            assert!(w[0].0 < w[1].0, "{:?} before {:?}", w[0].0, w[1].0);
        }
    }
}
