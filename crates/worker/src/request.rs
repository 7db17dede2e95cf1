//! How a [`Request`] travels to the worker: a head (its job, its export, how many articles
//! follow), then one message per article. The page encodes them one at a time
//! ([`Outgoing::next_message`], a task each: ten 1 MB texts encoded in one message were one
//! long task of the page's thread); the worker gathers them ([`Inbox`]) and runs the request
//! once its last article has come. A head of a new job (not an export) drops the articles
//! gathered of an older one: the page replaced that job.

use crate::export::Export;
use crate::{encode, Request};
use serde::{Deserialize, Serialize};

/// One message of a request, in its wire form (postcard). The texts are borrowed: encoding
/// one copies it once, into its message, and reading one copies it once, out of it.
#[derive(Debug, Serialize, Deserialize)]
enum Message<'a> {
    /// A request starts: `articles` messages of kind [`Message::Article`] follow.
    Head {
        job: u32,
        articles: u32,
        export: Option<Export>,
    },
    /// The request's article `index` (from 0).
    Article {
        job: u32,
        index: u32,
        file: &'a str,
        text: &'a str,
    },
}

/// A request on its way out, a message at a time.
#[derive(Debug)]
pub struct Outgoing {
    request: Request,
    /// Messages sent so far (the head, then the articles).
    sent: usize,
}

impl Outgoing {
    /// The messages of `request`, none sent yet.
    pub fn new(request: Request) -> Outgoing {
        Outgoing { request, sent: 0 }
    }

    /// The request's job.
    pub fn job(&self) -> u32 {
        self.request.job
    }

    /// Whether the request asks for an export (exports go beside the job, never replace it).
    pub fn is_export(&self) -> bool {
        self.request.export.is_some()
    }

    /// Whether every message was given (the head and each article).
    pub fn is_sent(&self) -> bool {
        self.sent > self.request.articles.len()
    }

    /// The next message in its wire form, or `None` once the last was given.
    pub fn next_message(&mut self) -> Option<Vec<u8>> {
        let job = self.request.job;
        let message = match self.sent {
            0 => encode(&Message::Head {
                job,
                articles: self.request.articles.len() as u32,
                export: self.request.export.clone(),
            }),
            n => {
                let (file, text) = self.request.articles.get(n - 1)?;
                encode(&Message::Article {
                    job,
                    index: (n - 1) as u32,
                    file,
                    text,
                })
            }
        };
        self.sent += 1;
        Some(message)
    }

    /// The request, its messages sent or not.
    pub fn into_request(self) -> Request {
        self.request
    }
}

/// Every message of `request`, in order.
pub fn messages(request: Request) -> Vec<Vec<u8>> {
    let mut outgoing = Outgoing::new(request);
    std::iter::from_fn(|| outgoing.next_message()).collect()
}

/// The worker's side: the requests whose articles are still coming.
#[derive(Debug, Default)]
pub struct Inbox {
    gathering: Vec<Request>,
    /// How many articles each request gathered expects, parallel to `gathering`.
    expected: Vec<usize>,
}

impl Inbox {
    /// Hear a message: the request it completes, if it does, or why it cannot be read.
    pub fn hear(&mut self, bytes: &[u8]) -> Result<Option<Request>, String> {
        let message: Message = postcard::from_bytes(bytes).map_err(|e| e.to_string())?;
        let job = match message {
            Message::Head {
                job,
                articles,
                export,
            } => {
                if export.is_none() {
                    // A new job replaces the one whose articles were still coming.
                    self.drop_where(|request| request.export.is_none());
                }
                self.drop_where(|request| request.job == job);
                self.gathering.push(Request {
                    job,
                    articles: Vec::with_capacity(articles as usize),
                    export,
                });
                self.expected.push(articles as usize);
                job
            }
            Message::Article {
                job,
                index,
                file,
                text,
            } => {
                let at = self.gathering.iter().position(|r| r.job == job);
                let at =
                    at.ok_or_else(|| format!("an article of job {job}, which it was not sent"))?;
                let articles = &mut self.gathering[at].articles;
                if index as usize != articles.len() {
                    self.remove(at);
                    return Err(format!("article {index} of job {job} came out of order"));
                }
                articles.push((file.to_string(), text.to_string()));
                job
            }
        };
        let at = self.gathering.iter().position(|r| r.job == job);
        Ok(at
            .filter(|&at| self.gathering[at].articles.len() == self.expected[at])
            .map(|at| self.remove(at)))
    }

    fn remove(&mut self, at: usize) -> Request {
        self.expected.remove(at);
        self.gathering.remove(at)
    }

    fn drop_where(&mut self, gone: impl Fn(&Request) -> bool) {
        while let Some(at) = self.gathering.iter().position(&gone) {
            self.remove(at);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::Format;

    fn request(job: u32, texts: &[&str]) -> Request {
        Request {
            job,
            articles: texts
                .iter()
                .enumerate()
                .map(|(i, t)| (format!("{i}.txt"), t.to_string()))
                .collect(),
            export: None,
        }
    }

    #[test]
    fn a_request_goes_as_a_head_and_a_message_per_article_and_comes_back_whole() {
        let sent = request(3, &["Première dépêche.", "Second dispatch."]);
        let sent_messages = messages(sent.clone());
        assert_eq!(sent_messages.len(), 3, "a head and two articles");
        assert!(sent_messages[1].len() > "Première dépêche.".len());
        let mut inbox = Inbox::default();
        assert_eq!(inbox.hear(&sent_messages[0]), Ok(None));
        assert_eq!(inbox.hear(&sent_messages[1]), Ok(None));
        assert_eq!(inbox.hear(&sent_messages[2]), Ok(Some(sent)));
        assert!(inbox.gathering.is_empty());
        let empty = request(4, &[]);
        assert_eq!(inbox.hear(&messages(empty.clone())[0]), Ok(Some(empty)));
    }

    #[test]
    fn a_request_is_sent_once_its_last_message_is_given_not_a_call_later() {
        let mut outgoing = Outgoing::new(request(6, &["a", "b"]));
        for _ in 0..2 {
            assert!(outgoing.next_message().is_some());
            assert!(!outgoing.is_sent());
        }
        assert!(outgoing.next_message().is_some(), "the last article");
        assert!(outgoing.is_sent(), "sent with its last message");
        assert!(outgoing.next_message().is_none());
        let mut empty = Outgoing::new(request(7, &[]));
        empty.next_message();
        assert!(empty.is_sent(), "a head alone");
    }

    #[test]
    fn a_new_job_drops_the_one_still_coming_but_not_an_export() {
        let old = messages(request(1, &["a", "b"]));
        let mut export = request(2, &["c"]);
        export.export = Some(Export {
            format: Format::ClaimsCsv,
            articles: vec![0],
        });
        let export_messages = messages(export.clone());
        let new = request(3, &["d"]);
        let new_messages = messages(new.clone());
        let mut inbox = Inbox::default();
        inbox.hear(&old[0]).unwrap();
        inbox.hear(&old[1]).unwrap();
        inbox.hear(&export_messages[0]).unwrap();
        inbox.hear(&new_messages[0]).unwrap();
        assert!(inbox.hear(&old[2]).is_err(), "job 1 was replaced");
        assert_eq!(inbox.hear(&export_messages[1]), Ok(Some(export)));
        assert_eq!(inbox.hear(&new_messages[1]), Ok(Some(new)));
    }

    #[test]
    fn articles_out_of_order_or_unreadable_are_refused() {
        let sent = messages(request(5, &["a", "b"]));
        let mut inbox = Inbox::default();
        inbox.hear(&sent[0]).unwrap();
        assert!(inbox.hear(&sent[2]).is_err());
        assert!(inbox.hear(&sent[1]).is_err(), "the job was dropped");
        assert!(inbox.hear(b"not a message").is_err());
    }
}
