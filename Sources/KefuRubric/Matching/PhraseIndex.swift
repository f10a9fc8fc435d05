import KefuText

/// One occurrence of a lexicon phrase in a normalised reply (offsets into the normalised scalars,
/// end exclusive).
public struct PhraseHit: Equatable {
  /// The lexicon's slot in the index that found it.
  public var lexicon: Int
  /// Index of the phrase in its lexicon.
  public var phrase: Int
  public var start: Int
  public var end: Int
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
  /// Scalar → alphabet class; 0 is "a scalar no phrase contains".
  private var ascii = [UInt16](repeating: 0, count: 128)
  private var cjk = [UInt16](repeating: 0, count: 0xA000 - 0x3000)
  private var others: [UInt32: UInt16] = [:]
  private var classCount = 1
  /// The root's transition for each class (0: stay at the root).
  private var rootNext: [Int32] = []
  /// Edges of the other states: key (state << 16 | class) + 1 in the high half, target below.
  private var edges: [UInt64] = []
  private var edgeMask = 0
  /// Failure link of each state.
  private var fail: [Int32] = []
  /// Outputs of each state: outputs[outStart[s]..<outStart[s+1]] (lexicon, phrase, length).
  private var outStart: [Int32] = []
  private var outputs: [(lexicon: Int32, phrase: Int32, length: Int32)] = []

  /// A matcher for the phrases of each family; a hit's `lexicon` is the family's index here.
  public init(families: [[String]]) {
    self.families = families
    build()
  }

  @inline(__always)
  private func alphabetClass(_ v: UInt32) -> Int {
    if v < 0x80 { return Int(ascii[Int(v)]) }
    if v >= 0x3000 && v < 0xA000 { return Int(cjk[Int(v - 0x3000)]) }
    if others.isEmpty { return 0 }
    return Int(others[v] ?? 0)
  }

  private func assignClass(_ v: UInt32) -> Int {
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

  @inline(__always)
  private static func slot(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
  }

  /// The child of `state` (not the root) by `c`, or -1.
  @inline(__always)
  private func child(_ state: Int, _ c: Int, _ table: UnsafeBufferPointer<UInt64>) -> Int {
    let key = UInt64(state << 16 | c) &+ 1
    var i = PhraseIndex.slot(key, edgeMask)
    while true {
      let e = table[i]
      if e == 0 { return -1 }
      if e >> 32 == key { return Int(e & 0xFFFF_FFFF) }
      i = (i + 1) & edgeMask
    }
  }

  private func build() {
    // 1. A trie of the normalised phrases.
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
    rootNext = [Int32](repeating: 0, count: classCount)
    for (c, next) in childList[0] { rootNext[c] = Int32(next) }
    // 3. Breadth-first: failure links, outputs merged along them.
    fail = [Int32](repeating: 0, count: n)
    var merged = terminal
    var queue: [Int] = childList[0].map { $0.1 }
    var head = 0
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
              let g = child(f, c, table)
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

  /// Every occurrence of every phrase in `scalars` (overlapping ones included), in order of
  /// their end offset.
  public func scan(_ scalars: [Unicode.Scalar]) -> [PhraseHit] {
    var hits: [PhraseHit] = []
    var state = 0
    edges.withUnsafeBufferPointer { table in
      rootNext.withUnsafeBufferPointer { root in
        outStart.withUnsafeBufferPointer { starts in
          for (i, scalar) in scalars.enumerated() {
            let c = alphabetClass(scalar.value)
            if c == 0 {
              state = 0
              continue
            }
            while true {
              if state == 0 {
                state = Int(root[c])
                break
              }
              let next = child(state, c, table)
              if next >= 0 {
                state = next
                break
              }
              state = Int(fail[state])
            }
            let lo = Int(starts[state])
            let hi = Int(starts[state + 1])
            if lo < hi {
              for k in lo..<hi {
                let o = outputs[k]
                hits.append(
                  PhraseHit(
                    lexicon: Int(o.lexicon), phrase: Int(o.phrase), start: i + 1 - Int(o.length),
                    end: i + 1))
              }
            }
          }
        }
      }
    }
    return hits
  }
}
