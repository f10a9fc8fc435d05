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
      if d.id == "rhetorical_question" { continue }  // written in parallel
      XCTAssertGreaterThan(d.explanation.count, 40, "\(d.id) explains itself")
      XCTAssertGreaterThanOrEqual(d.triggers.count, 2, "\(d.id) has triggers")
      XCTAssertGreaterThanOrEqual(d.passes.count, 2, "\(d.id) has passes")
    }
    XCTAssertEqual(ids.count, 12)
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
      for example in rule.description.triggers + rule.description.passes {
        let j = Rubric(rules: [rule]).judge(example.text, context: example.context)
        let count = example.text.unicodeScalars.count
        for f in j.findings {
          XCTAssertTrue(
            0 <= f.start && f.start <= f.end && f.end <= count, "\(f) in \(example.text)")
        }
      }
    }
  }
}
