import BylineCore
import Testing

@Suite struct PartitioningIndexTests {
  @Test func findsTheFirstElementOfTheSecondPart() {
    let values = [1, 3, 5, 7, 9]
    #expect(values.partitioningIndex { $0 >= 5 } == 2)
    #expect(values.partitioningIndex { $0 > 0 } == 0)
    #expect(values.partitioningIndex { $0 > 9 } == 5)
    #expect([Int]().partitioningIndex { $0 > 0 } == 0)
    #expect(values[1...].partitioningIndex { $0 >= 7 } == 3)
  }

  @Test func findsTheSpanHoldingAnOffset() {
    let spans = [TextSpan(start: 0, end: 4), TextSpan(start: 5, end: 9), TextSpan(start: 9, end: 12)]
    #expect(spans.partitioningIndex { $0.end > 0 } == 0)
    #expect(spans.partitioningIndex { $0.end > 4 } == 1)
    #expect(spans.partitioningIndex { $0.end > 9 } == 2)
    #expect(spans.partitioningIndex { $0.end > 12 } == 3)
  }
}
