//! The corpus as the UI needs it: the engine's analysis and views (claims across languages,
//! names, titles, entity facts: made by `build.rs` or the worker) plus what the UI derives
//! from them once.
//!
//! Everything here is computed when the app starts and when the reader's library changes,
//! never in a `view()`: each article's blocks and sentence segments (for the reader's own
//! articles one article per task, by `analysis_cache::keep_in_steps`), the translation pairs
//! and their rows, the cards' dispute lines. Components read it through an `Rc`.

use crate::analysis_cache;
use crate::claim_views::ClaimViews;
use crate::layout;
use crate::library::OwnArticle;
use crate::pairing::guess_pairs;
use crate::route::{stem_of, Route};
use crate::seeds::{self, SEEDS};
use parallax_engine::align::{Divergence, Side};
use parallax_engine::article::noise_around;
use parallax_engine::claims::Party;
use parallax_engine::segments::{article_segments, Segment, SegmentSweep};
use parallax_engine::text::{CharCursor, Span};
use parallax_engine::{Alignment, Analysis, ArticleAnalysis, Lang, ParagraphKind, Views};
use std::rc::Rc;

/// Longest headline shown when it has to be cut from the first sentence.
const HEADLINE_CHARS: usize = 140;

/// A block of an article as displayed: noise with its label, or text made of sentences.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A noise block (date header, source line…), shown muted.
    Noise {
        /// The engine's kind.
        kind: ParagraphKind,
        /// The block's text.
        text: String,
    },
    /// A headline or body paragraph.
    Text {
        /// Whether it is the headline.
        headline: bool,
        /// Indexes of its sentences.
        sentences: Vec<usize>,
    },
}

/// One article with what the UI derives from its analysis.
#[derive(Debug, Clone)]
pub struct ArticleView {
    /// File stem, used in routes.
    pub stem: String,
    /// Headline: the engine's title, else the first sentence, shortened.
    pub headline: String,
    /// Blocks in text order, one per paragraph.
    pub blocks: Vec<Block>,
    /// Segments of each sentence.
    pub segments: Vec<Rc<[Segment]>>,
    /// Indexes of the claims made in each sentence.
    pub claims: Vec<Vec<usize>>,
}

/// A row of the side-by-side view: what stands on each side.
#[derive(Debug, Clone, PartialEq)]
pub enum Row {
    /// One alignment link: sentence indexes on the French and the English side.
    Aligned {
        /// French sentences (empty: only in English).
        fr: Vec<usize>,
        /// English sentences (empty: only in French).
        en: Vec<usize>,
    },
    /// Noise blocks (date headers, source lines…) outside the aligned text, per side.
    Noise {
        /// French block indexes.
        fr: Vec<usize>,
        /// English block indexes.
        en: Vec<usize>,
    },
    /// Paragraph `i` of each side, when no alignment exists.
    Blocks {
        /// French block index.
        fr: Option<usize>,
        /// English block index.
        en: Option<usize>,
    },
}

/// What the aligner says about a row beyond its sentences.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RowNote {
    /// Confidence of the alignment link, for aligned rows.
    pub confidence: Option<f32>,
    /// Where the two versions differ: `(side, divergence)`; the side named is the one that
    /// has what the other lacks.
    pub divergences: Vec<(layout::Side, Divergence)>,
}

/// Two articles judged to be translations, oriented French | English.
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    /// Index of the French article.
    pub fr: usize,
    /// Index of the English article.
    pub en: usize,
    /// Whether the rows come from the engine's sentence alignment.
    pub aligned: bool,
    /// Rows in text order.
    pub rows: Vec<Row>,
    /// One note per row (same order as `rows`).
    pub notes: Vec<RowNote>,
}

/// Where an article comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum Origin {
    /// Compiled into the app.
    Bundled,
    /// Added by the reader: its library id and the name it was added under.
    Own {
        /// The id in the reader's library.
        id: String,
        /// The file name or label.
        name: String,
    },
}

/// The analysed corpus and everything derived from it. Cheap to clone: every field but the
/// origins shares its data.
#[derive(Debug, Clone)]
pub struct Corpus {
    /// The engine's analysis (shared with `analysis_cache`, never copied).
    pub analysis: Rc<Analysis>,
    /// The text each article was analysed from (for exports), parallel to the articles.
    pub texts: Vec<Rc<str>>,
    /// Where each article comes from, parallel to the articles.
    pub origins: Vec<Origin>,
    /// One view per article, parallel to `analysis.articles`.
    pub views: Rc<[ArticleView]>,
    /// Translation pairs.
    pub pairs: Rc<[Pair]>,
    /// The claims across languages: translations, answers, display names, event titles.
    pub claims: Rc<ClaimViews>,
}

impl Corpus {
    /// The bundled articles (analysed when the app was built) and the reader's own, once the
    /// worker has analysed them and `analysis_cache` has built their corpus; `None` while it
    /// has not. Runs at start-up and when the reader's library changes: it only names the
    /// reader's articles in the corpus kept.
    pub fn with_own(own: &[OwnArticle]) -> Option<Corpus> {
        if own.is_empty() {
            return Some(Corpus::bundled());
        }
        let files: Vec<String> = SEEDS
            .iter()
            .map(|(file, _)| file.to_string())
            .chain(own.iter().map(OwnArticle::file))
            .collect();
        let mut corpus = Corpus::clone(&*analysis_cache::corpus_of(&files)?);
        for (origin, article) in corpus.origins[SEEDS.len()..].iter_mut().zip(own) {
            *origin = Origin::Own {
                id: article.id.clone(),
                name: article.name.clone(),
            };
        }
        Some(corpus)
    }

    /// The bundled articles, from the analysis and views the build made of them (`build.rs`):
    /// no analysis runs.
    pub fn bundled() -> Corpus {
        let texts = SEEDS.iter().map(|(_, text)| Rc::from(*text)).collect();
        let (analysis, views) = seeds::bundled();
        Corpus::of(Rc::new(analysis), Rc::new(views), texts)
    }

    /// Derive what the UI shows of an analysis of `texts` (parallel to its articles), with
    /// the engine's views of it: every step of [`CorpusSteps`] in a row.
    pub fn of(analysis: Rc<Analysis>, derived: Rc<Views>, texts: Vec<Rc<str>>) -> Corpus {
        CorpusSteps::new(analysis, derived, texts).finish()
    }

    /// The reader's name of a party in English, as the disputes page gives it
    /// ([`ClaimViews::name`]), else `fallback`. Never an id when a fallback is given.
    pub fn display_name(&self, id: &str, fallback: &str) -> String {
        let party = Party {
            id: id.to_string(),
            name: fallback.to_string(),
        };
        self.claims.name(&party, Lang::En).text
    }

    /// The side-by-side view's deep link to a sentence (`#/pair/<fr>/<en>/<row>`), when its
    /// article is aligned with a translation.
    pub fn pair_href(&self, article: usize, sentence: usize) -> Option<String> {
        self.pairs_with(article).find_map(|pair| {
            let row = pair.rows.iter().position(|row| match row {
                Row::Aligned { fr, en } => {
                    let side = if pair.fr == article { fr } else { en };
                    side.contains(&sentence)
                }
                _ => false,
            })?;
            let (fr, en) = (&self.views[pair.fr].stem, &self.views[pair.en].stem);
            Some(Route::PairRow(fr.clone(), en.clone(), row, None).href())
        })
    }

    /// The index of the article with this stem.
    pub fn article_by_stem(&self, stem: &str) -> Option<usize> {
        self.views.iter().position(|v| v.stem == stem)
    }

    /// The article at an index.
    pub fn article(&self, index: usize) -> Option<&ArticleAnalysis> {
        self.analysis.articles.get(index)
    }

    /// The pair made of these two articles, in either order.
    pub fn pair_of(&self, a: usize, b: usize) -> Option<&Pair> {
        self.pairs
            .iter()
            .find(|p| (p.fr, p.en) == (a, b) || (p.fr, p.en) == (b, a))
    }

    /// The pairs an article belongs to.
    pub fn pairs_with(&self, index: usize) -> impl Iterator<Item = &Pair> {
        self.pairs
            .iter()
            .filter(move |p| p.fr == index || p.en == index)
    }

    /// The reader's name of an entity: its English display name ([`ClaimViews::name`]), else
    /// the first (in sort order) of the names the texts use, else its id. The entity card's
    /// and page's title.
    pub fn entity_name(&self, id: &str) -> String {
        if let Some((name, _)) = self.claims.names.get(id).and_then(|n| n.in_lang(Lang::En)) {
            return name.to_string();
        }
        self.analysis
            .articles
            .iter()
            .flat_map(|a| &a.entities)
            .filter(|m| m.id == id)
            .map(|m| &m.text)
            .min()
            .map_or_else(|| id.to_string(), Clone::clone)
    }
}

/// How many sentences' segments a step of [`CorpusSteps`] cuts: all of a 1 MB article's
/// (~6,400 in the bench's) in one step took 50–80 ms of the page's thread in a CPU profile of
/// the bench on a loaded machine (profiled tasks read ~1.5x long), natively ~1.5 ms per 2,000.
const SEGMENTED_PER_STEP: usize = 2_000;

/// A corpus derived one step at a time, each short enough for the page's thread: an
/// article's view (blocks, segments), then the claims' index, then the pair of each
/// alignment, then the corpus. [`Corpus::of`] takes the steps in a row;
/// `analysis_cache::keep_in_steps` gives the browser a turn between them, so that a library
/// of long articles never holds the page for one long task.
pub struct CorpusSteps {
    analysis: Rc<Analysis>,
    derived: Rc<Views>,
    texts: Vec<Rc<str>>,
    /// The articles' views derived so far.
    views: Vec<ArticleView>,
    /// The next article's view, its segments still to come (the sweep cutting them).
    started: Option<(ArticleView, SegmentSweep)>,
    /// The claims' index, once every view is there.
    claims: Option<Rc<ClaimViews>>,
    /// The pairs of the alignments taken so far (one per step, after the claims' index).
    pairs: Vec<Pair>,
    /// How many alignments were taken.
    aligned: usize,
    /// Once every pair is there: the corpus.
    corpus: Option<Corpus>,
    /// Whether pairs are guessed when the analysis has no alignment (not while the worker is
    /// still aligning: its pairs are coming).
    guess_pairs: bool,
}

impl CorpusSteps {
    /// The steps of the corpus of an analysis of `texts` (parallel to its articles) and the
    /// engine's views of it.
    pub fn new(analysis: Rc<Analysis>, derived: Rc<Views>, texts: Vec<Rc<str>>) -> Self {
        CorpusSteps {
            views: Vec::with_capacity(analysis.articles.len()),
            started: None,
            analysis,
            derived,
            texts,
            claims: None,
            pairs: Vec::new(),
            aligned: 0,
            corpus: None,
            guess_pairs: true,
        }
    }

    /// Without guessed pairs: for the articles listed while the worker aligns their pairs
    /// (a guess over megabytes would also be one long task).
    pub fn without_guessed_pairs(mut self) -> Self {
        self.guess_pairs = false;
        self
    }

    /// Take the next step; `false` when there was none left (the corpus is whole).
    pub fn step(&mut self) -> bool {
        if self.corpus.is_some() {
            return false;
        }
        let next = self.views.len();
        let article = self.analysis.articles.get(next);
        // An article's view in steps: its blocks, then its segments, a few thousand
        // sentences' a step.
        match (article, self.texts.get(next), self.started.take()) {
            (Some(article), _, Some((mut view, mut sweep))) => {
                let segments = sweep.take(article, SEGMENTED_PER_STEP);
                view.segments.extend(segments.into_iter().map(Rc::from));
                if sweep.is_done(article) {
                    self.views.push(view);
                } else {
                    self.started = Some((view, sweep));
                }
            }
            (Some(article), Some(text), None) => {
                let sweep = SegmentSweep::new(article);
                self.started = Some((view_but_segments(article, text), sweep));
            }
            _ if self.claims.is_none() => {
                self.claims = Some(Rc::new(ClaimViews::of(self.derived.clone())));
            }
            _ if self.aligned < self.analysis.alignments.len() => self.pair_next(),
            _ => self.corpus = Some(self.whole()),
        }
        true
    }

    /// The corpus, once the steps left are taken.
    pub fn finish(mut self) -> Corpus {
        while self.step() {}
        self.corpus.take().unwrap_or_else(|| self.whole())
    }

    /// The pair of the next alignment (a long pair's rows are thousands).
    fn pair_next(&mut self) {
        if let Some(alignment) = self.analysis.alignments.get(self.aligned) {
            self.pairs.extend(pair_of(&self.analysis, alignment));
        }
        self.aligned += 1;
    }

    /// The corpus with its views, claims' index and pairs (the pairs left taken at once).
    fn whole(&mut self) -> Corpus {
        while self.aligned < self.analysis.alignments.len() {
            self.pair_next();
        }
        let mut pairs = std::mem::take(&mut self.pairs);
        if pairs.is_empty() && self.guess_pairs {
            pairs = guessed_pairs(&self.analysis);
        }
        let derived = &self.derived;
        let claims = self.claims.take();
        Corpus {
            claims: claims.unwrap_or_else(|| Rc::new(ClaimViews::of(derived.clone()))),
            origins: vec![Origin::Bundled; self.texts.len()],
            texts: self.texts.clone(),
            pairs: pairs.into(),
            analysis: self.analysis.clone(),
            views: std::mem::take(&mut self.views).into(),
        }
    }
}

/// `(file name, text)` of every article of a library: the bundled ones, then the reader's.
pub fn library_inputs(own: &[OwnArticle]) -> Vec<(String, String)> {
    SEEDS
        .iter()
        .map(|(file, text)| (file.to_string(), text.to_string()))
        .chain(own.iter().map(|a| (a.file(), a.text.clone())))
        .collect()
}

/// An article's view: its blocks, each sentence's segments and claims, its headline.
pub fn view_of(article: &ArticleAnalysis, raw: &str) -> ArticleView {
    let mut view = view_but_segments(article, raw);
    add_segments(&mut view, article);
    view
}

/// Each sentence's segments, added to its article's view (a step of its own for a long
/// article: `CorpusSteps`).
fn add_segments(view: &mut ArticleView, article: &ArticleAnalysis) {
    view.segments = article_segments(article)
        .into_iter()
        .map(Rc::from)
        .collect();
}

/// [`view_of`] without the sentences' segments.
fn view_but_segments(article: &ArticleAnalysis, raw: &str) -> ArticleView {
    let mut by_paragraph: Vec<Vec<usize>> = vec![Vec::new(); article.paragraphs.len()];
    for (i, s) in article.sentences.iter().enumerate() {
        if let Some(sentences) = by_paragraph.get_mut(s.paragraph) {
            sentences.push(i);
        }
    }
    // Blocks come in text order: one walk over a long article finds every noise block's
    // text (slicing each from the start would walk it once per block).
    let mut text = CharCursor::new(raw);
    let blocks = article
        .paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| {
            if p.kind.is_noise() {
                Block::Noise {
                    kind: p.kind,
                    text: text.slice(Span::new(p.start, p.end)).to_string(),
                }
            } else {
                Block::Text {
                    headline: p.kind == ParagraphKind::Headline,
                    sentences: by_paragraph
                        .get_mut(i)
                        .map(std::mem::take)
                        .unwrap_or_default(),
                }
            }
        })
        .collect();
    let mut claims = vec![Vec::new(); article.sentences.len()];
    for (i, claim) in article.claims.iter().enumerate() {
        if let Some(slot) = claims.get_mut(claim.sentence) {
            slot.push(i);
        }
    }
    ArticleView {
        stem: stem_of(&article.file).to_string(),
        headline: headline_of(article),
        blocks,
        segments: Vec::new(),
        claims,
    }
}

/// The engine's title, else the first sentence cut at a word boundary.
pub fn headline_of(article: &ArticleAnalysis) -> String {
    if let Some(title) = &article.title {
        return title.clone();
    }
    let Some(first) = article.sentences.first() else {
        return article.file.clone();
    };
    shorten(&first.text, HEADLINE_CHARS)
}

/// Cut a text to at most `max` chars at a word boundary, adding `…` when cut.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(space) if space > 0 => &cut[..space],
        _ => cut.as_str(),
    };
    cat!(cut.trim_end_matches([',', ';', ':', ' ']), "…")
}

/// The pairs of the analysis's alignments; failing any, pairs guessed (`guess`) from the
/// articles' names and numbers.
/// The pair an alignment of `analysis` makes, oriented French | English (none when it names
/// an article the analysis lacks).
fn pair_of(analysis: &Analysis, alignment: &Alignment) -> Option<Pair> {
    let index_of = |file: &str| analysis.articles.iter().position(|a| a.file == file);
    let lang_of = |i: usize| analysis.articles[i].lang;
    let (s, t) = (index_of(&alignment.source)?, index_of(&alignment.target)?);
    let source_is_fr = lang_of(s) == Lang::Fr || lang_of(t) != Lang::Fr;
    let (fr, en) = if source_is_fr { (s, t) } else { (t, s) };
    let (fr_lead, fr_trail) = noise_around(&analysis.articles[fr].paragraphs);
    let (en_lead, en_trail) = noise_around(&analysis.articles[en].paragraphs);
    let noise_row = |fr: Vec<usize>, en: Vec<usize>| {
        (!fr.is_empty() || !en.is_empty()).then_some(Row::Noise { fr, en })
    };
    let lead = noise_row(fr_lead, en_lead);
    let trail = noise_row(fr_trail, en_trail);
    let link_notes = alignment.pairs.iter().map(|link| RowNote {
        confidence: Some(link.confidence),
        divergences: link
            .divergences
            .iter()
            .map(|d| {
                let on_french = (d.side == Side::Source) == source_is_fr;
                let side = if on_french {
                    layout::Side::French
                } else {
                    layout::Side::English
                };
                (side, d.clone())
            })
            .collect(),
    });
    let notes = lead
        .iter()
        .map(|_| RowNote::default())
        .chain(link_notes)
        .chain(trail.iter().map(|_| RowNote::default()))
        .collect();
    let links = alignment.pairs.iter().map(|link| {
        let (f, e) = if source_is_fr {
            (&link.source, &link.target)
        } else {
            (&link.target, &link.source)
        };
        Row::Aligned {
            fr: f.clone(),
            en: e.clone(),
        }
    });
    let rows = lead.into_iter().chain(links).chain(trail).collect();
    Some(Pair {
        fr,
        en,
        aligned: true,
        rows,
        notes,
    })
}

/// Pairs guessed when the engine aligned none (`pairing::guess_pairs`), paragraph by
/// paragraph.
fn guessed_pairs(analysis: &Analysis) -> Vec<Pair> {
    let mut pairs = Vec::new();
    for (fr, en) in guess_pairs(&analysis.articles) {
        let n = analysis.articles[fr]
            .paragraphs
            .len()
            .max(analysis.articles[en].paragraphs.len());
        let side = |a: usize, i: usize| (i < analysis.articles[a].paragraphs.len()).then_some(i);
        let rows = (0..n)
            .map(|i| Row::Blocks {
                fr: side(fr, i),
                en: side(en, i),
            })
            .collect();
        pairs.push(Pair {
            fr,
            en,
            aligned: false,
            rows,
            notes: vec![RowNote::default(); n],
        });
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_article_has_a_view_and_a_headline() {
        let corpus = Corpus::bundled();
        assert_eq!(corpus.views.len(), 3);
        assert!(corpus.views[0]
            .headline
            .starts_with("Les commentaires de Pékin interviennent"));
        assert!(corpus.views[2]
            .headline
            .starts_with("The Chinese Foreign Ministry has accused"));
        assert_eq!(corpus.article_by_stem("002_f5e50ea9a2381cfb"), Some(1));
        let pair = corpus.pair_of(2, 0).expect("000 and 003 pair up");
        assert_eq!((pair.fr, pair.en), (0, 2));
    }

    #[test]
    fn pairs_are_guessed_without_alignments_but_not_while_they_are_aligned() {
        let (mut analysis, views) = seeds::bundled();
        analysis.alignments.clear();
        let texts: Vec<Rc<str>> = SEEDS.iter().map(|(_, text)| Rc::from(*text)).collect();
        let (analysis, views) = (Rc::new(analysis), Rc::new(views));
        let guessed = CorpusSteps::new(analysis.clone(), views.clone(), texts.clone()).finish();
        assert!(
            guessed.pair_of(0, 2).is_some_and(|p| !p.aligned),
            "000 and 003 look alike"
        );
        let listed = CorpusSteps::new(analysis, views, texts)
            .without_guessed_pairs()
            .finish();
        assert!(listed.pairs.is_empty());
    }

    #[test]
    fn pair_rows_cover_every_sentence_once_in_order_and_keep_the_noise() {
        let corpus = Corpus::bundled();
        let pair = corpus.pair_of(0, 2).expect("000 and 003 pair up");
        let mut seen: (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
        let mut noise = 0;
        for row in &pair.rows {
            match row {
                Row::Aligned { fr, en } => {
                    seen.0.extend(fr);
                    seen.1.extend(en);
                }
                Row::Noise { fr, en } => noise += fr.len() + en.len(),
                Row::Blocks { .. } => {}
            }
        }
        if pair.aligned {
            let count = |i: usize| corpus.analysis.articles[i].sentences.len();
            assert_eq!(seen.0, (0..count(0)).collect::<Vec<_>>());
            assert_eq!(seen.1, (0..count(2)).collect::<Vec<_>>());
            // 000 opens with a date header, glued to its headline.
            assert!(noise >= 1);
        }
    }

    #[test]
    fn seed_cards_sum_up_their_disputes_by_display_names_and_actors_are_named() {
        let corpus = Corpus::bundled();
        let board = &corpus.claims.board;
        assert_eq!(board.lines.len(), 3);
        let lines: Vec<&str> = board.lines[2].iter().map(|l| l.text.as_str()).collect();
        assert!(
            lines.iter().any(|l| l.contains("accuse United States")),
            "{lines:?}"
        );
        // Parties read as the disputes page names them (the knowledge base's English name);
        // 002 is French only: its parties read so too.
        let french_only: Vec<&str> = board.lines[1].iter().map(|l| l.text.as_str()).collect();
        assert!(
            french_only.iter().any(|l| l.contains("condemn China")),
            "{french_only:?}"
        );
        assert!(
            french_only.iter().any(|l| l.contains("APT40")),
            "an alias the texts use, not another name: {french_only:?}"
        );
        for line in board.lines.iter().flat_map(|s| s.iter()) {
            assert!(!line.text.contains('_'), "no id in {:?}", line.text);
            assert!(!corpus.claims.title(&line.about, Lang::En).is_empty());
        }
        let names: Vec<&str> = board.actors.iter().map(|(_, n)| n.as_str()).collect();
        assert!(
            names.contains(&"Mao Ning") && names.contains(&"China"),
            "{names:?}"
        );
        assert!(names.iter().all(|n| !n.contains('_')), "{names:?}");
    }

    #[test]
    fn a_pair_link_names_the_row_of_the_sentence_on_either_side() {
        let corpus = Corpus::bundled();
        let pair = corpus.pair_of(0, 2).expect("000 and 003 pair up");
        let Some(Row::Aligned { fr, en }) = pair
            .rows
            .iter()
            .find(|r| matches!(r, Row::Aligned { fr, en } if !fr.is_empty() && !en.is_empty()))
        else {
            panic!("an aligned row");
        };
        let row = pair
            .rows
            .iter()
            .position(|r| matches!(r, Row::Aligned { fr: f, .. } if f == fr));
        let expected = cat!(
            "#/pair/",
            corpus.views[0].stem,
            "/",
            corpus.views[2].stem,
            "/",
            row.unwrap()
        );
        assert_eq!(
            corpus.pair_href(0, fr[0]).as_deref(),
            Some(expected.as_str())
        );
        assert_eq!(
            corpus.pair_href(2, en[0]).as_deref(),
            Some(expected.as_str())
        );
        assert_eq!(corpus.pair_href(1, 0), None, "002 has no translation");
    }

    #[test]
    fn shorten_cuts_at_a_word() {
        assert_eq!(shorten("abc def ghi", 9), "abc def…");
        assert_eq!(shorten("abc", 9), "abc");
    }
}
