import Foundation
import Handouts
import LossKit
import TestSupport
import Testing

/// Worksheets of generated problems: reproducible from the seed, well-formed HTML holding every answer
/// and worked step of the key, the skills asked for and no others.
@Suite struct WorksheetTests {
    @Test func markdownOfSeed42WithFiveProblemsMatchesItsSnapshot() {
        let markdown = Worksheet(seed: 42, count: 5).render(.markdown)
        #expect(Snapshot.mismatch(markdown, named: "worksheet-seed-42-count-5-markdown") == nil)
    }

    @Test func theHTMLIsWellFormedAndItsKeyHoldsEveryAnswerAndStep() throws {
        let sheet = Worksheet(seed: 42, count: 30)
        let html = sheet.render(.html)
        let xml = WellFormedXML()
        #expect(xml.problem(in: html) == nil)
        #expect(xml.elements["section"] == 2)
        #expect(xml.elements["div"]! == 30 * 3)
        let key = try #require(xml.text.range(of: "Answer key"))
        let keyText = xml.text[key.upperBound...]
        for problem in sheet.problems {
            #expect(keyText.contains(problem.answerText()), "\(problem.prompt)")
            for step in problem.solution() { #expect(keyText.contains(step), "\(step)") }
            #expect(xml.text[..<key.lowerBound].contains(problem.prompt))
        }
        // Every skill served, and the key's steps come from the trace: a loss shows its sum.
        #expect(Set(sheet.problems.map(\.skill)) == Set(PracticeSkill.allCases))
        #expect(keyText.contains("Σ"))
    }

    @Test(arguments: Handout.Format.allCases)
    func theSameSeedGivesTheSameSheetAndAnotherSeedAnother(format: Handout.Format) {
        let a = Worksheet(seed: 42, count: 10).render(format)
        #expect(a == Worksheet(seed: 42, count: 10).render(format))
        #expect(a != Worksheet(seed: 43, count: 10).render(format))
        #expect(a.contains("seed 42"))
    }

    @Test func skillsChooseTheProblemKinds() {
        let sheet = Worksheet(seed: 1, count: 12, skills: [.bceTargetOne, .whichLoss])
        #expect(sheet.problems.map(\.skill) == Array(repeating: [PracticeSkill.bceTargetOne, .whichLoss], count: 6).flatMap { $0 })
        #expect(sheet.render(.text).contains("--skills bce-x1,which-loss"))
    }

    @Test func theTextSheetKeepsTo72Columns() {
        let text = Worksheet(seed: 42, count: 40).render(.text)
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 72 })
        #expect(text.contains("Answer key"))
    }
}
