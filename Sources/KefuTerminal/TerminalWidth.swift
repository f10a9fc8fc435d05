import KefuText

/// Screen columns of what the terminal layer draws. Built on `DisplayWidth` (per code point);
/// a grapheme cluster of several code points (an emoji with a skin tone, a ZWJ family, a flag)
/// is drawn by terminals as one glyph of at most two columns.
public enum TerminalWidth {
  /// Columns one character takes.
  public static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    if scalars.count == 1 { return DisplayWidth.of(scalars.first!) }
    return min(2, DisplayWidth.of(String(character)))
  }

  /// Columns a string takes, character by character.
  public static func of(_ text: String) -> Int {
    text.reduce(0) { $0 + of($1) }
  }
}
