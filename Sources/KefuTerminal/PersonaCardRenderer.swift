import KefuScenario
import KefuText

/// The card shown to the student playing the buyer in pair play before each buyer turn: the
/// persona to act (name, portrait, how a good seller should treat them; at the first turn only),
/// the patience left, and the scenario's lines for this point as a suggestion to say or adapt.
public struct PersonaCard {
  /// Who plays the buyer.
  public var player: String?
  public var persona: Persona?
  public var patienceLeft: Int
  public var patience: Int
  /// The node's scripted buyer lines.
  public var suggestions: [String]

  public init(
    player: String? = nil, persona: Persona?, patienceLeft: Int, patience: Int,
    suggestions: [String]
  ) {
    self.player = player
    self.persona = persona
    self.patienceLeft = patienceLeft
    self.patience = patience
    self.suggestions = suggestions
  }
}

/// Draws a `PersonaCard` as lines (at most `width - 1` columns, plain text readable).
public enum PersonaCardRenderer {
  /// `withPersona: false` leaves out the persona (name, portrait, advice): the buyer student has
  /// read it at the first turn, later turns need only the patience and the suggested lines.
  public static func render(
    _ card: PersonaCard, width: Int = 80, theme: Theme, withPersona: Bool = true
  ) -> [String] {
    let width = max(30, width) - 1
    var out: [String] = []
    let title = " 买家回合" + (card.player.map { "：\($0)" } ?? "") + " "
    let rule = max(4, min(width, 64) - DisplayWidth.of(title))
    out.append(
      theme.heading(
        String(repeating: "-", count: rule / 2) + title
          + String(repeating: "-", count: rule - rule / 2)))
    if let persona = card.persona, withPersona {
      out += TextWrap.lines(persona.name, prefix: "人设：", width: width).map(theme.buyer)
      if !persona.portrait.isEmpty {
        out += TextWrap.lines(persona.portrait, prefix: "画像：", width: width)
      }
      if !persona.advice.isEmpty {
        out += TextWrap.lines(persona.advice, prefix: "客服应对要点：", width: width).map(theme.muted)
      }
    }
    let left = max(0, card.patienceLeft)
    let patience = "耐心：\(left)/\(card.patience)" + (left <= 1 ? "（快没耐心了）" : "")
    out.append(left <= 1 ? theme.warn(patience) : patience)
    if !card.suggestions.isEmpty {
      out += TextWrap.lines("台词建议（照着说，或按人设自己发挥）：", width: width)
      for line in card.suggestions {
        out += TextWrap.lines(line, prefix: "  > ", width: width)
      }
    }
    out.append(theme.heading(String(repeating: "-", count: min(width, 64))))
    return out
  }
}
