//! The deterministic randomness behind the seed data and minted ids.
//!
//! No `rand` crate: splitmix64 is a few lines, and owning it guarantees the sequence never
//! changes under us, which the byte-identical seed data depends on.

/// splitmix64: tiny, fast, and good enough for plausible-looking fake data.
pub(super) struct Rng(u64);

impl Rng {
    /// The stream for item `index` of `kind`.
    pub(super) fn for_item(kind: &str, index: usize) -> Rng {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325; // FNV-1a
        for byte in kind.bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        Rng(hash ^ (index as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15))
    }

    /// Stream `n` of a user-given seed: request `n`'s fault decisions under `--seed`, which
    /// depend on nothing but the seed and how many requests came before.
    pub(super) fn seeded(seed: u64, n: u64) -> Rng {
        let base = Rng(seed).next_u64();
        Rng(base ^ n.wrapping_add(1).wrapping_mul(0xd1b5_4a32_d192_ed03))
    }

    /// A fraction in `0.0..1.0`, from the top 53 bits.
    pub(super) fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub(super) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    pub(super) fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next_u64() % n }
    }

    /// A value in `lo..hi` (just `lo` if the range is empty).
    pub(super) fn between(&mut self, lo: i64, hi: i64) -> i64 {
        let span = u64::try_from(hi.saturating_sub(lo)).unwrap_or(0);
        lo + i64::try_from(self.below(span)).unwrap_or(0)
    }

    pub(super) fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    pub(super) fn index(&mut self, len: usize) -> usize {
        usize::try_from(self.below(len as u64)).unwrap_or(0)
    }

    pub(super) fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        let i = self.index(items.len());
        items.get(i).copied().unwrap_or("")
    }

    /// An index into `weights`, each chosen in proportion to its weight.
    pub(super) fn weighted(&mut self, weights: impl Iterator<Item = u64> + Clone) -> usize {
        let mut roll = self.below(weights.clone().sum());
        for (i, weight) in weights.enumerate() {
            if roll < weight {
                return i;
            }
            roll -= weight;
        }
        0
    }

    pub(super) fn hex(&mut self, len: usize) -> String {
        let mut out = String::with_capacity(len + 16);
        while out.len() < len {
            out.push_str(&format!("{:016x}", self.next_u64()));
        }
        out.truncate(len);
        out
    }
}

/// RFC 3339 in UTC with milliseconds, as the API writes dates: `2024-04-02T07:06:03.910Z`.
pub(super) fn iso(ms: i64) -> String {
    match jiff::Timestamp::from_millisecond(ms) {
        Ok(at) => format!("{at:.3}"),
        Err(_) => String::new(),
    }
}

/// A MongoDB-ObjectId-like id: 8 hex of the creation second, 16 of randomness.
pub(super) fn object_id(ms: i64, rng: &mut Rng) -> String {
    format!("{:08x}{}", (ms / 1000) as u32, rng.hex(16))
}

/// The id of something the sandbox creates at run time (the `n`th minted id).
pub(super) fn minted_id(ms: i64, n: u64) -> String {
    object_id(
        ms,
        &mut Rng::for_item("minted", usize::try_from(n).unwrap_or(0)),
    )
}
