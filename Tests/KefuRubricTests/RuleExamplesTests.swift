import Foundation
import KefuRubric
import KefuScenario
import XCTest

/// Every rule's examples are its tests: triggers must trigger, passes must not.
final class RuleExamplesTests: XCTestCase {
  func testEveryRuleHasAnIdNameExplanationAndExamples() {
    var ids = Set<String>()
    for rule in RuleRegistry.all {
      let d = rule.description
      XCTAssertFalse(ids.contains(d.id), "duplicate id \(d.id)")
      ids.insert(d.id)
      XCTAssertTrue(d.id.allSatisfy { $0.isASCII && ($0.isLowercase || $0 == "_") }, d.id)
      XCTAssertFalse(d.name.isEmpty, d.id)
      XCTAssertGreaterThan(d.explanation.count, 40, "\(d.id) explains itself")
      XCTAssertGreaterThanOrEqual(d.triggers.count, 2, "\(d.id) has triggers")
      XCTAssertGreaterThanOrEqual(d.passes.count, 2, "\(d.id) has passes")
      XCTAssertFalse(d.oneLine.isEmpty, d.id)
    }
    XCTAssertEqual(ids.count, RuleRegistry.all.count)
  }

  /// A rule is its file and its registry line: its numbers, its tip and its documentation
  /// follow from its description, with nothing to copy by hand elsewhere.
  func testSettingsTipsAndDocsDeriveFromTheRegistry() {
    let document = RubricDocument.markdown()
    let listing = RubricDocument.listing()
    for d in RuleRegistry.descriptions {
      XCTAssertEqual(RubricSettings.standard.cost(d.id), d.cost, d.id)
      XCTAssertEqual(RubricSettings.standard.patienceCost(d.id), d.patienceCost, d.id)
      let keys = RubricSettings.keys.map(\.name)
      XCTAssertTrue(keys.contains("cost_" + d.id), d.id)
      XCTAssertTrue(keys.contains("patience_" + d.id), d.id)
      for key in d.settingKeys { XCTAssertTrue(keys.contains(key), "\(d.id): \(key)") }
      // Every rule that costs something says how to do better; reception_flow's advice is the
      // steps' tips (a missing greeting, recommendation, inquiry or order check).
      if (d.cost > 0 || d.patienceCost > 0) && d.id != "reception_flow" {
        XCTAssertFalse(d.tip.isEmpty, "\(d.id) has a tip")
      }
      if !d.tip.isEmpty { XCTAssertGreaterThan(d.tipOrder, 0, d.id) }
      XCTAssertTrue(document.contains("## `\(d.id)` \(d.name)"), d.id)
      XCTAssertTrue(listing.contains(d.id), d.id)
    }
  }

  func testTriggersTriggerAndPassesPass() {
    for rule in RuleRegistry.all {
      let d = rule.description
      let rubric = Rubric(rules: [rule])
      for example in d.triggers {
        let j = rubric.judge(example.text, context: example.context)
        if let step = example.step {
          XCTAssertTrue(j.steps.contains(step), "\(d.id): 「\(example.text)」 should show \(step)")
        } else {
          XCTAssertTrue(rule.fires(j), "\(d.id): 「\(example.text)」 should trigger")
        }
      }
      for example in d.passes {
        let j = rubric.judge(example.text, context: example.context)
        if let step = example.step {
          XCTAssertFalse(
            j.steps.contains(step), "\(d.id): 「\(example.text)」 should not show \(step)")
        } else {
          XCTAssertFalse(
            rule.fires(j),
            "\(d.id): 「\(example.text)」 should pass, got \(j.findings.map(\.message))")
        }
      }
    }
  }

  func testFindingsPointAtTheOriginalText() {
    for rule in RuleRegistry.all {
      let rubric = Rubric(rules: [rule])
      for example in rule.description.triggers + rule.description.passes {
        let j = rubric.judge(example.text, context: example.context)
        let count = example.text.unicodeScalars.count
        for f in j.findings {
          XCTAssertTrue(
            0 <= f.start && f.start <= f.end && f.end <= count, "\(f) in \(example.text)")
        }
      }
    }
  }

  /// A trigger's finding falls where its example says: the marked text, from its start to its end.
  func testFindingsFallWhereTheExamplesMarkThem() throws {
    var dump: [String] = []
    for rule in RuleRegistry.all {
      let d = rule.description
      let rubric = Rubric(rules: [rule])
      for example in d.triggers where example.step == nil {
        let j = rubric.judge(example.text, context: example.context)
        let found = j.findings.first { $0.rule == d.id }.map { f -> String in
          let scalars = Array(example.text.unicodeScalars)
          var view = String.UnicodeScalarView()
          view.append(contentsOf: scalars[f.start..<f.end])
          return String(view)
        }
        if ProcessInfo.processInfo.environment["KEFU_DUMP_MARKS"] != nil {
          dump.append("\(d.id)\t\(example.text)\t\(found ?? "")")
          continue
        }
        if let mark = example.mark {
          XCTAssertEqual(found, mark, "\(d.id): 「\(example.text)」")
        } else {
          XCTAssertNil(found, "\(d.id): 「\(example.text)」 needs mark: \"\(found ?? "")\"")
        }
      }
    }
    if let path = ProcessInfo.processInfo.environment["KEFU_DUMP_MARKS"] {
      try dump.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
  }
}
