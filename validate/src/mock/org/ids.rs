//! The ids the mock makes: from one seed, so `--seed N` gives every run the same ids.

/// A generator of ids (SplitMix64: small, fast and fully determined by its seed; the ids need to
/// be unique and repeatable, not secret).
#[derive(Debug)]
pub(crate) struct Ids {
    state: u64,
}

impl Ids {
    /// From `seed`, or from the clock when there is none.
    pub(crate) fn new(seed: Option<u64>) -> Self {
        let state = seed.unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |elapsed| elapsed.as_nanos() as u64)
        });
        Self { state }
    }

    fn next(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A version-4 UUID: queue, send, event and subscription ids.
    pub(crate) fn uuid(&mut self) -> String {
        let (a, b) = (self.next(), self.next());
        format!(
            "{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}",
            a >> 32,
            (a >> 16) & 0xffff,
            a & 0xfff,
            ((b >> 48) & 0x3fff) | 0x8000,
            b & 0xffff_ffff_ffff
        )
    }

    /// A WhatsApp message id, 20 upper-case hex digits starting `3EB0` as WhatsApp Web's do.
    pub(crate) fn whatsapp(&mut self) -> String {
        format!("3EB0{:016X}", self.next())
    }
}

#[cfg(test)]
mod tests {
    use super::Ids;

    #[test]
    fn a_seed_gives_the_same_ids_and_the_ids_differ() {
        let take = |seed| {
            let mut ids = Ids::new(Some(seed));
            vec![ids.uuid(), ids.whatsapp(), ids.uuid()]
        };
        assert_eq!(take(7), take(7));
        assert_ne!(take(7), take(8));
        let ids = take(7);
        assert_ne!(ids[0], ids[2]);
        assert_eq!(ids[0].len(), 36);
        assert_eq!(ids[0].as_bytes()[14], b'4');
        assert_eq!(ids[1].len(), 20);
    }
}
