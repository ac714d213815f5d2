//! WeChat material: chat text or a chat export read into messages, messages in the town's
//! templates (`【日巡查】`, `【上报】`, `【排查】`, `【会议】`) read into records, free messages
//! that name an item offered for review, chit-chat counted and passed over.

pub mod export;
pub mod headers;
pub mod notice;
pub mod review;
pub mod spot;
pub mod template;

use chrono::NaiveDateTime;

/// One message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// The 0-based line of its header (chat text) or row (an export).
    pub row: u32,
    /// When it was sent.
    pub at: NaiveDateTime,
    /// Whether the header gave the time (else `at` is the day's start).
    pub timed: bool,
    /// The sender as the header names them.
    pub sender: String,
    /// The sender's WeChat id, when the export gives it.
    pub wechat: String,
    /// The text, lines and placeholders (`[图片]`) as sent.
    pub text: String,
    /// The 0-based line its text begins on, in chat text (an export's message is one cell).
    pub text_row: Option<u32>,
}

impl Message {
    /// Whether `self` and `other` are one message (the same sender, time and text): what
    /// overlapping exports of a group both hold.
    pub fn identity(&self) -> (&str, NaiveDateTime, &str) {
        (&self.sender, self.at, &self.text)
    }
}

/// The channel chat reports arrive by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ChatKind {
    /// A WeChat group (`wechat_group`).
    Group,
    /// A one-to-one chat (`wechat_direct`).
    Direct,
}

impl ChatKind {
    /// The kind of a chat with these messages: a group when more than two people speak.
    pub fn of(messages: &[Message]) -> ChatKind {
        let mut senders: Vec<&str> = messages.iter().map(|m| m.sender.as_str()).collect();
        senders.sort_unstable();
        senders.dedup();
        if senders.len() > 2 {
            ChatKind::Group
        } else {
            ChatKind::Direct
        }
    }

    /// The report channel.
    pub fn channel(self) -> crate::model::choices::Channel {
        match self {
            ChatKind::Group => crate::model::choices::Channel::WechatGroup,
            ChatKind::Direct => crate::model::choices::Channel::WechatDirect,
        }
    }
}
