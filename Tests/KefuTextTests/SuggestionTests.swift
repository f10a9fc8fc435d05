import KefuText
import Testing

@Test func suggestsTheClosestChineseNodeName() {
  #expect(Suggestion.closest(to: "问尺吗", in: ["开场", "问尺码", "催问"]) == "问尺码")
  #expect(Suggestion.closest(to: "完全不同的名字", in: ["开场", "问尺码"]) == nil)
}
