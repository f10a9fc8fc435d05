import Foundation

/// A built-in buyer personality (seed 004): who the buyer is, how a good seller serves them, and
/// the knobs the play engine uses. Personas are data: the engine never tests a persona's name.
public struct Persona: Equatable {
  /// Stable ASCII id, used in records.
  public var id: String
  /// The Chinese name used in scenario files (`persona: 优柔寡断`).
  public var name: String
  /// Other names a teacher may write.
  public var aliases: [String]
  /// Default patience budget (a scenario's `patience:` overrides it).
  public var patience: Int
  /// What a reply over the time limit costs this buyer's patience.
  public var slowCost: Int
  /// What a reply that breaks a rule costs this buyer's patience.
  public var rudeCost: Int
  /// Whether this buyer haggles over the price.
  public var bargains: Bool
  /// Whether this buyer needs a doubt answered (objection handled) before buying.
  public var needsObjectionHandled: Bool
  /// Who they are, in Chinese.
  public var portrait: String
  /// How a good seller serves them, in Chinese.
  public var advice: String

  public init(
    id: String, name: String, aliases: [String], patience: Int, slowCost: Int, rudeCost: Int,
    bargains: Bool, needsObjectionHandled: Bool, portrait: String, advice: String
  ) {
    self.id = id
    self.name = name
    self.aliases = aliases
    self.patience = patience
    self.slowCost = slowCost
    self.rudeCost = rudeCost
    self.bargains = bargains
    self.needsObjectionHandled = needsObjectionHandled
    self.portrait = portrait
    self.advice = advice
  }

  /// The persona a scenario names, by name or alias (after trimming); nil if unknown.
  public static func named(_ name: String) -> Persona? {
    let key = name.trimmingCharacters(in: .whitespaces)
    return builtIn.first { $0.name == key || $0.aliases.contains(key) }
  }
}
