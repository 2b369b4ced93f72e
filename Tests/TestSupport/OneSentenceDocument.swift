import Model

extension Document {
  /// A document whose body is one untitled section holding `text` as its only sentence (`s1`).
  public static func oneSentence(_ text: String) -> Document {
    Document(
      id: "d", sourcePath: "d.txt",
      sections: [
        Section(
          title: nil,
          paragraphs: [Paragraph(sentences: [Sentence(id: "s1", content: [.text(text)])])])
      ])
  }
}
