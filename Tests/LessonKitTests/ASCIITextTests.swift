import LossKit
import Testing
@testable import LessonKit

/// The ASCII fallback writes formulas the way `Notation.ascii` does.
@Suite struct ASCIITextTests {
    @Test(arguments: [
        ("x̂ᵢ", "xhat_i"), ("Σᵢ₌₁ⁿ", "sum_i=1^n"), ("x₁₂ − x̂₂", "x_12 - xhat_2"), ("(xᵢ − x̂ᵢ)²", "(x_i - xhat_i)^2"),
        ("≈ ∞ · ≤ → …", "~ inf * <= -> ..."), ("┌─┬─┐│", "+-+-+|"), ("café", "cafe"), ("e⁻ᶻ", "e^-?"), ("日本", "??"),
    ])
    func transliterates(unicode: String, ascii: String) {
        #expect(ASCIIText.transliterate(unicode) == ascii)
    }

    @Test(arguments: Loss.all)
    func formulasMatchLossKitsASCIINotation(loss: Loss) {
        #expect(ASCIIText.transliterate(loss.formula(.unicode)) == loss.formula(.ascii))
    }

    @Test func everyBundledLessonIsPureASCIIInASCIIMode() {
        for lesson in LessonLibrary.bundled.lessons {
            let lines = LessonLayout(width: 60, notation: .ascii).lines(lesson)
            #expect(lines.allSatisfy { $0.plainText.unicodeScalars.allSatisfy(\.isASCII) }, "\(lesson.fileName)")
        }
    }
}
