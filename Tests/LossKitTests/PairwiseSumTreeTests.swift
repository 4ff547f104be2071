import Testing
@testable import LossKit

@Suite struct PairwiseSumTreeTests {
    @Test func totalIsTheSum() {
        #expect(PairwiseSumTree([]).total == 0)
        #expect(PairwiseSumTree([3]).total == 3)
        #expect(PairwiseSumTree([1, 2, 3, 4, 5]).total == 15)
    }

    @Test func updatingOneValueMatchesRebuilding() {
        var random = SplitMix64(seed: 7)
        var values = (0..<1000).map { _ in random.unit() }
        var tree = PairwiseSumTree(values)
        for k in stride(from: 0, to: 1000, by: 37) {
            values[k] = random.unit() * 10
            tree[k] = values[k]
            #expect(tree[k] == values[k])
        }
        #expect(tree == PairwiseSumTree(values))
        #expect(tree.total == PairwiseSumTree(values).total)
    }

    @Test func prefixSumsMatchAddingTheValuesOneByOne() {
        var random = SplitMix64(seed: 11)
        for n in [0, 1, 2, 3, 7, 8, 9, 100, 1000] {
            let values = (0..<n).map { _ in random.unit() }
            let tree = PairwiseSumTree(values)
            for count in [0, 1, n / 3, n / 2, n - 1, n, n + 5] where count >= 0 {
                var expected = CompensatedSum()
                for v in values.prefix(count) { expected.add(v) }
                #expect(abs(tree.prefixSum(count) - expected.value) <= 1e-15 * max(1, expected.value), "n=\(n) count=\(count)")
            }
        }
        #expect(PairwiseSumTree([1, 2, 3, 4, 5]).prefixSum(3) == 6)
        #expect(PairwiseSumTree([1, .infinity, 3]).prefixSum(1) == 1)
        #expect(PairwiseSumTree([1, .infinity, 3]).prefixSum(2) == .infinity)
    }

    @Test func rangeSumsAddOnlyTheirOwnValues() {
        var random = SplitMix64(seed: 13)
        for n in [1, 2, 5, 8, 9, 100, 1000] {
            let values = (0..<n).map { _ in random.unit() }
            let tree = PairwiseSumTree(values)
            for (lo, hi) in [(0, n), (0, 0), (1, n), (n / 3, n / 2), (n - 1, n), (n / 2, n / 2 + 1), (-3, n + 3)] where lo <= hi {
                var expected = CompensatedSum()
                for v in values[max(0, lo)..<min(n, hi)] { expected.add(v) }
                #expect(abs(tree.sum(lo..<hi) - expected.value) <= 1e-15 * max(1, expected.value), "n=\(n) \(lo)..<\(hi)")
            }
        }
        // A small range beside huge values keeps its digits: no difference of two large sums.
        let tree = PairwiseSumTree([1e16, 1, 2, 1e16])
        #expect(tree.sum(1..<3) == 3)
        #expect(PairwiseSumTree([1, .infinity, 3]).sum(2..<3) == 3)
    }

    @Test func keepsSmallTermsNextToLargeOnes() {
        // A naive left-to-right sum loses every 1 after 1e16; pairs of them survive in the tree.
        let values = [1e16] + Array(repeating: 1.0, count: 1023)
        #expect(PairwiseSumTree(values).total == 1e16 + 1022)
    }

    @Test func replacingARangeEqualsSettingEachValue() {
        var random = SystemRandomNumberGenerator()
        for count in [1, 2, 5, 64, 100, 1025] {
            let values = (0..<count).map { _ in Double.random(in: -1...1, using: &random) }
            let start = count / 3, new = (0..<(count - count / 3) / 2 + 1).map { _ in Double.random(in: -1e3...1e3, using: &random) }
            var oneByOne = PairwiseSumTree(values), replaced = oneByOne
            for (k, v) in new.enumerated() { oneByOne[start + k] = v }
            new.withUnsafeBufferPointer { replaced.replace(from: start, with: $0) }
            #expect(replaced == oneByOne, "\(count)")
            #expect(replaced.total == PairwiseSumTree(Array(values[..<start]) + new + values[(start + new.count)...]).total)
        }
    }

    @Test func compensatedSumIsExactHere() {
        var sum = CompensatedSum()
        for v in [1e16, 1, 1, 1, -1e16] { sum.add(v) }
        #expect(sum.value == 3)
        sum.add(.infinity)
        #expect(sum.value == .infinity)
    }
}

@Suite struct PairwiseSumTests {
    @Test func addsExactlyAsTheTreeDoes() {
        var random = SystemRandomNumberGenerator()
        for count in [0, 1, 2, 3, 5, 7, 8, 9, 100, 1000, 1023, 1025, 4097] {
            let values = (0..<count).map { _ in Double.random(in: -1e6...1e6, using: &random) * Double.random(in: 0...1, using: &random) }
            var sum = PairwiseSum()
            values.forEach { sum.add($0) }
            #expect(sum.total.bitPattern == PairwiseSumTree(values).total.bitPattern, "\(count)")
        }
    }
}
