import ArgumentParser
import Handouts
import LossKit
import LossLabApp

/// `losslab practice`: opens the app on the Practice screen, or with `--worksheet` prints a worksheet.
struct PracticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "practice",
        abstract: "Practise with generated problems: mistakes named, hints in tiers, mastery per skill.",
        discussion: """
            Give --seed to get the same problems again (a class can work on the same set). With --worksheet, \
            prints the problems instead, numbered with room to answer, and an answer key with worked solutions. \
            Example: losslab practice --worksheet --count 10 --seed 42 --format html --out sheet.html
            """
    )

    @Option(parsing: .unconditional, help: "Generate the problems from this seed (a whole number), so they can be had again.")
    var seed: UInt64?

    @Flag(help: "Print a worksheet and its answer key instead of opening the Practice screen.")
    var worksheet = false

    @Option(parsing: .unconditional, help: ArgumentHelp("How many problems the worksheet has, 1 to \(Worksheet.maxCount) (default 10).", valueName: "n"))
    var count: Int?

    @Option(help: ArgumentHelp("The worksheet's format (default markdown).", valueName: "format"))
    var format: Handout.Format?

    @Option(help: ArgumentHelp("The worksheet's problem kinds, such as mse-mean,bce-x1 (default: all of them): "
        + PracticeSkill.allCases.map(\.rawValue).joined(separator: ", ") + ".", valueName: "list"))
    var skills: String?

    @Option(help: ArgumentHelp("Write the worksheet to this file instead of standard output.", valueName: "file"))
    var out: String?

    @OptionGroup var display: DisplayArguments
    @OptionGroup var state: StateOptions

    /// Refuses worksheet options without `--worksheet`, and a count or skill list out of range: the
    /// command line is wrong (status 64).
    func validate() throws {
        guard worksheet else {
            let given = [("--count", count != nil), ("--format", format != nil), ("--skills", skills != nil), ("--out", out != nil)]
            if let option = given.first(where: \.1)?.0 {
                throw ValidationError("\(option) is a worksheet option; add --worksheet (losslab practice --worksheet \(option) …)")
            }
            return
        }
        if let count, !(1...Worksheet.maxCount).contains(count) {
            throw ValidationError("--count \(count): a worksheet has 1 to \(Worksheet.maxCount) problems")
        }
        _ = try skillList()
    }

    func run() throws {
        if worksheet { return try printWorksheet() }
        try Interactive.open(Interactive.Start(page: .practice, ascii: display.ascii, noColor: display.noColor,
                                               lessons: display.lessons == nil ? nil : try display.lessonList(), location: state.location,
                                               seed: seed))
    }
}
