import LossKit
import Testing
@testable import LessonKit

/// The three directives read into the model, and the messages for broken fields.
@Suite struct DirectiveTests {
    /// The directive of a one-directive lesson, or the problems found.
    static func read(_ name: String, _ body: String) -> (directive: Directive?, problems: [String]) {
        let text = "# T\n\n<!-- covers: S1 -->\n\n```\(name)\n\(body)\n```\n"
        let (lesson, diagnostics) = LessonParser.parse(fileName: "01-t.md", bytes: Array(text.utf8))
        return (lesson?.directives.first, diagnostics.map { "\($0.line): \($0.message)" })
    }

    @Test func labPresetWithEveryField() throws {
        let (d, problems) = Self.read("lab", """
            # a comment
            loss: both
            x: 1, 0, 1, 0
            xhat: 0.9, 0.2, 0.6, 0.5
            convention: keras
            reduction: sum
            shape: 2x2
            caption: Look at
              the third element.
            """)
        #expect(problems == [])
        let directive = try #require(d)
        #expect(directive.line == 5)
        #expect(directive.kind == .lab(LabPreset(losses: [.mse, .bce], x: [1, 0, 1, 0], xhat: [0.9, 0.2, 0.6, 0.5],
                                                  convention: .keras, reduction: .sum, shape: ImageShape(rows: 2, columns: 2),
                                                  caption: "Look at the third element.")))
        guard case let .lab(preset) = directive.kind else { return }
        #expect(preset.evaluations.map(\.value) == [
            Evaluation(spec: LossSpec(loss: .mse, convention: .keras, reduction: .sum), x: [1, 0, 1, 0], xhat: [0.9, 0.2, 0.6, 0.5]).value,
            Evaluation(spec: LossSpec(loss: .bce, convention: .keras, reduction: .sum), x: [1, 0, 1, 0], xhat: [0.9, 0.2, 0.6, 0.5]).value,
        ])
        #expect(directive.summary() == "Lab: MSE and BCE of x = 1, 0, 1, 0 and x̂ = 0.9, 0.2, 0.6, 0.5 (Keras, sum)")
        #expect(directive.summary(.ascii) == "Lab: MSE and BCE of x = 1, 0, 1, 0 and xhat = 0.9, 0.2, 0.6, 0.5 (Keras, sum)")
    }

    @Test func labPresetFromLogitsWithALearningRate() throws {
        let (d, problems) = Self.read("lab", "loss: mse, bce\nx: 1\nlogits: -6\nlearning-rate: 1")
        #expect(problems == [])
        let directive = try #require(d)
        #expect(directive.kind == .lab(LabPreset(losses: [.mse, .bce], x: [1], xhat: [-6], logits: true, learningRate: 1)))
        guard case let .lab(preset) = directive.kind else { return }
        #expect(preset.evaluations.map(\.value) == [
            Evaluation(spec: LossSpec(loss: .mse, logits: true), x: [1], xhat: [-6]).value,
            Evaluation(spec: LossSpec(loss: .bce, logits: true), x: [1], xhat: [-6]).value,
        ])
        #expect(directive.summary() == "Lab: MSE and BCE of x = 1 and logits z = −6 (mean), gradient descent at η = 1")
        #expect(directive.summary(.ascii) == "Lab: MSE and BCE of x = 1 and logits z = -6 (mean), gradient descent at eta = 1")
    }

    @Test func labLogitAndRateProblems() {
        #expect(Self.read("lab", "loss: bce\nx: 1\nxhat: 0.5\nlogits: 0").problems == ["8: lab: give xhat or logits, not both"])
        #expect(Self.read("lab", "loss: bce\nx: 1\nlogits: 0\nlearning-rate: 0").problems
            == ["9: lab: learning-rate must be above 0, not 0"])
        #expect(Self.read("lab", "loss: bce\nx: 1\nlogits: 0\nlearning-rate: 1, 2").problems
            == ["9: lab: learning-rate must be one number, not 2"])
        #expect(Self.read("lab", "loss: bce\nx: 2\nlogits: 0").problems.count == 1)
    }

    @Test func labProblems() {
        #expect(Self.read("lab", "loss: mse\nx: 1, 2\nxhat: 1").problems == ["8: lab: x has 2 values but x̂ has 1; give both the same length"])
        #expect(Self.read("lab", "loss: bce\nx: 1\nxhat: 1.5").problems
            == ["8: lab: x̂ value 1 is 1.5, outside [0, 1]: BCE needs predictions in [0, 1]; use MSE or MAE for values outside [0, 1]"])
        #expect(Self.read("lab", "loss: hinge\nx: 1\nxhat: 1").problems
            == ["6: lab: loss: unknown loss \"hinge\": choose mse, bce, mae, both (= mse,bce) or all"])
        #expect(Self.read("lab", "losses: mse\nloss: mae\nx: 1\nxhat: 1").problems
            == ["6: lab: losses is another name for loss; give one of them"])
        #expect(Self.read("lab", "loss: mse\nx: 1, 2, 3\nxhat: 1, 2, 3\nshape: 2x2").problems
            == ["9: lab: shape \"2x2\" must be rows x columns with rows × columns = 3 values"])
        #expect(Self.read("lab", "loss: mse\nx: 1\nxhat: 1\nconvention: tf").problems
            == ["9: lab: convention: \"tf\" is not one of exact, pytorch, keras"])
        #expect(Self.read("lab", "loss: mse\nx 1").problems
            == ["5: lab: missing field \"x\"", "5: lab: missing field \"xhat\"", "7: lab: \"x 1\" is not a field; write it as key: value"])
        #expect(Self.read("lab", "loss: mse\nloss: bce\nx: 1\nxhat: 1").problems == ["7: lab: field \"loss\" is given twice"])
    }

    @Test func emptyListsAndLossesAreProblems() {
        #expect(Self.read("lab", "loss: ,\nx: 1\nxhat: 1").problems
            == ["6: lab: loss: no loss given: choose mse, bce, mae, both (= mse,bce) or all"])
        #expect(Self.read("chart", "losses: , ,\ntarget: 1").problems
            == ["6: chart: losses: no loss given: choose mse, bce, mae, both (= mse,bce) or all"])
        #expect(Self.read("lab", "loss: mse\nx: []\nxhat: ,").problems == [
            "7: lab: x: the list is empty; type numbers separated by commas or spaces, such as 1, 0, 0.5",
            "8: lab: xhat: value 1 is missing at column 1: two separators in a row, or one at the end",
        ])
    }

    @Test func listsLargerThanALessonHoldsAreRefused() {
        let many = Array(repeating: "1", count: 4097).joined(separator: ",")
        #expect(Self.read("lab", "loss: mse\nx: \(many)\nxhat: \(many)").problems == [
            "7: lab: x has 4097 values; a lesson's list holds at most 4096, so load larger data in the Lab with @FILE",
            "8: lab: xhat has 4097 values; a lesson's list holds at most 4096, so load larger data in the Lab with @FILE",
        ])
        let image = Array(repeating: "0.5", count: 4096).joined(separator: " ")
        #expect(Self.read("lab", "loss: mse\nx: \(image)\nxhat: \(image)\nshape: 64x64").problems.isEmpty)
    }

    @Test func tablesWiderThanATerminalAreReportedAndCut() throws {
        let row = { (cell: String) in "|" + Array(repeating: cell, count: 5000).joined(separator: "|") + "|" }
        let text = "# T\n\n" + [row("c"), row("-"), row("1")].joined(separator: "\n") + "\n"
        let (lesson, diagnostics) = LessonParser.parse(fileName: "01-t.md", bytes: Array(text.utf8))
        #expect(diagnostics.map { "\($0.line): \($0.message)" }
            == ["3: the table has 5000 columns; a table has at most 40, so split it or turn it round"])
        guard case let .table(table) = try #require(lesson?.blocks.first).kind else { Issue.record("no table"); return }
        #expect(table.alignments.count == 40 && table.header.count == 40 && table.rows.allSatisfy { $0.count == 40 })
    }

    @Test func chartWithFlags() throws {
        let (d, problems) = Self.read("chart", "losses: mse, bce\ntarget: 1\nat: 0.2\ngradient: yes\nlog-y: off\ny-max: 50\nconvention: pytorch")
        #expect(problems == [])
        #expect(try #require(d).kind == .chart(ChartSpec(losses: [.mse, .bce], target: 1, at: 0.2, convention: .pytorch,
                                                         gradient: true, logY: false, yMax: 50)))
        #expect(d?.summary() == "Chart: MSE and BCE and their gradients against x̂ for x = 1, marker at x̂ = 0.2")
        let (logY, _) = Self.read("chart", "losses: bce\ntarget: 0\nlog-y: yes")
        #expect(logY?.kind == .chart(ChartSpec(losses: [.bce], target: 0, logY: true)))
    }

    @Test func chartProblems() {
        #expect(Self.read("chart", "losses: bce\ntarget: 2").problems == ["7: chart: target 2.0 is outside [0, 1], where BCE is defined"])
        #expect(Self.read("chart", "losses: mse\ntarget: 2\ngradient: maybe").problems == ["8: chart: gradient must be yes or no, not \"maybe\""])
        #expect(Self.read("chart", "losses: mse\ntarget: 1, 2").problems == ["7: chart: target must be one number, not 2"])
        #expect(Self.read("chart", "losses: mse\ntarget: 1\ny-max: -1").problems == ["8: chart: y-max must be above 0"])
        #expect(Self.read("chart", "target: 1").problems == ["5: chart: missing field \"loss\""])
        #expect(Self.read("chart", "losses: mse\ntarget: 3\nat: 1.5").problems
            == ["8: chart: at 1.5 is outside [0, 1], the range of x̂ the chart shows"])
        #expect(Self.read("chart", "losses: mse\ntarget: 1\ngradient: yes\nlog-y: yes").problems
            == ["9: chart: a log scale cannot show gradients, which are negative below the target; drop gradient or log-y"])
    }

    @Test func numericQuestionIsCheckedAgainstLossKit() throws {
        let (d, problems) = Self.read("question", """
            prompt: BCE of x = 1, 0 and x̂ = 0.8, 0.3?
            loss: bce
            x: 1, 0
            xhat: 0.8, 0.3
            answer: 0.2899
            hint: Average `=bce x=1 xhat=0.8` and `=bce x=0 xhat=0.3`.
            """)
        #expect(problems == [])
        guard case let .question(q) = try #require(d).kind else { Issue.record("not a question"); return }
        let expected = Evaluation(spec: LossSpec(loss: .bce), x: [1, 0], xhat: [0.8, 0.3]).value
        guard case let .number(computation, tolerance) = q.answer else { Issue.record("not numeric"); return }
        #expect(computation.value == expected)
        #expect(tolerance == expected * 0.01)
        #expect(q.hint == "Average 0.2231 and 0.3567.")
        #expect(q.accepts("0.29"))
        #expect(q.accepts(" 0.2899 "))
        #expect(!q.accepts("0.3"))
        #expect(!q.accepts("abc"))
        #expect(!q.accepts("0.29, 0.29"))
        #expect(q.answerText() == "0.2899")
    }

    @Test func statedAnswerMustBeTheComputedValueCorrectlyRounded() {
        let base = "prompt: p\nhint: h\nloss: bce\nx: 0\nxhat: 0.9\n"
        #expect(Self.read("question", base + "answer: 2.303").problems == [])
        #expect(Self.read("question", base + "answer: 2.3").problems == [])
        #expect(Self.read("question", base + "answer: 2.31").problems
            == ["11: question: answer 2.31 is wrong: LossKit computes 2.302585092994046 (2.303 to 4 significant digits)"])
        #expect(Self.read("question", base + "answer: 2.302").problems
            == ["11: question: answer 2.302 is wrong: LossKit computes 2.302585092994046 (2.303 to 4 significant digits)"])
        #expect(Self.read("question", base + "answer: 23.03e-1").problems == [])
        #expect(Self.read("question", base + "answer: 2.303\ntolerance: 0").problems == ["12: question: tolerance must be above 0"])
    }

    @Test func quantitiesOfAComputation() {
        func value(_ body: String) -> Double? {
            var problems = LineProblems()
            let fields = DirectiveFields(name: "question", body: body, fenceLine: 1, problems: &problems)
            return Computation.read(fields, problems: &problems).map(\.value)
        }
        #expect(value("loss: mse\nx: 1, 0\nxhat: 0.5, 0.5\nreduction: sum") == 0.5)
        #expect(value("loss: mse\nx: 1, 0\nxhat: 0.7, 0.5\nquantity: error\nelement: 1") == 1 - 0.7)
        #expect(value("loss: mse\nx: 1, 0\nxhat: 0.5, 0.5\nquantity: gradient\nelement: 2") == 0.5)
        #expect(value("loss: bce\nx: 1\nxhat: 0\nconvention: pytorch\nquantity: term\nelement: 1") == 100)
        #expect(value("loss: bce\nx: 0\nlogits: 0\nquantity: prediction\nelement: 1") == 0.5)
        #expect(value("loss: bce\nx: 0\nlogits: 800\nquantity: logits-loss") == 800)
        #expect(value("loss: bce\nx: 0\nlogits: 2\nquantity: logits-loss").map { abs($0 - 2.1269280110429727) < 1e-15 } == true)
        #expect(value("loss: mse\nx: 1\nxhat: 1\nquantity: term") == nil)
        #expect(value("loss: mse\nx: 1\nxhat: 1\nquantity: term\nelement: 2") == nil)
        // Logits go with every loss: σ(1) = 0.7311 first, then the loss of it.
        let sigmoidOfOne = Double.sigmoid(1)
        #expect(value("loss: mse\nx: 1\nlogits: 1") == (1 - sigmoidOfOne) * (1 - sigmoidOfOne))
        // Straight from the logit: dMSE/dz = 2(σ − x)·σ(1 − σ), the Sigmoid's slope vanishing as |z| grows.
        let slope = sigmoidOfOne * Double.sigmoid(-1)
        #expect(value("loss: mse\nx: 1\nlogits: 1\nquantity: logits-gradient\nelement: 1")
            .map { abs($0 - 2 * (sigmoidOfOne - 1) * slope) < 1e-16 } == true)
        #expect(value("loss: bce\nx: 1\nlogits: 1\nquantity: logits-gradient\nelement: 1") == sigmoidOfOne - 1)
        // float32: Keras' clip at 1 − 1e-7 rounds to 1 − 2⁻²³ in float32, so x = 0, x̂ = 1 costs 15.94, not 16.12.
        #expect(value("loss: bce\nx: 0\nxhat: 1\nconvention: keras\ndtype: float32")
            .map { abs($0 - 15.942385) < 1e-5 } == true)
        #expect(value("loss: bce\nx: 1\nxhat: 0.5\nlogits: 1") == nil)
    }

    @Test func infiniteAnswersAreRefused() {
        #expect(Self.read("question", "prompt: p\nhint: h\nloss: bce\nx: 1\nxhat: 0\nanswer: 1").problems
            == ["11: question: the computation gives inf; ask about a finite number"])
    }

    @Test func choiceQuestion() throws {
        let (d, problems) = Self.read("question", "prompt: Which?\noption: MSE\noption: BCE\nanswer: B\nhint: h\nexplanation: e")
        #expect(problems == [])
        guard case let .question(q) = try #require(d).kind else { Issue.record("not a question"); return }
        #expect(q.answer == .choice(options: ["MSE", "BCE"], correct: 1))
        #expect(q.accepts("b") && q.accepts("bce") && !q.accepts("a") && !q.accepts("MSE"))
        #expect(q.answerText() == "b) BCE")
        #expect(q.explanation == "e")
        #expect(Self.read("question", "prompt: p\noption: a\noption: b\nanswer: c\nhint: h").problems
            == ["9: question: answer \"c\" is not an option's letter; write one of a, b"])
        #expect(Self.read("question", "prompt: p\noption: a\noption: b\nanswer: a\nhint: h\nloss: mse").problems
            == ["11: question: a choice question takes no \"loss\"; remove it or the options"])
        #expect(Self.read("question", "prompt: p\noption: a\noption: b\nanswer: a").problems == ["5: question: missing field \"hint\""])
    }

    @Test func inlineValuesInText() throws {
        let text = "# T\n\n<!-- covers: S1 -->\n\nA `=mse x=2 xhat=0 reduction=sum`, B `=bce x=1 xhat=0`, C `=mse 1`, D `=bce x=1 xhat=0.9 digits=2`.\n"
        let (lesson, diagnostics) = LessonParser.parse(fileName: "01-t.md", bytes: Array(text.utf8))
        #expect(diagnostics.map(\.description) == ["01-t.md:5: value `=mse 1`: \"1\" is not key=value"])
        #expect(try #require(lesson).blocks.first?.kind == .paragraph([
            InlineRun("A "), InlineRun("4", .value), InlineRun(", B "), InlineRun("∞", .value), InlineRun(", C "),
            InlineRun("=mse 1", .code), InlineRun(", D "), InlineRun("0.11", .value), InlineRun("."),
        ]))
    }
}
