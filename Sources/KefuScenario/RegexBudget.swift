/// The regexes a scenario may use in `when /…/`: a safe subset, checked by `kefu lint` (code
/// E029), so that no reply — however long or crafted — can freeze a session. A backtracking
/// matcher (ICU, as NSRegularExpression) takes time that multiplies with every repetition that
/// can retry: `(a+)+$` doubles with each extra `a`, `.*a.*b` grows with the cube of the reply.
///
/// The rules:
/// - no back-references (`\1`, `\k<name>`);
/// - a group that repeats (`*`, `+`, `{n,m}`) holds no repetition and no `|` inside
///   (`(亲|您好)?` is fine, `(a+)+` and `(a|b)*` are not);
/// - the work a match can take, estimated as the product over all repetitions of their upper
///   bound (an open-ended `*`, `+` or `{n,}` counts as the longest text matched), times the
///   text's length, stays within `maxSteps`. In practice: at most one `*` or `+` a pattern, and
///   `A.{0,20}B` to say "B a few characters after A".
///
/// A regex is matched against the first `textLimit` characters of a reply only, which keeps
/// the estimate true for any reply.
public enum RegexBudget {
  /// A regex sees at most this many characters of a reply.
  public static let textLimit = 2000
  /// The most backtracking steps the estimate allows (about a tenth of a second).
  public static let maxSteps = 50_000_000

  /// One open group while reading a pattern.
  struct Frame {
    var repeats = false
    var alternates = false
    var lookaround = false
    /// Work of the alternatives already closed by `|` (alternatives add up).
    var closed = 1.0
    /// Work of the current alternative (repetitions in a row multiply).
    var current = 1.0
    /// Work of lookarounds inside: each runs once per position and never backtracks into.
    var extra = 0.0
    var cost: Double { closed + current - 1 + extra }
  }

  /// Why the pattern is outside the safe subset, in Chinese, or nil when it is safe.
  public static func problem(_ pattern: String) -> String? {
    let s = Array(pattern)
    var i = 0
    var stack = [Frame()]
    var lastGroup: Frame?
    let n = Double(textLimit)
    let anchored = s.first == "^"
    func tooSlow() -> Bool {
      let top = stack[0]
      let work =
        top.closed + top.current + top.extra + stack.dropFirst().map(\.current).reduce(1, *)
      return (anchored && !top.alternates ? 1 : n) * work > Double(maxSteps)
    }
    while i < s.count {
      let c = s[i]
      var group: Frame?
      switch c {
      case "\\":
        guard i + 1 < s.count else { return nil }
        let next = s[i + 1]
        if let d = next.wholeNumberValue, d >= 1 { return "用了反向引用「\\\(next)」" }
        if next == "k" { return "用了反向引用「\\k」" }
        if next == "Q" {  // \Q…\E: literal text
          var j = i + 2
          while j + 1 < s.count, !(s[j] == "\\" && s[j + 1] == "E") { j += 1 }
          i = j + 2
          lastGroup = nil
          continue
        }
        i += 2
      case "[":
        var j = i + 1
        var depth = 1
        if j < s.count, s[j] == "^" { j += 1 }
        if j < s.count, s[j] == "]" { j += 1 }
        while j < s.count, depth > 0 {
          if s[j] == "\\" {
            j += 2
            continue
          }
          if s[j] == "[" { depth += 1 }
          if s[j] == "]" { depth -= 1 }
          j += 1
        }
        i = j
      case "(":
        var frame = Frame()
        i += 1
        // (?:  (?=  (?!  (?<=  (?<!  (?i) …: skip the group's flags.
        if i < s.count, s[i] == "?" {
          i += 1
          if i < s.count, s[i] == "=" || s[i] == "!" { frame.lookaround = true }
          if i + 1 < s.count, s[i] == "<", s[i + 1] == "=" || s[i + 1] == "!" {
            frame.lookaround = true
          }
          while i < s.count, ":=!<>-imsxwu".contains(s[i]) {
            let stop = s[i] == ":" || s[i] == "=" || s[i] == "!"
            i += 1
            if stop { break }
          }
        }
        stack.append(frame)
        lastGroup = nil
        continue
      case ")":
        let inner = stack.count > 1 ? stack.removeLast() : Frame()
        i += 1
        if inner.lookaround {
          stack[stack.count - 1].extra += inner.cost
          lastGroup = nil
          continue
        }
        group = inner
        stack[stack.count - 1].repeats = stack[stack.count - 1].repeats || inner.repeats
        stack[stack.count - 1].alternates = stack[stack.count - 1].alternates || inner.alternates
        stack[stack.count - 1].current *= inner.closed + inner.current - 1
        stack[stack.count - 1].extra += inner.extra
      case "|":
        stack[stack.count - 1].alternates = true
        stack[stack.count - 1].closed += stack[stack.count - 1].current
        stack[stack.count - 1].current = 1
        i += 1
        lastGroup = nil
        continue
      case "*", "+", "?", "{":
        var upper: Double = 1
        var repeats = true
        if c == "?" {
          repeats = false
          i += 1
        } else if c == "{" {
          var j = i + 1
          while j < s.count, s[j] != "}" { j += 1 }
          let body = String(s[(i + 1)..<min(j, s.count)])
          let parts = body.split(separator: ",", omittingEmptySubsequences: false)
          if parts.count == 2, parts[1].isEmpty {
            upper = n
          } else if let m = Double(parts.last ?? "") {
            upper = m
            repeats = m > 1
          } else {
            repeats = false  // not a quantifier: a literal brace
          }
          i = j + 1
        } else {
          upper = n
          i += 1
        }
        if i < s.count, s[i] == "?" || s[i] == "+" { i += 1 }  // lazy or possessive
        if repeats, let g = lastGroup, g.repeats || g.alternates {
          return g.repeats ? "重复的括号里又有重复（如 (a+)+）" : "重复的括号里有「|」（如 (a|b)*）"
        }
        if repeats { stack[stack.count - 1].repeats = true }
        stack[stack.count - 1].current *= min(upper, n) + 1
        if tooSlow() { return "重复太多（如连着两个 .* 或 +），回复稍长就要很久才能匹配完" }
        lastGroup = nil
        continue
      default:
        i += 1
      }
      lastGroup = group
    }
    return nil
  }
}
