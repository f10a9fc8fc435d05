import KefuText

/// Screen columns of what the terminal layer draws. Built on `DisplayWidth` (per code point).
///
/// A grapheme cluster of several code points (an emoji with a skin tone, a ZWJ family, a flag,
/// ❤️ with its variation selector) has no agreed width: a terminal that joins it draws one glyph
/// of two columns (GNOME's VTE, Windows Terminal), one that does not draws each code point
/// (tmux 3.3a draws 👍🏻 in four columns, xterm 👨‍👩‍👧 in six), and one that honours the
/// variation selector draws ❤️ in two columns where tmux draws one. kefu cannot ask, so it
/// counts the widest of these: every code point's own width, and two columns for a narrow one
/// turned into an emoji by U+FE0F. A line laid out this way may end a little short on one
/// terminal, but never runs past the edge on another. A single code point (a 汉字, a letter,
/// 😊) counts exactly as `DisplayWidth` says.
public enum TerminalWidth {
  /// Columns one character takes, at most.
  public static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    if scalars.count == 1 { return DisplayWidth.of(scalars.first!) }
    var width = 0
    var previous = 0
    for scalar in scalars {
      var w = DisplayWidth.of(scalar)
      // VS16 asks for emoji presentation: a terminal that honours it widens a narrow base.
      if scalar.value == 0xFE0F && previous == 1 { w = 1 }
      width += w
      previous = scalar.value == 0xFE0F ? 0 : w
    }
    return width
  }

  /// Columns a string takes, character by character.
  public static func of(_ text: String) -> Int {
    text.reduce(0) { $0 + of($1) }
  }
}
