/// Text from scenarios, records, chat logs, names and file names, made safe to print on a
/// terminal: every character a terminal would act on instead of showing is replaced by a visible
/// stand-in, so nothing untrusted can clear the screen, set the title, write the clipboard, ring
/// the bell, move the cursor or reorder a line.
///
/// - C0 control characters except newline and tab become their Unicode control pictures
///   (ESC → ␛, CR → ␍, BEL → ␇; a CR directly before a newline is kept as a line end);
/// - DEL becomes ␡;
/// - C1 control characters (U+0080–U+009F, e.g. U+009B, a one-character CSI) and the invisible
///   direction controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) become
///   `<U+009B>`, `<U+202E>`…
///
/// This is the one sanitiser: the terminal module applies it to what it draws, the executable to
/// everything it prints (messages included). ANSI styling is added only after it, by
/// `KefuTerminal`; `keepingStyle` lets exactly those SGR sequences through when a whole screen is
/// printed: `ESC [ … m` whose parameters are all in kefu's own palette (reset, bold, dim, the
/// colours 31–36). Any other SGR — conceal (8), blink (5), reverse (7), black (30), a
/// background, 256 colours — can only have come from untrusted text and is shown as `␛[8m`.
public enum VisibleText {
  /// `text` with every control and direction character shown visibly.
  public static func sanitize(_ text: String, keepingStyle: Bool = false) -> String {
    guard needsWork(text.utf8) else { return text }
    var out = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    var i = 0
    while i < scalars.count {
      let s = scalars[i]
      let v = s.value
      if keepingStyle, v == 0x1B, let end = styleEnd(scalars, from: i) {
        out.append(contentsOf: scalars[i...end])
        i = end + 1
        continue
      }
      if v == 0x0D, i + 1 < scalars.count, scalars[i + 1].value == 0x0A {
        out.append(s)
      } else if let shown = standIn(v) {
        out.append(contentsOf: shown.unicodeScalars)
      } else {
        out.append(s)
      }
      i += 1
    }
    return String(out)
  }

  /// Whether `scalar` is one the sanitiser replaces (newline and tab are not).
  public static func isHidden(_ scalar: Unicode.Scalar) -> Bool { standIn(scalar.value) != nil }

  static func standIn(_ v: UInt32) -> String? {
    switch v {
    case 0x0A, 0x09: return nil
    case 0x00...0x1F: return String(Unicode.Scalar(0x2400 + v)!)
    case 0x7F: return "\u{2421}"
    case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
      return "<U+" + hex4(v) + ">"
    default: return nil
    }
  }

  static func hex4(_ v: UInt32) -> String {
    let h = String(v, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - h.count)) + h
  }

  /// The index of the `m` ending an SGR sequence starting at `start` (an ESC), or nil.
  static func styleEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
    guard start + 2 < s.count, s[start + 1] == "[" else { return nil }
    var j = start + 2
    var parameter: UInt32 = 0
    var digits = 0
    while j < s.count, j - start < 40 {
      let c = s[j]
      if c == "m" || c == ";" {
        guard digits == 0 || ownStyleParameters.contains(parameter) else { return nil }
        if c == "m" { return j }
        parameter = 0
        digits = 0
      } else if ("0"..."9").contains(c), digits < 3 {
        parameter = parameter * 10 + (c.value - 0x30)
        digits += 1
      } else {
        return nil
      }
      j += 1
    }
    return nil
  }

  /// The SGR parameters kefu's themes use: reset, bold, dim, red…cyan.
  static let ownStyleParameters: Set<UInt32> = [0, 1, 2, 31, 32, 33, 34, 35, 36]

  /// A quick byte scan: false when no character could need replacing (the usual case). Only
  /// the lead bytes of the characters in question (C0, DEL, 0xC2 for C1, 0xD8 for U+061C, 0xE2
  /// for the direction controls) send it to the exact check.
  static func needsWork(_ bytes: String.UTF8View) -> Bool {
    if let quick = bytes.withContiguousStorageIfAvailable({ buffer -> Bool in
      for b in buffer
      where (b < 0x20 && b != 0x0A && b != 0x09) || b == 0x7F || b == 0xC2 || b == 0xD8 || b == 0xE2
      {
        return true
      }
      return false
    }), !quick {
      return false
    }
    return exactNeedsWork(bytes)
  }

  static func exactNeedsWork(_ bytes: String.UTF8View) -> Bool {
    var previous: UInt8 = 0
    var beforePrevious: UInt8 = 0
    for b in bytes {
      if (b < 0x20 && b != 0x0A && b != 0x09) || b == 0x7F { return true }
      if previous == 0xC2 && b >= 0x80 && b <= 0x9F { return true }  // C1
      if previous == 0xD8 && b == 0x9C { return true }  // U+061C
      if beforePrevious == 0xE2 {
        // U+200E/F, U+202A–E (E2 80 8E–8F, AA–AE); U+2066–9 (E2 81 A6–A9)
        if previous == 0x80 && (b == 0x8E || b == 0x8F || (0xAA...0xAE).contains(b)) {
          return true
        }
        if previous == 0x81 && (0xA6...0xA9).contains(b) { return true }
      }
      beforePrevious = previous
      previous = b
    }
    return false
  }
}
