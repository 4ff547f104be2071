import LossKit
import Testing
@testable import TrainingKit

@Suite("Generated data")
struct GeneratedDataTests {
    @Test("SplitMix64 gives Vigna's reference numbers for seed 0 and draws inside its bounds")
    func splitMix() {
        var random = SplitMix64(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
        for n in [1, 2, 7, 1000] {
            #expect((0..<200).allSatisfy { _ in (0..<n).contains(random.below(n)) })
        }
        #expect((0..<200).allSatisfy { _ in (0..<1).contains(random.unit()) })
    }

    @Test("Each set has 2,000 + 500 images of 8x8, the same on every call", arguments: GeneratedData.allCases)
    func sizes(_ kind: GeneratedData) {
        let a = kind.dataSet(), b = kind.dataSet()
        #expect(a == b)
        #expect(a.train.count == 2_000 && a.test.count == 500 && a.train.shape == ImageShape(rows: 8, columns: 8))
    }

    @Test("Shapes and digits are binary with ink on every image; grey lies strictly inside (0, 1)")
    func values() {
        for kind in [GeneratedData.shapes, .digits] {
            let set = kind.dataSet().train
            #expect(set.values.allSatisfy { $0 == 0 || $0 == 1 }, "\(kind)")
            #expect((0..<set.count).allSatisfy { set.image($0).contains(1) }, "\(kind)")
        }
        let grey = GeneratedData.grey.dataSet().train.values
        #expect(grey.allSatisfy { $0 > 0 && $0 < 1 })
        #expect(grey.contains { $0 > 0.3 && $0 < 0.7 })
    }

    @Test("Every digit glyph is 7 rows of 5 and all ten differ")
    func glyphs() {
        #expect(DigitGlyphs.glyphs.count == 10)
        #expect(DigitGlyphs.glyphs.allSatisfy { $0.count == 7 && $0.allSatisfy { $0.count == 5 } })
        #expect(Set(DigitGlyphs.glyphs.map { $0.joined() }).count == 10)
    }

    @Test("A read set is split 80/20 by the fixed split seed, whatever order is asked for later")
    func split() {
        let images = ImageSet(shape: ImageShape(rows: 1, columns: 2), values: (0..<20).map(Double.init))
        let a = DataSet(name: "a", splitting: images)
        #expect(a.train.count == 8 && a.test.count == 2)
        #expect(a == DataSet(name: "a", splitting: images))
        #expect(Set(a.train.values + a.test.values) == Set(images.values))
    }
}
