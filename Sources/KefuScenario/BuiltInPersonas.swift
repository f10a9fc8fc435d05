import Foundation

extension Persona {
  /// The eight personalities of seed 004. (Scaffold: the scenario issue fills in the full data.)
  public static let builtIn: [Persona] = [
    Persona(
      id: "indecisive", name: "优柔寡断", aliases: ["犹豫型"], patience: 3, slowCost: 1, rudeCost: 1,
      bargains: false, needsObjectionHandled: true, portrait: "", advice: "")
  ]
}
