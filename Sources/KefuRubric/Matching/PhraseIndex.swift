import KefuText

/// A named list of phrases a rule looks for, written as a teacher would type them (full-width
/// punctuation and capitals are fine: phrases are normalised like replies are).
///
/// Lexicons of the registered rules are compiled together into one `PhraseIndex`, so a reply is
/// scanned once for all of them; a lexicon outside the index gets a small matcher of its own.
public final class Lexicon {
  public let name: String
  public let phrases: [String]
  /// The lexicon's slot in `PhraseIndex.shared` (-1: not in it). Set once, while the shared
  /// index is built, so looking a lexicon up in a reply needs no hashing.
  fileprivate(set) var sharedSlot = -1
  public init(_ name: String, _ phrases: [String]) {
    self.name = name
    self.phrases = phrases
  }

  /// A matcher for this lexicon alone (for lexicons that are not in the shared index).
  lazy var ownIndex = PhraseIndex(lexicons: [self])
}

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

/// A multi-pattern matcher (Aho–Corasick compiled to a dense automaton) over Unicode scalars.
///
/// Built once; scanning costs one table step per scalar whatever the number of phrases, which
/// is what keeps `kefu check` fast (a regex per phrase would cost a search each).
public final class PhraseIndex {
  /// The lexicons of every registered rule.
  public static let shared: PhraseIndex = {
    let index = PhraseIndex(lexicons: RuleRegistry.all.flatMap { $0.lexicons })
    for (slot, lexicon) in index.lexicons.enumerated() { lexicon.sharedSlot = slot }
    return index
  }()

  private var slots: [ObjectIdentifier: Int] = [:]
  public private(set) var lexicons: [Lexicon] = []
  /// Scalar → alphabet class; 0 is "a scalar no phrase contains".
  private var ascii = [UInt16](repeating: 0, count: 128)
  private var cjk = [UInt16](repeating: 0, count: 0xA000 - 0x3000)
  private var others: [UInt32: UInt16] = [:]
  private var classCount = 1
  /// transitions[state * classCount + class] → next state.
  private var transitions: [Int32] = []
  /// Outputs of each state: outputs[outStart[s]..<outStart[s+1]] (lexicon, phrase, length).
  private var outStart: [Int32] = []
  private var outputs: [(lexicon: Int32, phrase: Int32, length: Int32)] = []

  public init(lexicons: [Lexicon]) {
    var unique: [Lexicon] = []
    for lexicon in lexicons where slots[ObjectIdentifier(lexicon)] == nil {
      slots[ObjectIdentifier(lexicon)] = unique.count
      unique.append(lexicon)
    }
    self.lexicons = unique
    build()
  }

  /// The slot of a lexicon in this index, or nil when it is not part of it.
  public func slot(of lexicon: Lexicon) -> Int? { slots[ObjectIdentifier(lexicon)] }

  @inline(__always)
  private func alphabetClass(_ v: UInt32) -> Int {
    if v < 0x80 { return Int(ascii[Int(v)]) }
    if v >= 0x3000 && v < 0xA000 { return Int(cjk[Int(v - 0x3000)]) }
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

  private func build() {
    // 1. A trie of the normalised phrases.
    var children: [[Int: Int]] = [[:]]
    var terminal: [[(Int32, Int32, Int32)]] = [[]]
    for (slot, lexicon) in lexicons.enumerated() {
      for (p, phrase) in lexicon.phrases.enumerated() {
        let scalars = Array(TextNormalizer.normalize(phrase).unicodeScalars)
        guard !scalars.isEmpty else { continue }
        var state = 0
        for s in scalars {
          let c = assignClass(s.value)
          if let next = children[state][c] {
            state = next
          } else {
            children.append([:])
            terminal.append([])
            children[state][c] = children.count - 1
            state = children.count - 1
          }
        }
        terminal[state].append((Int32(slot), Int32(p), Int32(scalars.count)))
      }
    }
    // 2. Breadth-first: failure links folded into a dense transition table, outputs merged.
    let n = children.count
    transitions = [Int32](repeating: 0, count: n * classCount)
    var fail = [Int](repeating: 0, count: n)
    var merged = terminal
    var queue: [Int] = []
    for (c, child) in children[0] {
      transitions[c] = Int32(child)
      queue.append(child)
    }
    var head = 0
    while head < queue.count {
      let state = queue[head]
      head += 1
      let f = fail[state]
      merged[state].append(contentsOf: merged[f])
      let row = state * classCount
      let failRow = f * classCount
      for c in 0..<classCount { transitions[row + c] = transitions[failRow + c] }
      for (c, child) in children[state] {
        fail[child] = Int(transitions[failRow + c])
        transitions[row + c] = Int32(child)
        queue.append(child)
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
    let classes = classCount
    transitions.withUnsafeBufferPointer { table in
      outStart.withUnsafeBufferPointer { starts in
        for (i, scalar) in scalars.enumerated() {
          state = Int(table[state * classes + alphabetClass(scalar.value)])
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
    return hits
  }
}
