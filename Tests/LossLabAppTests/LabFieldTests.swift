import Foundation
import LossKit
import Testing
@testable import LossLabApp

/// The Lab's fields: read once per burst of keys, pasted whole, and `@FILE` as on the command line.
@Suite struct LabFieldTests {
    /// An app open in the Lab at 80×24 on x = 1, 0, 1 and x̂ = 0.9, 0.2, 0.6.
    func labApp(_ losses: [Loss] = [.mse]) -> AppState {
        AppState(width: 80, height: 24, page: .lab, lab: LabState(input: LabState.exampleInput, losses: losses))
    }

    func press(_ state: inout AppState, _ keys: String) {
        LossLabApp.run(&state, try! KeyNotation.parse(keys))
    }

    /// Writes `text` to a new temporary file and returns its path.
    func file(_ name: String, _ text: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("losslab-lab-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func aBurstOfKeysIsReadOnceWhenItSettles() {
        var state = labApp()
        press(&state, "e<C-u>0.5, 0.5, 0.5")
        #expect(state.lab.needsReread)
        #expect(state.lab.data.predictions == [0.9, 0.2, 0.6], "nothing is read while the burst arrives")
        LossLabApp.settle(&state)
        #expect(!state.lab.needsReread)
        #expect(state.lab.data.predictions == [0.5, 0.5, 0.5])
    }

    @Test func leavingTheFieldReadsItSoCommandsActOnWhatItSays() {
        var state = labApp()
        press(&state, "e<C-u>0.5, 0.5, 0.5<Enter>]")
        #expect(state.lab.data.predictions == [0.51, 0.5, 0.5])
    }

    @Test func aPasteGoesIntoTheFieldWholeWithLineBreaksAsSeparators() {
        var state = labApp()
        press(&state, "e<C-u>")
        LossLabApp.run(&state, [.paste("0.1\n0.2\r\n0.3\t")])
        #expect(state.lab.xhatField.text == "0.1 0.2 0.3 ")
        #expect(state.lab.focus == .xhat, "a pasted line break does not leave the field")
        LossLabApp.settle(&state)
        #expect(state.lab.data.predictions == [0.1, 0.2, 0.3])
    }

    @Test func aPasteOutsideAFieldIsIgnored() {
        var state = labApp()
        #expect(!LossLabApp.run(&state, [.paste("q]]e1")]), "pasted letters are no commands")
        LossLabApp.settle(&state)
        #expect(state.lab == labApp().lab)
        var contents = AppState(width: 80, height: 24)
        #expect(!LossLabApp.run(&contents, [.paste("q")]))
        #expect(contents.page == .contents)
    }

    @Test func aPasteGoesIntoALessonAnswerWithoutSubmittingIt() {
        var state = AppState(width: 80, height: 24, lessons: FixtureLessons.lessons)
        press(&state, "<Enter><Tab><Tab><Enter>")
        LossLabApp.run(&state, [.paste("0.5\n")])
        #expect(state.reader?.answerField?.text == "0.5 ")
    }

    @Test func atFileLoadsATextListOrAnImageIntoAField() throws {
        let list = try file("xhat.txt", "# three predictions\n0.8\n0.1, 0.7\n")
        var state = labApp([.bce])
        press(&state, "e<C-u>@\(list)<Enter>")
        #expect(state.lab.inputError == nil)
        #expect(state.lab.data.predictions == [0.8, 0.1, 0.7])
        #expect(state.lab.xhatField.text == "@\(list)", "the field keeps the file's name")
        let image = try file("x.pgm", "P2\n1 3\n255\n255 0 255\n")
        press(&state, "<Tab><C-u>@\(image)<Enter>")
        #expect(state.lab.data.x == [1, 0, 1])
        #expect(state.lab.shape == ImageShape(rows: 3, columns: 1), "an image draws the loss per pixel")
        #expect(state.lab.normalisationNotes(.unicode) == ["x: PGM ÷ 255 (its maxval)", "x̂: text as stored"])
        #expect(state.lab.status(.ascii).pieces.joined().hasPrefix("x: PGM / 255 (its maxval); xhat: text as stored. "))
    }

    @Test func fieldsNamedOnTheCommandLineKeepTheirNamesAndScale() throws {
        let image = try file("x.pgm", "P2\n1 3\n255\n255 0 255\n")
        let read = try VectorArgument.read("@\(image)", for: .x, scale: 255)
        let input = try LossInput(x: read.values, xhat: [0.5, 0.5, 0.5], losses: [.mse])
        var lab = LabState(input: input, x: ("@\(image)", read), xhat: nil)
        lab.scale = 255
        #expect(lab.xField.text == "@\(image)", "a file's name, not its numbers")
        #expect(lab.xhatField.text == "0.5, 0.5, 0.5")
        #expect(lab.normalisationNotes(.unicode) == ["x: PGM ÷ 255 (--scale)"])
    }

    @Test func aBadFileIsReportedWithItsLineAndColumnAsOnTheCommandLine() throws {
        let list = try file("bad.txt", "0.8\n0.1 0..7\n")
        var state = labApp()
        press(&state, "e<C-u>@\(list)<Enter>")
        #expect(state.lab.data.predictions == [0.9, 0.2, 0.6], "the last valid numbers stay")
        let message = state.lab.inputError?.message(.unicode)
        #expect(message == "x̂: \(list):2:5: value 3 (\"0..7\") is not a number")
        let commandLine = #expect(throws: InputError.self) {
            try VectorArgument.input(x: "1,0,1", xhat: "@\(list)", losses: [.mse])
        }
        #expect(commandLine?.message(.unicode) == message)
    }
}
