extension LessonLayout {
    /// The first line of each of the lesson's blocks in `lines(lesson, title: false)`, so a saved
    /// position (a block) can be turned into a row and back.
    public func firstLines(_ lesson: Lesson) -> [Int] {
        var line = 0
        return lesson.blocks.enumerated().map { k, block in
            if k > 0 { line += 1 }
            defer { line += blocks([block], width: width).count }
            return line
        }
    }
}
