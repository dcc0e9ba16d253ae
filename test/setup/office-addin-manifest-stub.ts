// office-addin-mock only needs this enum from office-addin-manifest (see docs/testing.md in shared).
export enum OfficeApp {
  Excel = 'excel',
  OneNote = 'onenote',
  Outlook = 'outlook',
  PowerPoint = 'powerpoint',
  Project = 'project',
  Word = 'word',
}
