import Foundation

/// Text as the rules and branch conditions see it: NFKC-normalised, Latin letters lower-cased,
/// with a map back to the code-point offsets of the original text so findings can point at what
/// the user actually typed.
///
/// Normalisation is done one scalar at a time (full-width forms and ASCII by arithmetic, anything
/// else through Foundation once and cached), which keeps the hot path of `kefu check` cheap.
public struct NormalizedText {
  /// The normalised scalars.
  public let scalars: [Unicode.Scalar]
  /// For each normalised scalar, the code-point offset of the original scalar it came from;
  /// empty when every original scalar became exactly one normalised scalar (most replies: the
  /// offsets are then the same in both, and nothing is stored).
  private let origin: [Int]
  /// Number of code points in the original text.
  public let originalCount: Int

  public init(_ text: String) {
    if let scalars = NormalizedText.oneForOne(text) {
      self.scalars = scalars
      self.origin = []
      self.originalCount = scalars.count
      return
    }
    var out: [Unicode.Scalar] = []
    var origin: [Int] = []
    // The UTF-8 length bounds the scalar count and is known without a walk over the text.
    let capacity = text.utf8.count
    out.reserveCapacity(capacity)
    origin.reserveCapacity(capacity)
    var index = 0
    for scalar in text.unicodeScalars {
      TextNormalizer.append(scalar, to: &out)
      while origin.count < out.count { origin.append(index) }
      index += 1
    }
    self.scalars = out
    self.origin = origin
    self.originalCount = index
  }

  /// The normalised scalars when each original scalar becomes exactly one (nil otherwise: a
  /// scalar NFKC expands, such as … into three dots). The UTF-8 bytes are decoded by hand (a
  /// String's are valid) into a buffer on the stack and copied out a chunk at a time: appending
  /// scalar by scalar checks the array's capacity and uniqueness every time.
  private static func oneForOne(_ text: String) -> [Unicode.Scalar]? {
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(text.utf8.count)
    // Read in place (`withUTF8` is mutating: a copy of the string, a retain and a release).
    // Every native string has contiguous UTF-8; the copy stays for any other.
    let complete =
      text.utf8.withContiguousStorageIfAvailable { decode($0, into: &out) }
      ?? {
        var utf8 = text
        return utf8.withUTF8 { decode($0, into: &out) }
      }()
    return complete ? out : nil
  }

  /// `oneForOne`'s walk over valid UTF-8 bytes: false at a scalar that is not one for one.
  @inline(__always)
  private static func decode(_ b: UnsafeBufferPointer<UInt8>, into out: inout [Unicode.Scalar])
    -> Bool
  {
    withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: 256) { chunk in
      var filled = 0
      var i = 0
      let n = b.count
      while i < n {
        let lead = UInt32(b[i])
        var v: UInt32
        if lead < 0x80 {
          v = lead
          i += 1
        } else if lead < 0xE0 {
          v = (lead & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
          i += 2
        } else if lead < 0xF0 {
          v = (lead & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
          i += 3
        } else {
          v =
            (lead & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6
            | UInt32(b[i + 3] & 0x3F)
          i += 4
        }
        let scalar = unsafeBitCast(v, to: Unicode.Scalar.self)
        if (v >= 0x4E00 && v <= 0x9FFF) || (v < 0x80 && !(v >= 0x41 && v <= 0x5A)) {
          chunk[filled] = scalar
        } else if let one = TextNormalizer.single(scalar) {
          chunk[filled] = one
        } else {
          return false
        }
        filled += 1
        if filled == chunk.count {
          out.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[..<filled]))
          filled = 0
        }
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[..<filled]))
      return true
    }
  }

  /// The normalised text as a string.
  public var string: String { TextNormalizer.string(scalars) }

  /// Maps a half-open range of normalised offsets to a half-open range of original offsets.
  public func originalRange(_ start: Int, _ end: Int) -> (start: Int, end: Int) {
    guard !scalars.isEmpty else { return (0, 0) }
    let count = scalars.count
    let s = start < count ? originalOffset(start) : originalCount
    let e = end <= 0 ? s : (end - 1 < count ? originalOffset(end - 1) + 1 : originalCount)
    return (s, max(s, e))
  }

  /// The original offset of normalised scalar `i`.
  @inline(__always)
  private func originalOffset(_ i: Int) -> Int { origin.isEmpty ? i : origin[i] }
}

/// NFKC with lower-cased Latin letters, as the scenario format and the rubric define matching.
public enum TextNormalizer {
  /// Normalises a whole string.
  public static func normalize(_ text: String) -> String {
    string(scalars(text))
  }

  /// A string of scalars, written as UTF-8 bytes: appending scalars to a String one by one is
  /// several times slower.
  public static func string(_ scalars: [Unicode.Scalar]) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.count * 3)
    for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Normalises a whole string into scalars.
  public static func scalars(_ text: String) -> [Unicode.Scalar] {
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars { append(scalar, to: &out) }
    return out
  }

  private static let cacheLock = NSLock()
  nonisolated(unsafe) private static var cache: [UInt32: [Unicode.Scalar]] = [:]

  /// Appends the normalised form of one scalar.
  @inline(__always)
  static func append(_ scalar: Unicode.Scalar, to out: inout [Unicode.Scalar]) {
    if let one = single(scalar) {
      out.append(one)
    } else {
      out.append(contentsOf: mapped(scalar))
    }
  }

  /// The normalised form of one scalar when it is one scalar (nearly always); nil when NFKC
  /// expands it (… into three dots) or drops it.
  @inline(__always)
  static func single(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    let v = scalar.value
    if v < 0x80 {
      if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(v + 0x20)! }
      return scalar
    }
    // CJK unified ideographs and common CJK punctuation are unchanged by NFKC.
    if (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3001 && v <= 0x303F) || (v >= 0x3400 && v <= 0x4DBF)
    {
      return scalar
    }
    if v >= 0xFF01 && v <= 0xFF5E {  // full-width ASCII
      let ascii = v - 0xFF01 + 0x21
      let lowered = (ascii >= 0x41 && ascii <= 0x5A) ? ascii + 0x20 : ascii
      return Unicode.Scalar(lowered)!
    }
    if v == 0x3000 { return " " }  // ideographic space
    let result = mapped(scalar)
    return result.count == 1 ? result[0] : nil
  }

  /// Any other scalar, through Foundation once and cached.
  private static func mapped(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
    let v = scalar.value
    cacheLock.lock()
    let cached = cache[v]
    cacheLock.unlock()
    if let cached { return cached }
    let mapped = String(scalar).precomposedStringWithCompatibilityMapping
    var result: [Unicode.Scalar] = []
    for m in mapped.unicodeScalars {
      if m.value >= 0x41 && m.value <= 0x5A {
        result.append(Unicode.Scalar(m.value + 0x20)!)
      } else if m.properties.changesWhenLowercased && m.value < 0x250 {
        result.append(contentsOf: String(m).lowercased().unicodeScalars)
      } else {
        result.append(m)
      }
    }
    cacheLock.lock()
    cache[v] = result
    cacheLock.unlock()
    return result
  }
}
