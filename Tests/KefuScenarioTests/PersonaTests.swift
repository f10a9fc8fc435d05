import KefuScenario
import XCTest

final class PersonaTests: XCTestCase {
  func testTheEightPersonalitiesOfTheSeedWithStableASCIIIds() {
    XCTAssertEqual(
      Persona.builtIn.map(\.name), ["外向果断", "随和", "优柔寡断", "小气", "稳重", "心直口快", "慢性子", "挑剔"])
    let ids = Persona.builtIn.map(\.id)
    XCTAssertEqual(Set(ids).count, 8)
    for persona in Persona.builtIn {
      XCTAssertTrue(
        persona.id.allSatisfy { $0.isASCII && ($0.isLowercase || $0 == "_") }, persona.id)
      XCTAssertFalse(persona.portrait.isEmpty, persona.name)
      XCTAssertFalse(persona.advice.isEmpty, persona.name)
      XCTAssertGreaterThan(persona.patience, 0, persona.name)
    }
  }

  func testNamesAndAliasesResolveAndNeverCollide() {
    XCTAssertEqual(Persona.named("优柔寡断")?.id, "indecisive")
    XCTAssertEqual(Persona.named("犹豫型")?.id, "indecisive")
    XCTAssertEqual(Persona.named("爱砍价")?.id, "bargainer")
    XCTAssertEqual(Persona.named("砍价型")?.id, "bargainer")
    XCTAssertEqual(Persona.named(" 果断型 ")?.id, "decisive")
    XCTAssertEqual(Persona.named("外向型")?.id, "decisive")
    XCTAssertNil(Persona.named("暴躁"))
    let all = Persona.builtIn.flatMap { [$0.name] + $0.aliases }
    XCTAssertEqual(Set(all).count, all.count, "a name or alias belongs to one persona only")
  }

  func testCostsFollowTheSeedsAdvice() throws {
    let blunt = try XCTUnwrap(Persona.named("心直口快"))
    let easy = try XCTUnwrap(Persona.named("随和"))
    let slow = try XCTUnwrap(Persona.named("慢性子"))
    let decisive = try XCTUnwrap(Persona.named("外向果断"))
    XCTAssertGreaterThan(blunt.rudeCost, easy.rudeCost, "心直口快 takes a rude reply harder")
    XCTAssertEqual(slow.slowCost, 0, "慢性子 forgives slowness")
    XCTAssertGreaterThan(decisive.slowCost, easy.slowCost, "外向果断 hates waiting")
    XCTAssertTrue(try XCTUnwrap(Persona.named("小气")).bargains)
    XCTAssertEqual(Persona.builtIn.filter(\.bargains).map(\.name), ["小气"])
    XCTAssertTrue(try XCTUnwrap(Persona.named("优柔寡断")).needsObjectionHandled)
  }
}
