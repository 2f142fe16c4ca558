//! Telling a payload's kind when `--type` is not given: by best match of its keys, then by the
//! rules for what keys cannot decide.
//!
//! 1. A kind with a flag is chosen when its flag is `true`: `is_private_note: true` makes a note.
//!    A note is a message with that flag (the note endpoints return message objects), so a
//!    detected note with message fields is checked as a message too ([`Kind::refines`]): a
//!    message field that is wrong in a note is not passed because the note keeps it as an
//!    unknown field.
//! 2. Otherwise each kind scores the payload's keys it recognises: its modelled field names and
//!    their documented other spellings. The highest score wins, so a message that lost its
//!    `message_id` is still a message (an invalid one), not a chat that keeps the message's
//!    fields as unknown ones.
//! 3. Ties on the score go to the kind missing the fewest of its required keys, then to the one
//!    kind whose own required key (one no other kind has) is present, then to the one with the
//!    most keys no other kind has. A kind missing required keys gives way to the one kind whose
//!    [`Shape`] the payload has and that accepts it (`{"chat_id": …}` alone is a create-chat
//!    response).
//! 4. Kinds still tied are told apart by validity (the one tied kind that accepts the payload);
//!    a payload whose keys match no kind, or that is not an object, by its [`Shape`].
//!
//! Anything else is a detection finding that asks for `--type`. Kinds that are never detected
//! by keys ([`Detection::Never`]) take part only through their shape.

use std::collections::{BTreeSet, HashMap};
use std::hash::BuildHasherDefault;

use serde_json::Value;

use super::{Entry, Validator, describe, model_reads, shape};
use periskope_contract::{Detection, KeyReader, Kind, KindKeys, Shape};

/// A set of kinds, one bit each (by their index in the validator).
pub(super) type KindSet = u128;

/// The most kinds detection can tell apart (one bit each).
pub(super) const MAX_KINDS: usize = KindSet::BITS as usize;

/// The most tied kinds a detection finding names; with more, it lists every kind's keys.
const MAX_NAMED_TIES: usize = 6;

/// Why the keys did not tell a payload's kind: the kinds they leave tied, if any (the message
/// for the user is written only when it is shown).
pub(super) struct Undecided {
    tied: Vec<&'static Kind>,
}

impl Undecided {
    pub(super) fn none() -> Self {
        Self { tied: Vec::new() }
    }
}

/// The kind the keys tell, and whether all its required keys are present. One that is missing
/// some gives way to a kind whose [`Shape`] the payload has and that accepts it
/// ([`Validator::settle`]): `{"chat_id": …}` alone is a create-chat response, not a chat without
/// its `org_id`.
#[derive(Clone, Copy, Debug)]
pub(super) struct ByKeys {
    kind: &'static Kind,
    complete: bool,
}

/// What detection knows of one key: the kinds that recognise it (a bit each), the kinds that
/// require it (with the key's bit in each one's required mask) and the one kind that has it, if
/// only one does.
#[derive(Clone, Debug, Default)]
pub(super) struct KeyFacts {
    known_by: KindSet,
    required_by: Vec<(usize, u64)>,
    only_in: Option<usize>,
}

/// FNV-1a, for the short keys detection looks up: much cheaper than the default SipHash, and
/// the keys are the schemas' own, so there is no flooding to defend against.
#[derive(Clone, Copy)]
pub(super) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Self(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 = (self.0 ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// Every key any kind has, with what detection needs to know of it.
pub(super) type KeyTable = HashMap<String, KeyFacts, BuildHasherDefault<Fnv>>;

/// What detection knows of every kind's keys: read the first time a payload's kind is detected,
/// so that a run that names its kinds (`--type`) never reads them.
pub(super) struct Keys {
    /// Every key any kind has.
    table: KeyTable,
    /// Each kind's keys, in the validator's order.
    kinds: Vec<KindFacts>,
}

/// One kind's keys.
#[derive(Default)]
struct KindFacts {
    /// The keys detection recognises as this kind's: its fields and their other spellings.
    properties: BTreeSet<String>,
    /// The keys it requires.
    required: Vec<String>,
    /// Required keys no other kind has (`message_id`, `contact_id`, `phone_id`).
    signature: Vec<String>,
}

/// Reads the keys of `entries`: from the schemas read from a folder, or for the built-in kinds
/// from the model, without generating their schemas. A kind never told by its keys has none.
pub(super) fn read_keys(entries: &[Entry]) -> Result<Keys, String> {
    let mut reader = KeyReader::default();
    let mut kinds: Vec<KindFacts> = entries
        .iter()
        .map(|entry| {
            if entry.kind.detection() == Detection::Never {
                return KindFacts::default();
            }
            let KindKeys {
                properties,
                required,
            } = match &entry.schemas {
                Some((input, _)) => entry.kind.keys(input),
                None => reader.keys(entry.kind),
            };
            KindFacts {
                properties,
                required,
                signature: Vec::new(),
            }
        })
        .collect();
    let names: Vec<&str> = entries.iter().map(|entry| entry.kind.name).collect();
    let table = key_table(&names, &mut kinds)?;
    Ok(Keys { table, kinds })
}

/// Builds the key table of `kinds` (named `names`) and sets each kind's `signature` (its required
/// keys that no other kind has). The validator holds at most [`MAX_KINDS`] kinds.
fn key_table(names: &[&str], kinds: &mut [KindFacts]) -> Result<KeyTable, String> {
    let mut table = KeyTable::default();
    for (index, kind) in kinds.iter().enumerate() {
        if kind.required.len() > 64 {
            return Err(format!(
                "{}: more than 64 required keys, which detection cannot track",
                names.get(index).copied().unwrap_or_default()
            ));
        }
        for key in &kind.properties {
            table.entry(key.clone()).or_default().known_by |= 1 << index;
        }
        for (bit, key) in kind.required.iter().enumerate() {
            let facts = table.entry(key.clone()).or_default();
            facts.known_by |= 1 << index;
            facts.required_by.push((index, 1u64 << bit));
        }
    }
    for facts in table.values_mut() {
        if facts.known_by.count_ones() == 1 {
            facts.only_in = Some(facts.known_by.trailing_zeros() as usize);
        }
    }
    for (index, kind) in kinds.iter_mut().enumerate() {
        kind.signature = kind
            .required
            .iter()
            .filter(|key| table.get(*key).and_then(|facts| facts.only_in) == Some(index))
            .cloned()
            .collect();
    }
    Ok(table)
}

/// The indexes of the set bits of `set`, lowest first.
fn bits(mut set: KindSet) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        (set != 0).then(|| {
            let index = set.trailing_zeros() as usize;
            set &= set - 1;
            index
        })
    })
}

/// The kinds of `set` for which `measure` is highest.
fn best_of(set: KindSet, measure: impl Fn(usize) -> usize) -> KindSet {
    let best = bits(set).map(&measure).max().unwrap_or(0);
    bits(set)
        .filter(|index| measure(*index) == best)
        .fold(0, |acc, index| acc | (1 << index))
}

/// The one kind in `set`, if it holds exactly one.
fn only(set: KindSet) -> Option<usize> {
    (set.count_ones() == 1).then(|| set.trailing_zeros() as usize)
}

impl Validator {
    /// Tells the kind of a payload by best match: a note when `is_private_note` is `true`, else
    /// the kind that recognises the most of its keys (ties: the fewest required keys missing,
    /// a required key no other kind has, the most keys no other kind has; a best match missing
    /// required keys gives way to the one kind whose [`Shape`] the payload has and that accepts
    /// it), then among kinds still tied the one that accepts the payload, and for keys no kind
    /// recognises the one kind whose shape the payload has. The error says what could not be
    /// told.
    pub fn detect(&self, payload: &Value) -> Result<&'static Kind, String> {
        self.detect_in(payload, None)
    }

    /// [`Self::detect`]; with `duplicates_in`, the payload's text when it has a key twice, a tied
    /// kind accepts the payload only when the model reads that text (see [`model_reads`]).
    pub(super) fn detect_in(
        &self,
        payload: &Value,
        duplicates_in: Option<&[u8]>,
    ) -> Result<&'static Kind, String> {
        let Value::Object(object) = payload else {
            return self
                .decide_undecided(&Undecided::none(), |_| false, |shape| shape::matches(shape, payload))
                .map(|(kind, _)| kind)
                .ok_or_else(|| format!(
                    "a payload is a JSON object or a list of phones, and this is {}; give each payload on its own (one per file, or one per line of an .ndjson file)",
                    describe(payload)
                ));
        };
        let accepts = |kind: &'static Kind| {
            self.full(kind).is_ok_and(|c| {
                c.input.is_valid(payload) && model_reads(kind, payload, duplicates_in)
            })
        };
        let undecided = match self.detect_by_keys(
            &|key| object.contains_key(key),
            &|key| object.get(key) == Some(&Value::Bool(true)),
            object.keys().map(String::as_str),
        ) {
            Ok(by_keys) => {
                return Ok(self
                    .settle(by_keys, accepts, |shape| shape::matches(shape, payload))
                    .0);
            }
            Err(undecided) => undecided,
        };
        self.decide_undecided(&undecided, accepts, |shape| shape::matches(shape, payload))
            .map(|(kind, _)| kind)
            .ok_or_else(|| self.undecided_message(&undecided))
    }

    /// The kind the keys told (`by_keys`), unless it is missing required keys and exactly one
    /// kind whose shape the payload has (`has_shape`) accepts it; with whether `accepts` already
    /// said yes to the kind.
    pub(super) fn settle(
        &self,
        by_keys: ByKeys,
        accepts: impl Fn(&'static Kind) -> bool,
        has_shape: impl Fn(Shape) -> bool,
    ) -> (&'static Kind, bool) {
        if by_keys.complete {
            return (by_keys.kind, false);
        }
        match self.only_shaped(|kind| kind.shape().is_some_and(&has_shape) && accepts(kind)) {
            Some(only) => (only, true),
            None => (by_keys.kind, false),
        }
    }

    /// The one kind with a shape for which `fits` holds, if exactly one.
    fn only_shaped(&self, fits: impl Fn(&'static Kind) -> bool) -> Option<&'static Kind> {
        let mut shaped = self.kinds.iter().map(|c| c.kind).filter(|kind| fits(kind));
        match (shaped.next(), shaped.next()) {
            (Some(only), None) => Some(only),
            _ => None,
        }
    }

    /// What detection decides once the keys leave a payload `undecided`: the one tied kind that
    /// `accepts` it, else the one kind whose shape it has (`has_shape`). The kind comes with
    /// whether `accepts` already said yes to it. Shared by [`Self::detect`] and the quick
    /// verdict, which see the payload in two representations.
    pub(super) fn decide_undecided(
        &self,
        undecided: &Undecided,
        accepts: impl Fn(&'static Kind) -> bool,
        has_shape: impl Fn(Shape) -> bool,
    ) -> Option<(&'static Kind, bool)> {
        let mut accepting = undecided.tied.iter().copied().filter(|kind| accepts(kind));
        if let (Some(only), None) = (accepting.next(), accepting.next()) {
            return Some((only, true));
        }
        self.only_shaped(|kind| kind.shape().is_some_and(&has_shape))
            .map(|only| (only, false))
    }

    /// [`Self::detect`] for an object with the keys `keys`, of which `has` tells membership and
    /// `is_true` which hold `true`. A key given twice in `keys` counts twice: that can only
    /// favour a kind that has the key as a field, whose typed read then refuses the payload.
    pub(super) fn detect_by_keys<'k>(
        &self,
        has: &dyn Fn(&str) -> bool,
        is_true: &dyn Fn(&str) -> bool,
        keys: impl Iterator<Item = &'k str>,
    ) -> Result<ByKeys, Undecided> {
        // One pass over the keys: how many of them each kind recognises, which of its required
        // keys are present (a bit each), and how many keys only that kind has. Kinds are sets
        // of bits too (at most 128 kinds), so detection allocates nothing until it fails.
        let keys_of = match self.keys() {
            Ok(keys_of) => keys_of,
            Err(_) => return Err(Undecided::none()),
        };
        let mut scores = [0usize; MAX_KINDS];
        let mut present = [0u64; MAX_KINDS];
        let mut unique_counts = [0usize; MAX_KINDS];
        for facts in keys.filter_map(|key| keys_of.table.get(key)) {
            for index in bits(facts.known_by) {
                if let Some(score) = scores.get_mut(index) {
                    *score += 1;
                }
            }
            for (index, bit) in &facts.required_by {
                if let Some(mask) = present.get_mut(*index) {
                    *mask |= bit;
                }
            }
            if let Some(count) = facts.only_in.and_then(|index| unique_counts.get_mut(index)) {
                *count += 1;
            }
        }
        let at = |counts: &[usize; MAX_KINDS], index: usize| counts.get(index).copied();
        // A kind with a flag is only a candidate when its flag is `true`; a kind that is never
        // detected by keys never is.
        let (mut candidates, mut flagged): (KindSet, KindSet) = (0, 0);
        for (index, c) in self.kinds.iter().enumerate() {
            if c.kind.detection() == Detection::Never || !c.kind.flag().is_none_or(is_true) {
                continue;
            }
            candidates |= 1 << index;
            if c.kind.flag().is_some() {
                flagged |= 1 << index;
            }
        }
        let missing = |index: usize| {
            let required = keys_of.kinds.get(index).map_or(0, |c| c.required.len());
            let found = present
                .get(index)
                .map_or(0, |mask| mask.count_ones() as usize);
            required.saturating_sub(found)
        };
        let kind_at = |index: usize| {
            self.kinds.get(index).map(|c| ByKeys {
                kind: c.kind,
                complete: missing(index) == 0,
            })
        };
        let score = |index: usize| at(&scores, index).unwrap_or(0);
        if bits(candidates).all(|index| score(index) == 0) {
            return Err(Undecided::none());
        }
        // A kind whose flag is `true`: a note is a message with `is_private_note: true`, and is
        // then checked as a message too (see `Kind::refines`).
        if let Some(kind) = only(flagged).and_then(kind_at) {
            return Ok(kind);
        }
        let top = best_of(candidates, score);
        let top = best_of(top, |index| usize::MAX - missing(index));
        if let Some(kind) = only(top).and_then(kind_at) {
            return Ok(kind);
        }
        let signed = bits(top)
            .filter(|index| {
                keys_of
                    .kinds
                    .get(*index)
                    .is_some_and(|c| c.signature.iter().any(|key| has(key)))
            })
            .fold(0, |acc, index| acc | (1 << index));
        if let Some(kind) = only(signed).and_then(kind_at) {
            return Ok(kind);
        }
        let unique = |index: usize| at(&unique_counts, index).unwrap_or(0);
        let distinct = best_of(top, unique);
        if let Some(kind) = only(distinct)
            .filter(|index| unique(*index) > 0)
            .and_then(kind_at)
        {
            return Ok(kind);
        }
        Err(Undecided {
            tied: bits(top)
                .filter_map(|index| self.kinds.get(index).map(|c| c.kind))
                .collect(),
        })
    }

    /// Whether some of `keys` are recognised by `more` and not by `kind`.
    pub(super) fn knows_more<'k>(
        &self,
        more: &Kind,
        kind: &Kind,
        mut keys: impl Iterator<Item = &'k str>,
    ) -> bool {
        let bit = |of: &Kind| {
            self.kinds
                .iter()
                .position(|c| c.kind.name == of.name)
                .map_or(0, |index| 1 << index)
        };
        let (more, kind) = (bit(more), bit(kind));
        let Ok(keys_of) = self.keys() else {
            return false;
        };
        keys.any(|key| {
            keys_of
                .table
                .get(key)
                .is_some_and(|facts| facts.known_by & more != 0 && facts.known_by & kind == 0)
        })
    }

    /// The finding's message for a payload whose kind the keys did not tell.
    pub(super) fn undecided_message(&self, undecided: &Undecided) -> String {
        if undecided.tied.is_empty() || undecided.tied.len() > MAX_NAMED_TIES {
            // Kinds never told from a payload (request bodies, keyless answers) are left out of
            // the list: only --type names them.
            let keys_of = match self.keys() {
                Ok(keys_of) => keys_of,
                Err(error) => return format!("cannot tell the kind: {error}; pass --type"),
            };
            let hints: Vec<String> = self
                .kinds
                .iter()
                .zip(&keys_of.kinds)
                .filter_map(|(c, facts)| match (c.kind.detection(), c.kind.shape()) {
                    (Detection::Never, Some(shape)) => Some(format!("{} ({shape})", c.kind.name)),
                    (Detection::Never, None) => None,
                    _ if facts.required.is_empty() => {
                        Some(format!("{} (no required key)", c.kind.name))
                    }
                    _ => Some(format!("{} ({})", c.kind.name, facts.required.join(", "))),
                })
                .collect();
            format!(
                "cannot tell the kind from the keys; pass --type, or --type-from-folder for files under folders named after their kinds (the kinds told from their keys, with their required keys: {}; request bodies and the other kinds only by name)",
                hints.join("; ")
            )
        } else {
            let names: Vec<&str> = undecided.tied.iter().map(|kind| kind.name).collect();
            format!(
                "cannot tell the kind from the keys: it could be {}; pass --type",
                names.join(" or ")
            )
        }
    }
}
