import KefuText

/// One occurrence of a lexicon phrase in a normalised reply (offsets into the normalised scalars,
/// end exclusive).
public struct PhraseHit: Equatable {
  // Kept in 32 bits each (16 bytes a hit, not 32): a reply's hits are copied and grouped once
  // per reply, and stay small enough for the allocator's fast path.
  private var lexicon32: Int32
  private var phrase32: Int32
  private var start32: Int32
  private var end32: Int32

  /// The lexicon's slot in the index that found it.
  public var lexicon: Int {
    get { Int(lexicon32) }
    set { lexicon32 = Int32(newValue) }
  }
  /// Index of the phrase in its lexicon.
  public var phrase: Int {
    get { Int(phrase32) }
    set { phrase32 = Int32(newValue) }
  }
  public var start: Int {
    get { Int(start32) }
    set { start32 = Int32(newValue) }
  }
  public var end: Int {
    get { Int(end32) }
    set { end32 = Int32(newValue) }
  }

  public init(lexicon: Int, phrase: Int, start: Int, end: Int) {
    lexicon32 = Int32(lexicon)
    phrase32 = Int32(phrase)
    start32 = Int32(start)
    end32 = Int32(end)
  }
}

/// A multi-pattern matcher (Aho–Corasick) over Unicode scalars, kept compact: the root's
/// transitions are a dense row, every other edge sits in one open-addressing table, and failure
/// links are followed only while a scalar continues no phrase. Scalars that occur in no phrase
/// (most of any reply) send the scan straight back to the root.
///
/// Built once per rubric in a millisecond or two; scanning is linear in the reply.
public final class PhraseIndex {
  /// The phrases of each family (slot), as written.
  private let families: [[String]]
  /// The automaton's tables, immutable once built (the scan reads them through pointers, with
  /// no exclusivity checks). Scalar → alphabet class (0: a scalar no phrase contains), one
  /// table for every scalar below U+A000 (ASCII and CJK alike: which of the two a scalar is
  /// was a mispredicted branch on mixed text), `others` beyond.
  private let low: [UInt16]
  private let others: [UInt32: UInt16]
  /// The root's transition for each class (0: stay at the root).
  private let rootNext: [Int32]
  /// Edges of the other states: key (state << 16 | class) + 1 in the high half, target below.
  private let edges: [UInt64]
  private let edgeMask: Int
  /// Two words per state s: at 2s its failure link (high half) and where its outputs start
  /// (low half) — the outputs of s are outputs[start(s)..<start(s + 1)] (lexicon, phrase,
  /// length) — and at 2s + 1 a bit for each class of its children, `1 << (class & 63)`. One
  /// array, so that a state's link, outputs and children's bits are read from one cache line.
  private let states: [UInt64]
  private let outputs: [(lexicon: Int32, phrase: Int32, length: Int32)]

  /// A matcher for the phrases of each family; a hit's `lexicon` is the family's index here.
  public init(families: [[String]]) {
    self.families = families
    let b = PhraseIndexBuilder(families: families)
    var low = [UInt16](repeating: 0, count: PhraseIndex.lowEnd)
    for v in 0..<0x80 { low[v] = b.ascii[v] }
    for v in 0x3000..<PhraseIndex.lowEnd { low[v] = b.cjk[v - 0x3000] }
    for (v, c) in b.others where v < PhraseIndex.lowEnd { low[Int(v)] = c }
    self.low = low
    others = b.others
    rootNext = b.rootNext
    edges = b.edges
    edgeMask = b.edgeMask
    var states: [UInt64] = []
    states.reserveCapacity(2 * b.outStart.count)
    for s in b.outStart.indices {
      states.append(
        UInt64(UInt32(s < b.fail.count ? b.fail[s] : 0)) << 32 | UInt64(UInt32(b.outStart[s])))
      states.append(s < b.childBits.count ? b.childBits[s] : 0)
    }
    self.states = states
    outputs = b.outputs
  }

  /// A matcher reading `other`'s tables (shared, never written) as an object of its own: see
  /// `RubricWords.init(copying:)`.
  init(copying other: PhraseIndex) {
    families = other.families
    low = other.low
    others = other.others
    rootNext = other.rootNext
    edges = other.edges
    edgeMask = other.edgeMask
    states = other.states
    outputs = other.outputs
  }

  /// Where `low` ends (the end of the CJK unified ideographs' block).
  static let lowEnd = 0xA000

  @inline(__always)
  fileprivate static func slot(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
  }

  /// The child of `state` (not the root) by `c`, or -1.
  @inline(__always)
  fileprivate static func child(
    _ state: Int, _ c: Int, _ table: UnsafePointer<UInt64>, _ edgeMask: Int
  ) -> Int {
    let key = UInt64(state << 16 | c) &+ 1
    var i = slot(key, edgeMask)
    while true {
      let e = table[i]
      if e == 0 { return -1 }
      if e >> 32 == key { return Int(e & 0xFFFF_FFFF) }
      i = (i + 1) & edgeMask
    }
  }

  /// Every occurrence of every phrase in `scalars` (overlapping ones included), in order of
  /// their end offset.
  public func scan(_ scalars: [Unicode.Scalar]) -> [PhraseHit] {
    var hits: [PhraseHit] = []
    scan(scalars, into: &hits)
    return hits
  }

  /// `scan`, appending to `hits` (a buffer reused from reply to reply).
  public func scan(_ scalars: [Unicode.Scalar], into hits: inout [PhraseHit]) {
    let mask = edgeMask
    let others = self.others
    let noOthers = others.isEmpty
    let lowEnd = UInt32(low.count)
    low.withUnsafeBufferPointer { low in
      edges.withUnsafeBufferPointer { table in
        rootNext.withUnsafeBufferPointer { root in
          states.withUnsafeBufferPointer { states in
            outputs.withUnsafeBufferPointer { outputs in
              scalars.withUnsafeBufferPointer { text in
                var state = 0
                for i in 0..<text.count {
                  let v = text[i].value
                  let c: Int
                  if v < lowEnd {
                    c = Int(low[Int(v)])
                  } else {
                    c = noOthers ? 0 : Int(others[v] ?? 0)
                  }
                  if c == 0 {
                    state = 0
                    continue
                  }
                  let bit: UInt64 = 1 << UInt64(c & 63)
                  while true {
                    if state == 0 {
                      state = Int(root[c])
                      break
                    }
                    // The edge table (large, mostly out of the cache) is probed only when the
                    // state has a child of a class with this bit: most scalars continue no
                    // phrase, and the state's bits sit beside the link read anyway.
                    if states[2 * state + 1] & bit != 0 {
                      let next = PhraseIndex.child(state, c, table.baseAddress!, mask)
                      if next >= 0 {
                        state = next
                        break
                      }
                    }
                    state = Int(states[2 * state] >> 32)
                  }
                  let lo = Int(states[2 * state] & 0xFFFF_FFFF)
                  let hi = Int(states[2 * state + 2] & 0xFFFF_FFFF)
                  var k = lo
                  while k < hi {
                    let o = outputs[k]
                    hits.append(
                      PhraseHit(
                        lexicon: Int(o.lexicon), phrase: Int(o.phrase),
                        start: i + 1 - Int(o.length), end: i + 1))
                    k += 1
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

/// Builds `PhraseIndex`'s tables.
private struct PhraseIndexBuilder {
  var ascii = [UInt16](repeating: 0, count: 128)
  var cjk = [UInt16](repeating: 0, count: 0xA000 - 0x3000)
  var others: [UInt32: UInt16] = [:]
  var classCount = 1
  var rootNext: [Int32] = []
  var edges: [UInt64] = []
  var edgeMask = 0
  var fail: [Int32] = []
  /// For each state, a bit for each of its children's classes (`1 << (class & 63)`).
  var childBits: [UInt64] = []
  var outStart: [Int32] = []
  var outputs: [(lexicon: Int32, phrase: Int32, length: Int32)] = []

  init(families: [[String]]) { build(families) }

  private func alphabetClass(_ v: UInt32) -> Int {
    if v < 0x80 { return Int(ascii[Int(v)]) }
    if v >= 0x3000 && v < 0xA000 { return Int(cjk[Int(v - 0x3000)]) }
    return Int(others[v] ?? 0)
  }

  private mutating func assignClass(_ v: UInt32) -> Int {
    let existing = alphabetClass(v)
    if existing != 0 { return existing }
    let c = UInt16(classCount)
    classCount += 1
    if v < 0x80 {
      ascii[Int(v)] = c
    } else if v >= 0x3000 && v < 0xA000 {
      cjk[Int(v - 0x3000)] = c
    } else {
      others[v] = c
    }
    return Int(c)
  }

  private mutating func build(_ families: [[String]]) {
    var trie: [Int: Int] = [:]  // state << 16 | class → child
    var childList: [[(Int, Int)]] = [[]]
    var terminal: [[(Int32, Int32, Int32)]] = [[]]
    for (slot, phrases) in families.enumerated() {
      for (p, phrase) in phrases.enumerated() {
        let scalars = Array(TextNormalizer.normalize(phrase).unicodeScalars)
        guard !scalars.isEmpty else { continue }
        var state = 0
        for s in scalars {
          let c = assignClass(s.value)
          if let next = trie[state << 16 | c] {
            state = next
          } else {
            let next = childList.count
            childList.append([])
            terminal.append([])
            trie[state << 16 | c] = next
            childList[state].append((c, next))
            state = next
          }
        }
        terminal[state].append((Int32(slot), Int32(p), Int32(scalars.count)))
      }
    }
    precondition(classCount < 1 << 16, "too many distinct characters in the phrases")
    // 2. The edges of non-root states in an open-addressing table (load ≤ 1/2).
    let n = childList.count
    var size = 16
    while size < 2 * trie.count { size <<= 1 }
    edgeMask = size - 1
    edges = [UInt64](repeating: 0, count: size)
    for (key, next) in trie where key >> 16 != 0 {
      let k = UInt64(key) &+ 1
      var i = PhraseIndex.slot(k, edgeMask)
      while edges[i] != 0 { i = (i + 1) & edgeMask }
      edges[i] = k << 32 | UInt64(next)
    }
    childBits = childList.map { children in
      children.reduce(0) { $0 | 1 << UInt64($1.0 & 63) }
    }
    rootNext = [Int32](repeating: 0, count: classCount)
    for (c, next) in childList[0] { rootNext[c] = Int32(next) }
    // 3. Breadth-first: failure links, outputs merged along them.
    fail = [Int32](repeating: 0, count: n)
    var merged = terminal
    var queue: [Int] = childList[0].map { $0.1 }
    var head = 0
    let mask = edgeMask
    edges.withUnsafeBufferPointer { table in
      while head < queue.count {
        let state = queue[head]
        head += 1
        if state != 0 { merged[state].append(contentsOf: merged[Int(fail[state])]) }
        for (c, next) in childList[state] {
          if state != 0 {
            var f = Int(fail[state])
            while true {
              if f == 0 {
                fail[next] = rootNext[c]
                break
              }
              let g = PhraseIndex.child(f, c, table.baseAddress!, mask)
              if g >= 0 {
                fail[next] = Int32(g)
                break
              }
              f = Int(fail[f])
            }
          }
          queue.append(next)
        }
      }
    }
    outStart = [0]
    outStart.reserveCapacity(n + 1)
    for s in 0..<n {
      for o in merged[s] { outputs.append((o.0, o.1, o.2)) }
      outStart.append(Int32(outputs.count))
    }
  }

}
